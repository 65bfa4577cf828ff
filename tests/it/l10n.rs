use senda::guide::Guide;
use senda::l10n::{Catalog, Isolation, L10nError, LocaleReport, Msg};
use senda::pack::PackFiles;

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
        s.lines()
            .map(|l| if l.starts_with("nav-back =") { "nav-back = Back" } else { l })
            .collect::<Vec<_>>()
            .join("\n")
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
        s.replace("# Proper name: a city and its state, the same in every language.\nmexico-steps-where-office-tabasco", "mexico-steps-where-office-tabasco")
    });
    assert!(report(&pack, "en").identical.contains(&"mexico-steps-where-office-tabasco".to_string()));
}

#[test]
fn the_check_counts_missing_ids() {
    let pack = pack_with_edit("locales/fr/app.ftl", |s| drop_message(s, "nav-back"));
    let r = report(&pack, "fr");
    assert_eq!(r.missing, ["nav-back"]);
    assert!(!r.is_complete());
    assert!(report(&pack, "pt").is_complete(), "other locales are unaffected");
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
            .map(|l| if l.starts_with("home-intro =") { "home-intro = Elija un tema. Todo está en su teléfono y se lee sin conexión." } else { l })
            .collect::<Vec<_>>()
            .join("\n")
    });
    let r = report(&pack, "pt");
    assert_eq!(r.identical, ["home-intro"]);
    assert!(r.is_complete(), "a copy is reported but is not a gap");
}

#[test]
fn duplicate_ids_are_errors() {
    let pack = pack_with_edit("locales/en/app.ftl", |s| format!("{s}\nnav-back = Go back\n"));
    let r = report(&pack, "en");
    assert!(r.errors.iter().any(|e| e.contains("duplicate nav-back")), "{r:?}");
}
