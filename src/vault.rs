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
/// On a shared device the PIN also finds the person's space, so it must be harder to guess.
pub const MIN_SHARED_PIN_CHARS: usize = 6;
pub const MAX_PIN_CHARS: usize = 128;
/// Wrong PINs allowed before each further try must wait.
pub const FREE_TRIES: u32 = 3;
/// The longest wait between tries, in seconds.
pub const MAX_DELAY_SECONDS: i64 = 15 * 60;
const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";
const UNLOCK_FILE: &str = "unlock.toml";
/// Present, with the device's salt, once the device is shared.
const SHARED_FILE: &str = "shared.toml";
/// Where a shared device keeps one database per person.
pub const SPACES_DIR: &str = "spaces";

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
    #[error("the two PINs differ")]
    PinMismatch,
    #[error("this PIN cannot be used for a new space")]
    PinTaken,
    #[error("every space on a shared device needs a PIN")]
    SharedNeedsPin,
    #[error("a shared device cannot wipe after wrong PINs")]
    SharedWipeAfter,
    #[error("the device is not shared")]
    NotShared,
    #[error("the device is already shared")]
    AlreadyShared,
    #[error("{minutes} is not one of the idle times offered")]
    IdleMinutes { minutes: u32, allowed: Vec<u32> },
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
            VaultError::PinMismatch => Msg::new("error-pin-mismatch"),
            VaultError::PinTaken => Msg::new("error-pin-taken"),
            VaultError::SharedNeedsPin => Msg::new("error-shared-needs-pin"),
            VaultError::SharedWipeAfter => Msg::new("error-shared-wipe-after"),
            VaultError::NotShared => Msg::new("error-not-shared"),
            VaultError::AlreadyShared => Msg::new("error-shared-already"),
            VaultError::IdleMinutes { allowed, .. } => Msg::new("error-idle-minutes").arg(
                "allowed", allowed.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")),
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
    check_pin_at_least(pin, MIN_PIN_CHARS)
}

/// Checks the PIN of a space on a shared device: at least [`MIN_SHARED_PIN_CHARS`], because
/// there it also tells one person's space from another's.
pub fn check_shared_pin(pin: &str) -> Result<()> {
    check_pin_at_least(pin, MIN_SHARED_PIN_CHARS)
}

fn check_pin_at_least(pin: &str, min: usize) -> Result<()> {
    let n = pin.chars().count();
    if n < min {
        return Err(VaultError::PinTooShort { min });
    }
    if n > MAX_PIN_CHARS {
        return Err(VaultError::PinTooLong { max: MAX_PIN_CHARS });
    }
    Ok(())
}

/// Derives the database key from a PIN and a salt with Argon2id.
pub fn derive_key(pin: &str, salt: [u8; 16]) -> Result<DbKey> {
    let mut key = [0u8; 32];
    argon2id(pin, &salt, &mut key)?;
    Ok(DbKey { key, salt })
}

/// Fills `out` with Argon2id of the PIN, at the cost set above.
fn argon2id(pin: &str, salt: &[u8], out: &mut [u8]) -> Result<()> {
    let params = Params::new(ARGON2_MEMORY_KIB, ARGON2_PASSES, 1, Some(out.len())).map_err(|e| VaultError::Kdf(e.to_string()))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    argon.hash_password_into(pin.as_bytes(), salt, out).map_err(|e| VaultError::Kdf(e.to_string()))
}

/// A fresh random salt.
pub fn new_salt() -> Result<[u8; 16]> {
    let mut salt = [0u8; 16];
    getrandom::getrandom(&mut salt).map_err(|e| VaultError::Kdf(e.to_string()))?;
    Ok(salt)
}

/// Whether the database file at `path` is encrypted; `None` when there is no file.
pub fn is_encrypted(path: &Path) -> Result<Option<bool>> {
    use std::io::Read;
    let io = |source| VaultError::Io { path: path.to_path_buf(), source };
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(io(source)),
    };
    let mut header = Vec::with_capacity(16);
    file.take(16).read_to_end(&mut header).map_err(io)?;
    Ok((!header.is_empty()).then(|| header != PLAIN_HEADER[..]))
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
        let path = data_dir.join(UNLOCK_FILE);
        crate::files::write_atomic(&path, text.as_bytes()).map_err(|source| VaultError::Io { path, source })
    }

    /// Counts one more wrong PIN, at `now`, and keeps the count.
    pub fn record_failure(&mut self, data_dir: &Path, now: i64) -> Result<()> {
        self.failures += 1;
        self.last_failure = now;
        self.save(data_dir)
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
    let mut files = database_files(&data_dir.join(crate::DATABASE_FILE));
    files.push(data_dir.join(UNLOCK_FILE));
    if let Ok(entries) = std::fs::read_dir(data_dir.join("backups")) {
        files.extend(entries.flatten().map(|e| e.path()));
    }
    files
}

/// A database file with its journals and the copy written while it is encrypted again.
pub fn database_files(db: &Path) -> Vec<PathBuf> {
    let name = db.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    ["", "-wal", "-shm", "-journal", ".rekey", ".rekey-wal", ".rekey-shm", ".rekey-journal"]
        .iter()
        .map(|suffix| db.with_file_name(format!("{name}{suffix}")))
        .collect()
}

/// Deletes every personal file in a data folder. Returns how many existed.
pub fn wipe(data_dir: &Path) -> Result<usize> {
    remove_files(personal_files(data_dir))
}

/// Deletes files, those already gone included. Returns how many existed.
pub fn remove_files(files: Vec<PathBuf>) -> Result<usize> {
    let mut removed = 0;
    for file in files {
        match std::fs::remove_file(&file) {
            Ok(()) => removed += 1,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(VaultError::Io { path: file, source }),
        }
    }
    Ok(removed)
}

/// Shared-device mode: each person has a space, a database of their own, and finds it with
/// their PIN alone, so the device never lists who uses it.
///
/// One Argon2id derivation from the PIN and the device's salt gives 48 bytes: the first 32
/// are the space's database key, the last 16 name its file (`spaces/<hex>.db`). A wrong PIN
/// names a file that does not exist; the name says nothing about the key or the person.
/// Each space file still has its own random SQLCipher salt.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct SpaceKey {
    key: [u8; 32],
    locator: [u8; 16],
}

impl std::fmt::Debug for SpaceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SpaceKey(…)")
    }
}

impl SpaceKey {
    /// Derives a space's key and file name from a PIN and the device's salt.
    pub fn derive(pin: &str, device_salt: [u8; 16]) -> Result<SpaceKey> {
        let mut out = [0u8; 48];
        argon2id(pin, &device_salt, &mut out)?;
        let mut space = SpaceKey { key: [0; 32], locator: [0; 16] };
        space.key.copy_from_slice(&out[..32]);
        space.locator.copy_from_slice(&out[32..]);
        out.zeroize();
        Ok(space)
    }

    /// The space's database file in a data folder.
    pub fn path(&self, data_dir: &Path) -> PathBuf {
        let name: String = self.locator.iter().map(|b| format!("{b:02x}")).collect();
        data_dir.join(SPACES_DIR).join(format!("{name}.db"))
    }

    /// The database key for the space's file, whose SQLCipher salt is `salt`.
    pub fn db_key(&self, salt: [u8; 16]) -> DbKey {
        DbKey { key: self.key, salt }
    }
}

/// The device's salt if the device is shared, `None` if it is not.
pub fn shared_salt(data_dir: &Path) -> Result<Option<[u8; 16]>> {
    let path = data_dir.join(SHARED_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(VaultError::Io { path, source }),
    };
    let bad = || VaultError::Io { path: path.clone(), source: std::io::Error::other("not a shared-device file") };
    let device: SharedDevice = toml::from_str(&text).map_err(|_| bad())?;
    let bytes: Vec<u8> = (0..device.salt.len())
        .step_by(2)
        .map(|i| device.salt.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
        .collect::<Option<_>>()
        .ok_or_else(bad)?;
    Ok(Some(bytes.try_into().map_err(|_| bad())?))
}

/// Marks the device as shared, keeping its salt; written whole or not at all.
pub fn write_shared(data_dir: &Path, salt: [u8; 16]) -> Result<()> {
    let device = SharedDevice { salt: salt.iter().map(|b| format!("{b:02x}")).collect() };
    let text = toml::to_string(&device).expect("shared device serializes");
    let path = data_dir.join(SHARED_FILE);
    crate::files::write_atomic(&path, text.as_bytes()).map_err(|source| VaultError::Io { path, source })
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SharedDevice {
    /// The device's Argon2id salt, in hex; not secret.
    salt: String,
}
