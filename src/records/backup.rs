//! The encrypted backup: everything personal in one file protected by a passphrase, to move
//! to a new phone. The file is an `age` file (passphrase recipient, scrypt); inside is JSON.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use age::secrecy::SecretString;
use serde::{Deserialize, Serialize};

use crate::safety::vault::VaultError;

pub const FORMAT: u32 = 1;
/// A backup longer than this is refused before it is decrypted.
pub use crate::base::incoming::MAX_BACKUP_BYTES;
pub(crate) const MIN_PASSPHRASE_CHARS: usize = 8;
/// The scrypt work factor a backup is written with: N = 2^17, 128 MiB of memory. Fixed, not
/// measured on the device, so a backup made on a fast computer opens on a slow phone.
pub const SCRYPT_LOG_N: u8 = 17;
/// The most scrypt work a backup may ask for when it is read: N = 2^18, 256 MiB. A file
/// asking for more is refused before any key is derived (age would otherwise accept up to 16
/// times what it measures on the device: 4 GiB and more for a hostile file).
pub const MAX_SCRYPT_LOG_N: u8 = 18;
const _: () = assert!(SCRYPT_LOG_N <= MAX_SCRYPT_LOG_N, "a backup must open where it was made");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backup {
    pub format: u32,
    pub settings: BTreeMap<String, String>,
    pub profiles: Vec<BackupProfile>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupProfile {
    pub name: String,
    pub created_at: i64,
    pub dates: BTreeMap<String, String>,
    pub items: Vec<BackupItem>,
    pub own_items: Vec<BackupOwnItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupItem {
    pub item: String,
    pub status: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupOwnItem {
    pub text: String,
    pub status: String,
    pub note: String,
}

pub(crate) fn check_passphrase(passphrase: &str) -> Result<(), VaultError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(VaultError::PinTooShort { min: MIN_PASSPHRASE_CHARS });
    }
    Ok(())
}

/// Encrypts a backup with a passphrase.
pub(crate) fn encrypt(backup: &Backup, passphrase: &str) -> Result<Vec<u8>, VaultError> {
    check_passphrase(passphrase)?;
    let json = serde_json::to_vec(backup).expect("a backup serializes");
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(SCRYPT_LOG_N);
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
        .map_err(|e| VaultError::Backup(e.to_string()))?;
    let mut out = Vec::new();
    let mut writer = encryptor.wrap_output(&mut out).map_err(|e| VaultError::Backup(e.to_string()))?;
    writer.write_all(&json).map_err(|e| VaultError::Backup(e.to_string()))?;
    writer.finish().map_err(|e| VaultError::Backup(e.to_string()))?;
    Ok(out)
}

/// Decrypts and parses a backup. A wrong passphrase and a damaged file both fail here,
/// before anything is changed.
pub fn decrypt(bytes: &[u8], passphrase: &str) -> Result<Backup, VaultError> {
    if bytes.len() > MAX_BACKUP_BYTES {
        return Err(VaultError::Backup("too large".into()));
    }
    let bad = |e: &dyn std::fmt::Display| VaultError::Backup(e.to_string());
    let decryptor = age::Decryptor::new_buffered(bytes).map_err(|e| bad(&e))?;
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    identity.set_max_work_factor(MAX_SCRYPT_LOG_N);
    let mut reader = decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).map_err(|e| bad(&e))?;
    let mut json = Vec::new();
    reader.by_ref().take(MAX_BACKUP_BYTES as u64 + 1).read_to_end(&mut json).map_err(|e| bad(&e))?;
    let backup: Backup = serde_json::from_slice(&json).map_err(|e| bad(&e))?;
    if backup.format != FORMAT {
        return Err(VaultError::Backup(format!("format {}", backup.format)));
    }
    Ok(backup)
}
