//! Guide packs within a session: what the device shows, installing, rolling back, trusting
//! a key, and the share kit.

use std::path::Path;

use chrono::NaiveDate as Date;

use crate::base::dates::parse_date;
use crate::base::text::Msg;
use crate::error::{Error, Result};
use crate::guide::l10n::Isolation;
use crate::guide::pack::Origin;
#[cfg(feature = "packs")]
use crate::packs::updates::{UpdateError, Updates};
use crate::records::store::Setting;
use crate::session::Session;
use crate::views::PackInfoView;

impl Session {
    /// Opens the session whose data lives in `data_dir`, showing the guide installed there
    /// (or the previous one, or the built-in one, as [`Updates::load`] decides).
    #[cfg(all(feature = "safety", feature = "packs"))]
    pub fn open_with_updates(data_dir: &Path, updates: Updates, isolation: Isolation) -> Result<Session> {
        let (guide, info) = updates.load(isolation);
        let mut session = Session::open(data_dir, guide)?;
        session.updates = Some((updates, info));
        Ok(session)
    }

    /// What the device knows about the guide it shows, in the interface language, with a
    /// plain warning once its facts are more than six months old on `today`.
    pub fn pack_info(&self, today: Date) -> Result<PackInfoView> {
        let info = self.installed_info().unwrap_or_else(|| crate::guide::builtin_info(&self.guide, false));
        let lang = self.interface_language()?;
        let l = self.guide.catalog().localizer(&lang);
        let date = |iso: &str| parse_date(iso).map(|d| l.date_short(d)).unwrap_or_else(|_| iso.to_string());
        let checked = parse_date(&info.checked).ok();
        let stale = checked.is_some_and(|c| crate::guide::pack::is_stale(c, today));
        Ok(PackInfoView {
            version: info.version,
            origin: info.origin,
            built: info.built.clone(),
            checked: info.checked.clone(),
            signer: info.signer.clone(),
            title: l.text("pack-title"),
            version_label: l.msg(&Msg::new("pack-version").arg("version", info.version as i64)),
            origin_label: l.text(match info.origin {
                Origin::Builtin => "pack-origin-builtin",
                Origin::Installed => "pack-origin-installed",
                Origin::Previous => "pack-origin-previous",
            }),
            built_label: info.built.as_deref().map(|b| l.msg(&Msg::new("pack-built").arg("date", date(b)))),
            checked_label: l.msg(&Msg::new("pack-checked").arg("date", date(&info.checked))),
            signer_label: info.signer.as_deref().map(|s| l.msg(&Msg::new("pack-signer").arg("key", s))),
            fell_back: info.fell_back.then(|| l.text("pack-fell-back")),
            stale: stale.then(|| l.text("pack-stale")),
            import_label: l.text("pack-import-label"),
            rollback: l.text("pack-rollback-button"),
            installed_label: l.text("pack-installed"),
            share_kit_label: l.text("pack-share-kit-button"),
            share_kit_hint: l.text("pack-share-kit-hint"),
        })
    }

    #[cfg(feature = "packs")]
    /// Writes the copy to pass on (see [`crate::packs::sharekit`]) into a new dated folder inside
    /// `folder`, for a reader of the interface language, and says where it went.
    pub fn write_share_kit(
        &self,
        folder: &Path,
        installer: crate::packs::installer::Installer,
        today: Date,
    ) -> Result<crate::packs::sharekit::ShareKitView> {
        let lang = self.interface_language()?;
        let kit = crate::packs::sharekit::build(&lang, self.updates()?, installer, today);
        let out = crate::packs::sharekit::dated_folder(folder, today);
        kit.write(&out)?;
        Ok(kit.view(&out, &self.guide.catalog().localizer(&lang)))
    }

    #[cfg(feature = "packs")]
    /// What the interface says when the person closed the folder dialog without choosing.
    pub fn share_kit_not_written(&self) -> Result<crate::packs::sharekit::ShareKitView> {
        let l = self.guide.catalog().localizer(&self.interface_language()?);
        Ok(crate::packs::sharekit::ShareKitView {
            path: String::new(),
            message: l.text("sharekit-not-written"),
            notes: Vec::new(),
            files: Vec::new(),
            has_installer: false,
            pack_version: None,
        })
    }

    /// What is known about an installed pack, when the guide shown comes from the device's packs.
    #[cfg(feature = "packs")]
    fn installed_info(&self) -> Option<crate::guide::pack::PackInfo> {
        self.updates.as_ref().map(|(_, info)| info.clone())
    }

    /// Without `packs` the guide is always the one compiled in.
    #[cfg(not(feature = "packs"))]
    fn installed_info(&self) -> Option<crate::guide::pack::PackInfo> {
        None
    }

    #[cfg(feature = "packs")]
    fn updates(&self) -> Result<&Updates> {
        self.updates.as_ref().map(|(u, _)| u).ok_or_else(|| Error::from(UpdateError::NoPrevious))
    }

    /// Changing the guide (installing, rolling back, trusting a key) is for the device's
    /// owner: refused while the data is locked by a PIN, and in a guest session.
    #[cfg(feature = "packs")]
    fn updates_for_owner(&self) -> Result<&Updates> {
        if self.is_guest() {
            return Err(UpdateError::Guest.into());
        }
        self.store()?;
        self.updates()
    }

    /// Installs a pack file's bytes after every check, then shows the new guide. The newest
    /// version installed is remembered in the person's database too (see [`Updates::check`]).
    #[cfg(feature = "packs")]
    pub fn install_pack(&mut self, bytes: &[u8], isolation: Isolation) -> Result<()> {
        crate::base::incoming::IncomingFile::Pack.check_size(bytes.len() as u64)?;
        let updates = self.updates_for_owner()?;
        let remembered = self.store()?.setting(Setting::NewestGuide)?.and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
        let version = updates.install(bytes, remembered)?.version;
        if version > remembered {
            self.store_mut()?.set_settings(&[(Setting::NewestGuide, &version.to_string())])?;
        }
        self.reload_guide(isolation);
        Ok(())
    }

    /// Goes back to the previous pack (or the built-in guide), then shows it.
    #[cfg(feature = "packs")]
    pub fn rollback_pack(&mut self, isolation: Isolation) -> Result<u64> {
        let version = self.updates_for_owner()?.rollback()?;
        self.reload_guide(isolation);
        Ok(version)
    }

    /// Trusts a pack-signing key (a minisign public key file's text) on this device; returns
    /// its id and fingerprint.
    #[cfg(feature = "packs")]
    pub fn trust_key(&self, public_key_text: &str) -> Result<(String, String)> {
        Ok(self.updates_for_owner()?.trust(public_key_text)?)
    }

    #[cfg(feature = "packs")]
    fn reload_guide(&mut self, isolation: Isolation) {
        if let Some((updates, info)) = &mut self.updates {
            let (guide, new_info) = updates.load(isolation);
            self.guide = guide;
            *info = new_info;
        }
    }
}
