//! The signed guide pack file: one ZIP archive (stored, not compressed) holding
//! `manifest.toml`, its minisign signature `manifest.toml.minisig`, and the `content/` and
//! `locales/` files. The manifest lists a SHA-256 hash of every file, so the signature over the
//! manifest covers the whole guide; staff can check it with the standard `minisign` tool.
//!
//! Reading is hostile-input safe: sizes, counts and names are bounded before anything is
//! read, every check runs before anything is installed, and the archive must be exactly the
//! canonical encoding of what it holds, so that changing any byte of the file is refused.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read, Write};

use chrono::NaiveDate as Date;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::base::dates::{iso_date, parse_date};
use crate::base::text::{Localized, Msg};
use crate::guide::pack::PackFiles;

pub const FORMAT: u32 = 1;
pub const MANIFEST: &str = "manifest.toml";
pub const SIGNATURE: &str = "manifest.toml.minisig";
/// A pack file larger than this is refused before it is read.
pub use crate::base::incoming::MAX_PACK_BYTES;
pub const MAX_ENTRIES: usize = 4096;
/// The most any one file of a pack may hold.
pub const MAX_ENTRY_BYTES: u64 = crate::guide::pack::MAX_FILE_BYTES;
const MAX_NAME_BYTES: usize = 200;
/// The most a signature file may hold: minisign's four short lines and a trusted comment.
pub const MAX_SIGNATURE_BYTES: usize = 1024;

/// The end-of-central-directory record, as the canonical archive writes it: 22 bytes at the
/// very end of the file, with no comment.
const END_RECORD: [u8; 4] = *b"PK\x05\x06";
const END_RECORD_BYTES: usize = 22;
/// A central directory entry: its signature and its fixed part (before the name).
const DIRECTORY_ENTRY: [u8; 4] = *b"PK\x01\x02";
const DIRECTORY_ENTRY_BYTES: usize = 46;
/// minisign's signature line: algorithm (2 bytes, `ED` for a signature of the BLAKE2b hash),
/// key id (8) and Ed25519 signature (64); the last line is a bare Ed25519 signature.
const SIGNATURE_LINE_BYTES: usize = 2 + 8 + 64;
const GLOBAL_SIGNATURE_BYTES: usize = 64;

#[derive(Debug, thiserror::Error)]
pub enum PackFileError {
    #[error("not a pack file: {0}")]
    NotAPack(String),
    #[error("the pack is too large")]
    TooLarge,
    #[error("the pack is not signed")]
    Unsigned,
    #[error("signed by an unknown key {key_id}")]
    UnknownSigner { key_id: String },
    #[error("the pack was changed after it was signed: {0}")]
    Tampered(String),
    #[error("pack format {found} is not supported")]
    Format { found: u32 },
    #[error("the pack needs app version {needed}")]
    NewerApp { needed: String },
    #[error("the pack's content is broken: {0}")]
    Broken(String),
    #[error("pack version {offered} is not newer than version {newest}, which the device has had")]
    NotNewer { offered: u64, newest: u64 },
    #[error("pack version {offered} is too far above version {newest}")]
    VersionJump { offered: u64, newest: u64 },
    #[error("key file: {0}")]
    Key(String),
}

impl Localized for PackFileError {
    fn msg(&self) -> Msg {
        match self {
            PackFileError::NotAPack(_) => Msg::new("error-pack-not-a-pack"),
            PackFileError::TooLarge => crate::base::incoming::too_large(MAX_PACK_BYTES),
            PackFileError::Unsigned => Msg::new("error-pack-unsigned"),
            PackFileError::UnknownSigner { key_id } => Msg::new("error-pack-unknown-signer").arg("key", key_id.as_str()),
            PackFileError::Tampered(_) => Msg::new("error-pack-tampered"),
            PackFileError::Format { .. } => Msg::new("error-pack-format"),
            PackFileError::NewerApp { needed } => Msg::new("error-pack-newer-app").arg("version", needed.as_str()),
            PackFileError::Broken(_) => Msg::new("error-pack-broken"),
            PackFileError::NotNewer { offered, newest } => {
                Msg::new("error-pack-not-newer-than-seen").arg("offered", number(*offered)).arg("newest", number(*newest))
            }
            PackFileError::VersionJump { offered, newest } => {
                Msg::new("error-pack-version-jump").arg("offered", offered.to_string()).arg("newest", number(*newest))
            }
            PackFileError::Key(_) => Msg::new("error-pack-key"),
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            PackFileError::NotAPack(d) | PackFileError::Tampered(d) | PackFileError::Broken(d) | PackFileError::Key(d) => Some(d.clone()),
            PackFileError::TooLarge => Some(format!("more than {MAX_PACK_BYTES} bytes")),
            _ => None,
        }
    }
}

pub type Result<T> = std::result::Result<T, PackFileError>;

/// A version number as a message argument (Fluent numbers are signed).
fn number(version: u64) -> i64 {
    i64::try_from(version).unwrap_or(i64::MAX)
}

/// What a pack says about itself. Signed, through the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    /// A rising number: a device installs only a pack newer than the one it has.
    pub version: u64,
    /// The day the pack was built.
    pub built: String,
    /// The day its facts were last checked.
    pub checked: String,
    /// The day the rules it describes were checked as a whole ("policy as of").
    pub policy_date: String,
    /// The oldest app version that can read it.
    pub min_app: String,
    pub languages: Vec<String>,
    /// SHA-256 (hex) of every file, by path.
    pub files: BTreeMap<String, String>,
}

/// A pack read from a file: its manifest, signature and files. Not yet verified.
#[derive(Debug, Clone)]
pub struct PackArchive {
    pub manifest_bytes: Vec<u8>,
    pub signature: Option<String>,
    pub files: PackFiles,
}

/// A verified pack: signed by a trusted key, every hash right, its content valid.
#[derive(Debug, Clone)]
pub struct VerifiedPack {
    pub manifest: Manifest,
    /// The signer's public key, as minisign writes it (base64): its fingerprint.
    pub signer: String,
    pub files: PackFiles,
    /// The pack file's exact bytes, to store or pass on unchanged.
    pub bytes: Vec<u8>,
}

/// A path inside a pack is a plain relative path under `content/` or `locales/`.
fn valid_name(name: &str) -> bool {
    let under = name.starts_with("content/") || name.starts_with("locales/");
    under
        && name.len() <= MAX_NAME_BYTES
        && (name.ends_with(".toml") || name.ends_with(".ftl"))
        && name.split('/').all(|seg| !seg.is_empty() && seg != "." && seg != "..")
        && !name.contains('\\')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.'))
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The manifest for a set of files.
pub fn manifest_for(files: &PackFiles, version: u64, built: Date, checked: Date, policy_date: Date, languages: Vec<String>) -> Manifest {
    Manifest {
        format: FORMAT,
        version,
        built: iso_date(built),
        checked: iso_date(checked),
        policy_date: iso_date(policy_date),
        min_app: env!("CARGO_PKG_VERSION").to_string(),
        languages,
        files: files.under("").map(|(path, bytes)| (path.to_string(), sha256_hex(bytes))).collect(),
    }
}

/// Writes the canonical archive: entries in a fixed order, stored, with fixed times and
/// permissions, so the same contents always give the same bytes.
pub fn write_archive(manifest_bytes: &[u8], signature: Option<&str>, files: &PackFiles) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    let mut add = |name: &str, bytes: &[u8]| {
        zip.start_file(name, options).expect("writing to memory");
        zip.write_all(bytes).expect("writing to memory");
    };
    add(MANIFEST, manifest_bytes);
    if let Some(sig) = signature {
        add(SIGNATURE, sig.as_bytes());
    }
    for (path, bytes) in files.under("") {
        add(path, bytes);
    }
    zip.finish().expect("writing to memory").into_inner()
}

/// Builds an unsigned pack from a guide's files.
pub fn build(files: &PackFiles, manifest: &Manifest) -> Vec<u8> {
    let manifest_bytes = toml::to_string(manifest).expect("a manifest always serializes").into_bytes();
    write_archive(&manifest_bytes, None, files)
}

/// Checks the archive's end: the end-of-central-directory record at its canonical place (the
/// last 22 bytes, no comment, one disk), with an entry count within [`MAX_ENTRIES`] and a
/// directory that ends exactly where the record starts; then walks that directory, entry by
/// entry, as the canonical archive writes it (stored, no extra field, no comment, no
/// encryption, each file before the directory).
///
/// The zip reader looks for the end record backwards from the end of the file, and when the
/// directory a record points at fails to read, it tries the next record before it. An archive
/// of end records pointing at a large broken directory then costs the size of the directory
/// for every record: hours for one file of a few megabytes. After this check the zip reader's
/// first record is the right one and its directory reads, so it never looks further.
pub fn check_end_of_archive(bytes: &[u8]) -> Result<()> {
    let bad = |what: &str| Err(PackFileError::NotAPack(format!("archive end: {what}")));
    let Some(end_at) = bytes.len().checked_sub(END_RECORD_BYTES) else {
        return bad("too short");
    };
    let end = &bytes[end_at..];
    let u16_at = |b: &[u8], i: usize| u16::from_le_bytes([b[i], b[i + 1]]) as usize;
    let u32_at = |b: &[u8], i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as usize;
    if end[..4] != END_RECORD {
        return bad("no end record in its place");
    }
    // No end record may start after this one (the zip reader would take that one first).
    if end[1..].windows(4).any(|w| w == END_RECORD) {
        return bad("a second end record");
    }
    let (disk, directory_disk) = (u16_at(end, 4), u16_at(end, 6));
    let (on_this_disk, entries) = (u16_at(end, 8), u16_at(end, 10));
    let (directory_size, directory_start, comment) = (u32_at(end, 12), u32_at(end, 16), u16_at(end, 20));
    if disk != 0 || directory_disk != 0 || on_this_disk != entries {
        return bad("more than one disk");
    }
    if comment != 0 {
        return bad("a comment");
    }
    if entries == 0 || entries > MAX_ENTRIES {
        return bad(&format!("{entries} entries"));
    }
    if directory_size > entries * (DIRECTORY_ENTRY_BYTES + MAX_NAME_BYTES) {
        return bad("directory too large");
    }
    if directory_start.checked_add(directory_size) != Some(end_at) {
        return bad("the directory is not just before its end record");
    }
    let mut at = directory_start;
    for _ in 0..entries {
        let Some(entry) = bytes.get(at..at + DIRECTORY_ENTRY_BYTES).filter(|_| at + DIRECTORY_ENTRY_BYTES <= end_at) else {
            return bad("the directory is cut short");
        };
        let (flags, method) = (u16_at(entry, 8), u16_at(entry, 10));
        let (name, extra, entry_comment) = (u16_at(entry, 28), u16_at(entry, 30), u16_at(entry, 32));
        let local_header = u32_at(entry, 42);
        if entry[..4] != DIRECTORY_ENTRY || flags & 1 != 0 || method != 0 || extra != 0 || entry_comment != 0 {
            return bad("a directory entry that is not a plain stored file");
        }
        if name == 0 || name > MAX_NAME_BYTES || local_header >= directory_start {
            return bad("a directory entry out of bounds");
        }
        at += DIRECTORY_ENTRY_BYTES + name;
    }
    if at != end_at {
        return bad("the directory's size does not match its entries");
    }
    Ok(())
}

/// Reads an archive's entries with every limit enforced, without trusting anything it says.
pub fn read_archive(bytes: &[u8]) -> Result<PackArchive> {
    if bytes.len() as u64 > MAX_PACK_BYTES {
        return Err(PackFileError::TooLarge);
    }
    check_end_of_archive(bytes)?;
    let not_a_pack = |e: &dyn std::fmt::Display| PackFileError::NotAPack(e.to_string());
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| not_a_pack(&e))?;
    if zip.len() > MAX_ENTRIES {
        return Err(PackFileError::NotAPack(format!("{} entries", zip.len())));
    }
    let mut manifest_bytes = None;
    let mut signature = None;
    let mut files = PackFiles::default();
    let mut seen = BTreeSet::new();
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|e| not_a_pack(&e))?;
        let name = entry.name().to_string();
        if !seen.insert(name.clone()) {
            return Err(PackFileError::NotAPack(format!("{name:?} appears twice")));
        }
        if entry.is_dir() || entry.compression() != zip::CompressionMethod::Stored {
            return Err(PackFileError::NotAPack(format!("{name:?} is not a stored file")));
        }
        // Read at most one byte more than allowed, whatever the header claims.
        let mut data = Vec::new();
        (&mut entry).take(MAX_ENTRY_BYTES + 1).read_to_end(&mut data).map_err(|e| not_a_pack(&e))?;
        if data.len() as u64 > MAX_ENTRY_BYTES {
            return Err(PackFileError::NotAPack(format!("{name:?} is too large")));
        }
        total += data.len() as u64;
        if total > MAX_PACK_BYTES {
            return Err(PackFileError::TooLarge);
        }
        match name.as_str() {
            MANIFEST => manifest_bytes = Some(data),
            SIGNATURE if data.len() > MAX_SIGNATURE_BYTES => {
                return Err(PackFileError::Tampered("the signature file is too large".into()));
            }
            SIGNATURE => signature = Some(String::from_utf8(data).map_err(|_| PackFileError::NotAPack("signature is not text".into()))?),
            _ if valid_name(&name) => files.insert(name, data),
            _ => return Err(PackFileError::NotAPack(format!("unexpected entry {name:?}"))),
        }
    }
    let manifest_bytes = manifest_bytes.ok_or_else(|| PackFileError::NotAPack("no manifest".into()))?;
    Ok(PackArchive { manifest_bytes, signature, files })
}

/// A minisign public key, parsed from a `.pub` file's text or a bare base64 key.
pub fn parse_public_key(text: &str) -> Result<minisign::PublicKey> {
    let base64 = text
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with("untrusted comment:"))
        .ok_or_else(|| PackFileError::Key("no key in the file".into()))?;
    minisign::PublicKey::from_base64(base64).map_err(|e| PackFileError::Key(e.to_string()))
}

/// A key's id as minisign shows it: 16 hex digits.
pub fn key_id(keynum: &[u8]) -> String {
    keynum.iter().rev().map(|b| format!("{b:02X}")).collect()
}

/// Parses a signature file after checking its shape: exactly minisign's four lines, the
/// comments with their prefixes, and base64 lines that decode to the lengths minisign expects
/// (a prehashed `ED` signature line of 74 bytes, a comment signature of 64). The minisign
/// crate trusts these lengths and panics on a short one, so nothing reaches it unchecked.
pub(crate) fn parse_signature(text: &str) -> Result<minisign::SignatureBox> {
    use ct_codecs::{Base64, Decoder};
    let bad = |what: &str| PackFileError::Tampered(format!("signature file: {what}"));
    if text.len() > MAX_SIGNATURE_BYTES {
        return Err(bad("too large"));
    }
    let lines: Vec<&str> = text.lines().collect();
    let [untrusted, signature, trusted, global] = lines[..] else {
        return Err(bad("not four lines"));
    };
    let decoded = |line: &str, len: usize| {
        Base64::decode_to_vec(line.trim(), None)
            .ok()
            .filter(|bytes| bytes.len() == len)
            .ok_or_else(|| bad("a signature of the wrong length"))
    };
    if !untrusted.starts_with("untrusted comment: ") || !trusted.starts_with("trusted comment: ") {
        return Err(bad("no comment line"));
    }
    if !decoded(signature, SIGNATURE_LINE_BYTES)?.starts_with(b"ED") {
        return Err(bad("not a signature of the file's hash"));
    }
    decoded(global, GLOBAL_SIGNATURE_BYTES)?;
    minisign::SignatureBox::from_string(text).map_err(|e| PackFileError::Tampered(e.to_string()))
}

/// Verifies a pack file against trusted keys and this app's version. Checks, in order: the
/// archive, the signature, the canonical encoding, the format, the app version and every hash.
/// Does not check the content itself (see `updates`), nor the version against the installed one.
pub fn verify(bytes: &[u8], trusted: &[minisign::PublicKey]) -> Result<VerifiedPack> {
    let archive = read_archive(bytes)?;
    let signature_text = archive.signature.as_deref().ok_or(PackFileError::Unsigned)?;
    let signature = parse_signature(signature_text)?;
    let signer = trusted
        .iter()
        .find(|k| k.keynum() == signature.keynum())
        .ok_or_else(|| PackFileError::UnknownSigner { key_id: key_id(signature.keynum()) })?;
    minisign::verify(signer, &signature, Cursor::new(&archive.manifest_bytes), true, false, false)
        .map_err(|e| PackFileError::Tampered(e.to_string()))?;
    // Everything signed is right; now nothing unsigned may differ either.
    if write_archive(&archive.manifest_bytes, Some(signature_text), &archive.files) != bytes {
        return Err(PackFileError::Tampered("the archive is not in its canonical form".into()));
    }
    let text = std::str::from_utf8(&archive.manifest_bytes).map_err(|_| PackFileError::Tampered("manifest".into()))?;
    let manifest: Manifest = toml::from_str(text).map_err(|e| PackFileError::Broken(e.message().to_string()))?;
    if manifest.format != FORMAT {
        return Err(PackFileError::Format { found: manifest.format });
    }
    if version_tuple(&manifest.min_app).is_none_or(|needed| needed > version_tuple(env!("CARGO_PKG_VERSION")).unwrap_or_default()) {
        return Err(PackFileError::NewerApp { needed: manifest.min_app.chars().take(20).collect() });
    }
    let listed: BTreeSet<&str> = manifest.files.keys().map(String::as_str).collect();
    let present: BTreeSet<&str> = archive.files.under("").map(|(p, _)| p).collect();
    if listed != present {
        return Err(PackFileError::Tampered("the files differ from the manifest".into()));
    }
    for (path, bytes) in archive.files.under("") {
        if manifest.files.get(path).map(String::as_str) != Some(sha256_hex(bytes).as_str()) {
            return Err(PackFileError::Tampered(format!("{path} does not match its hash")));
        }
    }
    for date in [&manifest.built, &manifest.checked, &manifest.policy_date] {
        parse_date(date).map_err(PackFileError::Broken)?;
    }
    Ok(VerifiedPack { manifest, signer: signer.to_base64(), files: archive.files, bytes: bytes.to_vec() })
}

/// Signs a pack: adds the signature of its manifest, made with a minisign secret key.
pub fn sign(bytes: &[u8], secret_key_text: &str) -> Result<Vec<u8>> {
    let archive = read_archive(bytes)?;
    let sk_box = minisign::SecretKeyBox::from_string(secret_key_text).map_err(|e| PackFileError::Key(e.to_string()))?;
    let sk = minisign::SecretKey::from_box(sk_box, Some(String::new())).map_err(|e| PackFileError::Key(e.to_string()))?;
    let manifest: Manifest = std::str::from_utf8(&archive.manifest_bytes)
        .ok()
        .and_then(|t| toml::from_str(t).ok())
        .ok_or_else(|| PackFileError::Broken("manifest".into()))?;
    let trusted_comment = format!("senda pack version {} built {}", manifest.version, manifest.built);
    let signature = minisign::sign(None, &sk, Cursor::new(&archive.manifest_bytes), Some(&trusted_comment), None)
        .map_err(|e| PackFileError::Key(e.to_string()))?;
    Ok(write_archive(&archive.manifest_bytes, Some(&signature.to_string()), &archive.files))
}

/// A new signing key pair, as minisign's key file texts. The secret key is not protected by a
/// password (an empty one): whoever holds its file can sign, so it stays on an offline machine.
pub fn keygen() -> Result<(String, String)> {
    let minisign::KeyPair { pk, sk } =
        minisign::KeyPair::generate_encrypted_keypair(Some(String::new())).map_err(|e| PackFileError::Key(e.to_string()))?;
    let pk_text = pk.to_box().map_err(|e| PackFileError::Key(e.to_string()))?.to_string();
    let sk_text = sk.to_box(Some("senda pack signing key")).map_err(|e| PackFileError::Key(e.to_string()))?.to_string();
    Ok((sk_text, pk_text))
}

/// `1.2.3` as numbers; `None` if it is not that shape.
fn version_tuple(text: &str) -> Option<(u64, u64, u64)> {
    let mut parts = text.trim().split('.').map(|p| p.parse::<u64>().ok());
    let v = (parts.next()??, parts.next()??, parts.next()??);
    parts.next().is_none().then_some(v)
}
