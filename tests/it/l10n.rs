use senda::base::text::Msg;
use senda::guide::l10n::check::LocaleReport;
use senda::guide::l10n::{Catalog, Isolation, L10nError};
use senda::guide::pack::PackFiles;
use senda::guide::Guide;

use crate::{drop_message, pack_with_edit};

fn catalog(pack: &PackFiles, isolation: Isolation) -> Catalog {
    let langs: Vec<String> = ["es", "en", "ht", "fr", "pt"].map(String::from).to_vec();
    Catalog::load(pack, &langs, "es", "en", isolation).unwrap()
}

#[test]
fn negotiation_picks_a_shipped_locale_or_spanish() {
    let c = catalog(&PackFiles::builtin(), Isolation::Off);
    let check = |wishes: &[&str], expected: &str| assert_eq!(c.negotiate(wishes), expected, "wishes {wishes:?}");
    check(&["fr_CA.UTF-8"], "fr");
    check(&["pt-BR"], "pt");
    check(&["ht"], "ht");
    check(&["ht_HT.UTF-8@euro"], "ht");
    check(&["en-US"], "en");
    check(&["de-DE", "pt-PT"], "pt");
    check(&["de"], "es");
    check(&["C"], "es");
    check(&["POSIX", ""], "es");
    check(&[], "es");
}

#[test]
fn resolving_an_asked_language() {
    let c = catalog(&PackFiles::builtin(), Isolation::Off);
    assert_eq!(c.resolve("fr").unwrap(), "fr");
    assert_eq!(c.resolve("FR").unwrap(), "fr");
    assert_eq!(c.resolve("pt-BR").unwrap(), "pt");
    for bad in ["xx", "", "not a tag", "../es"] {
        match c.resolve(bad) {
            Err(L10nError::UnknownLanguage { lang, available }) => {
                assert_eq!(lang, bad);
                assert_eq!(available, ["es", "en", "fr", "ht", "pt"]);
            }
            other => panic!("{bad:?} gave {other:?}"),
        }
    }
}

#[test]
fn a_message_missing_in_one_locale_falls_back_to_spanish() {
    let pack = pack_with_edit("locales/ht/app.ftl", |s| drop_message(s, "home-title"));
    let c = catalog(&pack, Isolation::Off);
    let l = c.localizer("ht");
    assert_eq!(l.text("home-title"), "Guía");
    assert!(l.misses().is_empty(), "a fallback is not a miss");
    // The rest of the locale is still Creole.
    assert_ne!(l.text("nav-back"), c.localizer("es").text("nav-back"));
}

#[test]
fn a_message_missing_everywhere_shows_its_id_and_is_collected() {
    let c = catalog(&PackFiles::builtin(), Isolation::Off);
    let l = c.localizer("fr");
    assert_eq!(l.text("no-such-message"), "no-such-message");
    assert_eq!(l.misses(), ["no-such-message"]);
}

#[test]
fn dates_are_written_in_each_language() {
    let c = catalog(&PackFiles::builtin(), Isolation::Off);
    let check = |lang: &str, long: &str, short: &str| {
        let l = c.localizer(lang);
        assert_eq!(l.date_long(date!(2026 - 02 - 10)), long, "{lang} long");
        assert_eq!(l.date_short(date!(2026 - 02 - 10)), short, "{lang} short");
    };
    check("es", "martes 10 de febrero de 2026", "10 de febrero de 2026");
    check("en", "Tuesday 10 February 2026", "10 February 2026");
    check("ht", "madi 10 fevriye 2026", "10 fevriye 2026");
    check("fr", "mardi 10 février 2026", "10 février 2026");
    check("pt", "terça-feira, 10 de fevereiro de 2026", "10 de fevereiro de 2026");
    // Every weekday and month has its own word: no two dates of one week or year collide.
    for lang in ["es", "en", "ht", "fr", "pt"] {
        let l = c.localizer(lang);
        let days: std::collections::BTreeSet<String> =
            (0..7).map(|d| l.date_long(date!(2026 - 03 - 02) + chrono::Days::new(d)).split(' ').next().unwrap().to_string()).collect();
        assert_eq!(days.len(), 7, "{lang} weekdays");
        let months: std::collections::BTreeSet<String> =
            (1..=12u32).map(|m| l.date_short(chrono::NaiveDate::from_ymd_opt(2026, m, 1).unwrap())).collect();
        assert_eq!(months.len(), 12, "{lang} months");
        assert!(l.misses().is_empty(), "{lang}: {:?}", l.misses());
    }
}

#[test]
fn isolation_marks_wrap_what_a_person_typed_only_when_asked() {
    let msg = Msg::new("error-topic-not-found").user("topic", "abc");
    let on = catalog(&PackFiles::builtin(), Isolation::On).localizer("en").msg(&msg);
    let off = catalog(&PackFiles::builtin(), Isolation::Off).localizer("en").msg(&msg);
    assert!(on.contains("\u{2068}abc\u{2069}"), "{on:?}");
    assert!(!off.contains('\u{2068}') && off.contains("abc"), "{off:?}");
}

#[test]
fn plural_selection_in_every_locale() {
    let c = catalog(&PackFiles::builtin(), Isolation::Off);
    for lang in ["es", "en", "ht", "fr", "pt"] {
        let l = c.localizer(lang);
        let one = l.msg(&Msg::new("cli-l10n-summary-bad").arg("count", 1));
        let three = l.msg(&Msg::new("cli-l10n-summary-bad").arg("count", 3));
        assert!(three.contains('3'), "{lang}: {three}");
        assert_ne!(one, three, "{lang}");
        assert!(l.misses().is_empty());
    }
}

fn report(pack: &PackFiles, lang: &str) -> LocaleReport {
    let guide = Guide::load(pack, Isolation::Off).unwrap();
    guide.catalog().check().into_iter().find(|r| r.lang == lang).unwrap()
}

#[test]
fn every_shipped_locale_is_complete() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let reports = guide.catalog().check();
    assert_eq!(reports.len(), 5);
    for r in &reports {
        assert!(r.missing.is_empty(), "{}: missing {:?}", r.lang, r.missing);
        assert!(r.errors.is_empty(), "{}: errors {:?}", r.lang, r.errors);
        assert!(r.identical.is_empty(), "{}: copies the Spanish in {:?}", r.lang, r.identical);
        assert_eq!(r.review_state, "pending", "{}: review state", r.lang);
    }
}

#[test]
fn the_check_counts_copies_of_the_english_text() {
    let pack = pack_with_edit("locales/ht/app.ftl", |s| {
        s.lines().map(|l| if l.starts_with("nav-back =") { "nav-back = Back" } else { l }).collect::<Vec<_>>().join("\n")
    });
    assert_eq!(report(&pack, "ht").identical, ["nav-back"]);
    // Spanish, the reference, is held to the same rule against English.
    let pack = pack_with_edit("locales/es/app.ftl", |s| s.replace("nav-home = Inicio", "nav-home = Home"));
    assert_eq!(report(&pack, "es").identical, ["nav-home"]);
}

#[test]
fn proper_names_may_be_the_same_everywhere() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let es = guide.catalog().localizer("es").text("mexico-steps-where-office-tabasco");
    let en = guide.catalog().localizer("en").text("mexico-steps-where-office-tabasco");
    assert_eq!(es, en, "the office list keeps place names as they are");
    // Without the mark in the reference, the same text would be a copy.
    let pack = pack_with_edit("locales/es/guide-mexico-steps.ftl", |s| {
        s.replace(
            "# Proper name: a city and its state, the same in every language.\nmexico-steps-where-office-tabasco",
            "mexico-steps-where-office-tabasco",
        )
    });
    assert!(report(&pack, "en").identical.contains(&"mexico-steps-where-office-tabasco".to_string()));
}

/// The ids a locale of the built-in pack already lacks (none once every translation is in), so
/// that the checks of the checker below test the checker, not the state of the translations.
fn missing_before(lang: &str) -> Vec<String> {
    report(&PackFiles::builtin(), lang).missing
}

#[test]
fn the_check_counts_missing_ids() {
    let pack = pack_with_edit("locales/fr/app.ftl", |s| drop_message(s, "nav-back"));
    let r = report(&pack, "fr");
    let mut expected = missing_before("fr");
    expected.push("nav-back".to_string());
    expected.sort();
    assert_eq!(r.missing, expected);
    assert!(!r.is_complete());
    assert_eq!(report(&pack, "pt").missing, missing_before("pt"), "other locales are unaffected");
}

#[test]
fn the_check_counts_syntax_errors() {
    let pack = pack_with_edit("locales/ht/app.ftl", |s| s.replace("nav-back =", "nav-back = { $unclosed\nbroken ="));
    let r = report(&pack, "ht");
    assert!(!r.errors.is_empty(), "{r:?}");
    assert!(r.missing.contains(&"nav-back".to_string()), "the broken entry is lost, so it is missing too: {r:?}");
}

#[test]
fn the_check_counts_references_that_do_not_resolve() {
    let pack = pack_with_edit("locales/pt/app.ftl", |s| s.replace("home-title = ", "home-title = { -no-such-term } "));
    let r = report(&pack, "pt");
    assert_eq!(r.errors.len(), 1, "{r:?}");
    assert!(r.errors[0].ends_with("home-title"), "{r:?}");
}

#[test]
fn the_check_counts_copies_of_the_reference() {
    let pack = pack_with_edit("locales/pt/app.ftl", |s| {
        s.lines()
            .map(|l| {
                if l.starts_with("home-intro =") {
                    "home-intro = Elija un tema. Todo está en su teléfono y se lee sin conexión."
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    let r = report(&pack, "pt");
    assert_eq!(r.identical, ["home-intro"]);
    assert_eq!(r.missing, missing_before("pt"), "a copy is reported but is not a gap");
}

#[test]
fn duplicate_ids_are_errors() {
    let pack = pack_with_edit("locales/en/app.ftl", |s| format!("{s}\nnav-back = Go back\n"));
    let r = report(&pack, "en");
    assert!(r.errors.iter().any(|e| e.contains("duplicate nav-back")), "{r:?}");
}

// Plain language. The guide's words are checked in every shipped locale: a new locale is
// checked from the day it is added.
fn plain_language_locales(guide: &Guide) -> Vec<String> {
    let langs = guide.content().languages.clone();
    assert!(langs.len() >= 5, "{langs:?}");
    langs
}

/// The longest sentence allowed, in words. The goal is about 20.
const MAX_SENTENCE_WORDS: usize = 25;

/// Acronyms that must be explained at their first use in a topic and in each advice card: the
/// acronym followed by an explanation in parentheses, or written inside parentheses after one.
/// Country names ("US") and device words ("PIN", "USB") are not on the list. A translator adds
/// any other acronym their locale uses.
const ACRONYMS: &[&str] = &[
    "COMAR", "ACNUR", "UNHCR", "HCR", "INM", "TVRH", "CURP", "MPP", "USCIS", "CBP One", "CAT", "DIF", "ONU", "UN", "NU", "CICR", "ICRC",
    "CICV", "MSF", "IMUMI", "IAP", "TFJA", "SCJN", "DHS", "EAD", "ID", "OIM", "IOM", "ONG", "NGO", "SRE", "DOF", "LFPA", "LFPCA", "LRPCAP",
    "INA", "FY",
];

/// Each piece of text a reader meets, in order: every topic (title, summary, blocks), and every
/// card of the decision helper (title, text, reasons), as (where, texts).
fn readings(guide: &Guide, lang: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for topic in &guide.content().topics {
        let view = guide.topic(&topic.id, lang).unwrap();
        let mut texts = vec![view.title.clone(), view.summary.clone()];
        for block in &view.blocks {
            texts.extend(block.texts().into_iter().map(str::to_string));
        }
        out.push((format!("topic {}", topic.id), texts));
    }
    let l = guide.catalog().localizer(lang);
    for question in &guide.content().questions {
        let mut texts = vec![l.text(&question.text)];
        texts.extend(question.options.iter().map(|o| l.text(&o.label)));
        out.push((format!("question {}", question.id), texts));
    }
    for advice in &guide.content().advice {
        let mut texts = vec![l.text(&advice.title), l.text(&advice.text)];
        texts.extend(advice.reasons.iter().map(|r| l.text(r)));
        out.push((format!("advice {}", advice.id), texts));
    }
    for checklist in &guide.content().checklists {
        let mut texts = vec![l.text(&checklist.title)];
        for item in &checklist.items {
            texts.push(l.text(&item.text));
            texts.push(l.text(&item.why));
        }
        out.push((format!("checklist {}", checklist.id), texts));
    }
    assert!(l.misses().is_empty(), "{lang}: {:?}", l.misses());
    out
}

/// The sentences of a text longer than the limit, with their word counts.
fn long_sentences(text: &str) -> Vec<(usize, String)> {
    text.split_inclusive(['.', '?', '!', ':'])
        .map(|s| (s.split_whitespace().count(), s.trim().to_string()))
        .filter(|(words, _)| *words > MAX_SENTENCE_WORDS)
        .collect()
}

/// Plain language: no sentence of the guide, the decision helper or the checklists passes 25
/// words, in every shipped locale.
#[test]
fn sentences_stay_short_in_every_checked_locale() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let mut too_long = Vec::new();
    let mut sentences = 0;
    let langs = plain_language_locales(&guide);
    for lang in &langs {
        for (place, texts) in readings(&guide, lang) {
            for text in texts {
                sentences += text.split_inclusive(['.', '?', '!', ':']).count();
                too_long.extend(long_sentences(&text).into_iter().map(|(n, s)| format!("{lang} {place}: {n} words in {s:?}")));
            }
        }
    }
    assert!(too_long.is_empty(), "{}", too_long.join("\n"));
    assert!(sentences > 400 * langs.len(), "{sentences} sentences read");
    // The check sees a long sentence.
    let long = "uno ".repeat(MAX_SENTENCE_WORDS) + "dos.";
    assert_eq!(long_sentences(&format!("Corta. {long} Corta.")).len(), 1);
}

/// Where `acronym` first appears as a whole word in `text`, if it does.
fn find_word(text: &str, acronym: &str) -> Option<usize> {
    let is_word = |c: char| c.is_alphanumeric() || c == '-';
    text.match_indices(acronym).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + acronym.len()..].chars().next();
        !before.is_some_and(is_word) && !after.is_some_and(is_word)
    })
}

/// Whether the acronym at `at` is explained there: followed by " (" or inside parentheses.
fn glossed_at(text: &str, acronym: &str, at: usize) -> bool {
    let rest = &text[at + acronym.len()..];
    let followed = rest.trim_start_matches([' ', '\u{a0}']).starts_with('(');
    let before = &text[..at];
    let inside = before.rfind('(').is_some_and(|open| before.rfind(')').is_none_or(|close| close < open));
    followed || inside
}

/// The acronyms of `ACRONYMS` whose first use in `texts` is not explained. A glossary entry
/// explains its own term.
fn unglossed(texts: &[String], glossary_terms: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for acronym in ACRONYMS {
        for text in texts {
            if let Some(at) = find_word(text, acronym) {
                if !glossed_at(text, acronym, at) && !glossary_terms.contains(text) {
                    out.push(format!("{acronym} in {text:?}"));
                }
                break;
            }
        }
    }
    out
}

/// Plain language: each acronym is explained at its first use in each topic and in each card of
/// the decision helper, in every shipped locale.
#[test]
fn acronyms_are_explained_at_their_first_use() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let mut missing = Vec::new();
    for lang in &plain_language_locales(&guide) {
        let l = guide.catalog().localizer(lang);
        let glossary_terms: Vec<String> = guide
            .content()
            .topics
            .iter()
            .flat_map(|t| &t.blocks)
            .filter_map(|b| match b {
                senda::guide::content::Block::Term { term, .. } => Some(l.text(term)),
                _ => None,
            })
            .collect();
        for (place, texts) in readings(&guide, lang) {
            if place.starts_with("checklist") {
                continue;
            }
            missing.extend(unglossed(&texts, &glossary_terms).into_iter().map(|m| format!("{lang} {place}: {m}")));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    // The check sees an acronym without an explanation, and accepts both ways of giving one.
    let no_terms: Vec<String> = Vec::new();
    assert_eq!(unglossed(&["Vaya a la COMAR.".to_string()], &no_terms).len(), 1);
    assert!(unglossed(&["La COMAR (Comisión Mexicana de Ayuda a Refugiados). La COMAR.".to_string()], &no_terms).is_empty());
    assert!(unglossed(&["La tarjeta de visitante (TVRH). La TVRH.".to_string()], &no_terms).is_empty());
    assert_eq!(unglossed(&["COMARCA y COMAR.".to_string()], &no_terms).len(), 1, "whole words only");
}
