//! Safety on a seized or shared device, on real SQLCipher files: the PIN, wrong PINs, the
//! wipe, guest sessions and the encrypted backup.

use std::path::Path;

use senda::base::text::Localized;
use senda::guide::l10n::Isolation;
use senda::guide::Guide;
use senda::session::Session;

pub const TODAY: chrono::NaiveDate = date!(2026 - 11 - 22);
pub const NOW: i64 = 1_795_000_000;
const WORD: &str = "Quetzalcoatlus";
const PIN: &str = "902417";
const ONE: &str = "río nube piedra canto";
const TWO: &str = "tamo kelu fisa bore";

pub fn open(dir: &Path) -> Session {
    Session::open(dir, Guide::builtin(Isolation::Off).unwrap()).unwrap()
}

pub fn error_id<T: std::fmt::Debug>(r: senda::Result<T>) -> &'static str {
    r.expect_err("must fail").msg().id
}

/// A profile with a note holding the unique word.
fn with_secret(dir: &Path) -> Session {
    let mut s = open(dir);
    let id = s.add_profile("Ana", NOW).unwrap().id;
    s.set_item(id, "tvrh-id", "have", Some(&format!("nota {WORD} privada"))).unwrap();
    s.set_date(id, "entered", Some("2026-11-01"), TODAY).unwrap();
    s
}

fn note(s: &Session) -> String {
    let id = s.find_profile(Some("Ana")).unwrap().id;
    let view = s.profile(id, TODAY).unwrap();
    view.checklist.groups.iter().flat_map(|g| &g.items).find(|i| i.id == "tvrh-id").unwrap().note.clone()
}

/// Whether any file under `dir` holds `word` in UTF-8, UTF-16 (either order) or upper case.
pub fn word_on_disk(dir: &Path, word: &str) -> Vec<String> {
    let mut needles: Vec<Vec<u8>> = vec![word.as_bytes().to_vec(), word.to_uppercase().into_bytes(), word.to_lowercase().into_bytes()];
    needles.push(word.encode_utf16().flat_map(|u| u.to_le_bytes()).collect());
    needles.push(word.encode_utf16().flat_map(|u| u.to_be_bytes()).collect());
    tree(dir)
        .into_iter()
        .filter(|p| p.is_file())
        .filter(|p| {
            let bytes = std::fs::read(p).unwrap();
            needles.iter().any(|n| bytes.windows(n.len()).any(|w| w == &n[..]))
        })
        .map(|p| p.display().to_string())
        .collect()
}

/// `dir` and every folder and file under it.
fn tree(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut all = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            stack.extend(std::fs::read_dir(&p).into_iter().flatten().flatten().map(|e| e.path()));
        }
        all.push(p);
    }
    all
}

#[test]
fn with_a_pin_no_file_holds_the_note_and_a_wrong_pin_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut s = with_secret(dir.path());
        assert!(!word_on_disk(dir.path(), WORD).is_empty(), "the check finds the word in a plain database");
        s.set_pin(PIN).unwrap();
        assert!(s.has_pin().unwrap());
        assert!(note(&s).contains(WORD), "still open after setting the PIN");
    }
    assert_eq!(word_on_disk(dir.path(), WORD), Vec::<String>::new());

    let db = dir.path().join(senda::DATABASE_FILE);
    let before = std::fs::read(&db).unwrap();
    let mut s = open(dir.path());
    assert!(s.is_locked());
    assert_eq!(error_id(s.profiles(TODAY, NOW)), "error-locked");
    assert_eq!(error_id(s.unlock("0000", NOW)), "error-pin-wrong");
    assert_eq!(std::fs::read(&db).unwrap(), before, "a wrong PIN does not touch the database");
    s.unlock(PIN, NOW).unwrap();
    assert!(note(&s).contains(WORD));
}

#[test]
fn changing_and_removing_the_pin_keeps_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_secret(dir.path());
    assert_eq!(error_id(s.set_pin("12")), "error-pin-too-few-digits");
    s.set_pin(ONE).unwrap();
    assert_eq!(error_id(s.set_pin("otra clave larga de verdad")), "error-pin-set");
    assert_eq!(error_id(s.change_pin("mal", TWO, NOW)), "error-pin-wrong");
    s.change_pin(ONE, TWO, NOW).unwrap();
    drop(s);
    let mut s = open(dir.path());
    assert_eq!(error_id(s.unlock(ONE, NOW)), "error-pin-wrong");
    s.unlock(TWO, NOW).unwrap();
    assert!(note(&s).contains(WORD));
    s.remove_pin(TWO, NOW).unwrap();
    drop(s);
    let header = std::fs::read(dir.path().join(senda::DATABASE_FILE)).unwrap();
    assert!(header.starts_with(b"SQLite format 3\0"), "plain again");
    let s = open(dir.path());
    assert!(!s.is_locked());
    assert!(note(&s).contains(WORD));
    assert_eq!(s.profile(s.find_profile(None).unwrap().id, TODAY).unwrap().deadlines.len(), 1);
}

#[test]
fn a_leftover_file_from_an_interrupted_rekey_is_harmless() {
    // Regression guard: a crash during a PIN change leaves `senda.db.rekey` beside the intact
    // old database; the next change must clean it up, and the old data must open.
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_secret(dir.path());
    std::fs::write(dir.path().join("senda.db.rekey"), b"half-written garbage").unwrap();
    s.set_pin(PIN).unwrap();
    assert!(!dir.path().join("senda.db.rekey").exists());
    drop(s);
    let mut s = open(dir.path());
    s.unlock(PIN, NOW).unwrap();
    assert!(note(&s).contains(WORD));
}

#[test]
fn wrong_pins_slow_down_across_restarts_and_can_wipe() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_secret(dir.path());
    s.set_pin(PIN).unwrap();
    drop(s);
    for i in 0..3 {
        assert_eq!(error_id(open(dir.path()).unlock("0000", NOW + i)), "error-pin-wrong", "try {i}");
    }
    // A fourth try right away must wait, even in a new process, even with the right PIN.
    let mut s = open(dir.path());
    assert_eq!(error_id(s.unlock(PIN, NOW + 3)), "error-pin-wait");
    s.unlock(PIN, NOW + 2 + 30).unwrap();
    s.set_wipe_after(Some(4)).unwrap();
    drop(s);
    let mut now = NOW + 100;
    for _ in 0..4 {
        now += 2000;
        assert_eq!(error_id(open(dir.path()).unlock("9999", now)), "error-pin-wrong");
    }
    let mut s = open(dir.path());
    assert!(!s.is_locked(), "wiped: a new, empty, unprotected database");
    assert!(s.profiles(TODAY, now).unwrap().profiles.is_empty());
    assert_eq!(word_on_disk(dir.path(), WORD), Vec::<String>::new());
}

#[test]
fn the_wipe_leaves_no_personal_file_and_starts_as_new() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_secret(dir.path());
    s.choose_language("ht").unwrap();
    s.wipe().unwrap();
    assert!(s.profiles(TODAY, NOW).unwrap().profiles.is_empty());
    assert_eq!(s.start(&["es"]).unwrap().chosen, None, "first launch again");
    drop(s);
    assert_eq!(word_on_disk(dir.path(), WORD), Vec::<String>::new());
    assert!(!dir.path().join("unlock.toml").exists());
}

#[test]
fn a_guest_session_leaves_no_trace() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_secret(dir.path());
    s.set_pin(PIN).unwrap();
    s.lock().unwrap();
    let before: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| (e.file_name().to_string_lossy().to_string(), std::fs::read(e.path()).unwrap()))
        .collect();
    s.start_guest().unwrap();
    assert!(s.is_guest() && !s.is_locked());
    let id = s.add_profile("Invitado", NOW).unwrap().id;
    s.set_item(id, "tvrh-id", "have", Some("Archaeopteryx guest note")).unwrap();
    assert_eq!(s.profiles(TODAY, NOW).unwrap().profiles.len(), 1, "the guest sees only their own data");
    s.end_guest().unwrap();
    assert!(s.is_locked(), "back to the locked owner's data");
    assert_eq!(word_on_disk(dir.path(), "Archaeopteryx"), Vec::<String>::new());
    let after: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| (e.file_name().to_string_lossy().to_string(), std::fs::read(e.path()).unwrap()))
        .collect();
    assert_eq!(before, after, "the guest wrote no file");
}

#[test]
fn a_backup_moves_everything_and_refuses_damage() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut source = with_secret(a.path());
    let id = source.find_profile(None).unwrap().id;
    source.add_own_item(id, "Carta de la iglesia").unwrap();
    source.add_profile("Niño", NOW).unwrap();
    let file = source.export_backup("una frase larga").unwrap();
    assert_eq!(word_on_disk(a.path(), WORD).len(), 1, "only the plain database holds it");
    assert!(!file.windows(WORD.len()).any(|w| w == WORD.as_bytes()), "the backup is encrypted");
    assert_eq!(error_id(source.export_backup("corta")), "error-pin-too-short");

    let mut target = open(b.path());
    target.add_profile("Otro", NOW).unwrap();
    assert_eq!(error_id(target.import_backup(&file, "otra frase larga", TODAY)), "error-backup-open");
    let mut damaged = file.clone();
    let at = damaged.len() - 20;
    damaged[at] ^= 1;
    assert_eq!(error_id(target.import_backup(&damaged, "una frase larga", TODAY)), "error-backup-open");
    assert_eq!(target.profiles(TODAY, NOW).unwrap().profiles[0].name, "Otro", "nothing changed");

    assert_eq!(target.import_backup(&file, "una frase larga", TODAY).unwrap(), 2);
    let names = |s: &mut Session| s.profiles(TODAY, NOW).unwrap().profiles.into_iter().map(|p| p.name).collect::<Vec<_>>();
    assert_eq!(names(&mut target), names(&mut source));
    let id = target.find_profile(Some("Ana")).unwrap().id;
    assert_eq!(target.profile(id, TODAY).unwrap(), source.profile(source.find_profile(Some("Ana")).unwrap().id, TODAY).unwrap());
}

/// Modes of every file and folder under `dir` (itself included) that others could read.
#[cfg(unix)]
fn open_to_others(dir: &Path) -> Vec<String> {
    use std::os::unix::fs::PermissionsExt;
    tree(dir)
        .into_iter()
        .filter_map(|p| {
            let mode = std::fs::metadata(&p).unwrap().permissions().mode();
            (mode & 0o077 != 0).then(|| format!("{} {:o}", p.display(), mode & 0o777))
        })
        .collect()
}

#[cfg(unix)]
#[test]
fn every_file_senda_writes_is_for_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    std::fs::set_permissions(root.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let dir = root.path().join("data");
    {
        let mut s = with_secret(&dir);
        assert_eq!(open_to_others(&dir), Vec::<String>::new(), "a new data folder and plain database");
        s.set_pin(PIN).unwrap();
    }
    let mut s = open(&dir);
    assert_eq!(error_id(s.unlock("0000", NOW)), "error-pin-wrong");
    assert!(dir.join("unlock.toml").exists());
    assert_eq!(open_to_others(&dir), Vec::<String>::new(), "the database under a PIN, the count of wrong PINs");
    s.unlock(PIN, NOW).unwrap();
    s.save_backup(&root.path().join("backups"), "una frase larga", TODAY).unwrap();
    s.share_device("583920", "583920").unwrap();
    s.create_space("794061", "794061").unwrap();
    drop(s);
    assert!(dir.join("shared.toml").exists() && dir.join("spaces").is_dir());
    assert_eq!(open_to_others(&dir), Vec::<String>::new(), "the shared device and its spaces");
    assert_eq!(open_to_others(&root.path().join("backups")).len(), 1, "only the person's own folder stays as it was");
    let backup = std::fs::read_dir(root.path().join("backups")).unwrap().flatten().next().unwrap().path();
    assert_eq!(open_to_others(&backup), Vec::<String>::new(), "the backup file");

    // A data folder and database left readable by an older version are tightened on opening.
    let old = root.path().join("old");
    drop(with_secret(&old));
    for path in [old.clone(), old.join(senda::DATABASE_FILE)] {
        let mode = if path.is_dir() { 0o755 } else { 0o644 };
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    assert_eq!(open_to_others(&old).len(), 2);
    let s = open(&old);
    s.find_profile(Some("Ana")).unwrap();
    assert_eq!(open_to_others(&old), Vec::<String>::new());
}

/// Checks a new PIN or passphrase: "ok", or the id of the error it gets.
fn check(secret: &str, expected: &str) {
    let got = match senda::safety::vault::check_new_secret(secret) {
        Ok(_) => "ok",
        Err(e) => e.msg().id,
    };
    assert_eq!(got, expected, "{secret:?}");
}

#[test]
fn a_new_secret_is_six_digits_or_four_words_and_never_a_common_pin() {
    // Regression (#13, item 1): PINs of 4 digits were accepted, and whoever copies the files
    // tries them all in about half an hour on one computer.
    check("4821", "error-pin-too-few-digits");
    check("48213", "error-pin-too-few-digits");
    check("482913", "ok");
    check("48291375", "ok");
    check(" 482913 ", "ok");
    for common in ["123456", "654321", "000000", "777777", "121212", "482482", "135791", "890123", "112233", "314159"] {
        check(common, "error-pin-common");
    }
    // Dates: DDMMYY, MMDDYY, YYMMDD and the same with four-digit years.
    for date in ["250385", "031585", "850325", "290200", "25031985", "03251985", "19850325", "01012000"] {
        check(date, "error-pin-common");
    }
    check("clave uno", "error-passphrase-too-few-words");
    check("mi casa es tu casa", "error-passphrase-too-few-words");
    check("uno uno uno uno", "error-passphrase-too-few-words");
    check("Xq7#kLp9!", "error-passphrase-too-few-words");
    check(ONE, "ok");
    check(TWO, "ok");
    check(&"1".repeat(129), "error-pin-too-long");
    // What the app suggests is always accepted.
    for _ in 0..20 {
        check(&senda::safety::vault::suggest_passphrase().unwrap(), "ok");
    }
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_secret(dir.path());
    assert_eq!(error_id(s.set_pin("4821")), "error-pin-too-few-digits");
    assert_eq!(error_id(s.set_pin("123456")), "error-pin-common");
    assert!(!s.has_pin().unwrap(), "nothing changed");
}

#[test]
fn a_pin_of_four_digits_from_an_older_version_still_opens_and_is_asked_to_change() {
    let dir = tempfile::tempdir().unwrap();
    drop(with_secret(dir.path()));
    let path = dir.path().join(senda::DATABASE_FILE);
    let key = senda::safety::vault::derive_key("4821", senda::safety::vault::new_salt().unwrap()).unwrap();
    senda::records::store::reencrypt(&path, None, Some(&key)).unwrap();
    let mut s = open(dir.path());
    assert!(s.is_locked());
    s.unlock("4821", NOW).unwrap();
    assert!(note(&s).contains(WORD), "nobody is locked out");
    let view = s.safety_after().unwrap();
    assert_eq!(view.notice.len(), 1, "{:?}", view.notice);
    assert!(view.notice[0].contains('6'), "{}", view.notice[0]);
    assert!(s.safety_after().unwrap().notice.is_empty(), "said once");
    s.change_pin("4821", PIN, NOW).unwrap();
    assert_eq!(s.safety_after().unwrap().notice.len(), 1, "how strong the new PIN is");
    s.lock().unwrap();
    s.unlock(PIN, NOW).unwrap();
    assert!(s.safety_after().unwrap().notice.is_empty(), "a PIN of 6 digits: nothing to ask");
}

#[test]
fn the_time_a_copy_resists_comes_from_the_secret_and_the_measured_guess_cost() {
    use senda::safety::vault::{seconds_to_try, SecretKind, MANY_COMPUTERS, SECONDS_PER_GUESS};
    // The cost stays where it was: checked when the tests compile.
    const { assert!(senda::safety::vault::ARGON2_MEMORY_KIB >= 64 * 1024 && senda::safety::vault::ARGON2_PASSES >= 3) };
    let six = SecretKind::of("482913");
    assert_eq!(six, SecretKind::Pin { digits: 6 });
    assert_eq!(seconds_to_try(six.guesses(), 1), 1e6 * SECONDS_PER_GUESS);
    assert_eq!(SecretKind::of(ONE), SecretKind::Passphrase { words: 4 });
    assert!(SecretKind::of(ONE).guesses() > 1e13);
    assert!(senda::safety::vault::word_choices(senda::safety::vault::SUGGESTED_SYLLABLES) >= senda::safety::vault::GUESSES_PER_TYPED_WORD);

    // What the "Your safety" page says about the smallest PIN is what the numbers give, in
    // every language.
    let guide = Guide::builtin(Isolation::Off).unwrap();
    for lang in guide.catalog().codes() {
        let l = guide.catalog().localizer(&lang);
        let page = l.text("safety-topic-pin-time");
        let one = senda::views::safety::duration_words(&l, seconds_to_try(six.guesses(), 1));
        let many = senda::views::safety::duration_words(&l, seconds_to_try(six.guesses(), MANY_COMPUTERS));
        assert!(page.contains(&one) && page.contains(&many), "{lang}: {page:?} should say {one:?} and {many:?}");
    }

    // … and what it says about a passphrase of 4 random words: more than a thousand years even
    // with 100 computers.
    let year = 365.25 * 24.0 * 3600.0;
    let words = SecretKind::Passphrase { words: senda::safety::vault::MIN_PASSPHRASE_WORDS };
    assert!(seconds_to_try(words.guesses(), MANY_COMPUTERS) > 1000.0 * year);
    assert!(guide.catalog().localizer("en").text("safety-topic-passphrase").contains("more than a thousand years"));

    // Setting a PIN says how long a copy of the files would resist it, once.
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_secret(dir.path());
    s.choose_language("en").unwrap();
    s.set_pin(PIN).unwrap();
    let shown = s.safety_after().unwrap().notice;
    let en = guide.catalog().localizer("en");
    assert_eq!(shown, [senda::views::safety::strength_text(&en, six, six.guesses(), false)]);
    assert!(shown[0].contains("every PIN of 6 digits") && shown[0].contains("100 computers"), "{}", shown[0]);
}

#[test]
fn a_backup_is_offered_under_a_name_that_does_not_name_the_app_and_the_wipe_says_it_stays() {
    // Regression (#13, item 4): backups went to Downloads as `senda-backup-DATE.age`, which
    // the wipe does not reach and which tells anyone who looks that Senda was used.
    assert_eq!(senda::session::backup::backup_file_name(TODAY), "backup-2026-11-22.age");
    let (dir, out) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let s = with_secret(dir.path());
    let done = s.save_backup(out.path(), "una frase larga", TODAY).unwrap();
    assert!(!done.path.unwrap().to_lowercase().contains("senda"));
    let chosen = out.path().join("elegido.age");
    s.save_backup_to(&chosen, "una frase larga").unwrap();
    assert!(chosen.exists() && word_on_disk(out.path(), WORD).is_empty());
    assert_eq!(error_id(s.check_backup_passphrase("corta")), "error-pin-too-short");
    let view = s.safety(Some("en")).unwrap();
    assert!(view.wipe_backups_note.contains("not deleted"), "{}", view.wipe_backups_note);
}

#[test]
fn key_material_is_wiped_from_memory_after_use() {
    // Regression (#13, item 6): Argon2's 64 MiB of working memory, the key's hex literal and
    // the SQL holding it stayed in freed memory.
    let manifest: toml::Value = toml::from_str(&std::fs::read_to_string(crate::repo_path("Cargo.toml")).unwrap()).unwrap();
    let features = manifest["dependencies"]["argon2"]["features"].as_array().expect("argon2 with features");
    assert!(features.iter().any(|f| f.as_str() == Some("zeroize")), "{features:?}");
    let key = senda::safety::vault::derive_key(PIN, [7; 16]).unwrap();
    let literal: senda::safety::vault::Zeroizing<String> = key.sqlcipher_literal();
    assert_eq!((literal.len(), &literal[..2]), (99, "x'"));
    let store = std::fs::read_to_string(crate::repo_path("src/records/store.rs")).unwrap();
    for line in store.lines().filter(|l| l.contains("sqlcipher_literal") || l.contains("KEY \\\"")) {
        assert!(!line.contains("format!"), "a key in a string nobody wipes: {line}");
    }
    // The app's commands wipe each secret they are given.
    let shell = ["src-tauri/src/lib.rs", "src-tauri/src/safety.rs"].map(|f| std::fs::read_to_string(crate::repo_path(f)).unwrap()).concat();
    for command in shell.split("#[tauri::command]").skip(1) {
        let signature = command.split('{').next().unwrap();
        for secret in ["pin: String", "old: String", "new: String", "repeat: String", "passphrase: String"] {
            if signature.contains(secret) {
                let name = secret.split(':').next().unwrap();
                assert!(command.contains(&format!("Zeroizing::new({name})")), "{name} is not wiped in {signature}");
            }
        }
    }
}

#[test]
fn a_guest_cannot_set_or_change_a_pin_on_the_real_database() {
    // Regression (#13, item 7): set_pin in a guest session encrypted the data folder's
    // database, someone else's, with the guest's PIN.
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_secret(dir.path());
    let db = dir.path().join(senda::DATABASE_FILE);
    s.start_guest().unwrap();
    assert_eq!(error_id(s.set_pin(PIN)), "error-guest-no-pin");
    assert_eq!(error_id(s.change_pin(PIN, TWO, NOW)), "error-guest-no-pin");
    assert_eq!(error_id(s.remove_pin(PIN, NOW)), "error-guest-no-pin");
    assert_eq!(error_id(s.share_device(PIN, PIN)), "error-guest-no-pin");
    s.end_guest().unwrap();
    assert!(std::fs::read(&db).unwrap().starts_with(b"SQLite format 3\0"), "the real database is not encrypted");
    assert!(!s.has_pin().unwrap() && note(&s).contains(WORD));
}

#[test]
fn moving_the_date_forward_skips_no_wait_after_wrong_pins() {
    // Regression (#13, item 7): the wait was measured on the date, which whoever holds the
    // device can move forward.
    use senda::safety::attempts::{BootTime, Clock};
    let at = |boot: &str, unix: i64, seconds: i64| Clock { unix, boot: Some(BootTime { id: boot.to_string(), seconds }) };
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_secret(dir.path());
    s.set_pin(PIN).unwrap();
    drop(s);
    for i in 0..3 {
        assert_eq!(error_id(open(dir.path()).unlock("000000", at("boot-1", NOW, 100 + i))), "error-pin-wrong");
    }
    let ten_years = 10 * 365 * 24 * 3600;
    assert_eq!(error_id(open(dir.path()).unlock(PIN, at("boot-1", NOW + ten_years, 103))), "error-pin-wait", "the date moved on, not time");
    open(dir.path()).unlock(PIN, at("boot-1", NOW + ten_years, 102 + 30)).unwrap();

    // After the device restarts, how long passed cannot be known: the wait starts again.
    for i in 0..3 {
        assert_eq!(error_id(open(dir.path()).unlock("000000", at("boot-1", NOW, 200 + i))), "error-pin-wrong");
    }
    assert_eq!(error_id(open(dir.path()).unlock(PIN, at("boot-2", NOW + ten_years, 5))), "error-pin-wait");
    assert_eq!(error_id(open(dir.path()).unlock(PIN, at("boot-2", NOW + ten_years, 20))), "error-pin-wait");
    open(dir.path()).unlock(PIN, at("boot-2", NOW + ten_years, 35)).unwrap();

    let parsed = BootTime::parse("2f3c1d4e-0000-4000-8000-000000000000\n", "12345.67 2222.11\n").unwrap();
    assert_eq!(parsed.seconds, 12345);
    assert_eq!(BootTime::parse("", "1.0"), None);
}

#[test]
fn the_quick_exit_ends_a_guest_session() {
    // Regression (#13, item 7): the quick exit left a guest session open on the screen's
    // return, with everything the guest had typed.
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_secret(dir.path());
    s.set_pin(PIN).unwrap();
    s.start_guest().unwrap();
    s.add_profile("Invitado", NOW).unwrap();
    s.quick_exit().unwrap();
    assert!(!s.is_guest() && s.is_locked());
    s.unlock(PIN, NOW).unwrap();
    assert_eq!(s.profiles(TODAY, NOW).unwrap().profiles.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Ana"]);
    // Without a PIN the guest's data is gone all the same.
    let plain = tempfile::tempdir().unwrap();
    let mut s = open(plain.path());
    s.start_guest().unwrap();
    s.add_profile("Invitado", NOW).unwrap();
    s.quick_exit().unwrap();
    assert!(!s.is_guest() && s.profiles(TODAY, NOW).unwrap().profiles.is_empty());
}
