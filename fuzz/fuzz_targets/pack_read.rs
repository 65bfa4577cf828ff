//! Fuzzes reading a guide pack file, with a signing key the target trusts, so that inputs get
//! past the signature check: each input is tried as it came, signed again as it is, and with
//! its files under a new signed manifest; whatever verifies is loaded as a guide and its
//! screens are built. No input may panic.
//!
//! Start from valid signed packs: `fuzz/make-seeds` makes the trusted key (`fuzz/trusted/`)
//! and the seed corpus (`fuzz/corpus/pack_read/`), none of it committed. Then, from the
//! repository's root: `cargo +nightly fuzz run pack_read -- -max_total_time=600`.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use senda::guide::Guide;
use senda::guide::l10n::Isolation;
use senda::guide::pack::PackFiles;
use senda::packs::packfile;

/// The trusted test key: its secret key's text and its public key.
static TRUSTED: LazyLock<(String, minisign::PublicKey)> = LazyLock::new(|| {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/trusted");
    let read = |name: &str| {
        std::fs::read_to_string(format!("{dir}/{name}"))
            .unwrap_or_else(|e| panic!("{dir}/{name}: {e}; run fuzz/make-seeds first"))
    };
    let public = packfile::parse_public_key(&read("fuzz.pub")).expect("the trusted key parses");
    (read("fuzz.key"), public)
});

fuzz_target!(|data: &[u8]| {
    let (secret, key) = &*TRUSTED;
    let trusted = std::slice::from_ref(key);

    // As it came: every check against the trusted key.
    if let Ok(pack) = packfile::verify(data, trusted) {
        use_content(&pack.files);
    }
    // Past the signature: the same manifest, signed again with the trusted key.
    if let Ok(signed) = packfile::sign(data, secret) {
        if let Ok(pack) = packfile::verify(&signed, trusted) {
            use_content(&pack.files);
        }
    }
    // Past the hashes: the archive's files, read without their checksums (a changed byte of a
    // file breaks its CRC-32, and the fuzzer would never get a changed file further), under a
    // new manifest, signed.
    if let Some(files) = files_ignoring_checksums(data) {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("a date");
        let manifest = packfile::manifest_for(&files, 2, day, day, day, vec!["es".into()]);
        if let Ok(signed) = packfile::sign(&packfile::build(&files, &manifest), secret) {
            if let Ok(pack) = packfile::verify(&signed, trusted) {
                use_content(&pack.files);
            }
        }
    }
});

/// The files of an archive whose end passes the pack's check, read raw (no CRC-32 check), at
/// most as many and as large as a pack may hold.
fn files_ignoring_checksums(data: &[u8]) -> Option<PackFiles> {
    use std::io::Read;
    packfile::check_end_of_archive(data).ok()?;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(data)).ok()?;
    let mut files = PackFiles::default();
    for i in 0..zip.len().min(packfile::MAX_ENTRIES) {
        let mut entry = zip.by_index_raw(i).ok()?;
        let name = entry.name().to_string();
        let mut bytes = Vec::new();
        (&mut entry).take(packfile::MAX_ENTRY_BYTES).read_to_end(&mut bytes).ok()?;
        if name != packfile::MANIFEST && name != packfile::SIGNATURE {
            files.insert(name, bytes);
        }
    }
    Some(files)
}

/// What the app does with a verified pack: the strict check before installing, the load at
/// start (which does not repeat that check), and the screens a person opens.
fn use_content(files: &PackFiles) {
    let _ = senda::packs::updates::load_content(files);
    let Ok(guide) = Guide::load(files, Isolation::On) else { return };
    let _ = senda::packs::updates::builtin_info(&guide, false);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("a date");
    for lang in guide.content().languages.clone() {
        let _ = guide.ui_text(&lang);
        let _ = guide.home(&lang);
        let _ = guide.decide_view(&lang);
        for topic in &guide.content().topics {
            let _ = guide.topic(&topic.id, &lang);
        }
        for deadline in &guide.content().deadlines {
            let mut dates = vec![(deadline.from.as_str(), day)];
            dates.extend(deadline.starts_on.as_ref().map(|(key, _)| (key.as_str(), day)));
            dates.extend(deadline.requires.as_deref().map(|key| (key, day)));
            let _ = guide.deadline(&deadline.kind, &dates, day, false, &lang);
        }
    }
}
