//! A person's session with the app: the guide plus their remembered preferences. The app
//! shell holds one `Session` and calls one method per command.
//!
//! Without the `safety` feature (the web edition) a session lives in memory only: what
//! concerns files, PINs, spaces and backups is left out, and so some of its fields and
//! imports go unused there.
#![cfg_attr(not(feature = "safety"), allow(unused_imports, dead_code))]

#[cfg(feature = "safety")]
pub mod backup;
mod device;
mod guide;
mod languages;
mod packs;
pub mod profiles;
mod reminders;
pub mod safety;
#[cfg(feature = "speech")]
mod speech;

use std::path::Path;

use crate::error::{Error, Result};
use crate::guide::Guide;
#[cfg(feature = "packs")]
use crate::packs::updates::{PackInfo, Updates};
use crate::records::store::{Setting, Store};
#[cfg(feature = "safety")]
use crate::safety::vault::{self, VaultError};
use crate::session::device::Device;

pub struct Session {
    guide: Guide,
    /// Where the personal data lives, and what of it is open.
    device: Device,
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
        let path = crate::records::store::database_path(data_dir);
        let dir = data_dir.to_path_buf();
        let device = if let Some(salt) = vault::shared_salt(data_dir)? {
            // A shared device opens on no one's space. A database still in the data folder
            // was already moved into a space when the device was made shared.
            vault::remove_files(vault::database_files(&path))?;
            Device::Shared { dir, salt, open: None }
        } else if vault::is_encrypted(&path)? == Some(true) {
            // A database protected by a PIN stays locked until the PIN is given.
            Device::Single { dir, store: None }
        } else {
            Device::Single { dir, store: Some(Store::open(&path)?) }
        };
        Ok(Session::over(guide, device))
    }

    /// A session that keeps everything in memory.
    pub fn in_memory(guide: Guide) -> Result<Session> {
        Ok(Session::over(guide, Device::Memory(Store::open_in_memory()?)))
    }

    /// A session over `device`, with nothing read aloud, no pack updates loaded and no notice.
    fn over(guide: Guide, device: Device) -> Session {
        Session {
            guide,
            device,
            spoken: None,
            reading: None,
            #[cfg(feature = "packs")]
            updates: None,
            #[cfg(feature = "safety")]
            notices: Vec::new(),
        }
    }

    pub fn guide(&self) -> &Guide {
        &self.guide
    }

    fn store(&self) -> Result<&Store> {
        self.device.store().ok_or_else(locked)
    }

    fn store_mut(&mut self) -> Result<&mut Store> {
        self.device.store_mut().ok_or_else(locked)
    }

    /// A preference, or `None` while locked.
    fn setting(&self, setting: Setting) -> Result<Option<String>> {
        match self.device.store() {
            Some(store) => Ok(store.setting(setting)?),
            None => Ok(None),
        }
    }
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
