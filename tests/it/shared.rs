//! The shared-device mode, on real SQLCipher files: one space per person, each found with
//! its PIN alone; nobody listed; wrong PINs and taken PINs counted alike; the guest; the
//! settings and backups of a space.

use std::path::{Path, PathBuf};

use senda::session::Session;

use crate::safety::{error_id, open, word_on_disk, NOW, TODAY};

const FIRST: &str = "Xochiquetzal";
const SECOND: &str = "Tlahuizcalpan";
const PIN_A: &str = "583920";
const PIN_B: &str = "794061";

fn names(s: &mut Session) -> Vec<String> {
    s.profiles(TODAY, NOW).unwrap().profiles.into_iter().map(|p| p.name).collect()
}

fn spaces(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("spaces"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "db"))
        .collect();
    files.sort();
    files
}

/// The secret that opens a space: the word the device gave, a space, the person's PIN.
fn secret(s: &Session, pin: &str) -> String {
    let word = s.pending_space_word().expect("the device just gave a word");
    assert!(word.len() == 6 && word.chars().all(|c| c.is_ascii_lowercase()), "{word}");
    format!("{word} {pin}")
}

/// A shared device with two spaces: FIRST's (moved from the device's own data) under PIN_A,
/// SECOND's (new) under PIN_B, each with the device's word. Returns it locked, with the two
/// secrets.
fn two_spaces(dir: &Path) -> (Session, String, String) {
    let mut s = open(dir);
    let id = s.add_profile(FIRST, NOW).unwrap().id;
    s.set_item(id, "tvrh-id", "have", Some("nota privada")).unwrap();
    s.share_device(PIN_A, PIN_A).unwrap();
    let a = secret(&s, PIN_A);
    assert_eq!(names(&mut s), [FIRST], "the data open when the device was shared moves into the first space");
    s.lock().unwrap();
    s.create_space(PIN_B, PIN_B).unwrap();
    let b = secret(&s, PIN_B);
    assert_eq!(names(&mut s), Vec::<String>::new(), "a new space starts empty");
    s.add_profile(SECOND, NOW).unwrap();
    s.lock().unwrap();
    (s, a, b)
}

#[test]
fn each_person_finds_only_their_own_space_and_nobody_is_listed() {
    let dir = tempfile::tempdir().unwrap();
    let (_, a, b) = two_spaces(dir.path());
    assert!(!dir.path().join(senda::DATABASE_FILE).exists(), "the device's own database moved into a space");
    let files = spaces(dir.path());
    assert_eq!(files.len(), 2);
    for f in &files {
        let name = f.file_name().unwrap().to_str().unwrap();
        assert!(name.len() == 35 && name.ends_with(".db") && name[..32].chars().all(|c| c.is_ascii_hexdigit()), "{name}");
    }
    for name in [FIRST, SECOND, "nota privada"] {
        assert_eq!(word_on_disk(dir.path(), name), Vec::<String>::new(), "{name} is on disk in clear");
    }

    // A new process opens on no one's space, and its lock screen names nobody.
    let mut s = open(dir.path());
    assert!(s.is_shared() && s.is_locked() && s.has_pin().unwrap());
    assert_eq!(error_id(s.profiles(TODAY, NOW)), "error-locked");
    let view = s.safety(Some("es")).unwrap();
    let shown = serde_json::to_string(&view).unwrap();
    assert!(!shown.contains(FIRST) && !shown.contains(SECOND));
    assert!(view.shared && view.locked_hint.contains("compartido"), "{}", view.locked_hint);

    s.unlock(&a, NOW).unwrap();
    assert_eq!(names(&mut s), [FIRST]);
    s.lock().unwrap();
    assert_eq!(error_id(s.profiles(TODAY, NOW)), "error-locked", "locking a space closes it");
    // Phone keyboards capitalize the first letter and add spaces: the same space opens.
    s.unlock(&format!("  {}  ", b.to_uppercase()), NOW).unwrap();
    assert_eq!(names(&mut s), [SECOND]);
    s.lock().unwrap();
    assert_eq!(error_id(s.unlock(PIN_B, NOW)), "error-pin-wrong", "the PIN alone, without the device's word");
    assert_eq!(spaces(dir.path()), files, "a wrong PIN creates nothing");
}

#[test]
fn a_newcomer_who_picks_a_pin_already_used_gets_a_space_of_their_own_and_learns_nothing() {
    // Regression (#13, item 3): creating a space with a PIN that opened someone's space was
    // refused as taken, and the newcomer could then open that space with it. The device now
    // adds a word of its own to every space's secret, so the same PIN makes another secret.
    let dir = tempfile::tempdir().unwrap();
    let (mut s, a, _) = two_spaces(dir.path());
    s.create_space(PIN_A, PIN_A).unwrap();
    let newcomer = secret(&s, PIN_A);
    assert_ne!(newcomer, a);
    assert_eq!(names(&mut s), Vec::<String>::new(), "a space of their own, empty");
    assert_eq!(spaces(dir.path()).len(), 3);
    s.lock().unwrap();
    s.unlock(&newcomer, NOW).unwrap();
    assert_eq!(names(&mut s), Vec::<String>::new());
    s.lock().unwrap();
    s.unlock(&a, NOW).unwrap();
    assert_eq!(names(&mut s), [FIRST], "the first person's space is untouched");
    s.lock().unwrap();
    assert_eq!(error_id(s.create_space("2718", "2718")), "error-pin-too-few-digits");
    assert_eq!(error_id(s.create_space("123456", "123456")), "error-pin-common");
    assert_eq!(error_id(s.create_space("141421", "141412")), "error-pin-mismatch");
    assert_eq!(spaces(dir.path()).len(), 3);
}

#[test]
fn opening_ones_own_space_does_not_reset_the_count_of_wrong_pins_for_another() {
    // Regression (#13, item 2): a successful unlock reset the device's count, so a person
    // with a space could interleave guesses at someone else's without ever waiting.
    let dir = tempfile::tempdir().unwrap();
    let (mut s, a, b) = two_spaces(dir.path());
    for i in 0..3 {
        if i > 0 {
            s.unlock(&b, NOW).unwrap();
            s.lock().unwrap();
        }
        assert_eq!(error_id(s.unlock(&format!("kamori 00000{i}"), NOW)), "error-pin-wrong");
    }
    assert_eq!(error_id(s.unlock("kamori 000009", NOW + 1)), "error-pin-wait", "the fourth guess waits");
    assert_eq!(error_id(s.unlock(&a, NOW + 1)), "error-pin-wait", "the wait is the device's");
    s.unlock(&b, NOW + 31).unwrap();
    // Changing the PIN checks the old one as an unlock does, and counts like it.
    assert_eq!(error_id(s.change_pin("kamori 111111", "graf telo muna sibe", NOW + 32)), "error-pin-wrong");
    assert_eq!(error_id(s.unlock(&b, NOW + 33)), "error-pin-wait");
    // The count is the device's, kept across restarts, until a whole window passes quietly.
    let mut s = open(dir.path());
    assert_eq!(error_id(s.unlock(&a, NOW + 40)), "error-pin-wait");
    let later = NOW + 32 + senda::safety::vault::SHARED_WINDOW_SECONDS;
    s.unlock(&a, later).unwrap();
    s.lock().unwrap();
    for i in 0..3 {
        assert_eq!(error_id(s.unlock(&format!("kamori 00010{i}"), later + 1)), "error-pin-wrong", "a fresh window: {i}");
    }
}

#[test]
fn changing_a_space_pin_moves_it_and_the_rest_is_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, a, b) = two_spaces(dir.path());
    s.unlock(&b, NOW).unwrap();
    s.change_pin(&b, PIN_A, NOW).unwrap();
    let moved = secret(&s, PIN_A);
    assert_ne!(moved, a, "the same PIN as another space, another word");
    assert_eq!(names(&mut s), [SECOND], "open under the new secret");
    assert_eq!(spaces(dir.path()).len(), 2, "the old file is gone");
    assert_eq!(error_id(s.change_pin("kamori 999999", "161803", NOW)), "error-pin-wrong");
    s.unlock(&moved, NOW).unwrap();
    assert_eq!(error_id(s.change_pin(&moved, "1618", NOW)), "error-pin-too-few-digits");
    assert_eq!(error_id(s.remove_pin(&moved, NOW)), "error-shared-needs-pin");
    assert_eq!(error_id(s.set_wipe_after(Some(3))), "error-shared-wipe-after");
    assert_eq!(error_id(s.share_device("577215", "577215")), "error-shared-already");
    assert_eq!(error_id(s.set_pin("577215")), "error-pin-set");
    s.lock().unwrap();
    assert_eq!(error_id(s.unlock(&b, NOW)), "error-pin-wrong");
    s.unlock(&moved, NOW).unwrap();
    assert_eq!(names(&mut s), [SECOND]);
    s.lock().unwrap();
    s.unlock(&a, NOW).unwrap();
    assert_eq!(names(&mut s), [FIRST]);
}

#[test]
fn the_wipe_deletes_one_space_and_leaves_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, a, b) = two_spaces(dir.path());
    assert_eq!(error_id(s.wipe()), "error-locked", "no space open, nothing to wipe");
    s.unlock(&b, NOW).unwrap();
    s.wipe().unwrap();
    assert!(s.is_locked() && s.is_shared(), "back to the opening screen");
    assert_eq!(spaces(dir.path()).len(), 1);
    assert_eq!(error_id(s.unlock(&b, NOW)), "error-pin-wrong");
    s.unlock(&a, NOW).unwrap();
    assert_eq!(names(&mut s), [FIRST]);
    s.lock().unwrap();
    s.create_space(PIN_B, PIN_B).unwrap();
    assert_eq!(names(&mut s), Vec::<String>::new());
}

#[test]
fn a_guest_on_a_shared_device_leaves_nothing_and_cannot_wipe_others() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, _, _) = two_spaces(dir.path());
    let before: Vec<(PathBuf, Vec<u8>)> = spaces(dir.path()).into_iter().map(|p| (p.clone(), std::fs::read(&p).unwrap())).collect();
    s.start_guest().unwrap();
    let id = s.add_profile("Citlalicue", NOW).unwrap().id;
    s.set_item(id, "tvrh-id", "have", Some("Citlalicue")).unwrap();
    s.wipe().unwrap();
    assert_eq!(names(&mut s), Vec::<String>::new(), "the wipe empties the guest's data");
    s.add_profile("Citlalicue", NOW).unwrap();
    s.end_guest().unwrap();
    assert!(s.is_locked());
    let after: Vec<(PathBuf, Vec<u8>)> = spaces(dir.path()).into_iter().map(|p| (p.clone(), std::fs::read(&p).unwrap())).collect();
    assert_eq!(before, after, "no space changed");
    assert_eq!(word_on_disk(dir.path(), "Citlalicue"), Vec::<String>::new());
}

#[test]
fn an_interrupted_share_leaves_the_device_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut s = open(dir.path());
        s.add_profile(FIRST, NOW).unwrap();
    }
    // A share cut off before the device was marked shared: a space file, no mark.
    let spaces_dir = dir.path().join("spaces");
    std::fs::create_dir_all(&spaces_dir).unwrap();
    std::fs::write(spaces_dir.join("00000000000000000000000000000000.db"), b"half a copy").unwrap();
    let mut s = open(dir.path());
    assert!(!s.is_shared() && !s.is_locked());
    assert_eq!(names(&mut s), [FIRST]);
    s.share_device(PIN_A, PIN_A).unwrap();
    let a = secret(&s, PIN_A);
    assert_eq!(spaces(dir.path()).len(), 1, "the leftover was cleared");
    drop(s);

    // A share cut off after the mark, before the old database was deleted: the copy in the
    // space is whole, so the old file goes at the next start.
    std::fs::write(dir.path().join(senda::DATABASE_FILE), b"old database").unwrap();
    let mut s = open(dir.path());
    assert!(s.is_shared() && s.is_locked());
    assert!(!dir.path().join(senda::DATABASE_FILE).exists());
    s.unlock(&a, NOW).unwrap();
    assert_eq!(names(&mut s), [FIRST]);
}

#[test]
fn sharing_needs_a_strong_secret_and_an_open_database() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    assert_eq!(error_id(s.create_space(PIN_A, PIN_A)), "error-not-shared");
    assert_eq!(error_id(s.share_device("12345", "12345")), "error-pin-too-few-digits");
    assert!(!s.is_shared() && !dir.path().join("shared.toml").exists());
    s.set_pin("902417").unwrap();
    s.lock().unwrap();
    assert_eq!(error_id(s.share_device(PIN_A, PIN_A)), "error-locked");
    s.unlock("902417", NOW).unwrap();
    s.add_profile(FIRST, NOW).unwrap();
    s.share_device("tamo kelu fisa bore", "tamo kelu fisa bore").unwrap();
    let a = secret(&s, "tamo kelu fisa bore");
    drop(s);
    let mut s = open(dir.path());
    assert_eq!(error_id(s.unlock("902417", NOW)), "error-pin-wrong", "the old PIN no longer opens anything");
    s.unlock(&a, NOW).unwrap();
    assert_eq!(names(&mut s), [FIRST]);
}

#[test]
fn a_space_made_before_the_device_word_still_opens_and_is_asked_to_change() {
    // Spaces made by an older version have the PIN alone as their secret: they still open,
    // and the safety screen asks for a new secret (which brings the device's word).
    let dir = tempfile::tempdir().unwrap();
    let (mut s, _, _) = two_spaces(dir.path());
    let salt = senda::safety::vault::shared_salt(dir.path()).unwrap().unwrap();
    let old = senda::safety::vault::SpaceKey::derive("271828", salt).unwrap();
    let key = old.db_key(senda::safety::vault::new_salt().unwrap());
    senda::records::store::Store::open_keyed(&old.path(dir.path()), Some(&key)).unwrap();
    s.unlock("271828", NOW).unwrap();
    let view = s.safety_after().unwrap();
    assert_eq!(view.notice.len(), 1, "{:?}", view.notice);
    s.change_pin("271828", PIN_A, NOW).unwrap();
    let secret = secret(&s, PIN_A);
    s.lock().unwrap();
    assert_eq!(error_id(s.unlock("271828", NOW)), "error-pin-wrong");
    s.unlock(&secret, NOW).unwrap();
    assert!(s.safety_after().unwrap().notice.is_empty(), "a strong secret: nothing to say");
}

#[test]
fn the_idle_time_is_a_setting_of_each_space() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, a, b) = two_spaces(dir.path());
    s.unlock(&a, NOW).unwrap();
    assert_eq!(s.idle_minutes().unwrap(), 5);
    s.set_idle_minutes(15).unwrap();
    assert_eq!(error_id(s.set_idle_minutes(7)), "error-idle-minutes");
    assert_eq!(s.safety(None).unwrap().idle_minutes, 15);
    s.lock().unwrap();
    s.unlock(&b, NOW).unwrap();
    assert_eq!(s.idle_minutes().unwrap(), 5, "another space keeps its own");
    drop(s);
    let mut s = open(dir.path());
    s.unlock(&a, NOW).unwrap();
    assert_eq!(s.idle_minutes().unwrap(), 15, "kept across restarts");
}

#[test]
fn a_backup_saved_from_one_space_restores_into_another() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let (mut s, a, b) = two_spaces(dir.path());
    s.unlock(&a, NOW).unwrap();
    let first = s.save_backup(out.path(), "correct horse", TODAY).unwrap();
    let second = s.save_backup(out.path(), "correct horse", TODAY).unwrap();
    let first_path = PathBuf::from(first.path.unwrap());
    assert_eq!(first_path.file_name().unwrap(), "backup-2026-11-22.age");
    assert_eq!(PathBuf::from(second.path.unwrap()).file_name().unwrap(), "backup-2026-11-22-2.age", "never overwrites");
    assert!(first.message.contains("backup-2026-11-22.age"), "{}", first.message);
    assert_eq!(word_on_disk(out.path(), FIRST), Vec::<String>::new());
    s.lock().unwrap();

    s.unlock(&b, NOW).unwrap();
    let bytes = std::fs::read(&first_path).unwrap();
    assert_eq!(error_id(s.restore_backup(&bytes, "wrong horse", TODAY)), "error-backup-open");
    assert_eq!(names(&mut s), [SECOND], "a wrong passphrase changes nothing");
    let done = s.restore_backup(&bytes, "correct horse", TODAY).unwrap();
    assert!(done.path.is_none() && done.message.contains('1'), "{}", done.message);
    assert_eq!(names(&mut s), [FIRST]);
}
