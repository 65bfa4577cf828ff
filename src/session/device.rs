//! Where a session's personal data lives and what of it is open: in memory, one person's data
//! folder, a shared device with one space per person, or a guest session over one of these.
//! Each state holds exactly what it needs, so that a guest with a space open, or a shared
//! device without its salt, cannot be written. The device opens, locks and re-keys its data;
//! `Session` decides when.

#[cfg(feature = "safety")]
use std::path::{Path, PathBuf};

#[cfg(feature = "safety")]
use crate::error::Result;
#[cfg(feature = "safety")]
use crate::records::store::database_path;
use crate::records::store::Store;
#[cfg(feature = "safety")]
use crate::safety::vault::{self, DbKey, VaultError};

/// The state of a session's storage.
pub(crate) enum Device {
    /// Everything in memory, gone when the session ends; never locked.
    Memory(Store),
    /// One person's data folder; its database is `None` while locked.
    #[cfg(feature = "safety")]
    Single { dir: PathBuf, store: Option<Store> },
    /// A shared device: its salt, and the space open now (its file and database), if any.
    #[cfg(feature = "safety")]
    Shared { dir: PathBuf, salt: [u8; 16], open: Option<(PathBuf, Store)> },
    /// A guest session: its own database in memory; the device it runs over stays closed
    /// until it ends.
    #[cfg(feature = "safety")]
    Guest { store: Store, over: Home },
}

/// What a guest session runs over, and goes back to when it ends.
#[cfg(feature = "safety")]
pub(crate) enum Home {
    Memory,
    Single(PathBuf),
    Shared { dir: PathBuf, salt: [u8; 16] },
}

impl Device {
    /// The open database; `None` while locked.
    pub(crate) fn store(&self) -> Option<&Store> {
        match self {
            Device::Memory(store) => Some(store),
            #[cfg(feature = "safety")]
            Device::Single { store, .. } => store.as_ref(),
            #[cfg(feature = "safety")]
            Device::Shared { open, .. } => open.as_ref().map(|(_, store)| store),
            #[cfg(feature = "safety")]
            Device::Guest { store, .. } => Some(store),
        }
    }

    pub(crate) fn store_mut(&mut self) -> Option<&mut Store> {
        match self {
            Device::Memory(store) => Some(store),
            #[cfg(feature = "safety")]
            Device::Single { store, .. } => store.as_mut(),
            #[cfg(feature = "safety")]
            Device::Shared { open, .. } => open.as_mut().map(|(_, store)| store),
            #[cfg(feature = "safety")]
            Device::Guest { store, .. } => Some(store),
        }
    }

    pub(crate) fn is_guest(&self) -> bool {
        #[cfg(feature = "safety")]
        if let Device::Guest { .. } = self {
            return true;
        }
        false
    }

    /// Whether the device is shared, a guest session on a shared device included.
    pub(crate) fn is_shared(&self) -> bool {
        #[cfg(feature = "safety")]
        return self.shared_salt().is_some();
        #[cfg(not(feature = "safety"))]
        false
    }
}

#[cfg(feature = "safety")]
impl Device {
    /// The device's salt when it is shared (also during a guest session on it).
    pub(crate) fn shared_salt(&self) -> Option<[u8; 16]> {
        match self {
            Device::Shared { salt, .. } | Device::Guest { over: Home::Shared { salt, .. }, .. } => Some(*salt),
            _ => None,
        }
    }

    /// The data folder (a guest session's is the one it runs over); `None` in memory.
    pub(crate) fn dir(&self) -> Option<&Path> {
        match self {
            Device::Memory(_) | Device::Guest { over: Home::Memory, .. } => None,
            Device::Single { dir, .. } | Device::Shared { dir, .. } => Some(dir),
            Device::Guest { over: Home::Single(dir), .. } | Device::Guest { over: Home::Shared { dir, .. }, .. } => Some(dir),
        }
    }

    /// The file of the space open now, on a shared device.
    pub(crate) fn space(&self) -> Option<&Path> {
        match self {
            Device::Shared { open: Some((path, _)), .. } => Some(path),
            _ => None,
        }
    }

    /// The open database's file: the person's space on a shared device, else the data folder's.
    pub(crate) fn db_path(&self) -> Result<PathBuf> {
        if self.shared_salt().is_some() {
            return self.space().map(Path::to_path_buf).ok_or_else(|| VaultError::Locked.into());
        }
        self.dir().map(database_path).ok_or_else(|| VaultError::NoPin.into())
    }

    /// Whether the database on disk is protected by a PIN. Every space of a shared device is;
    /// a guest's, in memory, is not.
    pub(crate) fn has_pin(&self) -> Result<bool> {
        match self {
            Device::Memory(_) | Device::Guest { .. } => Ok(false),
            Device::Shared { .. } => Ok(true),
            Device::Single { dir, .. } => Ok(vault::is_encrypted(&database_path(dir))? == Some(true)),
        }
    }

    /// Closes the database of a data folder or the open space. Memory and a guest's stay.
    pub(crate) fn close(&mut self) {
        match self {
            Device::Single { store, .. } => *store = None,
            Device::Shared { open, .. } => *open = None,
            Device::Memory(_) | Device::Guest { .. } => {}
        }
    }

    /// Keeps a database just opened: the data folder's, or on a shared device the space at
    /// `space`.
    pub(crate) fn put_open(&mut self, opened: Store, space: Option<PathBuf>) {
        match (self, space) {
            (Device::Single { store, .. }, _) => *store = Some(opened),
            (Device::Shared { open, .. }, Some(path)) => *open = Some((path, opened)),
            (Device::Shared { open, .. }, None) => *open = None,
            (Device::Memory(store), _) | (Device::Guest { store, .. }, _) => *store = opened,
        }
    }

    /// Locks: with a PIN, nothing personal can be read until the next unlock; without one the
    /// database stays open. A guest session does not lock.
    pub(crate) fn lock(&mut self) -> Result<()> {
        if !self.is_guest() && self.has_pin()? {
            self.close();
        }
        Ok(())
    }

    /// The database a secret opens, with the space's file on a shared device; `None` when the
    /// secret opens nothing.
    pub(crate) fn open_with(&self, secret: &str) -> Result<Option<(Store, Option<PathBuf>)>> {
        let dir = self.dir().ok_or(VaultError::NoPin)?;
        Ok(match self.shared_salt() {
            Some(salt) => find_space(dir, salt, secret)?.map(|(store, path)| (store, Some(path))),
            None => {
                let path = database_path(dir);
                let key = vault::derive_key(secret, vault::file_salt(&path)?)?;
                open_or_wrong(&path, &key)?.map(|store| (store, None))
            }
        })
    }

    /// Writes the data folder's database again under `new` (`None`: unencrypted), replacing
    /// its file whole, and opens it under whichever key it has afterwards.
    pub(crate) fn rekey(&mut self, path: &Path, old: Option<&DbKey>, new: Option<&DbKey>) -> Result<()> {
        self.close();
        let result = crate::records::store::reencrypt(path, old, new);
        let key = if result.is_ok() { new } else { old };
        self.put_open(Store::open_keyed(path, key)?, None);
        Ok(result?)
    }

    /// A guest session over this device: its own empty database in memory.
    pub(crate) fn guest(&self) -> Result<Device> {
        let over = match self {
            Device::Memory(_) => Home::Memory,
            Device::Single { dir, .. } => Home::Single(dir.clone()),
            Device::Shared { dir, salt, .. } => Home::Shared { dir: dir.clone(), salt: *salt },
            Device::Guest { over, .. } => over.clone(),
        };
        Ok(Device::Guest { store: Store::open_in_memory()?, over })
    }
}

#[cfg(feature = "safety")]
impl Clone for Home {
    fn clone(&self) -> Home {
        match self {
            Home::Memory => Home::Memory,
            Home::Single(dir) => Home::Single(dir.clone()),
            Home::Shared { dir, salt } => Home::Shared { dir: dir.clone(), salt: *salt },
        }
    }
}

/// The space a secret opens on a shared device, with its file. The secret is read as typed
/// made regular ([`vault::normalize_space_secret`]); a space made before that rule opens with
/// the secret exactly as typed.
#[cfg(feature = "safety")]
fn find_space(dir: &Path, device_salt: [u8; 16], secret: &str) -> Result<Option<(Store, PathBuf)>> {
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

/// Opens an encrypted database, or `None` when the key is wrong.
#[cfg(feature = "safety")]
fn open_or_wrong(path: &Path, key: &DbKey) -> Result<Option<Store>> {
    match Store::open_keyed(path, Some(key)) {
        Ok(store) => Ok(Some(store)),
        Err(crate::records::store::StoreError::NotDatabase(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}
