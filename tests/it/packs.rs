//! Signed guide packs: building, signing, verifying, hostile files, installing, rolling back
//! and falling back, on real pack files and real data folders.

use proptest::prelude::*;
use senda::base::text::Localized;
use senda::guide::l10n::Isolation;
use senda::guide::pack::PackFiles;
use senda::packs::packfile::{self, PackFileError};
use senda::packs::updates::{Origin, UpdateError, Updates, BUILTIN_VERSION, MAX_VERSION_STEP};

use crate::pack_with_edit;

/// A pack-signing key pair made for one test.
pub(crate) struct Signer {
    secret: String,
    pub(crate) public: minisign::PublicKey,
}

pub(crate) fn signer() -> Signer {
    let (secret, public) = packfile::keygen().unwrap();
    Signer { secret, public: packfile::parse_public_key(&public).unwrap() }
}

fn manifest(files: &PackFiles, version: u64) -> packfile::Manifest {
    let languages = ["es", "en", "ht", "fr", "pt"].map(String::from).to_vec();
    packfile::manifest_for(files, version, date!(2026 - 11 - 22), date!(2026 - 11 - 20), date!(2026 - 11 - 20), languages)
}

fn signed(files: &PackFiles, version: u64, signer: &Signer) -> Vec<u8> {
    packfile::sign(&packfile::build(files, &manifest(files, version)), &signer.secret).unwrap()
}

/// The built-in guide as a pack of `version`, signed by `signer`.
pub(crate) fn pack(version: u64, signer: &Signer) -> Vec<u8> {
    signed(&PackFiles::builtin(), version, signer)
}

#[test]
fn a_signed_pack_verifies_with_its_key_only() {
    let (alice, mallory) = (signer(), signer());
    let bytes = pack(3, &alice);
    let verified = packfile::verify(&bytes, std::slice::from_ref(&alice.public)).unwrap();
    assert_eq!(verified.manifest.version, 3);
    assert_eq!(verified.signer, alice.public.to_base64());
    assert_eq!(verified.files, PackFiles::builtin());
    assert!(matches!(packfile::verify(&bytes, &[mallory.public]), Err(PackFileError::UnknownSigner { .. })));
    assert!(matches!(packfile::verify(&bytes, &[]), Err(PackFileError::UnknownSigner { .. })));
    let unsigned = packfile::build(&PackFiles::builtin(), &manifest(&PackFiles::builtin(), 3));
    assert!(matches!(packfile::verify(&unsigned, &[alice.public]), Err(PackFileError::Unsigned)));
}

#[test]
fn building_is_deterministic() {
    let files = PackFiles::builtin();
    assert_eq!(packfile::build(&files, &manifest(&files, 1)), packfile::build(&files, &manifest(&files, 1)));
}

/// Changing any one byte anywhere in the file must be refused. Every 499th byte, and every
/// byte of the first and last 400 (the headers and the archive's directory).
#[test]
fn one_changed_byte_anywhere_is_refused() {
    let key = signer();
    let bytes = pack(2, &key);
    let trusted = [key.public];
    let positions = (0..bytes.len()).filter(|i| i % 499 == 0 || *i < 400 || *i >= bytes.len() - 400);
    let mut checked = 0;
    for i in positions {
        let mut bad = bytes.clone();
        bad[i] ^= 0x20;
        assert!(packfile::verify(&bad, &trusted).is_err(), "byte {i} of {} changed, still accepted", bytes.len());
        checked += 1;
    }
    assert!(checked > 1500, "{checked}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Random damage (bytes changed, the file cut short, bytes inserted) never panics and is
    /// always refused.
    #[test]
    fn damaged_packs_are_refused_without_panic(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), 1u8..=255), 1..8),
        cut in proptest::option::of(any::<prop::sample::Index>()),
        insert in proptest::option::of((any::<prop::sample::Index>(), proptest::collection::vec(any::<u8>(), 1..64))),
    ) {
        let key = SIGNED.with(|s| s.clone());
        let mut bad = key.1.clone();
        for (at, xor) in flips {
            let i = at.index(bad.len());
            bad[i] ^= xor;
        }
        if let Some((at, data)) = insert {
            let i = at.index(bad.len());
            bad.splice(i..i, data);
        }
        if let Some(at) = cut {
            bad.truncate(at.index(bad.len()));
        }
        prop_assert!(packfile::verify(&bad, std::slice::from_ref(&key.0)).is_err());
    }

    /// Arbitrary bytes are never a pack.
    #[test]
    fn arbitrary_bytes_are_not_a_pack(data in proptest::collection::vec(any::<u8>(), 0..4096)) {
        prop_assert!(packfile::read_archive(&data).is_err() || packfile::verify(&data, &[]).is_err());
    }
}

thread_local! {
    /// One signed pack for the property tests, built once per thread.
    static SIGNED: (minisign::PublicKey, Vec<u8>) = {
        let key = signer();
        let bytes = pack(2, &key);
        (key.public, bytes)
    };
}

/// A stored archive with exactly these entries (names may be anything).
fn raw_archive(entries: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, data) in entries {
        zip.start_file(*name, options).unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn hostile_archives_are_refused_before_anything_is_used() {
    let manifest: &[u8] = b"format = 1\n";
    let check = |entries: &[(&str, &[u8])], why: &str| {
        let result = packfile::read_archive(&raw_archive(entries));
        assert!(matches!(result, Err(PackFileError::NotAPack(_)) | Err(PackFileError::TooLarge)), "{why}: {result:?}");
    };
    check(&[("manifest.toml", manifest), ("../evil.toml", b"x")], "a path out of the pack");
    check(&[("manifest.toml", manifest), ("content/../../evil.toml", b"x")], "a path climbing out");
    check(&[("manifest.toml", manifest), ("/etc/evil.toml", b"x")], "an absolute path");
    check(&[("manifest.toml", manifest), ("content\\evil.toml", b"x")], "a backslash");
    check(&[("manifest.toml", manifest), ("content/run.sh", b"x")], "a file that is not guide text");
    check(&[("manifest.toml", manifest), ("bin/x.toml", b"x")], "outside content and locales");
    check(&[("manifest.toml", manifest), ("content/dir/", b"")], "a folder entry");
    check(&[("content/guide.toml", b"x")], "no manifest");
    let big = vec![b'a'; packfile::MAX_ENTRY_BYTES as usize + 1];
    check(&[("manifest.toml", manifest), ("content/big.toml", &big)], "one huge file");

    // The same name twice: written as two names of equal length, then made equal.
    let mut twice = raw_archive(&[("manifest.toml", manifest), ("content/aa.toml", b"1"), ("content/ab.toml", b"2")]);
    let (from, to) = (b"content/ab.toml", b"content/aa.toml");
    let mut i = 0;
    while let Some(at) = twice[i..].windows(from.len()).position(|w| w == from) {
        twice[i + at..i + at + from.len()].copy_from_slice(to);
        i += at + from.len();
    }
    // The archive reader keeps one entry per name; either way the pack is refused.
    if let Ok(archive) = packfile::read_archive(&twice) {
        assert_eq!(archive.files.len(), 1, "a name twice");
    }
    assert!(packfile::verify(&twice, &[]).is_err(), "a name twice");

    for junk in [&b""[..], b"PK\x03\x04", b"not a zip at all", &[0u8; 100][..]] {
        assert!(packfile::read_archive(junk).is_err());
    }
    let too_big = vec![0u8; packfile::MAX_PACK_BYTES as usize + 1];
    assert!(matches!(packfile::read_archive(&too_big), Err(PackFileError::TooLarge)));
}

#[test]
fn a_signed_pack_with_broken_content_is_refused_at_install() {
    let dir = tempfile::tempdir().unwrap();
    let key = signer();
    let updates = Updates::with_builtin_keys(dir.path(), vec![key.public.clone()]);
    let check = |files: PackFiles, expected: &str| {
        let err = updates.install(&signed(&files, 5, &key), 0).unwrap_err();
        assert_eq!(err.msg().id, expected, "{err:?}");
        assert_eq!(updates.installed_version(), BUILTIN_VERSION);
    };
    check(pack_with_edit("locales/fr/app.ftl", |s| crate::drop_message(s, "nav-back")), "error-pack-broken");
    check(pack_with_edit("locales/ht/app.ftl", |s| s.replace("nav-back =", "nav-back = { $broken")), "error-pack-broken");
    check(pack_with_edit("content/guide.toml", |s| s.replace("\"notice\"]", "\"nowhere\"]")), "error-pack-broken");
    let mut not_utf8 = PackFiles::builtin();
    not_utf8.insert("locales/pt/app.ftl", vec![0xff, 0xfe, b'a']);
    check(not_utf8, "error-pack-broken");
}

#[test]
fn a_pack_for_a_newer_app_or_format_is_refused() {
    let key = signer();
    let files = PackFiles::builtin();
    for (edit, expected) in [("min_app", "error-pack-newer-app"), ("format", "error-pack-format")] {
        let mut m = manifest(&files, 4);
        if edit == "min_app" {
            m.min_app = "99.0.0".into();
        } else {
            m.format = 2;
        }
        let bytes = packfile::sign(&packfile::build(&files, &m), &key.secret).unwrap();
        let err = packfile::verify(&bytes, std::slice::from_ref(&key.public)).unwrap_err();
        assert_eq!(err.msg().id, expected);
    }
}

/// Every file under a folder, relative, sorted.
fn tree(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
            } else {
                out.push(e.path().strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn install_newer_refuse_older_and_roll_back() {
    let dir = tempfile::tempdir().unwrap();
    let key = signer();
    let updates = Updates::with_builtin_keys(dir.path(), vec![key.public.clone()]);
    assert_eq!(updates.load(Isolation::Off).1.origin, Origin::Builtin);

    assert_eq!(updates.install(&pack(2, &key), 0).unwrap().version, 2);
    assert_eq!(updates.install(&pack(3, &key), 0).unwrap().version, 3);
    let err = updates.install(&pack(2, &key), 0).unwrap_err();
    assert!(matches!(err, UpdateError::Pack(PackFileError::NotNewer { offered: 2, newest: 3 })), "{err:?}");
    assert!(matches!(updates.install(&pack(3, &key), 0), Err(UpdateError::Pack(PackFileError::NotNewer { .. }))));
    let (_, info) = updates.load(Isolation::Off);
    assert_eq!((info.version, info.origin), (3, Origin::Installed));
    assert_eq!(info.signer.as_deref(), Some(key.public.to_base64().as_str()));
    assert_eq!(tree(dir.path()), ["packs/2.sendapack", "packs/3.sendapack", "packs/state.toml"], "nothing else is written");

    assert_eq!(updates.rollback().unwrap(), 2);
    assert_eq!(updates.load(Isolation::Off).1.version, 2);
    assert_eq!(updates.rollback().unwrap(), BUILTIN_VERSION, "then the built-in guide");
    assert_eq!(updates.load(Isolation::Off).1.origin, Origin::Builtin);
    assert!(matches!(updates.rollback(), Err(UpdateError::NoPrevious)));
    assert!(matches!(updates.export(), Err(UpdateError::BuiltinExport)));
}

#[test]
fn a_tampered_or_untrusted_pack_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let key = signer();
    let updates = Updates::with_builtin_keys(dir.path(), vec![]);
    let bytes = pack(7, &key);
    assert!(matches!(updates.install(&bytes, 0), Err(UpdateError::Pack(PackFileError::UnknownSigner { .. }))));
    assert!(tree(dir.path()).is_empty(), "a refused pack writes nothing");
    let (id, fingerprint) = updates.trust(&key.public.to_box().unwrap().to_string()).unwrap();
    assert_eq!(fingerprint, key.public.to_base64());
    assert_eq!(id.len(), 16);
    let mut tampered = bytes.clone();
    let last = tampered.len() - 1000;
    tampered[last] ^= 1;
    assert!(updates.install(&tampered, 0).is_err());
    assert_eq!(updates.installed_version(), BUILTIN_VERSION);
    updates.install(&bytes, 0).unwrap();
    assert_eq!(updates.export().unwrap(), bytes, "exported exactly as received");
}

#[test]
fn an_unreadable_installed_pack_falls_back_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let key = signer();
    let updates = Updates::with_builtin_keys(dir.path(), vec![key.public.clone()]);
    updates.install(&pack(2, &key), 0).unwrap();
    updates.install(&pack(3, &key), 0).unwrap();
    let current = dir.path().join("packs/3.sendapack");
    let mut damaged = std::fs::read(&current).unwrap();
    damaged.truncate(damaged.len() / 2);
    std::fs::write(&current, damaged).unwrap();
    let (_, info) = updates.load(Isolation::Off);
    assert_eq!((info.version, info.origin, info.fell_back), (2, Origin::Previous, true));
    std::fs::remove_file(dir.path().join("packs/2.sendapack")).unwrap();
    let (guide, info) = updates.load(Isolation::Off);
    assert_eq!((info.origin, info.fell_back), (Origin::Builtin, true));
    assert!(guide.topic("mexico-steps", "es").is_ok());
}

#[test]
fn the_guide_warns_when_its_facts_are_six_months_old() {
    assert!(!senda::packs::updates::is_stale(date!(2026 - 03 - 11), date!(2026 - 09 - 10)));
    assert!(senda::packs::updates::is_stale(date!(2026 - 03 - 11), date!(2026 - 09 - 11)));
    let session = senda::session::Session::in_memory(senda::guide::Guide::builtin(Isolation::Off).unwrap()).unwrap();
    let info = session.pack_info(date!(2026 - 11 - 22)).unwrap();
    assert_eq!(info.checked, "2026-03-11");
    assert!(info.stale.is_some(), "checked in March 2026, shown in November");
    assert!(session.pack_info(date!(2026 - 04 - 01)).unwrap().stale.is_none());
}

/// A session on a data folder whose guide updates trust `key`.
fn session_trusting(dir: &std::path::Path, key: &Signer) -> senda::session::Session {
    let updates = Updates::with_builtin_keys(dir, vec![key.public.clone()]);
    senda::session::Session::open_with_updates(dir, updates, Isolation::Off).unwrap()
}

fn error_id<T: std::fmt::Debug>(result: senda::Result<T>) -> &'static str {
    result.unwrap_err().msg().id
}

/// Regression: the built-in guide claimed version 0, so any older signed pack could replace
/// the guide of a newer app on a device that never installed anything.
#[test]
fn the_built_in_guide_has_its_pack_version() {
    let dir = tempfile::tempdir().unwrap();
    let key = signer();
    let updates = Updates::with_builtin_keys(dir.path(), vec![key.public.clone()]);
    let (_, info) = updates.load(Isolation::Off);
    assert_eq!((info.version, info.origin), (BUILTIN_VERSION, Origin::Builtin));
    // Version 1, the first a pack can have, is never newer than the built-in guide.
    for version in 1..=BUILTIN_VERSION {
        let err = updates.install(&pack(version, &key), 0).unwrap_err();
        assert!(matches!(err, UpdateError::Pack(PackFileError::NotNewer { .. })), "{err:?}");
    }
    assert_eq!(updates.install(&pack(1, &key), 0).unwrap_err().msg().id, "error-pack-not-newer-than-seen");
    assert!(tree(dir.path()).is_empty(), "nothing written");
    updates.install(&pack(BUILTIN_VERSION + 1, &key), 0).unwrap();

    // A pack installed before the app was updated to a newer built-in guide gives way to it.
    let state = dir.path().join("packs/state.toml");
    let old = std::fs::read_to_string(&state).unwrap();
    std::fs::write(&state, old.replace(&format!("current = {}", BUILTIN_VERSION + 1), &format!("current = {BUILTIN_VERSION}"))).unwrap();
    assert_eq!(updates.load(Isolation::Off).1.origin, Origin::Builtin);
}

/// Regression: the newest version lived only in `packs/state.toml`; deleting it let any older
/// signed pack in again. The person's database keeps a copy, protected like their data.
#[test]
fn deleting_the_state_file_does_not_let_an_older_pack_in() {
    let dir = tempfile::tempdir().unwrap();
    let key = signer();
    let mut session = session_trusting(dir.path(), &key);
    session.install_pack(&pack(3, &key), Isolation::Off).unwrap();
    session.install_pack(&pack(4, &key), Isolation::Off).unwrap();
    std::fs::remove_file(dir.path().join("packs/state.toml")).unwrap();

    let mut session = session_trusting(dir.path(), &key);
    assert_eq!(session.pack_info(date!(2026 - 11 - 22)).unwrap().version, BUILTIN_VERSION, "the state is gone");
    assert_eq!(error_id(session.install_pack(&pack(3, &key), Isolation::Off)), "error-pack-not-newer-than-seen");
    assert_eq!(error_id(session.install_pack(&pack(4, &key), Isolation::Off)), "error-pack-not-newer-than-seen");
    session.install_pack(&pack(5, &key), Isolation::Off).unwrap();

    // The copy belongs to the device: a backup neither carries it nor takes it away.
    let backup = session.export_backup("frase de respaldo").unwrap();
    session.import_backup(&backup, "frase de respaldo", date!(2026 - 11 - 22)).unwrap();
    std::fs::remove_file(dir.path().join("packs/state.toml")).unwrap();
    let mut session = session_trusting(dir.path(), &key);
    assert_eq!(error_id(session.install_pack(&pack(5, &key), Isolation::Off)), "error-pack-not-newer-than-seen");
}

/// A rolled-back version stays the newest the device has had: a rollback is a choice, not a
/// way for that pack, or an older one, to come back without a newer version.
#[test]
fn a_rolled_back_version_is_not_installed_again() {
    let dir = tempfile::tempdir().unwrap();
    let key = signer();
    let updates = Updates::with_builtin_keys(dir.path(), vec![key.public.clone()]);
    updates.install(&pack(2, &key), 0).unwrap();
    updates.install(&pack(3, &key), 0).unwrap();
    assert_eq!(updates.rollback().unwrap(), 2);
    assert_eq!(updates.newest_version(), 3);
    assert!(matches!(updates.install(&pack(3, &key), 0), Err(UpdateError::Pack(PackFileError::NotNewer { newest: 3, .. }))));
    assert_eq!(updates.install(&pack(4, &key), 0).unwrap().version, 4);
}

/// Regression: a trusted key could sign the largest version a manifest can hold (TOML's
/// largest integer), after which no update could ever be installed again.
#[test]
fn an_absurd_version_jump_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let key = signer();
    let updates = Updates::with_builtin_keys(dir.path(), vec![key.public.clone()]);
    for version in [i64::MAX as u64, BUILTIN_VERSION + MAX_VERSION_STEP + 1] {
        let err = updates.install(&pack(version, &key), 0).unwrap_err();
        assert!(matches!(err, UpdateError::Pack(PackFileError::VersionJump { .. })), "{version}: {err:?}");
        assert_eq!(err.msg().id, "error-pack-version-jump");
    }
    // The step is counted from what the person's database remembers too.
    assert!(updates.install(&pack(BUILTIN_VERSION + MAX_VERSION_STEP + 1, &key), 10).is_ok());
    assert_eq!(updates.newest_version(), BUILTIN_VERSION + MAX_VERSION_STEP + 1);
}

/// Regression: trusting a new key whose id was already trusted wrote over the old key's file,
/// so the new key took its place.
#[test]
fn a_second_key_with_a_trusted_key_id_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (staff, stranger) = (signer(), signer());
    let updates = Updates::with_builtin_keys(dir.path(), vec![]);
    let text = |key: &minisign::PublicKey| key.to_box().unwrap().to_string();
    let (id, _) = updates.trust(&text(&staff.public)).unwrap();
    assert_eq!(updates.trust(&text(&staff.public)).unwrap().0, id, "the same key again changes nothing");

    // The stranger's key, given the staff key's id.
    let mut bytes = stranger.public.to_bytes();
    bytes[2..10].copy_from_slice(staff.public.keynum());
    let impostor = minisign::PublicKey::from_bytes(&bytes).unwrap();
    assert_eq!(packfile::key_id(impostor.keynum()), id);
    let err = updates.trust(&text(&impostor)).unwrap_err();
    assert_eq!(err.msg().id, "error-pack-key-id-taken", "{err:?}");
    assert_eq!(updates.trusted_keys().iter().map(|k| k.to_base64()).collect::<Vec<_>>(), [staff.public.to_base64()]);
    updates.install(&pack(2, &staff), 0).unwrap();

    // A built-in key's id cannot be taken either.
    let builtin = Updates::with_builtin_keys(dir.path(), vec![impostor.clone()]);
    assert_eq!(builtin.trusted_keys().len(), 1, "the built-in key comes first, the file with its id is ignored");
    assert_eq!(builtin.trust(&text(&staff.public)).unwrap_err().msg().id, "error-pack-key-id-taken");
}

/// Regression: in the app, installing, rolling back and trusting a key worked while the data
/// was locked by a PIN (and in a guest session); the core now refuses, for both shells.
#[test]
fn changing_the_guide_needs_the_owner() {
    const SECRET: &str = "cuatro palabras del camino";
    let dir = tempfile::tempdir().unwrap();
    let key = signer();
    let other = signer();
    let mut session = session_trusting(dir.path(), &key);
    session.install_pack(&pack(2, &key), Isolation::Off).unwrap();
    session.set_pin(SECRET).unwrap();
    session.lock().unwrap();
    let key_text = other.public.to_box().unwrap().to_string();

    assert_eq!(error_id(session.install_pack(&pack(3, &key), Isolation::Off)), "error-locked");
    assert_eq!(error_id(session.rollback_pack(Isolation::Off)), "error-locked");
    assert_eq!(error_id(session.trust_key(&key_text)), "error-locked");
    assert_eq!(session.pack_info(date!(2026 - 11 - 22)).unwrap().version, 2, "nothing changed");
    assert!(!dir.path().join("trusted-keys").exists());

    session.start_guest().unwrap();
    assert_eq!(error_id(session.install_pack(&pack(3, &key), Isolation::Off)), "error-pack-guest");
    assert_eq!(error_id(session.rollback_pack(Isolation::Off)), "error-pack-guest");
    assert_eq!(error_id(session.trust_key(&key_text)), "error-pack-guest");
    session.end_guest().unwrap();

    session.unlock(SECRET, 0).unwrap();
    session.install_pack(&pack(3, &key), Isolation::Off).unwrap();
    assert_eq!(session.rollback_pack(Isolation::Off).unwrap(), 2);
    session.trust_key(&key_text).unwrap();
    assert_eq!(session.pack_info(date!(2026 - 11 - 22)).unwrap().version, 2);
}
