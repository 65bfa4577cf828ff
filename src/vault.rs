//! Keeping a person's data unreadable to whoever holds the device: the PIN or passphrase, the
//! key derived from it, the slow-down after wrong PINs, and the wipe.
//!
//! The database is encrypted with SQLCipher using a raw 256-bit key derived with Argon2id from
//! the PIN and a random 16-byte salt. The salt is SQLCipher's own, stored in clear in the
//! first 16 bytes of the database file, so every database has its own and nothing else needs
//! to be kept beside it. The count of wrong PINs is kept in `unlock.toml` in the data folder
//! (it must be readable before the database is), and survives restarts.

use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::l10n::{Localized, Msg};

/// Argon2id cost: 64 MiB of memory, 3 passes, one lane. About a second on a cheap phone,
/// which is what each guess costs whoever tries PINs from a copy of the file.
pub const ARGON2_MEMORY_KIB: u32 = 64 * 1024;
pub const ARGON2_PASSES: u32 = 3;
pub const MIN_PIN_CHARS: usize = 4;
pub const MAX_PIN_CHARS: usize = 128;
/// Wrong PINs allowed before each further try must wait.
pub const FREE_TRIES: u32 = 3;
/// The longest wait between tries, in seconds.
pub const MAX_DELAY_SECONDS: i64 = 15 * 60;
const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";
const UNLOCK_FILE: &str = "unlock.toml";

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("the PIN is too short")]
    PinTooShort { min: usize },
    #[error("the PIN is too long")]
    PinTooLong { max: usize },
    #[error("wrong PIN")]
    WrongPin,
    #[error("wait {seconds} s before trying again")]
    Wait { seconds: i64 },
    #[error("the data is locked")]
    Locked,
    #[error("no PIN is set")]
    NoPin,
    #[error("a PIN is already set")]
    HasPin,
    #[error("key derivation failed: {0}")]
    Kdf(String),
    #[error("cannot use {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("the backup cannot be opened: {0}")]
    Backup(String),
}

impl Localized for VaultError {
    fn msg(&self) -> Msg {
        match self {
            VaultError::PinTooShort { min } => Msg::new("error-pin-too-short").arg("min", *min as i64),
            VaultError::PinTooLong { max } => Msg::new("error-pin-too-long").arg("max", *max as i64),
            VaultError::WrongPin => Msg::new("error-pin-wrong"),
            VaultError::Wait { seconds } => Msg::new("error-pin-wait").arg("seconds", *seconds),
            VaultError::Locked => Msg::new("error-locked"),
            VaultError::NoPin => Msg::new("error-pin-none"),
            VaultError::HasPin => Msg::new("error-pin-set"),
            VaultError::Kdf(_) => Msg::new("error-store-failed"),
            VaultError::Io { path, .. } => Msg::new("error-data-folder").arg("path", path.display().to_string()),
            VaultError::Backup(_) => Msg::new("error-backup-open"),
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            VaultError::Kdf(d) | VaultError::Backup(d) => Some(d.clone()),
            VaultError::Io { source, .. } => Some(source.to_string()),
            _ => None,
        }
    }
}

pub type Result<T> = std::result::Result<T, VaultError>;

/// A database key: 32 bytes from Argon2id, and the salt they were derived with. Wiped from
/// memory when dropped.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct DbKey {
    key: [u8; 32],
    salt: [u8; 16],
}

impl std::fmt::Debug for DbKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbKey(…)")
    }
}

impl DbKey {
    /// The key in SQLCipher's raw form, key then salt: `x'…'`.
    pub fn sqlcipher_literal(&self) -> String {
        let mut hex = String::with_capacity(99);
        hex.push_str("x'");
        for b in self.key.iter().chain(self.salt.iter()) {
            hex.push_str(&format!("{b:02x}"));
        }
        hex.push('\'');
        hex
    }
}

/// Checks a PIN or passphrase: any characters, at least [`MIN_PIN_CHARS`].
pub fn check_pin(pin: &str) -> Result<()> {
    let n = pin.chars().count();
    if n < MIN_PIN_CHARS {
        return Err(VaultError::PinTooShort { min: MIN_PIN_CHARS });
    }
    if n > MAX_PIN_CHARS {
        return Err(VaultError::PinTooLong { max: MAX_PIN_CHARS });
    }
    Ok(())
}

/// Derives the database key from a PIN and a salt with Argon2id.
pub fn derive_key(pin: &str, salt: [u8; 16]) -> Result<DbKey> {
    let params = Params::new(ARGON2_MEMORY_KIB, ARGON2_PASSES, 1, Some(32)).map_err(|e| VaultError::Kdf(e.to_string()))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let mut key = [0u8; 32];
    argon.hash_password_into(pin.as_bytes(), &salt, &mut key).map_err(|e| VaultError::Kdf(e.to_string()))?;
    Ok(DbKey { key, salt })
}

/// A fresh random salt.
pub fn new_salt() -> Result<[u8; 16]> {
    let mut salt = [0u8; 16];
    getrandom::getrandom(&mut salt).map_err(|e| VaultError::Kdf(e.to_string()))?;
    Ok(salt)
}

/// Whether the database file at `path` is encrypted; `None` when there is no file.
pub fn is_encrypted(path: &Path) -> Result<Option<bool>> {
    match std::fs::read(path) {
        Ok(bytes) if bytes.is_empty() => Ok(None),
        Ok(bytes) => Ok(Some(bytes.get(..16) != Some(&PLAIN_HEADER[..]))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(VaultError::Io { path: path.to_path_buf(), source }),
    }
}

/// The salt an encrypted database file was keyed with: its first 16 bytes.
pub fn file_salt(path: &Path) -> Result<[u8; 16]> {
    use std::io::Read;
    let io = |source| VaultError::Io { path: path.to_path_buf(), source };
    let mut salt = [0u8; 16];
    std::fs::File::open(path).map_err(io)?.read_exact(&mut salt).map_err(io)?;
    Ok(salt)
}

/// Wrong PINs so far, kept across restarts, and the optional wipe after too many.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempts {
    pub failures: u32,
    /// Unix seconds of the last wrong PIN.
    pub last_failure: i64,
    /// Wipe everything after this many wrong PINs in a row, if set.
    pub wipe_after: Option<u32>,
}

impl Attempts {
    pub fn load(data_dir: &Path) -> Attempts {
        std::fs::read_to_string(data_dir.join(UNLOCK_FILE)).ok().and_then(|t| toml::from_str(&t).ok()).unwrap_or_default()
    }

    pub fn save(&self, data_dir: &Path) -> Result<()> {
        let text = toml::to_string(self).expect("attempts serialize");
        crate::updates::write_atomic(&data_dir.join(UNLOCK_FILE), text.as_bytes())
            .map_err(|_| VaultError::Io { path: data_dir.join(UNLOCK_FILE), source: std::io::Error::other("write") })
    }

    /// Seconds to wait before the next try is allowed at `now`: none for the first
    /// [`FREE_TRIES`], then 30 s, doubling each time, up to [`MAX_DELAY_SECONDS`].
    pub fn wait_at(&self, now: i64) -> i64 {
        if self.failures < FREE_TRIES {
            return 0;
        }
        let step = (self.failures - FREE_TRIES).min(10);
        let delay = (30i64 << step).min(MAX_DELAY_SECONDS);
        (self.last_failure + delay - now).max(0)
    }

    pub fn should_wipe(&self) -> bool {
        self.wipe_after.is_some_and(|n| n > 0 && self.failures >= n)
    }
}

/// Files of personal data in a data folder: the database with its journals, the unlock
/// counter, and anything the app keeps as a backup. Guide packs and trusted keys are not
/// personal and stay.
pub fn personal_files(data_dir: &Path) -> Vec<PathBuf> {
    let db = crate::DATABASE_FILE;
    let mut files: Vec<PathBuf> = [
        db.to_string(),
        format!("{db}-wal"),
        format!("{db}-shm"),
        format!("{db}-journal"),
        format!("{db}.rekey"),
        format!("{db}.rekey-wal"),
        format!("{db}.rekey-shm"),
        format!("{db}.rekey-journal"),
        UNLOCK_FILE.to_string(),
    ]
    .into_iter()
    .map(|f| data_dir.join(f))
    .collect();
    if let Ok(entries) = std::fs::read_dir(data_dir.join("backups")) {
        files.extend(entries.flatten().map(|e| e.path()));
    }
    files
}

/// Deletes every personal file in a data folder. Returns how many existed.
pub fn wipe(data_dir: &Path) -> Result<usize> {
    let mut removed = 0;
    for file in personal_files(data_dir) {
        match std::fs::remove_file(&file) {
            Ok(()) => removed += 1,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(VaultError::Io { path: file, source }),
        }
    }
    Ok(removed)
}
