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
pub use zeroize::Zeroizing;
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::base::text::{Localized, Msg};

/// Argon2id cost: 64 MiB of memory, 3 passes, one lane. About a second on a cheap phone,
/// which is what each guess costs whoever tries PINs from a copy of the file.
pub const ARGON2_MEMORY_KIB: u32 = 64 * 1024;
pub const ARGON2_PASSES: u32 = 3;
/// A new PIN (digits only) has at least this many digits. Older PINs of 4 or 5 digits still
/// open their data; the safety screen then asks for a stronger one.
pub(crate) const MIN_PIN_DIGITS: usize = 6;
/// A new passphrase (anything that is not only digits) has at least this many different
/// words of [`MIN_WORD_CHARS`] characters or more.
pub const MIN_PASSPHRASE_WORDS: usize = 4;
pub(crate) const MIN_WORD_CHARS: usize = 3;
pub(crate) const MAX_PIN_CHARS: usize = 128;
/// Wrong PINs allowed before each further try must wait.
pub(crate) const FREE_TRIES: u32 = 3;
/// The longest wait between tries, in seconds.
pub(crate) const MAX_DELAY_SECONDS: i64 = 15 * 60;
/// On a shared device wrong PINs are counted per window: the count starts again only after
/// this long without any wrong PIN, whoever opens their space meanwhile.
pub const SHARED_WINDOW_SECONDS: i64 = 60 * 60;

/// What one guess costs whoever copied the files, in seconds on one core: one Argon2id run at
/// the cost above. `benches/unlock.rs` (criterion, release build) measured 0.46 s for the
/// fastest sample and 0.76 s for the median on the project's 2-core machine while its cores
/// were shared with other builds; the security review of issue #13 reported about 0.2 s per
/// guess on one core. The constant takes 0.2 s, below every sample, so that the times the
/// safety screen shows are never longer than a measurement gives: an attacker's computer is at
/// least as fast as this one. A phone is slower. (The core reads no clock: the times are
/// computed from this constant.)
pub const SECONDS_PER_GUESS: f64 = 0.2;
/// The "many computers" of the safety screen: what one person can rent for a day.
pub const MANY_COMPUTERS: u32 = 100;
/// Each word a person types into a passphrase counts as one of this many: as if it were
/// picked at random among the common words of a language.
pub const GUESSES_PER_TYPED_WORD: f64 = 2048.0;
/// Syllables the app draws words from: a consonant and a vowel read alike in Spanish,
/// Haitian Creole, French, Portuguese and English.
const CONSONANTS: &[u8] = b"bdfklmnprstv";
const VOWELS: &[u8] = b"aeiou";
/// Syllables in each word of a passphrase the app suggests ([`SUGGESTED_WORDS`] words).
pub const SUGGESTED_SYLLABLES: usize = 2;
pub(crate) const SUGGESTED_WORDS: usize = 4;
/// Syllables of the word the device adds to each space's secret on a shared device.
pub(crate) const SPACE_WORD_SYLLABLES: usize = 3;
const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";
pub(crate) const UNLOCK_FILE: &str = "unlock.toml";
/// Present, with the device's salt, once the device is shared.
const SHARED_FILE: &str = "shared.toml";
/// Where a shared device keeps one database per person.
pub(crate) const SPACES_DIR: &str = "spaces";

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("the PIN is too short")]
    PinTooShort { min: usize },
    #[error("a PIN needs at least {min} digits")]
    PinTooFewDigits { min: usize },
    #[error("the PIN is a common number, a series or a date")]
    PinCommon,
    #[error("a passphrase needs at least {min} different words")]
    PassphraseTooFewWords { min: usize },
    #[error("a guest session has no PIN")]
    Guest,
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
            VaultError::PinTooFewDigits { min } => {
                Msg::new("error-pin-too-few-digits").arg("min", *min as i64).arg("words", MIN_PASSPHRASE_WORDS as i64)
            }
            VaultError::PinCommon => Msg::new("error-pin-common"),
            VaultError::PassphraseTooFewWords { min } => Msg::new("error-passphrase-too-few-words")
                .arg("min", *min as i64)
                .arg("letters", MIN_WORD_CHARS as i64)
                .arg("digits", MIN_PIN_DIGITS as i64),
            VaultError::Guest => Msg::new("error-guest-no-pin"),
            VaultError::WrongPin => Msg::new("error-pin-wrong"),
            VaultError::Wait { seconds } => Msg::new("error-pin-wait").arg("seconds", *seconds),
            VaultError::Locked => Msg::new("error-locked"),
            VaultError::NoPin => Msg::new("error-pin-none"),
            VaultError::HasPin => Msg::new("error-pin-set"),
            VaultError::Kdf(_) => Msg::new("error-store-failed"),
            VaultError::Io { path, .. } => Msg::new("error-data-folder").arg("path", path.display().to_string()),
            VaultError::Backup(_) => Msg::new("error-backup-open"),
            VaultError::PinMismatch => Msg::new("error-pin-mismatch"),
            VaultError::SharedNeedsPin => Msg::new("error-shared-needs-pin"),
            VaultError::SharedWipeAfter => Msg::new("error-shared-wipe-after"),
            VaultError::NotShared => Msg::new("error-not-shared"),
            VaultError::AlreadyShared => Msg::new("error-shared-already"),
            VaultError::IdleMinutes { allowed, .. } => {
                Msg::new("error-idle-minutes").arg("allowed", allowed.iter().map(u32::to_string).collect::<Vec<_>>().join(", "))
            }
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
    /// The key in SQLCipher's raw form, key then salt: `x'…'`. Wiped from memory when
    /// dropped, like every string built from it.
    pub fn sqlcipher_literal(&self) -> Zeroizing<String> {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        // Allocated once at its final size, so no copy of the key is left behind by a resize.
        let mut hex = Zeroizing::new(String::with_capacity(99));
        hex.push_str("x'");
        for b in self.key.iter().chain(self.salt.iter()) {
            hex.push(char::from(HEX[usize::from(b >> 4)]));
            hex.push(char::from(HEX[usize::from(b & 0xf)]));
        }
        hex.push('\'');
        hex
    }
}

/// What kind of secret a person typed, which decides how it is checked and how strong it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    /// Digits only.
    Pin { digits: usize },
    /// Anything else, counted in different words of [`MIN_WORD_CHARS`] characters or more.
    Passphrase { words: usize },
}

impl SecretKind {
    pub fn of(secret: &str) -> SecretKind {
        let trimmed = secret.trim();
        if !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit()) {
            return SecretKind::Pin { digits: trimmed.len() };
        }
        let lower = Zeroizing::new(secret.to_lowercase());
        let mut words: Vec<&str> = lower.split_whitespace().filter(|w| w.chars().count() >= MIN_WORD_CHARS).collect();
        words.sort_unstable();
        words.dedup();
        SecretKind::Passphrase { words: words.len() }
    }

    /// How many secrets of this kind and size there are: what whoever copied the files must
    /// try, at worst, if the secret was chosen at random.
    pub fn guesses(self) -> f64 {
        match self {
            SecretKind::Pin { digits } => 10f64.powi(digits as i32),
            SecretKind::Passphrase { words } => GUESSES_PER_TYPED_WORD.powi(words as i32),
        }
    }
}

/// Seconds it takes to try `guesses` secrets at [`SECONDS_PER_GUESS`] on `computers` cores.
pub fn seconds_to_try(guesses: f64, computers: u32) -> f64 {
    guesses * SECONDS_PER_GUESS / f64::from(computers.max(1))
}

/// Checks a new PIN or passphrase: a PIN of [`MIN_PIN_DIGITS`] digits or more that is not a
/// common one, or a passphrase of [`MIN_PASSPHRASE_WORDS`] different words or more. Returns
/// its kind.
pub fn check_new_secret(secret: &str) -> Result<SecretKind> {
    if secret.chars().count() > MAX_PIN_CHARS {
        return Err(VaultError::PinTooLong { max: MAX_PIN_CHARS });
    }
    let kind = SecretKind::of(secret);
    match kind {
        SecretKind::Pin { digits } if digits < MIN_PIN_DIGITS => Err(VaultError::PinTooFewDigits { min: MIN_PIN_DIGITS }),
        SecretKind::Pin { .. } if is_common_pin(secret.trim()) => Err(VaultError::PinCommon),
        SecretKind::Passphrase { words } if words < MIN_PASSPHRASE_WORDS => {
            Err(VaultError::PassphraseTooFewWords { min: MIN_PASSPHRASE_WORDS })
        }
        kind => Ok(kind),
    }
}

/// Whether a secret that opens data would still be accepted as a new one; a PIN of 4 digits
/// from an older version opens its data, but is not.
pub(crate) fn is_weak(secret: &str) -> bool {
    check_new_secret(secret).is_err()
}

/// PINs that people choose far more often than chance would: the first that anyone tries.
const COMMON_PINS: &[&str] = &[
    "112233", "123321", "123654", "147258", "147852", "159357", "159753", "258369", "258456", "369258", "456123", "741852", "753951",
    "789456", "852963", "987456", "102030", "100200", "111222", "112358", "142536", "147369", "520131", "314159", "271828", "123789",
    "654123", "321654", "101112", "11223344", "12344321", "19283746", "98765432",
];

/// Whether a PIN (digits) is one of the first an attacker tries: a listed one, one digit
/// repeated, a block repeated (`121212`, `482482`), a series with a fixed step (`123456`,
/// `654321`, `135791`, wrapping after 9), or a date (`DDMMYY`, `MMDDYY`, `YYMMDD` and the
/// same with four-digit years from 1900 to 2099).
pub(crate) fn is_common_pin(pin: &str) -> bool {
    let d: Vec<u8> = pin.bytes().map(|b| b.wrapping_sub(b'0')).collect();
    if d.len() < 2 || d.iter().any(|&x| x > 9) {
        return false;
    }
    if COMMON_PINS.contains(&pin) {
        return true;
    }
    let n = d.len();
    if (1..=n / 2).any(|p| n.is_multiple_of(p) && d.chunks(p).all(|c| c == &d[..p])) {
        return true;
    }
    let step = (d[1] + 10 - d[0]) % 10;
    if d.windows(2).all(|w| (w[1] + 10 - w[0]) % 10 == step) {
        return true;
    }
    is_date(&d)
}

fn is_date(d: &[u8]) -> bool {
    let num = |s: &[u8]| s.iter().fold(0u32, |acc, &x| acc * 10 + u32::from(x));
    // Two-digit years are read in a leap year, so that 29 February always counts as a date.
    let valid = |y: u32, m: u32, day: u32| chrono::NaiveDate::from_ymd_opt(y as i32, m, day).is_some();
    match d.len() {
        6 => {
            let (a, b, c) = (num(&d[..2]), num(&d[2..4]), num(&d[4..]));
            valid(2000, b, a) || valid(2000, a, b) || valid(2000, b, c)
        }
        8 => {
            let four = |y: u32| (1900..=2099).contains(&y);
            let (y_end, y_start) = (num(&d[4..]), num(&d[..4]));
            (four(y_end) && (valid(y_end, num(&d[2..4]), num(&d[..2])) || valid(y_end, num(&d[..2]), num(&d[2..4]))))
                || (four(y_start) && valid(y_start, num(&d[4..6]), num(&d[6..])))
        }
        _ => false,
    }
}

/// A word of `syllables` random syllables (a consonant and a vowel each), such as `kamori`.
pub(crate) fn random_word(syllables: usize) -> Result<String> {
    let mut bytes = Zeroizing::new(vec![0u8; syllables * 2]);
    getrandom::getrandom(&mut bytes).map_err(|e| VaultError::Kdf(e.to_string()))?;
    let mut word = String::with_capacity(syllables * 2);
    for pair in bytes.chunks(2) {
        // A byte reduced by a modulus that does not divide 256 favours some letters a little;
        // rejection keeps every syllable equally likely.
        word.push(char::from(CONSONANTS[uniform(pair[0], CONSONANTS.len())?]));
        word.push(char::from(VOWELS[uniform(pair[1], VOWELS.len())?]));
    }
    Ok(word)
}

/// An index below `n` drawn without bias, starting from the random byte `first`.
fn uniform(first: u8, n: usize) -> Result<usize> {
    let limit = 256 - 256 % n;
    let mut byte = first;
    loop {
        if usize::from(byte) < limit {
            return Ok(usize::from(byte) % n);
        }
        let mut one = [0u8; 1];
        getrandom::getrandom(&mut one).map_err(|e| VaultError::Kdf(e.to_string()))?;
        byte = one[0];
    }
}

/// How many different words [`random_word`] makes with `syllables` syllables.
pub fn word_choices(syllables: usize) -> f64 {
    ((CONSONANTS.len() * VOWELS.len()) as f64).powi(syllables as i32)
}

/// A passphrase the app suggests: [`SUGGESTED_WORDS`] random words. Its strength is known:
/// `word_choices(SUGGESTED_SYLLABLES)` per word, more than [`GUESSES_PER_TYPED_WORD`].
pub fn suggest_passphrase() -> Result<Zeroizing<String>> {
    let mut drawn: Vec<Zeroizing<String>> = Vec::with_capacity(SUGGESTED_WORDS);
    while drawn.len() < SUGGESTED_WORDS {
        // Four different words: a passphrase counts its different words.
        let word = Zeroizing::new(random_word(SUGGESTED_SYLLABLES)?);
        if !drawn.contains(&word) {
            drawn.push(word);
        }
    }
    let mut words = Zeroizing::new(String::with_capacity(SUGGESTED_WORDS * (SUGGESTED_SYLLABLES * 2 + 1)));
    for word in &drawn {
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(word);
    }
    Ok(words)
}

/// A space's secret as typed, made regular: lower case, single spaces, nothing around. Phone
/// keyboards capitalize the first letter and add spaces, and the device's word is lower case.
pub(crate) fn normalize_space_secret(secret: &str) -> Zeroizing<String> {
    let lower = Zeroizing::new(secret.to_lowercase());
    let mut out = Zeroizing::new(String::with_capacity(lower.len()));
    for word in lower.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The secret that opens a space: the device's word, a space, and the person's own PIN or
/// passphrase.
pub(crate) fn space_secret(word: &str, own: &str) -> Zeroizing<String> {
    let mut joined = Zeroizing::new(String::with_capacity(word.len() + own.len() + 1));
    joined.push_str(word);
    joined.push(' ');
    joined.push_str(own);
    normalize_space_secret(&joined)
}

/// Derives the database key from a PIN and a salt with Argon2id. Argon2's memory is wiped
/// after use (its `zeroize` feature).
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
pub(crate) fn is_encrypted(path: &Path) -> Result<Option<bool>> {
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
pub(crate) fn file_salt(path: &Path) -> Result<[u8; 16]> {
    use std::io::Read;
    let io = |source| VaultError::Io { path: path.to_path_buf(), source };
    let mut salt = [0u8; 16];
    std::fs::File::open(path).map_err(io)?.read_exact(&mut salt).map_err(io)?;
    Ok(salt)
}

/// Files of personal data in a data folder: the database with its journals, the unlock
/// counter, and anything the app keeps as a backup. Guide packs and trusted keys are not
/// personal and stay.
pub(crate) fn personal_files(data_dir: &Path) -> Vec<PathBuf> {
    let mut files = database_files(&data_dir.join(crate::DATABASE_FILE));
    files.push(data_dir.join(UNLOCK_FILE));
    if let Ok(entries) = std::fs::read_dir(data_dir.join("backups")) {
        files.extend(entries.flatten().map(|e| e.path()));
    }
    files
}

/// A database file with its journals and the copy written while it is encrypted again.
pub(crate) fn database_files(db: &Path) -> Vec<PathBuf> {
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
pub(crate) fn remove_files(files: Vec<PathBuf>) -> Result<usize> {
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
    /// Derives a space's key and file name from its whole secret and the device's salt.
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
pub(crate) fn write_shared(data_dir: &Path, salt: [u8; 16]) -> Result<()> {
    let device = SharedDevice { salt: salt.iter().map(|b| format!("{b:02x}")).collect() };
    let text = toml::to_string(&device).expect("shared device serializes");
    let path = data_dir.join(SHARED_FILE);
    crate::base::files::write_atomic(&path, text.as_bytes()).map_err(|source| VaultError::Io { path, source })
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SharedDevice {
    /// The device's Argon2id salt, in hex; not secret.
    salt: String,
}
