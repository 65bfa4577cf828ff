//! Hostile files: a signed pack with a malformed signature file, an archive built to make the
//! zip reader work for hours, a backup that asks for gigabytes of scrypt memory, files too
//! large to read. Each is refused with a translated message, quickly, without a panic.

use senda::base::incoming::IncomingFile;
use senda::base::text::Localized;
use senda::packs::packfile::{self, PackFileError};
use senda::records::backup;

use crate::packs::{pack, signer};

#[path = "../support/hostile.rs"]
mod hostile;

/// Regression: replacing the last line of a real pack's `manifest.toml.minisig` with `AAAA`
/// made verification panic inside the minisign crate (a 3-byte signature where it expects
/// 64): `senda pack verify` exited with 101, and the app aborted.
#[test]
fn a_signature_file_ending_in_aaaa_is_refused_without_panic() {
    let key = signer();
    let crafted = hostile::short_global_signature(&pack(2, &key));
    let err = packfile::verify(&crafted, std::slice::from_ref(&key.public)).unwrap_err();
    assert!(matches!(err, PackFileError::Tampered(_)), "{err:?}");
    assert_eq!(err.msg().id, "error-pack-tampered");
}

/// Every malformed shape of the signature file, with the signer's key trusted so that the
/// file gets as far as it can: each is refused as tampered, none panics.
#[test]
fn malformed_signature_files_are_refused_before_minisign_sees_them() {
    let key = signer();
    let good = pack(2, &key);
    let trusted = std::slice::from_ref(&key.public);
    let check = |why: &str, edit: &dyn Fn(&[&str]) -> String| {
        let bad = hostile::with_signature(&good, |sig| edit(&sig.lines().collect::<Vec<_>>()));
        match packfile::verify(&bad, trusted) {
            Err(PackFileError::Tampered(_)) => {}
            other => panic!("{why}: {:?}", other.map(|p| p.manifest.version)),
        }
    };
    let b64 = |bytes: &[u8]| {
        use ct_codecs::{Base64, Encoder};
        Base64::encode_to_string(bytes).unwrap()
    };
    let decode = |line: &str| {
        use ct_codecs::{Base64, Decoder};
        Base64::decode_to_vec(line, None).unwrap()
    };
    let lines4 = |l: &[&str], i: usize, new: String| {
        let mut v: Vec<String> = l.iter().map(|s| s.to_string()).collect();
        v[i] = new;
        v.join("\n") + "\n"
    };
    check("empty", &|_| String::new());
    check("three lines", &|l| l[..3].join("\n"));
    check("five lines", &|l| l.join("\n") + "\nAAAA\n");
    check("no untrusted comment prefix", &|l| lines4(l, 0, "comment: x".into()));
    check("no trusted comment prefix", &|l| lines4(l, 2, "comment: x".into()));
    check("signature line not base64", &|l| lines4(l, 1, "!!!!".into()));
    check("signature line short", &|l| lines4(l, 1, b64(&decode(l[1])[..73])));
    check("signature line long", &|l| lines4(l, 1, b64(&[decode(l[1]), vec![0]].concat())));
    check("signature line empty", &|l| lines4(l, 1, String::new()));
    check("legacy algorithm", &|l| {
        let mut sig = decode(l[1]);
        sig[1] = b'd';
        lines4(l, 1, b64(&sig))
    });
    check("comment signature AAAA", &|l| lines4(l, 3, "AAAA".into()));
    check("comment signature empty", &|l| lines4(l, 3, String::new()));
    check("comment signature 63 bytes", &|l| lines4(l, 3, b64(&decode(l[3])[..63])));
    check("comment signature 65 bytes", &|l| lines4(l, 3, b64(&[decode(l[3]), vec![0]].concat())));
    check("comment signature changed", &|l| {
        let mut sig = decode(l[3]);
        sig[0] ^= 1;
        lines4(l, 3, b64(&sig))
    });
    check("trusted comment changed", &|l| lines4(l, 2, format!("{} ", l[2]).replace("version", "versión")));
    check("huge", &|l| lines4(l, 2, format!("trusted comment: {}", "x".repeat(packfile::MAX_SIGNATURE_BYTES))));
}

/// Regression: a pack of 16 MiB with 65,533 directory entries and some 600,000 end records
/// kept a core busy for hours, the zip reader reading the whole directory again for each
/// record. The end record is now checked at its place, against the limits, before the zip
/// reader sees the file (`benches/hostile.rs` measures how fast).
#[test]
fn an_archive_of_many_end_records_is_refused_before_the_zip_reader_sees_it() {
    let crafted = hostile::many_end_records();
    assert_eq!(crafted.len() as u64, packfile::MAX_PACK_BYTES, "as large as a pack may be, no larger");
    let err = packfile::read_archive(&crafted).unwrap_err();
    assert!(matches!(&err, PackFileError::NotAPack(detail) if detail.starts_with("archive end")), "{err:?}");
    let key = signer();
    let err = packfile::verify(&crafted, &[key.public]).unwrap_err();
    assert_eq!(err.msg().id, "error-pack-not-a-pack");
}

/// The end of an archive must be exactly what the canonical writer makes; each departure is
/// refused by the check, before the zip reader runs.
#[test]
fn the_end_of_an_archive_is_checked_field_by_field() {
    let key = signer();
    let good = pack(2, &key);
    assert!(packfile::read_archive(&good).is_ok());
    let len = good.len();
    let end = len - 22;
    let u16_at = |b: &[u8], i: usize| u16::from_le_bytes([b[i], b[i + 1]]) as usize;
    let u32_at = |b: &[u8], i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as usize;
    let entries = u16_at(&good, end + 10);
    let directory_start = u32_at(&good, end + 16);
    let check = |why: &str, edit: &dyn Fn(&mut Vec<u8>)| {
        let mut bad = good.clone();
        edit(&mut bad);
        match packfile::read_archive(&bad) {
            Err(PackFileError::NotAPack(detail)) if detail.starts_with("archive end") => {}
            other => panic!("{why}: {:?}", other.map(|a| a.files.len())),
        }
    };
    let set16 = |b: &mut Vec<u8>, at: usize, v: usize| b[at..at + 2].copy_from_slice(&(v as u16).to_le_bytes());
    let set32 = |b: &mut Vec<u8>, at: usize, v: usize| b[at..at + 4].copy_from_slice(&(v as u32).to_le_bytes());
    check("a comment after the end record", &|b| {
        set16(b, end + 20, 4);
        b.extend_from_slice(b"note");
    });
    check("a second end record after the first", &|b| {
        let record = b[end..].to_vec();
        b.extend_from_slice(&record);
    });
    check("an end record moved back by junk", &|b| b.extend_from_slice(&[0; 7]));
    check("another disk", &|b| set16(b, end + 4, 1));
    check("the directory on another disk", &|b| set16(b, end + 6, 1));
    check("entries on this disk differ", &|b| set16(b, end + 8, entries - 1));
    check("more entries than allowed", &|b| {
        set16(b, end + 8, packfile::MAX_ENTRIES + 1);
        set16(b, end + 10, packfile::MAX_ENTRIES + 1);
    });
    check("no entries", &|b| {
        set16(b, end + 8, 0);
        set16(b, end + 10, 0);
    });
    check("directory offset moved", &|b| set32(b, end + 16, directory_start - 1));
    check("directory size wrong", &|b| set32(b, end + 12, u32_at(b, end + 12) + 1));
    check("directory past the end", &|b| set32(b, end + 16, 0xFFFF_FFFF));
    check("too short", &|b| b.truncate(21));
    check("an entry with an extra field", &|b| set16(b, directory_start + 30, 4));
    check("an entry with a comment", &|b| set16(b, directory_start + 32, 4));
    check("an encrypted entry", &|b| set16(b, directory_start + 8, 1));
    check("a deflated entry", &|b| set16(b, directory_start + 10, 8));
    check("an entry whose file starts after the directory", &|b| set32(b, directory_start + 42, directory_start));
    check("an entry that is not an entry", &|b| b[directory_start + 1] = b'Q');
    check("an entry name past the directory", &|b| set16(b, directory_start + 28, 199));
}

/// Regression: a backup could ask for an scrypt work factor up to 4 above what age measured
/// on the device: 4 GiB of memory and more, from a file a stranger handed over. Reading is
/// now capped at a fixed factor, and writing uses a fixed one.
#[test]
fn a_backup_asking_for_more_scrypt_work_than_the_cap_is_refused() {
    use std::io::Write;
    let json = serde_json::to_vec(&backup::Backup { format: backup::FORMAT, settings: Default::default(), profiles: vec![] }).unwrap();
    let written_with = |log_n: u8| {
        let mut recipient = age::scrypt::Recipient::new(age::secrecy::SecretString::from("frase de respaldo".to_owned()));
        recipient.set_work_factor(log_n);
        let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).unwrap();
        let mut out = Vec::new();
        let mut writer = encryptor.wrap_output(&mut out).unwrap();
        writer.write_all(&json).unwrap();
        writer.finish().unwrap();
        out
    };
    // A real backup with the right passphrase, one step above the cap (512 MiB of scrypt).
    let err = backup::decrypt(&written_with(backup::MAX_SCRYPT_LOG_N + 1), "frase de respaldo").unwrap_err();
    assert_eq!(err.msg().id, "error-backup-open");
    // At the cap it opens: only the work factor made the difference.
    assert!(backup::decrypt(&written_with(backup::MAX_SCRYPT_LOG_N), "frase de respaldo").is_ok());
}

/// A backup is written with the fixed work factor, whatever this device measures.
#[test]
fn a_backup_is_written_with_a_fixed_scrypt_cost() {
    let session = senda::session::Session::in_memory(senda::guide::Guide::builtin(senda::guide::l10n::Isolation::Off).unwrap()).unwrap();
    let bytes = session.export_backup("frase de respaldo").unwrap();
    let header = String::from_utf8_lossy(&bytes[..bytes.windows(3).position(|w| w == b"---").unwrap()]).to_string();
    let stanza = header.lines().find(|l| l.starts_with("-> scrypt ")).unwrap_or_else(|| panic!("{header}"));
    assert_eq!(stanza.rsplit(' ').next(), Some(backup::SCRYPT_LOG_N.to_string().as_str()), "{stanza}");
}

/// A file larger than its kind allows is refused from its size alone: a sparse file of a
/// terabyte is refused at once, without reading (or allocating) any of it.
#[test]
fn files_too_large_are_refused_before_they_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.sendapack");
    std::fs::File::create(&huge).unwrap().set_len(1 << 40).unwrap();
    for kind in [IncomingFile::Pack, IncomingFile::Backup] {
        let err = kind.read(&huge).unwrap_err();
        assert_eq!(err.msg().id, "error-file-too-large", "{err:?}");
        assert!(kind.check_size(kind.max_bytes()).is_ok());
        assert_eq!(kind.check_size(kind.max_bytes() + 1).unwrap_err().msg().id, "error-file-too-large");
    }
    let fits = dir.path().join("fits.age");
    std::fs::write(&fits, b"age").unwrap();
    assert_eq!(IncomingFile::Backup.read(&fits).unwrap(), b"age");

    // The core checks the bytes it is given too, whichever shell passes them.
    let mut session =
        senda::session::Session::in_memory(senda::guide::Guide::builtin(senda::guide::l10n::Isolation::Off).unwrap()).unwrap();
    let too_big = vec![0u8; backup::MAX_BACKUP_BYTES + 1];
    let err = session.import_backup(&too_big, "frase de respaldo", date!(2026 - 11 - 22)).unwrap_err();
    assert_eq!(err.msg().id, "error-file-too-large");
    let err = packfile::read_archive(&too_big[..packfile::MAX_PACK_BYTES as usize + 1]).unwrap_err();
    assert_eq!(err.msg().id, "error-file-too-large");
}
