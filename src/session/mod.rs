//! A person's session with the app: the guide plus their remembered preferences. The app
//! shell holds one `Session` and calls one method per command.
//!
//! Without the `safety` feature (the web edition) a session lives in memory only: what
//! concerns files, PINs, spaces and backups is left out, and so some of its fields and
//! imports go unused there.
#![cfg_attr(not(feature = "safety"), allow(unused_imports, dead_code))]

#[cfg(feature = "speech")]
mod speech;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate as Date, NaiveDateTime, Timelike};

use crate::records::checklist::{clean_item_text, clean_note, own_item_id, parse_own_item_id, ChecklistError, Status};
use crate::guide::content::Rule;
use crate::base::dates::{iso_date, parse_date};
use crate::guide::deadline::{self, State};
use crate::guide::decide::Answers;
use crate::error::{Error, Result};
use crate::guide::search::SearchView;
use crate::guide::Guide;
use crate::guide::l10n::Localizer;
use crate::base::text::Msg;
use crate::records::profile::{
    clean_name, latest_date, parse_every_days, parse_person_date, parse_weekday, Profile, ProfileError, EARLIEST_DATE, MAX_EVERY_DAYS,
    UNDO_SECONDS,
};
use crate::guide::l10n::Isolation;
use crate::records::reminders::{self, Consent, Reminder, RemindersError};
#[cfg(feature = "safety")]
use crate::safety::vault::{self, Attempts, Clock, VaultError};
use crate::records::store::{Setting, Store};
use crate::guide::pack::Origin;
#[cfg(feature = "packs")]
use crate::packs::updates::{PackInfo, UpdateError, Updates};
use crate::views::summary::{SummaryColumn, SummaryView};
use crate::views::{
    AdviceView, BackupDone, RemindersView, ScheduledView, DateEntryView, DateField, NumberOption, DeadlineView, DecideView, PackInfoView, SafetyView, HomeView, ProfileSummary, ProfileView, ProfilesView, RemovedProfile, SigningView, StartView, TopicView,
    UiText, WeekdayOption,
};

pub struct Session {
    guide: Guide,
    /// The open database; `None` while locked.
    store: Option<Store>,
    /// The data folder, for sessions kept on disk; `None` for one kept in memory.
    data_dir: Option<PathBuf>,
    /// True while a guest session runs in memory in place of the data folder's.
    guest: bool,
    /// The device's salt when the device is shared (one space per person), else `None`.
    shared: Option<[u8; 16]>,
    /// On a shared device, the file of the space open now.
    space: Option<PathBuf>,
    /// A language for this session only, not remembered (the command line's `--lang`).
    spoken: Option<String>,
    /// The language the guide is read in while the data is locked (the remembered one is
    /// locked away too); forgotten as soon as the data is open.
    reading: Option<String>,
    /// Where the guide comes from; `None` when the session was given a guide directly.
    #[cfg(feature = "packs")]
    updates: Option<(Updates, PackInfo)>,
    /// What the safety screen says once, after the step that caused it.
    #[cfg(feature = "safety")]
    notices: Vec<Notice>,
}

impl Session {
    /// Opens the session whose data lives in `data_dir`, creating the folder if needed.
    #[cfg(feature = "safety")]
    pub fn open(data_dir: &Path, guide: Guide) -> Result<Session> {
        crate::base::files::create_private_dir(data_dir).map_err(|source| Error::DataFolder { path: data_dir.to_path_buf(), source })?;
        crate::base::files::make_private(data_dir);
        let path = database_path(data_dir);
        let shared = vault::shared_salt(data_dir)?;
        let store = if shared.is_some() {
            // A shared device opens on no one's space. A database still in the data folder
            // was already moved into a space when the device was made shared.
            vault::remove_files(vault::database_files(&path))?;
            None
        } else if vault::is_encrypted(&path)? == Some(true) {
            // A database protected by a PIN stays locked until the PIN is given.
            None
        } else {
            Some(Store::open(&path)?)
        };
        Ok(Session {
            guide,
            store,
            data_dir: Some(data_dir.to_path_buf()),
            guest: false,
            shared,
            space: None,
            spoken: None,
            reading: None,
            #[cfg(feature = "packs")]
            updates: None,
            #[cfg(feature = "safety")]
            notices: Vec::new(),
        })
    }

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
    pub fn write_share_kit(&self, folder: &Path, installer: crate::packs::installer::Installer, today: Date) -> Result<crate::packs::sharekit::ShareKitView> {
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
        if self.guest {
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

    /// A session that keeps everything in memory.
    pub fn in_memory(guide: Guide) -> Result<Session> {
        Ok(Session {
            guide,
            store: Some(Store::open_in_memory()?),
            data_dir: None,
            guest: false,
            shared: None,
            space: None,
            spoken: None,
            reading: None,
            #[cfg(feature = "packs")]
            updates: None,
            #[cfg(feature = "safety")]
            notices: Vec::new(),
        })
    }

    pub fn guide(&self) -> &Guide {
        &self.guide
    }

    fn store(&self) -> Result<&Store> {
        self.store.as_ref().ok_or_else(locked)
    }

    fn store_mut(&mut self) -> Result<&mut Store> {
        self.store.as_mut().ok_or_else(locked)
    }

    /// A preference, or `None` while locked.
    fn setting(&self, setting: Setting) -> Result<Option<String>> {
        match &self.store {
            Some(store) => Ok(store.setting(setting)?),
            None => Ok(None),
        }
    }

    /// What the first screen needs: the remembered language (none on first launch), and a
    /// suggestion from the system's language preferences.
    pub fn start<S: AsRef<str>>(&self, system_languages: &[S]) -> Result<StartView> {
        let chosen = self.setting(Setting::InterfaceLanguage)?;
        let chosen = chosen.filter(|code| self.guide.catalog().meta(code).is_some());
        let suggested = self.guide.catalog().negotiate(system_languages);
        Ok(StartView {
            chosen,
            quick_exit: self.guide.catalog().localizer(&suggested).text("safety-quick-exit"),
            suggested,
            languages: self.guide.languages(),
            locked: self.is_locked(),
        })
    }

    /// Remembers the language for both the interface and the guide.
    pub fn choose_language(&mut self, asked: &str) -> Result<UiText> {
        let code = self.guide.catalog().resolve(asked)?;
        self.store_mut()?.set_settings(&[(Setting::InterfaceLanguage, &code), (Setting::GuideLanguage, &code)])?;
        Ok(self.guide.ui_text(&code))
    }

    /// Speaks `lang` (a shipped locale's code) for the rest of this session, for both the
    /// interface and the guide, without remembering it.
    pub fn speak(&mut self, lang: &str) {
        self.spoken = self.guide.catalog().meta(lang).map(|_| lang.to_string());
    }

    /// The interface language: the remembered one, or the reference locale.
    pub fn interface_language(&self) -> Result<String> {
        if let Some(lang) = &self.spoken {
            return Ok(lang.clone());
        }
        self.language(Setting::InterfaceLanguage)
    }

    /// The guide language: the remembered one, or the interface language.
    pub fn guide_language(&self) -> Result<String> {
        if let Some(lang) = &self.spoken {
            return Ok(lang.clone());
        }
        match self.setting(Setting::GuideLanguage)? {
            Some(code) if self.guide.catalog().meta(&code).is_some() => Ok(code),
            _ => self.interface_language(),
        }
    }

    fn language(&self, setting: Setting) -> Result<String> {
        let reading = if self.is_locked() { self.reading.clone() } else { None };
        Ok(self
            .setting(setting)?
            .or(reading)
            .filter(|code| self.guide.catalog().meta(code).is_some())
            .unwrap_or_else(|| self.guide.catalog().reference().to_string()))
    }

    /// Reads the guide in `lang` while the data stays locked: the lock screen's "Read the
    /// guide". Opens nothing personal; once the data is open, its remembered language counts.
    pub fn read_while_locked(&mut self, lang: &str) -> Result<UiText> {
        let code = self.guide.catalog().resolve(lang)?;
        self.reading = Some(code.clone());
        Ok(self.guide.ui_text(&code))
    }

    /// Searches the guide in the guide language, then in Spanish.
    pub fn search(&self, query: &str) -> Result<SearchView> {
        self.guide.search(query, &self.guide_language()?)
    }

    pub fn decide_view(&self) -> Result<DecideView> {
        Ok(self.guide.decide_view(&self.guide_language()?))
    }

    /// Advice for answers given as (question, answer) pairs; all six must be answered.
    pub fn advise(&self, answers: &[(String, String)]) -> Result<AdviceView> {
        let answers = Answers::parse(answers.iter().map(|(q, a)| (q.as_str(), a.as_str())))?;
        Ok(self.guide.advice(&answers, &self.guide_language()?))
    }

    pub fn ui_text(&self) -> Result<UiText> {
        Ok(self.guide.ui_text(&self.interface_language()?))
    }

    pub fn home(&self) -> Result<HomeView> {
        Ok(self.guide.home(&self.guide_language()?))
    }

    pub fn topic(&self, id: &str) -> Result<TopicView> {
        Ok(self.guide.topic(id, &self.guide_language()?)?)
    }

    /// An error in the interface language (or the reference locale if even that fails).
    pub fn error_view(&self, error: &Error) -> crate::views::ErrorView {
        let lang = self.interface_language().unwrap_or_else(|_| self.guide.catalog().reference().to_string());
        self.guide.error_view(&lang, error)
    }
}

/// The name a backup file is offered under: a date and nothing that names the app, so that a
/// file left in a downloads folder does not tell who looks at the device that Senda was used.
pub fn backup_file_name(today: Date) -> String {
    format!("backup-{}.age", iso_date(today))
}

/// The error for a session whose data is locked away.
#[cfg(feature = "safety")]
fn locked() -> Error {
    VaultError::Locked.into()
}

/// Without `safety` a session is always in memory and never locked.
#[cfg(not(feature = "safety"))]
fn locked() -> Error {
    Error::Locked
}

/// Where the personal database lives inside a data folder.
pub fn database_path(data_dir: &Path) -> PathBuf {
    data_dir.join(crate::DATABASE_FILE)
}

/// Profiles, dates, deadlines and the checklist. `today` and `now` (Unix seconds) come from
/// the shell: the core reads no clock.
impl Session {
    /// The profiles, each with its next thing due, and the recently removed ones. Profiles
    /// removed longer ago than the undo window are deleted for good first.
    pub fn profiles(&mut self, today: Date, now: i64) -> Result<ProfilesView> {
        self.store_mut()?.purge_removed(now - UNDO_SECONDS)?;
        let lang = self.interface_language()?;
        let l = self.guide.catalog().localizer(&lang);
        let mut profiles = Vec::new();
        for (id, name) in self.store()?.profiles()? {
            let deadlines = self.deadlines_for(id, today, &lang)?;
            let next = next_due(&deadlines);
            profiles.push(ProfileSummary {
                id,
                name,
                next_due: next.and_then(|d| {
                    let date = d.last_day_label.as_deref()?;
                    Some(l.msg(&Msg::new("profile-next-due").arg("title", d.title.as_str()).arg("date", date)))
                }),
                next_due_state: next.map(|d| d.state),
            });
        }
        let removed = self
            .store()?
            .removed_profiles()?
            .into_iter()
            .map(|r| RemovedProfile { id: r.id, label: l.msg(&Msg::new("profile-removed").user("name", r.name.as_str())), name: r.name })
            .collect();
        Ok(ProfilesView { lang: l.lang().to_string(), dir: l.direction(), profiles, removed })
    }

    pub fn add_profile(&mut self, name: &str, now: i64) -> Result<Profile> {
        let name = clean_name(name)?;
        match self.store_mut()?.add_profile(&name, now)? {
            Some(id) => Ok(Profile { id, name }),
            None => Err(ProfileError::Exists { name }.into()),
        }
    }

    /// The profile called `name`, or, when no name is given, the only profile.
    pub fn find_profile(&self, name: Option<&str>) -> Result<Profile> {
        let profiles = self.store()?.profiles()?;
        match name {
            Some(name) => profiles
                .into_iter()
                .find(|(_, n)| n == name.trim())
                .map(|(id, name)| Profile { id, name })
                .ok_or_else(|| ProfileError::NotFound { name: name.to_string() }.into()),
            None => match profiles.len() {
                0 => Err(ProfileError::None.into()),
                1 => profiles.into_iter().next().map(|(id, name)| Profile { id, name }).ok_or(ProfileError::None.into()),
                _ => Err(ProfileError::Choose.into()),
            },
        }
    }

    fn active(&self, id: i64) -> Result<Profile> {
        self.store()?
            .profiles()?
            .into_iter()
            .find(|(pid, _)| *pid == id)
            .map(|(id, name)| Profile { id, name })
            .ok_or_else(|| ProfileError::NotFound { name: id.to_string() }.into())
    }

    pub fn rename_profile(&mut self, id: i64, name: &str) -> Result<Profile> {
        self.active(id)?;
        let name = clean_name(name)?;
        if !self.store_mut()?.rename_profile(id, &name)? {
            return Err(ProfileError::Exists { name }.into());
        }
        Ok(Profile { id, name })
    }

    /// Removes a profile; it can be restored for [`UNDO_SECONDS`].
    pub fn remove_profile(&mut self, id: i64, now: i64) -> Result<Profile> {
        let profile = self.active(id)?;
        self.store_mut()?.remove_profile(id, now)?;
        Ok(profile)
    }

    /// Restores the most recently removed profile called `name` (or with this id, as text).
    pub fn restore_profile(&mut self, name_or_id: &str, now: i64) -> Result<Profile> {
        self.store_mut()?.purge_removed(now - UNDO_SECONDS)?;
        let removed = self.store()?.removed_profiles()?;
        let found = removed.into_iter().find(|r| r.name == name_or_id.trim() || r.id.to_string() == name_or_id.trim());
        let Some(row) = found else {
            return Err(ProfileError::RestoreExpired { name: name_or_id.to_string() }.into());
        };
        if !self.store_mut()?.restore_profile(row.id)? {
            return Err(ProfileError::Exists { name: row.name }.into());
        }
        Ok(Profile { id: row.id, name: row.name })
    }

    /// Records (`Some`) or clears (`None`) one of a profile's dates, or how often they sign:
    /// `signing-day` takes a weekday number (1 = Monday … 7 = Sunday), `signing-every-days` a
    /// number of days, and recording one clears the other. Every other key takes a date.
    pub fn set_date(&mut self, id: i64, key: &str, value: Option<&str>, today: Date) -> Result<()> {
        self.active(id)?;
        let content = self.guide.content();
        let (value, other) = match value {
            None => (None, None),
            Some(v) if key == SIGNING_DAY => (Some(parse_weekday(v)?.to_string()), Some(SIGNING_EVERY_DAYS)),
            Some(v) if key == SIGNING_EVERY_DAYS => (Some(parse_every_days(v)?.to_string()), Some(SIGNING_DAY)),
            Some(v) => (Some(iso_date(parse_person_date(v, today)?)), None),
        };
        if !SIGNING_KEYS.contains(&key) && !content.date_keys.iter().any(|k| k.key == key) {
            let mut keys: Vec<String> = content.date_keys.iter().map(|k| k.key.clone()).collect();
            keys.extend(SIGNING_KEYS.iter().map(|k| k.to_string()));
            return Err(ProfileError::UnknownDateKey { key: key.chars().take(40).collect(), keys }.into());
        }
        let mut changes = vec![(key, value.as_deref())];
        changes.extend(other.map(|other| (other, None)));
        self.store_mut()?.set_dates(id, &changes)?;
        Ok(())
    }

    /// A profile's deadlines, in the order the content lists them, for the dates recorded.
    fn deadlines_for(&self, id: i64, today: Date, lang: &str) -> Result<Vec<DeadlineView>> {
        let dates = self.store()?.dates(id)?;
        let recorded = |key: &str| dates.get(key).and_then(|v| parse_date(v).ok());
        let l = self.guide.catalog().localizer(lang);
        let frequency = signing_frequency(&dates, &l);
        let content = self.guide.content();
        let mut out = Vec::new();
        for def in &content.deadlines {
            if def.requires.as_ref().is_some_and(|key| !dates.contains_key(key)) {
                continue;
            }
            let given = def.rule == Rule::Given;
            let notes = if given { frequency.iter().cloned().collect() } else { Vec::new() };
            let extra = self.guide.deadline_extra(def, &l, false, notes);
            match deadline::Start::for_def(def, recorded) {
                Some(start) => {
                    let calendar = deadline::latest_calendar(def, &content.closures, false);
                    if let Some(d) = deadline::compute(def, &start, today, &calendar) {
                        out.push(crate::views::deadline::view(&d, def, &l, extra));
                    }
                }
                // The person said how often they sign but gave no date: ask for it.
                None if given && frequency.is_some() => out.push(crate::views::deadline::needs_date_view(def, &l, extra)),
                None => {}
            }
        }
        Ok(out)
    }

    /// One profile with its dates, deadlines and checklist, in the guide language.
    pub fn profile(&self, id: i64, today: Date) -> Result<ProfileView> {
        let profile = self.active(id)?;
        let lang = self.guide_language()?;
        let l = self.guide.catalog().localizer(&lang);
        let content = self.guide.content();
        let dates = self.store()?.dates(id)?;
        let fields = content
            .date_keys
            .iter()
            .map(|k| {
                let value = dates.get(&k.key).filter(|v| parse_date(v).is_ok()).cloned();
                let parsed = value.as_deref().and_then(|v| parse_date(v).ok());
                DateField {
                    key: k.key.clone(),
                    label: l.text(&k.label),
                    hint: k.hint.as_deref().map(|h| l.text(h)),
                    value,
                    day: parsed.map(|d| d.day()),
                    month: parsed.map(|d| d.month()),
                    year: parsed.map(|d| d.year()),
                }
            })
            .collect();
        let date_entry = DateEntryView {
            order: l.date_order().to_vec(),
            day_label: l.text("date-entry-day"),
            month_label: l.text("date-entry-month"),
            year_label: l.text("date-entry-year"),
            months: (1..=12).map(|m| l.month_name(m)).collect(),
            years: (EARLIEST_DATE.year()..=latest_date(today).year()).rev().collect(),
            clear: l.text("date-entry-clear"),
        };
        let signing = SigningView {
            heading: l.text("signing-frequency-heading"),
            hint: l.text("signing-frequency-hint"),
            weekday_label: l.text("signing-weekday-label"),
            weekday: dates.get(SIGNING_DAY).and_then(|v| v.parse().ok()),
            weekdays: (1..=7u8)
                .map(|n| WeekdayOption { number: n, name: l.msg(&Msg::new("weekday-name").arg("weekday", i64::from(n))) })
                .collect(),
            every_days_label: l.text("signing-every-days-label"),
            every_days: dates.get(SIGNING_EVERY_DAYS).and_then(|v| v.parse().ok()),
            max_every_days: MAX_EVERY_DAYS,
        };
        let checklist = crate::views::checklist::view(content, &self.store()?.items(id)?, &self.store()?.own_items(id)?, &l);
        Ok(ProfileView {
            id,
            lang: l.lang().to_string(),
            dir: l.direction(),
            dates: fields,
            date_entry,
            signing,
            deadlines: self.deadlines_for(id, today, &lang)?,
            checklist,
            remove_confirm: l.msg(&Msg::new("profile-remove-confirm").user("name", profile.name.as_str())),
            name: profile.name,
        })
    }

    /// Sets a checklist item's status, and its note when given. Template items and the
    /// person's own items (`own-N`) alike.
    pub fn set_item(&mut self, id: i64, item: &str, status: &str, note: Option<&str>) -> Result<()> {
        self.active(id)?;
        let status = Status::parse(status)?;
        let note = note.map(clean_note).transpose()?;
        if let Some(own) = parse_own_item_id(item) {
            if !self.store_mut()?.set_own_item(id, own, status.as_str(), note.as_deref())? {
                return Err(ChecklistError::UnknownItem { item: item.to_string() }.into());
            }
            return Ok(());
        }
        if self.guide.content().checklist_item(item).is_none() {
            return Err(ChecklistError::UnknownItem { item: item.chars().take(60).collect() }.into());
        }
        self.store_mut()?.set_item(id, item, status.as_str(), note.as_deref())?;
        Ok(())
    }

    /// The printable summary: the guide language, and Spanish beside it when that is another.
    pub fn summary(&self, id: i64, today: Date) -> Result<SummaryView> {
        let profile = self.active(id)?;
        let lang = self.guide_language()?;
        let reference = self.guide.catalog().reference().to_string();
        let mut langs = vec![lang.clone()];
        if lang != reference {
            langs.push(reference);
        }
        let rows = self.store()?.items(id)?;
        let own = self.store()?.own_items(id)?;
        let mut columns = Vec::new();
        for lang in langs {
            let l = self.guide.catalog().localizer(&lang);
            columns.push(SummaryColumn {
                lang: l.lang().to_string(),
                dir: l.direction(),
                title: l.text("summary-title"),
                made_on: l.msg(&Msg::new("summary-made-on").arg("date", l.date_long(today))),
                deadlines_heading: l.text("summary-deadlines-heading"),
                deadlines: self.deadlines_for(id, today, &lang)?,
                documents_heading: l.text("summary-documents-heading"),
                checklist: crate::views::checklist::view(self.guide.content(), &rows, &own, &l),
                status_have: l.text("checklist-status-have"),
                status_needed: l.text("checklist-status-needed"),
                status_not_applicable: l.text("checklist-status-not-applicable"),
            });
        }
        Ok(SummaryView { name: profile.name, columns })
    }

    /// Adds one of the person's own items; returns its id (`own-N`).
    pub fn add_own_item(&mut self, id: i64, text: &str) -> Result<String> {
        self.active(id)?;
        let text = clean_item_text(text)?;
        Ok(own_item_id(self.store_mut()?.add_own_item(id, &text)?))
    }
}

/// The choices of minutes without use before personal data locks.
pub const IDLE_MINUTES: [u32; 6] = [1, 2, 5, 10, 15, 30];
pub const DEFAULT_IDLE_MINUTES: u32 = 5;
/// The choices of wrong PINs after which everything is wiped (0: never).
pub const WIPE_AFTER_CHOICES: [u32; 4] = [0, 5, 10, 20];

/// A new space's word and key: a word drawn at random, drawn again while the secret it makes
/// with `own` would name a space that exists, so that no one learns a secret is taken.
#[cfg(feature = "safety")]
fn new_space_key(dir: &Path, device_salt: [u8; 16], own: &str) -> Result<(String, vault::SpaceKey)> {
    for _ in 0..8 {
        let word = vault::random_word(vault::SPACE_WORD_SYLLABLES)?;
        let space = vault::SpaceKey::derive(&vault::space_secret(&word, own), device_salt)?;
        if vault::is_encrypted(&space.path(dir))?.is_none() {
            return Ok((word, space));
        }
    }
    Err(VaultError::Kdf("no free name for a space".to_string()).into())
}

/// What the safety screen says once a space has its secret: the device's word, and how long
/// the whole secret would resist guessing.
#[cfg(feature = "safety")]
fn space_notices(word: String, kind: vault::SecretKind) -> Vec<Notice> {
    let guesses = kind.guesses() * vault::word_choices(vault::SPACE_WORD_SYLLABLES);
    vec![Notice::SpaceWord(word), Notice::Strength { kind, guesses, space: true }]
}

/// A span of time in plain words, rounded: "about 2 days", "more than a million years".
pub fn duration_words(l: &Localizer<'_>, seconds: f64) -> String {
    const MINUTE: f64 = 60.0;
    const HOUR: f64 = 60.0 * MINUTE;
    const DAY: f64 = 24.0 * HOUR;
    const YEAR: f64 = 365.25 * DAY;
    let about = |id: &'static str, n: f64| {
        // Two significant digits: "about 1,100 years", not "about 1,137 years".
        let digits = n.log10().floor() as i32;
        let rounded = if digits >= 2 { (n / 10f64.powi(digits - 1)).round() * 10f64.powi(digits - 1) } else { n.round() };
        l.msg(&Msg::new(id).arg("count", rounded.max(1.0) as i64))
    };
    match seconds {
        s if s < MINUTE => l.text("safety-duration-under-minute"),
        s if s < 2.0 * HOUR => about("safety-duration-minutes", s / MINUTE),
        s if s < 2.0 * DAY => about("safety-duration-hours", s / HOUR),
        s if s < 2.0 * YEAR => about("safety-duration-days", s / DAY),
        s if s < 1e6 * YEAR => about("safety-duration-years", s / YEAR),
        _ => l.text("safety-duration-million-years"),
    }
}

/// How long a copy of the files would resist someone trying every secret like the one chosen.
#[cfg(feature = "safety")]
pub fn strength_text(l: &Localizer<'_>, kind: vault::SecretKind, guesses: f64, space: bool) -> String {
    let one = duration_words(l, vault::seconds_to_try(guesses, 1));
    let many = duration_words(l, vault::seconds_to_try(guesses, vault::MANY_COMPUTERS));
    let computers = i64::from(vault::MANY_COMPUTERS);
    let msg = match (space, kind) {
        (true, _) => Msg::new("safety-strength-space"),
        (false, vault::SecretKind::Pin { digits }) => Msg::new("safety-strength-pin").arg("digits", digits as i64),
        (false, vault::SecretKind::Passphrase { words }) => Msg::new("safety-strength-passphrase").arg("words", words as i64),
    };
    l.msg(&msg.arg("one", one).arg("many", many).arg("computers", computers))
}

/// Opens an encrypted database, or `None` when the key is wrong.
#[cfg(feature = "safety")]
fn open_or_wrong(path: &Path, key: &vault::DbKey) -> Result<Option<Store>> {
    match Store::open_keyed(path, Some(key)) {
        Ok(store) => Ok(Some(store)),
        Err(crate::records::store::StoreError::NotDatabase(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The wipe waits this long, showing a countdown, so a wrong tap can be cancelled.
pub const WIPE_COUNTDOWN_SECONDS: i64 = 5;

/// The guide topic that explains what the PIN protects and what it does not.
pub const SAFETY_TOPIC: &str = "safety";

/// The key under which the weekday a person signs on is kept, if their office gave one.
/// Profiles made before the next signing date could be entered hold only this.
pub const SIGNING_DAY: &str = "signing-day";
/// The key under which "every N days" is kept, if the office said so.
pub const SIGNING_EVERY_DAYS: &str = "signing-every-days";
/// The keys of how often a person signs: kept beside the dates, but not dates.
pub const SIGNING_KEYS: [&str; 2] = [SIGNING_DAY, SIGNING_EVERY_DAYS];

/// Checks one stored value of a profile's dates (from a backup): a known key, a plausible
/// date, a weekday or a number of days.
pub fn check_stored_date(content: &crate::guide::content::Content, key: &str, value: &str, today: Date) -> Result<()> {
    match key {
        SIGNING_DAY => parse_weekday(value).map(drop)?,
        SIGNING_EVERY_DAYS => parse_every_days(value).map(drop)?,
        _ if content.date_keys.iter().any(|k| k.key == key) => parse_person_date(value, today).map(drop)?,
        _ => return Err(ProfileError::UnknownDateKey { key: key.to_string(), keys: Vec::new() }.into()),
    }
    Ok(())
}

/// How often the person said they sign, in words: "every Wednesday", "every 10 days".
fn signing_frequency(dates: &std::collections::BTreeMap<String, String>, l: &crate::guide::l10n::Localizer<'_>) -> Option<String> {
    if let Some(n) = dates.get(SIGNING_DAY).and_then(|v| v.parse::<u8>().ok()).filter(|n| (1..=7).contains(n)) {
        let weekday = l.msg(&Msg::new("weekday-name").arg("weekday", i64::from(n)));
        return Some(l.msg(&Msg::new("deadline-signing-every-weekday").arg("weekday", weekday).arg("number", i64::from(n))));
    }
    let days = dates.get(SIGNING_EVERY_DAYS).and_then(|v| v.parse::<u32>().ok())?;
    Some(l.msg(&Msg::new("deadline-signing-every-days").arg("days", i64::from(days))))
}

/// The next dated deadline not yet passed under every reading; if all have passed, the one
/// that passed last.
fn next_due(deadlines: &[DeadlineView]) -> Option<&DeadlineView> {
    let dated = || deadlines.iter().filter(|d| d.last_day.is_some());
    let open = dated().filter(|d| d.state != State::Passed).min_by(|a, b| a.last_day.cmp(&b.last_day));
    open.or_else(|| dated().max_by(|a, b| a.last_day.cmp(&b.last_day)))
}

/// Something the safety screen says once, after the step that caused it.
#[cfg(feature = "safety")]
#[derive(Debug, Clone)]
enum Notice {
    /// How long a copy of the files would resist guessing the secret just chosen: `guesses`
    /// secrets of its kind and size.
    Strength { kind: vault::SecretKind, guesses: f64, space: bool },
    /// The word the device added to a space's secret, shown this once.
    SpaceWord(String),
    /// The secret that opened the data would not be accepted as a new one.
    Weak,
}

/// Safety on a seized or shared device: the PIN, locking, the wipe and guest sessions. `now`
/// is when the shell read its clocks ([`Clock`]; Unix seconds alone also do).
impl Session {
    /// The open database's file: the person's space on a shared device, else the data folder's.
    #[cfg(feature = "safety")]
    fn db_path(&self) -> Result<PathBuf> {
        if self.shared.is_some() {
            return self.space.clone().ok_or_else(|| VaultError::Locked.into());
        }
        self.data_dir.as_deref().map(database_path).ok_or_else(|| VaultError::NoPin.into())
    }

    /// Whether the database on disk is protected by a PIN. Every space of a shared device is.
    #[cfg(feature = "safety")]
    pub fn has_pin(&self) -> Result<bool> {
        match &self.data_dir {
            Some(_) if self.guest => Ok(false),
            Some(_) if self.shared.is_some() => Ok(true),
            Some(dir) => Ok(vault::is_encrypted(&database_path(dir))? == Some(true)),
            None => Ok(false),
        }
    }

    pub fn is_locked(&self) -> bool {
        self.store.is_none()
    }

    pub fn is_guest(&self) -> bool {
        self.guest
    }

    /// Whether the device is shared: one PIN-protected space per person.
    pub fn is_shared(&self) -> bool {
        self.shared.is_some()
    }

    /// Closes the database. With a PIN set, nothing personal can be read until
    /// [`Session::unlock`]; without one, locking only hides the screen, so the store stays.
    #[cfg(feature = "safety")]
    pub fn lock(&mut self) -> Result<()> {
        if self.guest {
            return Ok(());
        }
        if self.has_pin()? {
            self.store = None;
            self.space = None;
        }
        self.notices.clear();
        Ok(())
    }

    /// The quick exit: a guest session ends (its data is gone), then the data locks.
    #[cfg(feature = "safety")]
    pub fn quick_exit(&mut self) -> Result<()> {
        self.end_guest()?;
        self.lock()
    }

    /// Opens the database with a PIN (on a shared device, the space this secret opens). Wrong
    /// PINs are counted across restarts; after [`vault::FREE_TRIES`] each try waits longer,
    /// and if the person chose a limit, reaching it wipes the personal data. On a shared
    /// device the count is the device's, per window ([`vault::SHARED_WINDOW_SECONDS`]): one
    /// person opening their space does not start it again for the next guess at another's.
    #[cfg(feature = "safety")]
    pub fn unlock(&mut self, pin: &str, now: impl Into<Clock>) -> Result<()> {
        let now = now.into();
        if self.store.is_some() {
            return Ok(());
        }
        let dir = self.data_dir.clone().ok_or(VaultError::NoPin)?;
        let mut attempts = self.attempts_allowing(&dir, &now)?;
        let opened = match self.shared {
            Some(device_salt) => self.find_space(&dir, device_salt, pin)?.map(|(store, path)| (store, Some(path))),
            None => {
                let path = database_path(&dir);
                let key = vault::derive_key(pin, vault::file_salt(&path)?)?;
                open_or_wrong(&path, &key)?.map(|store| (store, None))
            }
        };
        match opened {
            Some((store, space)) => {
                self.store = Some(store);
                self.space = space;
                if self.shared.is_none() && attempts.failures > 0 {
                    attempts.failures = 0;
                    attempts.boot = None;
                    attempts.save(&dir)?;
                }
                self.notices.clear();
                if self.opened_with_weak_secret(pin) {
                    self.notices.push(Notice::Weak);
                }
                Ok(())
            }
            None => {
                attempts.record_failure(&dir, &now)?;
                if self.shared.is_none() && attempts.should_wipe() {
                    self.wipe()?;
                }
                Err(VaultError::WrongPin.into())
            }
        }
    }

    /// Whether the secret that just opened the data is one that would not be accepted now: a
    /// short PIN from an older version, or on a shared device a space without the device's word.
    #[cfg(feature = "safety")]
    fn opened_with_weak_secret(&self, pin: &str) -> bool {
        if self.shared.is_none() {
            return vault::is_weak(pin);
        }
        let normalized = vault::normalize_space_secret(pin);
        match normalized.split_once(' ') {
            Some((_, own)) => vault::is_weak(own),
            None => true,
        }
    }

    /// The space a secret opens on a shared device, with its file. The secret is read as typed
    /// made regular ([`vault::normalize_space_secret`]); a space made before that rule opens
    /// with the secret exactly as typed.
    #[cfg(feature = "safety")]
    fn find_space(&self, dir: &Path, device_salt: [u8; 16], secret: &str) -> Result<Option<(Store, PathBuf)>> {
        let normalized = vault::normalize_space_secret(secret);
        let mut tries = vec![normalized.as_str()];
        if normalized.as_str() != secret {
            tries.push(secret);
        }
        for candidate in tries {
            let space = vault::SpaceKey::derive(candidate, device_salt)?;
            let path = space.path(dir);
            if vault::is_encrypted(&path)? == Some(true) {
                return Ok(open_or_wrong(&path, &space.db_key(vault::file_salt(&path)?))?.map(|store| (store, path)));
            }
        }
        Ok(None)
    }

    /// The count of wrong PINs, once no wait is due at `now`. The count is anchored to the
    /// device's steady clock first, and on a shared device a quiet window ends it.
    #[cfg(feature = "safety")]
    fn attempts_allowing(&self, dir: &Path, now: &Clock) -> Result<Attempts> {
        let mut attempts = Attempts::load(dir);
        let mut changed = attempts.anchor(now);
        if self.shared.is_some() {
            changed |= attempts.end_quiet_window(now);
        }
        if changed {
            attempts.save(dir)?;
        }
        match attempts.wait_at(now) {
            0 => Ok(attempts),
            seconds => Err(VaultError::Wait { seconds }.into()),
        }
    }

    /// Refuses what would change a PIN during a guest session: the guest's data is in memory
    /// and the data folder's belongs to someone else.
    #[cfg(feature = "safety")]
    fn not_guest(&self) -> Result<()> {
        if self.guest {
            return Err(VaultError::Guest.into());
        }
        Ok(())
    }

    /// Sets a PIN on an unprotected database: it is encrypted, replacing the old file whole.
    #[cfg(feature = "safety")]
    pub fn set_pin(&mut self, pin: &str) -> Result<()> {
        self.not_guest()?;
        let kind = vault::check_new_secret(pin)?;
        self.store()?;
        if self.has_pin()? {
            return Err(VaultError::HasPin.into());
        }
        let path = self.db_path()?;
        let key = vault::derive_key(pin, vault::new_salt()?)?;
        self.store = None;
        let result = crate::records::store::reencrypt(&path, None, Some(&key));
        self.store = Some(Store::open_keyed(&path, if result.is_ok() { Some(&key) } else { None })?);
        result?;
        self.notices = vec![Notice::Strength { kind, guesses: kind.guesses(), space: false }];
        Ok(())
    }

    /// Changes the PIN: the database is encrypted again under the new one. Checking the old
    /// PIN counts as an unlock does. On a shared device the space moves to the file its new
    /// secret names (with a new word from the device); until the old file is deleted both
    /// exist, so a crash loses nothing.
    #[cfg(feature = "safety")]
    pub fn change_pin(&mut self, old: &str, new: &str, now: impl Into<Clock>) -> Result<()> {
        let now = now.into();
        self.not_guest()?;
        let kind = vault::check_new_secret(new)?;
        if let Some(device_salt) = self.shared {
            let dir = self.data_dir.clone().ok_or(VaultError::NotShared)?;
            self.verify_space(old, &now)?;
            let old_path = self.db_path()?;
            let (word, space) = new_space_key(&dir, device_salt, new)?;
            let new_path = space.path(&dir);
            let key = space.db_key(vault::new_salt()?);
            self.store()?.export_to(&new_path, Some(&key))?;
            self.store = Some(Store::open_keyed(&new_path, Some(&key))?);
            self.space = Some(new_path);
            vault::remove_files(vault::database_files(&old_path))?;
            self.notices = space_notices(word, kind);
            return Ok(());
        }
        let old_key = self.verified_key(old, &now)?;
        let path = self.db_path()?;
        let new_key = vault::derive_key(new, vault::new_salt()?)?;
        self.store = None;
        let result = crate::records::store::reencrypt(&path, Some(&old_key), Some(&new_key));
        let key = if result.is_ok() { &new_key } else { &old_key };
        self.store = Some(Store::open_keyed(&path, Some(key))?);
        result?;
        self.notices = vec![Notice::Strength { kind, guesses: kind.guesses(), space: false }];
        Ok(())
    }

    /// Removes the PIN: the database is written again unencrypted. Not on a shared device,
    /// where the PIN is what keeps each person's space their own.
    #[cfg(feature = "safety")]
    pub fn remove_pin(&mut self, old: &str, now: impl Into<Clock>) -> Result<()> {
        let now = now.into();
        self.not_guest()?;
        if self.shared.is_some() {
            return Err(VaultError::SharedNeedsPin.into());
        }
        let old_key = self.verified_key(old, &now)?;
        let path = self.db_path()?;
        self.store = None;
        let result = crate::records::store::reencrypt(&path, Some(&old_key), None);
        self.store = Some(Store::open_keyed(&path, if result.is_ok() { None } else { Some(&old_key) })?);
        Ok(result?)
    }

    /// The current database key, after checking the PIN as an unlock would.
    #[cfg(feature = "safety")]
    fn verified_key(&mut self, pin: &str, now: &Clock) -> Result<vault::DbKey> {
        if !self.has_pin()? {
            return Err(VaultError::NoPin.into());
        }
        self.store = None;
        self.unlock(pin, now.clone())?;
        Ok(vault::derive_key(pin, vault::file_salt(&self.db_path()?)?)?)
    }

    /// Checks that `pin` opens the space that is open now, as an unlock would.
    #[cfg(feature = "safety")]
    fn verify_space(&mut self, pin: &str, now: &Clock) -> Result<()> {
        let open = self.db_path()?;
        self.store = None;
        self.space = None;
        self.unlock(pin, now.clone())?;
        if self.space.as_deref() != Some(open.as_path()) {
            // The secret opened another space: close it again, and refuse as a wrong PIN.
            self.store = None;
            self.space = None;
            return Err(VaultError::WrongPin.into());
        }
        Ok(())
    }

    /// Makes this device shared: from now on each person has a space of their own, found with
    /// their secret, and the opening screen lists nobody. The data open now moves into the
    /// first space, whose secret is a word from the device and `pin`. The device is shared
    /// only once that space is whole on disk.
    #[cfg(feature = "safety")]
    pub fn share_device(&mut self, pin: &str, repeat: &str) -> Result<()> {
        if self.shared.is_some() {
            return Err(VaultError::AlreadyShared.into());
        }
        self.not_guest()?;
        let kind = vault::check_new_secret(pin)?;
        if pin != repeat {
            return Err(VaultError::PinMismatch.into());
        }
        let dir = self.data_dir.clone().ok_or(VaultError::NotShared)?;
        self.store()?;
        // Files left by a move that was interrupted before it was complete.
        let spaces = dir.join(vault::SPACES_DIR);
        match std::fs::remove_dir_all(&spaces) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(VaultError::Io { path: spaces, source }.into()),
        }
        crate::base::files::create_private_dir(&spaces).map_err(|source| VaultError::Io { path: spaces.clone(), source })?;
        let device_salt = vault::new_salt()?;
        let (word, space) = new_space_key(&dir, device_salt, pin)?;
        let path = space.path(&dir);
        let key = space.db_key(vault::new_salt()?);
        self.store()?.export_to(&path, Some(&key))?;
        vault::write_shared(&dir, device_salt)?;
        self.store = None;
        vault::wipe(&dir)?;
        self.store = Some(Store::open_keyed(&path, Some(&key))?);
        self.space = Some(path);
        self.shared = Some(device_salt);
        self.notices = space_notices(word, kind);
        Ok(())
    }

    /// Creates a new, empty space on a shared device and opens it. Its secret is a word the
    /// device draws at random and `pin`, the person's own PIN or passphrase: the word makes
    /// two people's secrets differ even when they chose the same PIN, and a word whose
    /// secret would name an existing space is silently drawn again, so creating a space never
    /// tells anything about another.
    #[cfg(feature = "safety")]
    pub fn create_space(&mut self, pin: &str, repeat: &str) -> Result<()> {
        let device_salt = self.shared.ok_or(VaultError::NotShared)?;
        let dir = self.data_dir.clone().ok_or(VaultError::NotShared)?;
        let kind = vault::check_new_secret(pin)?;
        if pin != repeat {
            return Err(VaultError::PinMismatch.into());
        }
        let (word, space) = new_space_key(&dir, device_salt, pin)?;
        let path = space.path(&dir);
        vault::remove_files(vault::database_files(&path))?;
        let spaces = dir.join(vault::SPACES_DIR);
        crate::base::files::create_private_dir(&spaces).map_err(|source| VaultError::Io { path: spaces, source })?;
        self.guest = false;
        self.store = None;
        self.space = None;
        let key = space.db_key(vault::new_salt()?);
        // Created under another name, then renamed, so that a crash leaves no empty space.
        let draft = Store::open_keyed(&path.with_extension("new"), Some(&key))?;
        draft.export_to(&path, Some(&key))?;
        drop(draft);
        vault::remove_files(vault::database_files(&path.with_extension("new")))?;
        self.store = Some(Store::open_keyed(&path, Some(&key))?);
        self.space = Some(path);
        self.notices = space_notices(word, kind);
        Ok(())
    }

    /// Minutes without use before the data locks, as the person chose ([`IDLE_MINUTES`]).
    #[cfg(feature = "safety")]
    pub fn idle_minutes(&self) -> Result<u32> {
        let chosen = self.setting(Setting::IdleMinutes)?.and_then(|v| v.parse().ok());
        Ok(chosen.filter(|m| IDLE_MINUTES.contains(m)).unwrap_or(DEFAULT_IDLE_MINUTES))
    }

    /// How fast the guide is read aloud, as the person chose (normal until they choose).
    #[cfg(feature = "speech")]
    pub fn speech_rate(&self) -> Result<crate::guide::speech::SpeechRate> {
        let chosen = self.setting(Setting::SpeechRate)?;
        Ok(chosen.and_then(|v| crate::guide::speech::SpeechRate::parse(&v).ok()).unwrap_or_default())
    }

    /// Remembers how fast the guide is read aloud.
    #[cfg(feature = "speech")]
    pub fn set_speech_rate(&mut self, rate: crate::guide::speech::SpeechRate) -> Result<()> {
        self.store_mut()?.set_settings(&[(Setting::SpeechRate, rate.as_str())])?;
        Ok(())
    }

    /// Chooses how long the app waits without use before it locks.
    #[cfg(feature = "safety")]
    pub fn set_idle_minutes(&mut self, minutes: u32) -> Result<()> {
        if !IDLE_MINUTES.contains(&minutes) {
            return Err(VaultError::IdleMinutes { minutes, allowed: IDLE_MINUTES.to_vec() }.into());
        }
        self.store_mut()?.set_settings(&[(Setting::IdleMinutes, &minutes.to_string())])?;
        Ok(())
    }

    /// The safety screen, in `lang` (the lock screen is shown before the chosen language can
    /// be read, so the shell passes the system's).
    #[cfg(feature = "safety")]
    pub fn safety(&self, lang: Option<&str>) -> Result<SafetyView> {
        let lang = match lang {
            Some(l) => self.guide.catalog().negotiate(&[l]),
            None => self.interface_language()?,
        };
        let l = self.guide.catalog().localizer(&lang);
        let has_pin = self.has_pin()?;
        let locked = self.is_locked();
        let shared = self.is_shared();
        let wipe_after_offered = has_pin && !shared && !self.guest;
        let wipe_after = match &self.data_dir {
            Some(dir) if wipe_after_offered => Attempts::load(dir).wipe_after.unwrap_or(0),
            _ => 0,
        };
        let mut wipe_after_choices = WIPE_AFTER_CHOICES.to_vec();
        if !wipe_after_choices.contains(&wipe_after) {
            wipe_after_choices.push(wipe_after);
            wipe_after_choices.sort_unstable();
        }
        let (digits, words) = (vault::MIN_PIN_DIGITS as i64, vault::MIN_PASSPHRASE_WORDS as i64);
        let secret_rule = Msg::new("safety-new-secret-label").arg("digits", digits).arg("words", words);
        let minimum = vault::SecretKind::Pin { digits: vault::MIN_PIN_DIGITS };
        let suggested = vault::SecretKind::Passphrase { words: vault::SUGGESTED_WORDS };
        let suggestion_guesses = vault::word_choices(vault::SUGGESTED_SYLLABLES).powi(vault::SUGGESTED_WORDS as i32);
        Ok(SafetyView {
            notice: Vec::new(),
            notice_done: l.text("safety-notice-done"),
            secret_hint: vec![
                l.text("safety-secret-hint"),
                strength_text(&l, minimum, minimum.guesses(), false),
                strength_text(&l, suggested, suggestion_guesses, false),
            ],
            suggestion: (!locked && !self.guest)
                .then(vault::suggest_passphrase)
                .and_then(|r| r.ok())
                .map(|words| l.msg(&Msg::new("safety-suggestion").user("passphrase", words.as_str()))),
            busy: l.text("safety-busy"),
            wipe_backups_note: l.text("safety-wipe-backups-note"),
            has_pin,
            locked,
            guest: self.guest,
            shared,
            title: l.text("safety-title"),
            status: l.text(match (shared, has_pin) {
                (true, _) => "safety-shared-on",
                (false, true) => "safety-pin-on",
                (false, false) => "safety-pin-off",
            }),
            pin_label: l.text(if shared { "safety-space-secret-label" } else { "safety-pin-label" }),
            new_pin_label: l.msg(&secret_rule),
            unlock: l.text("safety-unlock-button"),
            locked_title: l.text("safety-locked-title"),
            locked_hint: l.text(if shared { "safety-locked-space-hint" } else { "safety-locked-hint" }),
            set_pin: l.text("safety-set-pin-button"),
            change_pin: l.text("safety-change-pin-button"),
            remove_pin: l.text("safety-remove-pin-button"),
            lock: l.text("safety-lock-button"),
            quick_exit: l.text("safety-quick-exit"),
            wipe: l.text("safety-wipe-button"),
            wipe_cancel: l.text("safety-wipe-cancel"),
            wiped: l.text("safety-wiped"),
            wipe_countdown: (1..=WIPE_COUNTDOWN_SECONDS)
                .rev()
                .map(|n| l.msg(&Msg::new("safety-wipe-countdown").arg("seconds", n)))
                .collect(),
            guest_enter: l.text("safety-guest-button"),
            guest_on: l.text("safety-guest-on"),
            guest_end: l.text("safety-guest-end"),
            topic: SAFETY_TOPIC.to_string(),
            repeat_pin_label: l.text("safety-repeat-pin-label"),
            shared_title: l.text("safety-shared-title"),
            shared_hint: l.text("safety-shared-hint"),
            shared_button: l.text("safety-shared-button"),
            shared_pin_label: l.msg(&Msg::new("safety-space-own-secret-label").arg("digits", digits).arg("words", words)),
            space_new: l.text("safety-space-new-button"),
            space_new_hint: l.text("safety-space-create-hint"),
            settings_title: l.text("safety-settings-title"),
            idle_label: l.text("safety-idle-label"),
            idle_minutes: if locked { DEFAULT_IDLE_MINUTES } else { self.idle_minutes()? },
            idle_options: IDLE_MINUTES
                .iter()
                .map(|&m| NumberOption { value: m, label: l.msg(&Msg::new("safety-idle-minutes").arg("minutes", m as i64)) })
                .collect(),
            wipe_after_label: wipe_after_offered.then(|| l.text("safety-wipe-after-label")),
            wipe_after,
            wipe_after_options: wipe_after_choices
                .into_iter()
                .map(|n| NumberOption {
                    value: n,
                    label: match n {
                        0 => l.text("safety-wipe-after-never"),
                        n => l.msg(&Msg::new("safety-wipe-after-count").arg("count", n as i64)),
                    },
                })
                .collect(),
            backup_title: l.text("safety-backup-title"),
            backup_hint: l.text("safety-backup-hint"),
            backup_passphrase_label: l.msg(&Msg::new("safety-backup-passphrase-label").arg("min", crate::records::backup::MIN_PASSPHRASE_CHARS as i64)),
            backup_export: l.text("safety-backup-export-button"),
            backup_import: l.text("safety-backup-import-button"),
            backup_replace_warning: l.text("safety-backup-replace-warning"),
            read_guide: l.text("safety-read-guide-button"),
        })
    }

    /// The safety screen in the interface language, with what it has to say once after the
    /// step just taken (how strong a new secret is, a space's word, a PIN to change).
    #[cfg(feature = "safety")]
    pub fn safety_after(&mut self) -> Result<SafetyView> {
        let mut view = self.safety(None)?;
        let l = self.guide.catalog().localizer(&self.interface_language()?);
        if !self.notices.iter().any(|n| matches!(n, Notice::SpaceWord(_))) {
            // Nothing to write down.
            view.notice_done = l.text("safety-notice-ok");
        }
        for notice in std::mem::take(&mut self.notices) {
            view.notice.push(match notice {
                Notice::Strength { kind, guesses, space } => strength_text(&l, kind, guesses, space),
                Notice::SpaceWord(word) => l.msg(&Msg::new("safety-space-word").user("word", word)),
                Notice::Weak => l.msg(
                    &Msg::new("safety-weak-secret")
                        .arg("digits", vault::MIN_PIN_DIGITS as i64)
                        .arg("words", vault::MIN_PASSPHRASE_WORDS as i64),
                ),
            });
        }
        Ok(view)
    }

    /// The word the device just added to a space's secret, until the safety screen has shown
    /// it ([`Session::safety_after`]).
    #[cfg(feature = "safety")]
    pub fn pending_space_word(&self) -> Option<String> {
        self.notices.iter().find_map(|n| match n {
            Notice::SpaceWord(word) => Some(word.clone()),
            _ => None,
        })
    }

    /// After this many wrong PINs in a row, everything personal is wiped (`None`: never).
    #[cfg(feature = "safety")]
    pub fn set_wipe_after(&mut self, limit: Option<u32>) -> Result<()> {
        self.store()?;
        if self.shared.is_some() {
            // A wrong PIN does not say whose space it was meant for.
            return Err(VaultError::SharedWipeAfter.into());
        }
        let dir = self.data_dir.clone().ok_or(VaultError::NoPin)?;
        let mut attempts = Attempts::load(&dir);
        attempts.wipe_after = limit.filter(|n| *n > 0);
        Ok(attempts.save(&dir)?)
    }

    /// Deletes all personal data in the data folder; the session starts again as new. On a
    /// shared device, deletes the open space, and the device goes back to its opening screen;
    /// in a guest session, deletes the guest's data and nothing else.
    #[cfg(feature = "safety")]
    pub fn wipe(&mut self) -> Result<()> {
        if self.guest {
            self.store = Some(Store::open_in_memory()?);
            return Ok(());
        }
        if self.shared.is_some() {
            let path = self.db_path()?;
            self.store = None;
            self.space = None;
            vault::remove_files(vault::database_files(&path))?;
            return Ok(());
        }
        self.store = None;
        if let Some(dir) = &self.data_dir {
            vault::wipe(dir)?;
            self.store = Some(Store::open(&database_path(dir))?);
        } else {
            self.store = Some(Store::open_in_memory()?);
        }
        Ok(())
    }

    /// Starts a guest session: everything is kept in memory and gone when it ends. The data
    /// folder's database is closed meanwhile.
    #[cfg(feature = "safety")]
    pub fn start_guest(&mut self) -> Result<()> {
        self.store = Some(Store::open_in_memory()?);
        self.guest = true;
        Ok(())
    }

    /// Ends a guest session: its data is dropped, and the data folder's database is opened
    /// again (locked if it has a PIN).
    #[cfg(feature = "safety")]
    pub fn end_guest(&mut self) -> Result<()> {
        if !self.guest {
            return Ok(());
        }
        self.guest = false;
        self.store = None;
        self.space = None;
        if let Some(dir) = self.data_dir.as_ref().filter(|_| self.shared.is_none()) {
            let path = database_path(dir);
            if vault::is_encrypted(&path)? != Some(true) {
                self.store = Some(Store::open(&path)?);
            }
        }
        Ok(())
    }
}

/// The encrypted backup.
#[cfg(feature = "safety")]
impl Session {
    /// Saves everything personal, encrypted with `passphrase`, as a new file in `folder`
    /// (named as [`backup_file_name`] says, numbered if that name is taken), and says where
    /// it went.
    pub fn save_backup(&self, folder: &Path, passphrase: &str, today: Date) -> Result<BackupDone> {
        let bytes = self.export_backup(passphrase)?;
        let io = |path: &Path, source| Error::from(VaultError::Io { path: path.to_path_buf(), source });
        std::fs::create_dir_all(folder).map_err(|e| io(folder, e))?;
        let stem = format!("backup-{}", iso_date(today));
        let mut n = 1;
        let path = loop {
            let name = if n == 1 { format!("{stem}.age") } else { format!("{stem}-{n}.age") };
            let path = folder.join(name);
            if !path.exists() {
                break path;
            }
            n += 1;
        };
        self.write_backup(&path, &bytes)
    }

    /// Checks a backup's passphrase before the person is asked where to save it.
    pub fn check_backup_passphrase(&self, passphrase: &str) -> Result<()> {
        self.store()?;
        Ok(crate::records::backup::check_passphrase(passphrase)?)
    }

    /// What the safety screen says when the person closed the save dialog without a file.
    pub fn backup_not_saved(&self) -> Result<BackupDone> {
        let l = self.guide.catalog().localizer(&self.interface_language()?);
        Ok(BackupDone { path: None, message: l.text("safety-backup-not-saved") })
    }

    /// Saves everything personal, encrypted with `passphrase`, to the file `path` the person
    /// chose (replacing it), and says where it went.
    pub fn save_backup_to(&self, path: &Path, passphrase: &str) -> Result<BackupDone> {
        let bytes = self.export_backup(passphrase)?;
        self.write_backup(path, &bytes)
    }

    fn write_backup(&self, path: &Path, bytes: &[u8]) -> Result<BackupDone> {
        crate::base::files::write_atomic(path, bytes).map_err(|source| Error::from(VaultError::Io { path: path.to_path_buf(), source }))?;
        let shown = path.display().to_string();
        let l = self.guide.catalog().localizer(&self.interface_language()?);
        let message = l.msg(&Msg::new("safety-backup-saved-to").user("path", shown.clone()));
        Ok(BackupDone { path: Some(shown), message })
    }

    /// Replaces everything personal with a backup's contents, as [`Session::import_backup`],
    /// and says how many profiles came back.
    pub fn restore_backup(&mut self, bytes: &[u8], passphrase: &str, today: Date) -> Result<BackupDone> {
        let count = self.import_backup(bytes, passphrase, today)?;
        let l = self.guide.catalog().localizer(&self.interface_language()?);
        Ok(BackupDone { path: None, message: l.msg(&Msg::new("safety-backup-restored").arg("count", count as i64)) })
    }

    /// Everything personal, encrypted with a passphrase.
    pub fn export_backup(&self, passphrase: &str) -> Result<Vec<u8>> {
        Ok(crate::records::backup::encrypt(&self.store()?.dump()?, passphrase)?)
    }

    /// Replaces everything personal with a backup's contents. A wrong passphrase, a damaged
    /// file or a backup with impossible values changes nothing.
    pub fn import_backup(&mut self, bytes: &[u8], passphrase: &str, today: Date) -> Result<usize> {
        self.store()?;
        crate::base::incoming::IncomingFile::Backup.check_size(bytes.len() as u64)?;
        let backup = crate::records::backup::decrypt(bytes, passphrase)?;
        let content = self.guide.content();
        let mut names = std::collections::BTreeSet::new();
        for p in &backup.profiles {
            if clean_name(&p.name)? != p.name || !names.insert(p.name.clone()) {
                return Err(ProfileError::Exists { name: p.name.clone() }.into());
            }
            for (key, value) in &p.dates {
                check_stored_date(content, key, value, today)?;
            }
            for i in &p.items {
                Status::parse(&i.status)?;
                clean_note(&i.note)?;
                if content.checklist_item(&i.item).is_none() {
                    return Err(ChecklistError::UnknownItem { item: i.item.clone() }.into());
                }
            }
            for o in &p.own_items {
                Status::parse(&o.status)?;
                clean_note(&o.note)?;
                clean_item_text(&o.text)?;
            }
        }
        self.store_mut()?.replace_all(&backup)?;
        Ok(backup.profiles.len())
    }
}

/// Reminders of the dates a person entered: their consent (asked once, off by default), what
/// to schedule, and the settings' words. The shell schedules and cancels; `now` is local time.
impl Session {
    /// The person's answer; never asked while locked or before a database exists.
    pub fn reminders_consent(&self) -> Result<Consent> {
        Ok(Consent::parse(self.setting(Setting::Reminders)?.as_deref()))
    }

    /// Turns reminders on or off (answering the question counts as asking it).
    pub fn set_reminders(&mut self, on: bool) -> Result<()> {
        if self.guest {
            return Err(RemindersError::Guest.into());
        }
        self.store_mut()?.set_settings(&[(Setting::Reminders, Consent::stored(on))])?;
        Ok(())
    }

    /// What should be scheduled now: `None` while locked or in a guest session, when the shell
    /// keeps what it scheduled before (neutral words and times, nothing else); otherwise the
    /// whole list, empty when reminders are off, which cancels everything scheduled.
    pub fn reminders(&self, now: NaiveDateTime) -> Result<Option<Vec<Reminder>>> {
        if self.is_locked() || self.guest {
            return Ok(None);
        }
        if self.reminders_consent()? != Consent::On {
            return Ok(Some(Vec::new()));
        }
        let lang = self.interface_language()?;
        let today = now.date();
        let mut dates = BTreeSet::new();
        for (id, _) in self.store()?.profiles()? {
            for d in self.deadlines_for(id, today, &lang)? {
                if matches!(d.state, State::Upcoming | State::Today) {
                    dates.extend(d.last_day.as_deref().and_then(|day| parse_date(day).ok()));
                }
            }
        }
        Ok(Some(reminders::plan(&dates, now, &self.guide.catalog().localizer(&lang))))
    }

    /// The reminders' settings, with what the shell has scheduled now. `while_closed` tells
    /// whether this system can remind while Senda is closed; where not, the settings say so.
    pub fn reminders_view(&self, scheduled: &[Reminder], while_closed: bool) -> Result<RemindersView> {
        let consent = self.reminders_consent()?;
        let l = self.guide.catalog().localizer(&self.interface_language()?);
        let available = !self.guest && !self.is_locked();
        let on = consent == Consent::On;
        Ok(RemindersView {
            lang: l.lang().to_string(),
            dir: l.direction(),
            ask: available && consent == Consent::NotAsked,
            on,
            available,
            title: l.text("reminders-title"),
            question: l.text("reminders-question"),
            privacy: l.msg(&Msg::new("reminders-privacy").arg("text", reminders::body(reminders::When::DayBefore, &l))),
            yes: l.text("reminders-yes"),
            no: l.text("reminders-no"),
            status: l.text(if on { "reminders-status-on" } else { "reminders-status-off" }),
            turn_on: l.text("reminders-turn-on"),
            turn_off: l.text("reminders-turn-off"),
            platform_note: (!while_closed).then(|| l.text("reminders-only-while-open")),
            guest_note: self.guest.then(|| l.text("reminders-guest")),
            scheduled_heading: l.text("reminders-scheduled-heading"),
            scheduled: scheduled
                .iter()
                .map(|r| ScheduledView {
                    at: r.at.format("%Y-%m-%dT%H:%M").to_string(),
                    label: l.msg(
                        &Msg::new("reminders-scheduled-item")
                            .arg("date", l.date_long(r.at.date()))
                            .arg("hour", i64::from(r.at.hour()))
                            .arg("text", r.body.as_str()),
                    ),
                })
                .collect(),
            none_scheduled: l.text("reminders-none-scheduled"),
        })
    }
}
