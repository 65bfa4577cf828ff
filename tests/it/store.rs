use rusqlite::Connection;
use senda::base::text::Localized;
use senda::records::store::{Setting, Store, StoreError, SCHEMA_VERSION};

#[test]
fn a_new_file_gets_the_current_schema_and_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("senda.db");
    {
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        store.set_settings(&[(Setting::InterfaceLanguage, "ht")]).unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.setting(Setting::InterfaceLanguage).unwrap().as_deref(), Some("ht"));
    assert_eq!(store.setting(Setting::GuideLanguage).unwrap(), None);
}

#[test]
fn the_journal_is_wal_with_foreign_keys_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("senda.db");
    let _store = Store::open(&path).unwrap();
    let conn = Connection::open(&path).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_database_from_a_newer_version_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("senda.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::Newer { found: 99, supported: SCHEMA_VERSION }), "{err:?}");
    assert_eq!(err.msg().id, "error-store-newer");
    assert_eq!(std::fs::read(&path).unwrap(), before, "the file must not change");
    assert!(!dir.path().join("senda.db-wal").exists(), "not even a journal is written");
}

#[test]
fn a_file_that_is_not_a_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("senda.db");
    let garbage = b"this is not a database at all, just some text that fills the header page".repeat(64);
    std::fs::write(&path, &garbage).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::NotDatabase(_)), "{err:?}");
    assert_eq!(err.msg().id, "error-store-not-database");
    assert_eq!(std::fs::read(&path).unwrap(), garbage);
}

#[test]
fn settings_change_together_or_not_at_all() {
    let mut store = Store::open_in_memory().unwrap();
    store.set_settings(&[(Setting::InterfaceLanguage, "fr"), (Setting::GuideLanguage, "es")]).unwrap();
    assert_eq!(store.setting(Setting::InterfaceLanguage).unwrap().as_deref(), Some("fr"));
    assert_eq!(store.setting(Setting::GuideLanguage).unwrap().as_deref(), Some("es"));
    store.set_settings(&[(Setting::GuideLanguage, "pt")]).unwrap();
    assert_eq!(store.setting(Setting::GuideLanguage).unwrap().as_deref(), Some("pt"));
    assert_eq!(store.setting(Setting::InterfaceLanguage).unwrap().as_deref(), Some("fr"));
}
