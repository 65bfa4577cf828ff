//! Guide updates on a device: which signing keys it trusts, the packs installed in its data
//! folder, installing a newer one (every check before anything changes, then one atomic
//! switch), rolling back, and loading the guide at start with a fallback from the installed
//! pack to the previous one to the built-in guide.
//!
//! Layout inside the data folder:
//! - `trusted-keys/<key id>.pub`: keys a person added (the project's keys are built in);
//! - `packs/<version>.sendapack`: installed pack files, exactly as received;
//! - `packs/state.toml`: which one is current, which one was before it, and the newest version
//!   the device has had.
//!
//! The newest version is also kept in the person's own database (see [`Updates::check`]): a
//! copy there is protected like the rest of their data, and survives deleting the state file.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::base::text::{Localized, Msg};
use crate::guide::l10n::Isolation;
use crate::guide::pack::PackFiles;
use crate::guide::Guide;
use crate::packs::packfile::{self, PackFileError, VerifiedPack};

// What a guide is and how old its facts are belongs to the guide (the web edition shows it
// too); this module installs packs.
pub use crate::guide::builtin_info;
pub use crate::guide::pack::{is_stale, Origin, PackInfo, BUILTIN_VERSION, STALE_AFTER_DAYS};

/// The project's signing keys, built into the app from the repository's `keys/` folder.
pub(crate) static PROJECT_KEYS: &[&str] = &include!(concat!(env!("OUT_DIR"), "/project_keys.rs"));

/// The most a pack's version may exceed the newest one the device has had. A pack that claims
/// a version far ahead (up to `u64::MAX`, from a trusted key that was misused or mistaken)
/// would otherwise block every later update.
pub const MAX_VERSION_STEP: u64 = 1000;

#[derive(Debug, thiserror::Error)]
pub enum UpdateError {
    #[error(transparent)]
    Pack(#[from] PackFileError),
    #[error("cannot use {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("nothing to roll back to")]
    NoPrevious,
    #[error("the built-in guide cannot be exported")]
    BuiltinExport,
    #[error("another key with the id {key_id} is already trusted")]
    KeyIdTaken { key_id: String },
    #[error("guide updates are not changed in a guest session")]
    Guest,
}

impl Localized for UpdateError {
    fn msg(&self) -> Msg {
        match self {
            UpdateError::Pack(e) => e.msg(),
            UpdateError::Io { path, .. } => Msg::new("error-data-folder").arg("path", path.display().to_string()),
            UpdateError::NoPrevious => Msg::new("error-pack-no-previous"),
            UpdateError::BuiltinExport => Msg::new("error-pack-builtin-export"),
            UpdateError::KeyIdTaken { key_id } => Msg::new("error-pack-key-id-taken").arg("key", key_id.as_str()),
            UpdateError::Guest => Msg::new("error-pack-guest"),
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            UpdateError::Pack(e) => e.detail(),
            UpdateError::Io { source, .. } => Some(source.to_string()),
            _ => None,
        }
    }
}

pub type Result<T> = std::result::Result<T, UpdateError>;

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> UpdateError + '_ {
    move |source| UpdateError::Io { path: path.to_path_buf(), source }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct State {
    current: Option<u64>,
    previous: Option<u64>,
    /// The newest version ever installed here, kept after a rollback.
    #[serde(default)]
    newest: Option<u64>,
}

impl State {
    /// The newest version this state knows of, the built-in guide's included.
    fn newest(&self) -> u64 {
        [self.current, self.previous, self.newest].into_iter().flatten().fold(BUILTIN_VERSION, u64::max)
    }
}

/// The packs installed in one data folder, and the keys that folder trusts.
pub struct Updates {
    dir: PathBuf,
    builtin_keys: Vec<minisign::PublicKey>,
}

impl Updates {
    /// Trusting the project's built-in keys.
    pub fn new(data_dir: &Path) -> Updates {
        let keys = PROJECT_KEYS.iter().filter_map(|k| packfile::parse_public_key(k).ok()).collect();
        Updates::with_builtin_keys(data_dir, keys)
    }

    /// Trusting the given keys as if they were built in (tests use their own keys).
    pub fn with_builtin_keys(data_dir: &Path, keys: Vec<minisign::PublicKey>) -> Updates {
        Updates { dir: data_dir.to_path_buf(), builtin_keys: keys }
    }

    fn packs_dir(&self) -> PathBuf {
        self.dir.join("packs")
    }

    fn keys_dir(&self) -> PathBuf {
        self.dir.join("trusted-keys")
    }

    fn pack_path(&self, version: u64) -> PathBuf {
        self.packs_dir().join(format!("{version}.sendapack"))
    }

    /// The built-in keys and the keys a person added. Should two keys share an id, only the
    /// first counts: a built-in key before any added one, then added ones by file name.
    pub fn trusted_keys(&self) -> Vec<minisign::PublicKey> {
        let mut keys = self.builtin_keys.clone();
        let mut paths: Vec<PathBuf> = std::fs::read_dir(self.keys_dir()).into_iter().flatten().flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            let Ok(text) = std::fs::read_to_string(&path) else { continue };
            if let Ok(key) = packfile::parse_public_key(&text) {
                if !keys.iter().any(|k| k.keynum() == key.keynum()) {
                    keys.push(key);
                }
            }
        }
        keys
    }

    /// Adds a key to the trusted ones; returns its id and fingerprint (the base64 key). A key
    /// already trusted is trusted again without change; a different key with the id of a
    /// trusted one is refused, so that it can never take that key's place.
    pub fn trust(&self, public_key_text: &str) -> Result<(String, String)> {
        let key = packfile::parse_public_key(public_key_text)?;
        let id = packfile::key_id(key.keynum());
        if let Some(known) = self.trusted_keys().into_iter().find(|k| k.keynum() == key.keynum()) {
            return match known.to_base64() == key.to_base64() {
                true => Ok((id, key.to_base64())),
                false => Err(UpdateError::KeyIdTaken { key_id: id }),
            };
        }
        let dir = self.keys_dir();
        crate::base::files::create_private_dir(&dir).map_err(io_err(&dir))?;
        let text = format!("untrusted comment: senda trusted key {id}\n{}\n", key.to_base64());
        write_atomic(&dir.join(format!("{id}.pub")), text.as_bytes())?;
        Ok((id, key.to_base64()))
    }

    fn state(&self) -> State {
        std::fs::read_to_string(self.packs_dir().join("state.toml")).ok().and_then(|t| toml::from_str(&t).ok()).unwrap_or_default()
    }

    fn set_state(&self, state: &State) -> Result<()> {
        let text = toml::to_string(state).expect("state serializes");
        write_atomic(&self.packs_dir().join("state.toml"), text.as_bytes())
    }

    /// The version of the installed pack, or of the built-in guide.
    pub fn installed_version(&self) -> u64 {
        self.state().current.filter(|v| *v > BUILTIN_VERSION).unwrap_or(BUILTIN_VERSION)
    }

    /// The newest version this device has had, as its state file says: the built-in guide's,
    /// or the newest pack installed, even if it was rolled back since.
    pub fn newest_version(&self) -> u64 {
        self.state().newest()
    }

    /// Every check a pack must pass before it is installed: signature, hashes, format, app
    /// version, content that loads with every message parsing and every reference resolving,
    /// and a version newer than any the device has had (the state file's, or `remembered`, the
    /// copy kept in the person's database) but not absurdly far above it.
    pub fn check(&self, bytes: &[u8], remembered: u64) -> Result<(VerifiedPack, Guide)> {
        let pack = packfile::verify(bytes, &self.trusted_keys())?;
        let newest = self.newest_version().max(remembered);
        let offered = pack.manifest.version;
        if offered <= newest {
            return Err(PackFileError::NotNewer { offered, newest }.into());
        }
        if offered > newest.saturating_add(MAX_VERSION_STEP) {
            return Err(PackFileError::VersionJump { offered, newest }.into());
        }
        let guide = load_content(&pack.files)?;
        Ok((pack, guide))
    }

    /// The checks of [`Updates::check`] except the version: for looking at a pack
    /// (`senda pack verify`) whatever is installed.
    pub fn check_ignoring_version(&self, bytes: &[u8]) -> Result<(VerifiedPack, Guide)> {
        let pack = packfile::verify(bytes, &self.trusted_keys())?;
        let guide = load_content(&pack.files)?;
        Ok((pack, guide))
    }

    /// Installs a pack after every check ([`Updates::check`], with the newest version the
    /// person's database remembers); on any failure nothing changes. The previous pack is kept
    /// for rollback.
    pub fn install(&self, bytes: &[u8], remembered: u64) -> Result<PackInfo> {
        let (pack, _) = self.check(bytes, remembered)?;
        let dir = self.packs_dir();
        crate::base::files::create_private_dir(&dir).map_err(io_err(&dir))?;
        let version = pack.manifest.version;
        write_atomic(&self.pack_path(version), &pack.bytes)?;
        let old = self.state();
        // The one switch: after this rename the new pack is current.
        self.set_state(&State { current: Some(version), previous: old.current, newest: Some(version) })?;
        // Packs that are neither current nor previous are no longer needed.
        if let Some(stale) = old.previous {
            let _ = std::fs::remove_file(self.pack_path(stale));
        }
        Ok(info_of(&pack, Origin::Installed, false))
    }

    /// Goes back to the pack installed before the current one (or to the built-in guide).
    pub fn rollback(&self) -> Result<u64> {
        let state = self.state();
        let Some(current) = state.current else {
            return Err(UpdateError::NoPrevious);
        };
        self.set_state(&State { current: state.previous, previous: None, newest: Some(state.newest()) })?;
        let _ = std::fs::remove_file(self.pack_path(current));
        Ok(state.previous.filter(|v| *v > BUILTIN_VERSION).unwrap_or(BUILTIN_VERSION))
    }

    /// The installed pack file's bytes, to pass to another device.
    pub fn export(&self) -> Result<Vec<u8>> {
        let version = self.state().current.ok_or(UpdateError::BuiltinExport)?;
        let path = self.pack_path(version);
        std::fs::read(&path).map_err(io_err(&path))
    }

    /// The guide to show: the installed pack if it reads and verifies, else the previous one,
    /// else the built-in guide, saying which. A pack no newer than the built-in guide (installed
    /// before the app was updated) gives way to it.
    pub fn load(&self, isolation: Isolation) -> (Guide, PackInfo) {
        let state = self.state();
        let mut fell_back = false;
        for (version, origin) in [(state.current, Origin::Installed), (state.previous, Origin::Previous)] {
            let Some(version) = version.filter(|v| *v > BUILTIN_VERSION) else { continue };
            match self.load_installed(version, isolation) {
                Some((guide, pack)) => return (guide, info_of(&pack, origin, fell_back)),
                None => fell_back = true,
            }
        }
        let guide = Guide::builtin(isolation).expect("the built-in guide is checked by the test suite");
        let info = builtin_info(&guide, fell_back);
        (guide, info)
    }

    fn load_installed(&self, version: u64, isolation: Isolation) -> Option<(Guide, VerifiedPack)> {
        let bytes = std::fs::read(self.pack_path(version)).ok()?;
        let pack = packfile::verify(&bytes, &self.trusted_keys()).ok()?;
        let guide = Guide::load(&pack.files, isolation).ok()?;
        Some((guide, pack))
    }
}

/// Loads a pack's content strictly: it must load, and every shipped locale must be complete
/// (no missing message, no syntax error, no reference that fails to resolve).
pub fn load_content(files: &PackFiles) -> std::result::Result<Guide, PackFileError> {
    let guide = Guide::load(files, Isolation::Off).map_err(|e| PackFileError::Broken(e.to_string()))?;
    if let Some(bad) = guide.catalog().check().into_iter().find(|r| !r.is_complete()) {
        let first = bad.missing.first().or(bad.errors.first()).cloned().unwrap_or_default();
        return Err(PackFileError::Broken(format!("locale {} is incomplete: {first}", bad.lang)));
    }
    Ok(guide)
}

fn info_of(pack: &VerifiedPack, origin: Origin, fell_back: bool) -> PackInfo {
    PackInfo {
        version: pack.manifest.version,
        built: Some(pack.manifest.built.clone()),
        checked: pack.manifest.checked.clone(),
        policy_date: pack.manifest.policy_date.clone(),
        signer: Some(pack.signer.clone()),
        origin,
        fell_back,
    }
}

/// An unsigned pack file of `version` from a folder's files, built `today`: its guide is
/// loaded and its locales checked first, and its dates are those of its oldest page and its
/// policy.
pub fn build_pack(files: &PackFiles, version: u64, today: chrono::NaiveDate) -> std::result::Result<Vec<u8>, PackFileError> {
    let guide = load_content(files)?;
    let info = builtin_info(&guide, false);
    let date = |iso: &str| crate::base::dates::parse_date(iso).unwrap_or(today);
    let manifest =
        packfile::manifest_for(files, version, today, date(&info.checked), date(&info.policy_date), guide.content().languages.clone());
    Ok(packfile::build(files, &manifest))
}

/// Writes a file whole or not at all, readable by the owner only: see [`crate::base::files::write_atomic`].
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    crate::base::files::write_atomic(path, bytes).map_err(io_err(path))
}
