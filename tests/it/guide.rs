use std::collections::BTreeSet;

use senda::base::text::Localized;
use senda::guide::l10n::Isolation;
use senda::guide::{Guide, GuideError};

const LANGS: [&str; 5] = ["es", "en", "ht", "fr", "pt"];

fn guide() -> Guide {
    Guide::builtin(Isolation::Off).unwrap()
}

/// A text that is still a message id means the lookup failed in every locale.
fn looks_like_an_id(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[test]
fn the_steps_topic_in_every_language() {
    let g = guide();
    let mut titles = BTreeSet::new();
    for lang in LANGS {
        let t = g.topic("mexico-steps", lang).unwrap();
        assert_eq!(t.lang, lang);
        assert_eq!(t.checked, "2026-03-11");
        assert!(!t.sources.is_empty());
        assert!(titles.insert(t.title.clone()), "{lang} title repeats another language's: {}", t.title);
        let mut texts = vec![t.title.clone(), t.summary.clone(), t.sources_heading.clone(), t.checked_label.clone()];
        texts.extend(t.sources.iter().map(|s| s.name.clone()));
        for block in &t.blocks {
            texts.extend(block.texts().into_iter().map(str::to_string));
        }
        for text in texts {
            assert!(!looks_like_an_id(&text), "{lang}: unresolved message {text:?}");
        }
    }
}

#[test]
fn the_checked_label_writes_the_date_in_the_language() {
    let g = guide();
    let check = |lang: &str, date: &str| {
        let label = g.topic("mexico-steps", lang).unwrap().checked_label;
        assert!(label.contains(date), "{lang}: {label:?} lacks {date:?}");
    };
    check("es", "11 de marzo de 2026");
    check("en", "11 March 2026");
    check("ht", "11 mas 2026");
    check("fr", "11 mars 2026");
    check("pt", "11 de março de 2026");
}

#[test]
fn an_unknown_topic_is_a_translated_error() {
    let g = guide();
    let err = g.topic("nope", "fr").unwrap_err();
    assert!(matches!(&err, GuideError::TopicNotFound { topic } if topic == "nope"));
    let view = g.error_view("fr", &err);
    assert_eq!(view.id, "error-topic-not-found");
    assert!(view.message.contains("nope"));
    assert_ne!(view.message, g.error_view("es", &err).message);
    assert_eq!(err.msg().id, view.id);
}

#[test]
fn the_picker_names_each_language_in_itself() {
    let options = guide().languages();
    let names: Vec<(&str, &str)> = options.iter().map(|o| (o.code.as_str(), o.name.as_str())).collect();
    assert_eq!(names, [("es", "Español"), ("en", "English"), ("ht", "Kreyòl ayisyen"), ("fr", "Français"), ("pt", "Português")]);
    let prompts: BTreeSet<&str> = options.iter().map(|o| o.prompt.as_str()).collect();
    assert_eq!(prompts.len(), 5, "each language asks the question in its own words");
}

#[test]
fn home_lists_topics_in_the_language() {
    let g = guide();
    for lang in LANGS {
        let home = g.home(lang);
        assert_eq!(home.lang, lang);
        assert_eq!(home.topics.len(), g.content().topics.len());
        assert_eq!(home.topics[0].title, g.topic(&home.topics[0].id, lang).unwrap().title);
    }
}

#[test]
fn every_topic_names_sources_and_a_checked_date() {
    let g = guide();
    assert!(g.content().topics.len() >= 11);
    for topic in &g.content().topics {
        for lang in LANGS {
            let view = g.topic(&topic.id, lang).unwrap();
            assert!(!view.sources.is_empty(), "{} has no source", topic.id);
            assert!(senda::base::dates::parse_date(&view.checked).is_ok());
            assert!(view.sources.iter().all(|s| !s.cite.contains("://")), "citations are plain text");
        }
    }
}

/// Each topic's "checked" date is the date on which all of its time-sensitive facts were last
/// confirmed: 30 November 2026 only where the changes found that day (facts.md §0) confirm or
/// update every one of them; each topic's file says why. The freshness warning follows the
/// oldest date, so it stays true.
#[test]
fn checked_dates_follow_the_facts() {
    let g = guide();
    let check = |topic: &str, date: &str| assert_eq!(g.topic(topic, "es").unwrap().checked, date, "{topic}");
    check("families", "2026-11-30");
    for topic in ["where-now", "compare", "mexico-steps", "violence", "in-us-mpp", "us-claim", "pros-cons", "help", "glossary", "notice"] {
        check(topic, "2026-03-11");
    }
    let oldest = g.content().topics.iter().map(|t| t.checked).min().unwrap();
    assert_eq!(senda::base::dates::iso_date(oldest), "2026-03-11");
    assert!(g.content().policy_date <= oldest, "the decision helper's policy date is not later than any topic's");
}
