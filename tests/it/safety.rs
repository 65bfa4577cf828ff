//! Safety on a seized or shared device, on real SQLCipher files: the PIN, wrong PINs, the
//! wipe, guest sessions and the encrypted backup.

use std::path::Path;

use senda::guide::Guide;
use senda::l10n::{Isolation, Localized};
use senda::session::Session;

pub const TODAY: chrono::NaiveDate = date!(2026 - 11 - 22);
pub const NOW: i64 = 1_795_000_000;
const WORD: &str = "Quetzalcoatlus";

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
        s.set_pin("4821").unwrap();
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
    s.unlock("4821", NOW).unwrap();
    assert!(note(&s).contains(WORD));
}

#[test]
fn changing_and_removing_the_pin_keeps_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_secret(dir.path());
    assert_eq!(error_id(s.set_pin("12")), "error-pin-too-short");
    s.set_pin("clave uno").unwrap();
    assert_eq!(error_id(s.set_pin("otra clave")), "error-pin-set");
    assert_eq!(error_id(s.change_pin("mal", "clave dos", NOW)), "error-pin-wrong");
    s.change_pin("clave uno", "clave dos", NOW).unwrap();
    drop(s);
    let mut s = open(dir.path());
    assert_eq!(error_id(s.unlock("clave uno", NOW)), "error-pin-wrong");
    s.unlock("clave dos", NOW).unwrap();
    assert!(note(&s).contains(WORD));
    s.remove_pin("clave dos", NOW).unwrap();
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
    s.set_pin("4821").unwrap();
    assert!(!dir.path().join("senda.db.rekey").exists());
    drop(s);
    let mut s = open(dir.path());
    s.unlock("4821", NOW).unwrap();
    assert!(note(&s).contains(WORD));
}

#[test]
fn wrong_pins_slow_down_across_restarts_and_can_wipe() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = with_secret(dir.path());
    s.set_pin("4821").unwrap();
    drop(s);
    for i in 0..3 {
        assert_eq!(error_id(open(dir.path()).unlock("0000", NOW + i)), "error-pin-wrong", "try {i}");
    }
    // A fourth try right away must wait, even in a new process, even with the right PIN.
    let mut s = open(dir.path());
    assert_eq!(error_id(s.unlock("4821", NOW + 3)), "error-pin-wait");
    s.unlock("4821", NOW + 2 + 30).unwrap();
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
    s.set_pin("4821").unwrap();
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
        s.set_pin("4821").unwrap();
    }
    let mut s = open(&dir);
    assert_eq!(error_id(s.unlock("0000", NOW)), "error-pin-wrong");
    assert!(dir.join("unlock.toml").exists());
    assert_eq!(open_to_others(&dir), Vec::<String>::new(), "the database under a PIN, the count of wrong PINs");
    s.unlock("4821", NOW).unwrap();
    s.save_backup(&root.path().join("backups"), "una frase larga", TODAY).unwrap();
    s.share_device("271828", "271828").unwrap();
    s.create_space("314159", "314159", NOW).unwrap();
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
