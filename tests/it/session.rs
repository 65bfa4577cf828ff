use senda::base::text::Localized;
use senda::guide::l10n::Isolation;
use senda::guide::Guide;
use senda::records::store::database_path;
use senda::session::Session;

fn open(dir: &std::path::Path) -> Session {
    Session::open(dir, Guide::builtin(Isolation::On).unwrap()).unwrap()
}

#[test]
fn first_launch_then_the_choice_is_remembered_across_processes() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("nested").join("data");
    {
        let mut session = open(&data);
        let start = session.start(&["fr-CA"]).unwrap();
        assert_eq!(start.chosen, None, "first launch");
        assert_eq!(start.suggested, "fr");
        assert_eq!(start.languages.len(), 5);
        let ui = session.choose_language("ht").unwrap();
        assert_eq!(ui.lang, "ht");
    }
    assert!(database_path(&data).exists());
    let session = open(&data);
    assert_eq!(session.start(&["fr-CA"]).unwrap().chosen.as_deref(), Some("ht"));
    assert_eq!(session.home().unwrap().lang, "ht");
    assert_eq!(session.topic("mexico-steps").unwrap().lang, "ht");
}

#[test]
fn an_unknown_language_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = open(dir.path());
    session.choose_language("pt").unwrap();
    let err = session.choose_language("klingon").unwrap_err();
    assert_eq!(err.msg().id, "error-unknown-language");
    assert_eq!(session.interface_language().unwrap(), "pt");
    let view = session.error_view(&err);
    assert!(view.message.contains("klingon"), "{view:?}");
}

#[test]
fn a_data_folder_that_cannot_be_created_is_a_translated_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"x").unwrap();
    let err = match Session::open(&file.join("data"), Guide::builtin(Isolation::On).unwrap()) {
        Err(e) => e,
        Ok(_) => panic!("a folder inside a file cannot exist"),
    };
    assert_eq!(err.msg().id, "error-data-folder");
}

#[test]
fn without_a_choice_the_reference_language_is_used() {
    let session = Session::in_memory(Guide::builtin(Isolation::On).unwrap()).unwrap();
    assert_eq!(session.interface_language().unwrap(), "es");
    assert_eq!(session.home().unwrap().lang, "es");
}
