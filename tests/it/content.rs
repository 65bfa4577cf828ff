use senda::base::text::Localized;
use senda::guide::content::{Content, ContentError};
use senda::guide::l10n::Isolation;
use senda::guide::pack::PackFiles;
use senda::guide::{Guide, GuideError};

use crate::{drop_message, pack_with_edit};

#[test]
fn the_builtin_structure_loads() {
    let content = Content::load(&PackFiles::builtin()).unwrap();
    assert_eq!(content.reference_lang, "es");
    assert_eq!(content.languages, ["es", "en", "ht", "fr", "pt"]);
    assert!(!content.topics.is_empty());
    for topic in &content.topics {
        assert!(!topic.sources.is_empty(), "{} names no source", topic.id);
        assert!(!topic.blocks.is_empty(), "{} is empty", topic.id);
    }
    assert!(content.topic("mexico-steps").is_some());
}

/// Loads the built-in pack with one content file edited and returns the error's message id
/// and technical detail.
fn refused(path: &str, edit: impl FnOnce(String) -> String) -> (ContentError, &'static str) {
    let pack = pack_with_edit(path, edit);
    let err = Content::load(&pack).expect_err("the edited pack must be refused");
    let id = err.msg().id;
    (err, id)
}

#[test]
fn broken_structures_are_refused_with_the_right_reason() {
    let topic = "content/topics/mexico-steps.toml";
    let check = |path: &str, edit: &dyn Fn(String) -> String, expected_id: &str, detail_has: &str| {
        let (err, id) = refused(path, edit);
        assert_eq!(id, expected_id, "{path}: {err}");
        let detail = err.detail().unwrap_or_default();
        assert!(detail.contains(detail_has), "{path}: detail {detail:?} lacks {detail_has:?}");
    };
    check(topic, &|s| s.replace("\"lfpa\",", "\"lfpa\", \"nowhere\","), "error-content-invalid", "unknown source");
    check(topic, &|s| s.replace("icon = \"steps\"", "icon = \"https-logo\""), "error-content-invalid", "unknown icon");
    check(topic, &|s| s.replace("checked = \"2026-03-11\"", "checked = \"2026-02-30\""), "error-content-invalid", "not a date");
    check(topic, &|s| s.replace("id = \"mexico-steps\"", "id = \"other\""), "error-content-invalid", "does not match");
    check(topic, &|s| s.replacen("kind = \"paragraph\"", "kind = \"video\"", 1), "error-content-invalid", "");
    check(topic, &|s| format!("{s}\nunexpected = 1\n"), "error-content-invalid", "unexpected");
    check(topic, &|s| s.replacen("[[blocks]]", "[[blocks", 1), "error-content-invalid", "");
    check("content/guide.toml", &|s| s.replace("\"notice\"]", "\"notice\", \"notice\"]"), "error-content-invalid", "twice");
    check(
        "content/guide.toml",
        &|s| s.replace("policy_date = \"2026-03-11\"", "policy_date = \"yesterday\""),
        "error-content-invalid",
        "not a date",
    );
    check(
        "content/sources/mexico-law.toml",
        &|s| format!("{s}\n[[source]]\nid = \"lfpa\"\nname = \"source-lfpa\"\ncite = \"x\"\n"),
        "error-content-invalid",
        "twice",
    );
}

#[test]
fn a_listed_topic_without_a_file_is_refused() {
    let mut pack = PackFiles::builtin();
    assert!(pack.remove("content/topics/mexico-steps.toml"));
    let err = Content::load(&pack).unwrap_err();
    assert!(matches!(&err, ContentError::Unreadable { file } if file == "content/topics/mexico-steps.toml"), "{err:?}");
}

#[test]
fn a_content_file_that_is_not_utf8_is_refused() {
    let mut pack = PackFiles::builtin();
    pack.insert("content/sources/mexico-law.toml", vec![0xff, 0xfe, 0x00]);
    let err = Content::load(&pack).unwrap_err();
    assert_eq!(err.msg().id, "error-content-unreadable");
}

#[test]
fn a_text_the_reference_lacks_is_refused_at_load() {
    let pack = pack_with_edit("locales/es/guide-mexico-steps.ftl", |s| drop_message(s, "mexico-steps-card-curp-temporary"));
    match Guide::load(&pack, Isolation::Off) {
        Err(GuideError::Content(ContentError::MissingText { file, id })) => {
            assert_eq!(id, "mexico-steps-card-curp-temporary");
            assert_eq!(file, "content/topics/mexico-steps.toml");
        }
        other => panic!("expected MissingText, got {other:?}"),
    }
}

/// Regression: the card for the US one-year limit linked to the Mexico steps topic, which says
/// nothing about it; it links to the topic on a US claim, which explains the limit.
#[test]
fn the_us_one_year_deadline_links_to_the_us_topic() {
    let content = Content::load(&PackFiles::builtin()).unwrap();
    let deadline = content.deadline("us-one-year").unwrap();
    assert_eq!(deadline.topic, "us-claim");
    let topic = content.topic("us-claim").unwrap();
    assert!(topic.terms.contains(&"one-year-limit".to_string()));
}

/// Every source a topic cites is defined, and every defined source is cited by some topic or
/// checklist: a source left over from a replaced fact is removed with it.
#[test]
fn every_source_is_cited_and_every_citation_is_defined() {
    let content = Content::load(&PackFiles::builtin()).unwrap();
    let mut cited: std::collections::BTreeSet<&str> = content.topics.iter().flat_map(|t| t.sources.iter().map(String::as_str)).collect();
    cited.extend(content.checklists.iter().map(|c| c.source.as_str()));
    cited.extend(content.deadlines.iter().map(|d| d.source.as_str()));
    cited.extend(content.closures.iter().map(|c| c.source.as_str()));
    let defined: std::collections::BTreeSet<&str> = content.sources.keys().map(String::as_str).collect();
    let unused: Vec<&&str> = defined.difference(&cited).collect();
    assert!(unused.is_empty(), "sources no topic cites: {unused:?}");
    assert!(cited.is_subset(&defined));
}

/// The built-in guide is embedded deflated in one block: inflated, it is exactly the
/// repository's `content/` and `locales/`, file for file and byte for byte.
#[test]
fn the_embedded_guide_is_the_repository_guide_byte_for_byte() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let from_repo = PackFiles::from_dir(root).unwrap();
    let builtin = PackFiles::builtin();
    assert!(builtin.get("content/guide.toml").is_some() && builtin.get("locales/ht/app.ftl").is_some());
    assert_eq!(builtin, from_repo);
}
