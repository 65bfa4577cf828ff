//! A person's records: profiles, dates, deadlines and the checklist, through the session the
//! shells use, on real SQLite files. Includes the kill test.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use chrono::NaiveDate as Date;
use senda::base::text::Localized;
use senda::guide::l10n::Isolation;
use senda::guide::Guide;
use senda::records::profile::UNDO_SECONDS;
use senda::records::store::Store;
use senda::session::Session;

const TODAY: Date = date!(2026 - 11 - 22);
const NOW: i64 = 1_795_000_000;

fn open(dir: &Path) -> Session {
    Session::open(dir, Guide::builtin(Isolation::Off).unwrap()).unwrap()
}

fn error_id(result: senda::Result<impl std::fmt::Debug>) -> &'static str {
    result.expect_err("must fail").msg().id
}

fn status(session: &Session, id: i64, item: &str) -> (String, String) {
    let view = session.profile(id, TODAY).unwrap();
    let all = view.checklist.groups.iter().flat_map(|g| g.items.iter()).chain(&view.checklist.own_items);
    let found = all.into_iter().find(|i| i.id == item).unwrap_or_else(|| panic!("no item {item}"));
    (serde_json::to_value(found.status).unwrap().as_str().unwrap().to_string(), found.note.clone())
}

#[test]
fn two_profiles_stay_separate_across_processes() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = {
        let mut s = open(dir.path());
        let a = s.add_profile("Ana", NOW).unwrap().id;
        let b = s.add_profile("محمد", NOW).unwrap().id;
        s.set_item(a, "tvrh-id", "have", Some("pasaporte")).unwrap();
        s.set_item(b, "tvrh-id", "not-applicable", None).unwrap();
        s.set_date(a, "entered", Some("2026-11-01"), TODAY).unwrap();
        (a, b)
    };
    let s = open(dir.path());
    assert_eq!(status(&s, a, "tvrh-id"), ("have".into(), "pasaporte".into()));
    assert_eq!(status(&s, b, "tvrh-id"), ("not-applicable".into(), "".into()));
    assert_eq!(s.profile(a, TODAY).unwrap().deadlines.len(), 1);
    assert!(s.profile(b, TODAY).unwrap().deadlines.is_empty());
    assert_eq!(s.find_profile(Some("محمد")).unwrap().id, b);
    assert_eq!(error_id(s.find_profile(None)), "error-profile-choose");
}

#[test]
fn bad_input_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let id = s.add_profile("Ana", NOW).unwrap().id;
    s.set_item(id, "tvrh-id", "have", Some("nota")).unwrap();
    s.set_date(id, "entered", Some("2026-11-01"), TODAY).unwrap();
    let before = s.profile(id, TODAY).unwrap();

    let huge = "x".repeat(1024 * 1024);
    let check = |s: &mut Session, result: senda::Result<()>, expected: &str| {
        assert_eq!(error_id(result), expected);
        assert_eq!(s.profile(id, TODAY).unwrap(), before, "after {expected}, nothing changed");
    };
    let r = s.set_item(id, "tvrh-id", "maybe", None);
    check(&mut s, r, "error-checklist-status-unknown");
    let r = s.set_item(id, "no-such-item", "have", None);
    check(&mut s, r, "error-checklist-item-unknown");
    let r = s.set_item(id, "own-999", "have", None);
    check(&mut s, r, "error-checklist-item-unknown");
    let r = s.set_item(id, "tvrh-id", "needed", Some(&huge));
    check(&mut s, r, "error-note-too-long");
    let r = s.set_item(id, "tvrh-id", "needed", Some("bell\u{7}"));
    check(&mut s, r, "error-text-invalid");
    let r = s.set_date(id, "entered", Some("2026-02-30"), TODAY);
    check(&mut s, r, "error-date-impossible");
    let r = s.set_date(id, "entered", Some("27/03/2026"), TODAY);
    check(&mut s, r, "error-date-invalid");
    let r = s.set_date(id, "entered", Some("2099-01-01"), TODAY);
    check(&mut s, r, "error-date-out-of-range");
    let r = s.set_date(id, "entered", Some("1900-01-01"), TODAY);
    check(&mut s, r, "error-date-out-of-range");
    let r = s.set_date(id, "birthday", Some("2026-01-01"), TODAY);
    check(&mut s, r, "error-date-key-unknown");
    let r = s.set_date(id, "signing-day", Some("8"), TODAY);
    check(&mut s, r, "error-weekday-invalid");
    let r = s.set_date(id, "signing-every-days", Some("every week"), TODAY);
    check(&mut s, r, "error-signing-every-invalid");
    let r = s.add_own_item(id, "   ").map(|_| ());
    check(&mut s, r, "error-text-empty");
    let r = s.add_own_item(id, &huge).map(|_| ());
    check(&mut s, r, "error-note-too-long");
    let r = s.set_item(id + 100, "tvrh-id", "have", None);
    check(&mut s, r, "error-profile-not-found");
}

#[test]
fn names_in_any_script_and_their_limits() {
    let mut s = Session::in_memory(Guide::builtin(Isolation::Off).unwrap()).unwrap();
    for name in ["Jean-Baptiste Désir", "محمد", "李小龙", "  Rosa  ", "👶 bebé"] {
        let p = s.add_profile(name, NOW).unwrap();
        assert_eq!(p.name, name.trim());
    }
    assert_eq!(error_id(s.add_profile("Rosa", NOW)), "error-profile-exists");
    assert_eq!(error_id(s.add_profile("", NOW)), "error-profile-name-empty");
    assert_eq!(error_id(s.add_profile(&"a".repeat(81), NOW)), "error-profile-name-too-long");
    assert_eq!(error_id(s.add_profile("a\nb", NOW)), "error-text-invalid");
    let rosa = s.find_profile(Some("Rosa")).unwrap();
    assert_eq!(error_id(s.rename_profile(rosa.id, "محمد")), "error-profile-exists");
    assert_eq!(s.rename_profile(rosa.id, "Rosa María").unwrap().name, "Rosa María");
}

#[test]
fn a_removed_profile_can_be_restored_within_the_undo_window_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let id = s.add_profile("Ana", NOW).unwrap().id;
    s.set_item(id, "tvrh-id", "have", None).unwrap();
    s.remove_profile(id, NOW).unwrap();
    let view = s.profiles(TODAY, NOW + 10).unwrap();
    assert!(view.profiles.is_empty());
    assert_eq!(view.removed.len(), 1);
    assert_eq!(error_id(s.profile(id, TODAY)), "error-profile-not-found");
    // A new profile may take the name meanwhile; restoring then says so.
    let other = s.add_profile("Ana", NOW).unwrap().id;
    assert_eq!(error_id(s.restore_profile("Ana", NOW + 20)), "error-profile-exists");
    s.remove_profile(other, NOW + 30).unwrap();
    s.restore_profile(&id.to_string(), NOW + 40).unwrap();
    assert_eq!(status(&s, id, "tvrh-id").0, "have", "restored with its data");

    s.remove_profile(id, NOW + 50).unwrap();
    assert_eq!(error_id(s.restore_profile("Ana", NOW + 50 + UNDO_SECONDS + 1)), "error-profile-restore-expired");
    drop(s);
    let store = Store::open(&dir.path().join(senda::DATABASE_FILE)).unwrap();
    assert!(store.removed_profiles().unwrap().is_empty(), "purged for good");
    assert!(store.items(id).unwrap().is_empty(), "with its checklist");
}

fn state(d: &senda::views::DeadlineView) -> String {
    serde_json::to_value(d.state).unwrap().as_str().unwrap().to_string()
}

#[test]
fn each_kind_of_deadline_from_a_profiles_dates() {
    let mut s = Session::in_memory(Guide::builtin(Isolation::Off).unwrap()).unwrap();
    let id = s.add_profile("Ana", NOW).unwrap().id;
    let today = date!(2026 - 04 - 01);
    for (key, value) in [
        ("entered", "2026-03-27"),
        ("filed", "2026-03-30"),
        ("represented-filed", "2026-03-31"),
        ("notified", "2025-12-19"),
        ("tvrh-issued", "2025-04-20"),
        ("us-arrival", "2025-06-01"),
        ("signing-next", "2026-04-08"),
        ("signing-every-days", "7"),
    ] {
        s.set_date(id, key, Some(value), today).unwrap();
    }
    let view = s.profile(id, today).unwrap();
    let by_kind = |kind: &str| view.deadlines.iter().find(|d| d.kind == kind).unwrap_or_else(|| panic!("no {kind}"));
    let days = |kind: &str| (by_kind(kind).last_day.as_deref(), by_kind(kind).latest_day.as_deref());
    assert_eq!(days("comar"), (Some("2026-05-11"), Some("2026-05-14")), "safe first, then the latest possible");
    assert_eq!(by_kind("comar").left_business, Some(27), "counted to the safe day");
    assert_eq!(days("ratification"), (Some("2026-04-03"), Some("2026-04-07")), "Holy Week counts only for the latest day");
    assert_eq!(days("appeal"), (Some("2026-01-13"), Some("2026-01-13")));
    assert_eq!(state(by_kind("appeal")), "passed");
    assert_eq!(days("nulidad"), (Some("2026-02-03"), Some("2026-02-04")));
    assert_eq!(state(by_kind("nulidad")), "passed");
    assert_eq!(days("amparo"), (Some("2026-01-13"), Some("2026-01-13")));
    assert_eq!(by_kind("decision").business_days, Some(45));
    assert!(view.deadlines.iter().all(|d| d.kind != "decision-extended"), "only once an extension is recorded");
    assert_eq!(days("tvrh"), (Some("2026-04-20"), None));
    assert!(by_kind("tvrh").remind, "19 days before expiry is inside the 30-day reminder");
    assert_eq!(days("us-one-year"), (Some("2026-05-31"), None), "the day before the anniversary");
    // The next signing is the date entered, whatever the frequency recorded beside it.
    assert_eq!(days("signing"), (Some("2026-04-08"), None));
    assert_eq!(state(by_kind("signing")), "upcoming");
    assert_eq!(by_kind("signing").notes, ["Usted anotó que firma cada 7 días."]);

    s.set_date(id, "extended", Some("2026-05-20"), today).unwrap();
    let view = s.profile(id, today).unwrap();
    assert!(view.deadlines.iter().any(|d| d.kind == "decision-extended" && d.business_days == Some(90)));

    // The ratification, due on 3 April, is the next thing due; once its date is cleared, it
    // is gone, and the next is the signing of 8 April.
    let next = s.profiles(today, NOW).unwrap().profiles[0].next_due.clone().unwrap();
    assert!(next.contains("3 de abril de 2026") && next.contains("confirmar"), "{next}");
    s.set_date(id, "represented-filed", None, today).unwrap();
    assert!(s.profile(id, today).unwrap().deadlines.iter().all(|d| d.kind != "ratification"));

    // The home screen's next thing due is the earliest deadline not yet passed.
    let profiles = s.profiles(today, NOW).unwrap();
    let next = profiles.profiles[0].next_due.as_deref().unwrap();
    assert!(next.contains("8 de abril de 2026") && next.contains("firma"), "{next}");
}

#[test]
fn a_passed_deadline_says_what_can_still_be_done() {
    let g = Guide::builtin(Isolation::Off).unwrap();
    let view = g.deadline("comar", &[("entered", date!(2026 - 01 - 05))], date!(2026 - 03 - 01), false, "es").unwrap();
    assert_eq!(state(&view), "passed");
    assert!(view.advice.contains("Todavía puede pedir asilo"), "{}", view.advice);
    assert!(view.left_label.contains("hace"), "{}", view.left_label);
    let today = g.deadline("comar", &[("entered", date!(2026 - 03 - 27))], date!(2026 - 05 - 11), true, "en").unwrap();
    assert_eq!(today.left_label, "Today is the safe last day.");
    assert_eq!(today.last_day_label.as_deref(), Some("Monday 11 May 2026"));
    let latest = today.latest_label.unwrap();
    assert!(latest.contains("Thursday 14 May 2026") && latest.contains("Do not wait"), "{latest}");
}

/// The signing date shown is the one the person entered; once it passes, the app asks for the
/// next one and computes none.
#[test]
fn the_next_signing_is_the_date_entered() {
    let mut s = Session::in_memory(Guide::builtin(Isolation::Off).unwrap()).unwrap();
    let id = s.add_profile("Ana", NOW).unwrap().id;
    s.set_date(id, "signing-next", Some("2026-11-27"), TODAY).unwrap();
    s.set_date(id, "signing-day", Some("3"), TODAY).unwrap();
    let signing = |s: &Session, today: Date| {
        s.profile(id, today).unwrap().deadlines.into_iter().find(|d| d.kind == "signing").expect("a signing card")
    };
    let before = signing(&s, TODAY);
    // 27 November 2026 is a Friday: the weekday recorded (Wednesday) does not move it.
    assert_eq!(before.last_day.as_deref(), Some("2026-11-27"));
    assert_eq!(before.last_day_label.as_deref(), Some("viernes 27 de noviembre de 2026"));
    assert_eq!(before.notes, ["Usted anotó que firma cada miércoles."]);
    let on_the_day = signing(&s, date!(2026 - 11 - 27));
    assert_eq!((state(&on_the_day).as_str(), on_the_day.left_label.as_str()), ("today", "Hoy es la fecha de firma que usted anotó."));
    let after = signing(&s, date!(2026 - 11 - 30));
    assert_eq!(state(&after), "passed");
    assert_eq!(after.last_day.as_deref(), Some("2026-11-27"), "no date is invented after it");
    assert!(after.advice.contains("próxima fecha"), "{}", after.advice);
    assert_eq!(after.left_label, "Esa fecha fue hace 3 días.");
    // Recording every N days replaces the weekday, and the other way round.
    s.set_date(id, "signing-every-days", Some("10"), TODAY).unwrap();
    let signing_view = s.profile(id, TODAY).unwrap().signing;
    assert_eq!((signing_view.weekday, signing_view.every_days), (None, Some(10)));
    s.set_date(id, "signing-day", Some("5"), TODAY).unwrap();
    let signing_view = s.profile(id, TODAY).unwrap().signing;
    assert_eq!((signing_view.weekday, signing_view.every_days), (Some(5), None));
}

/// Regression: profiles made before the next signing date could be entered hold only a
/// weekday (`signing-day`). They used to get a date computed from a weekly rule; now they are
/// asked for the date their office gave, reminded of the weekday, and shown no date.
#[test]
fn a_profile_with_only_a_signing_weekday_is_asked_for_the_date() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let mut store = Store::open(&dir.path().join(senda::DATABASE_FILE)).unwrap();
        let id = store.add_profile("Ana", NOW).unwrap().unwrap();
        store.set_dates(id, &[("signing-day", Some("3"))]).unwrap();
        id
    };
    let mut s = open(dir.path());
    s.speak("en");
    let view = s.profile(id, TODAY).unwrap();
    let card = view.deadlines.iter().find(|d| d.kind == "signing").expect("a card asking for the date");
    assert_eq!(state(card), "needs-date");
    assert_eq!((card.last_day.as_deref(), card.last_day_label.as_deref(), card.left_calendar), (None, None, None));
    assert_eq!(card.left_label, "The date of your next signing is missing.");
    assert_eq!(card.notes, ["You noted that you sign every Wednesday."]);
    assert_eq!(view.signing.weekday, Some(3), "the weekday is kept");
    let profiles = s.profiles(TODAY, NOW).unwrap();
    assert_eq!(profiles.profiles[0].next_due, None, "nothing is due on a date nobody gave");
    // A profile that recorded nothing about signing gets no card at all.
    let other = s.add_profile("Jean", NOW).unwrap().id;
    assert!(s.profile(other, TODAY).unwrap().deadlines.is_empty());
}

#[test]
fn an_impossible_date_gets_its_own_words_and_changes_nothing() {
    let mut s = Session::in_memory(Guide::builtin(Isolation::Off).unwrap()).unwrap();
    let id = s.add_profile("Ana", NOW).unwrap().id;
    let err = s.set_date(id, "entered", Some("2026-02-31"), TODAY).unwrap_err();
    assert_eq!(err.msg().id, "error-date-impossible");
    let check = |lang: &str, expected: &str| {
        let view = s.guide().error_view(lang, &err);
        assert_eq!(view.message, expected, "{lang}");
    };
    check("es", "El 31 de febrero de 2026 no existe. Revise el día y el mes.");
    check("en", "31 February 2026 does not exist. Check the day and the month.");
    check("fr", "Le 31 février 2026 n'existe pas. Vérifiez le jour et le mois.");
    check("ht", "31 fevriye 2026 pa egziste. Tcheke jou a ak mwa a.");
    check("pt", "O dia 31 de fevereiro de 2026 não existe. Confira o dia e o mês.");
    assert!(s.profile(id, TODAY).unwrap().dates.iter().all(|d| d.value.is_none()));
    // A month or a day that cannot exist at all is simply not a date.
    assert_eq!(error_id(s.set_date(id, "entered", Some("2026-13-01"), TODAY)), "error-date-invalid");
    assert_eq!(error_id(s.set_date(id, "entered", Some("2026-02-32"), TODAY)), "error-date-invalid");
    assert_eq!(error_id(s.set_date(id, "signing-every-days", Some("0"), TODAY)), "error-signing-every-invalid");
    assert_eq!(error_id(s.set_date(id, "signing-every-days", Some("91"), TODAY)), "error-signing-every-invalid");
}

/// The date entry follows the reader's language: day, month by name and year, in its order.
#[test]
fn the_date_entry_is_in_the_readers_language() {
    let mut s = Session::in_memory(Guide::builtin(Isolation::Off).unwrap()).unwrap();
    let id = s.add_profile("Ana", NOW).unwrap().id;
    s.set_date(id, "entered", Some("2026-03-27"), TODAY).unwrap();
    let check = |s: &mut Session, lang: &str, march: &str, day: &str| {
        s.speak(lang);
        let view = s.profile(id, TODAY).unwrap();
        let entry = &view.date_entry;
        assert_eq!(serde_json::to_value(&entry.order).unwrap(), serde_json::json!(["day", "month", "year"]), "{lang}");
        assert_eq!(entry.months.len(), 12);
        assert_eq!(entry.months[2], march, "{lang}");
        assert_eq!(entry.day_label, day, "{lang}");
        assert_eq!((entry.years.first(), entry.years.last()), (Some(&2027), Some(&1950)), "{lang}");
        let entered = view.dates.iter().find(|d| d.key == "entered").unwrap();
        assert_eq!((entered.day, entered.month, entered.year), (Some(27), Some(3), Some(2026)));
    };
    check(&mut s, "es", "marzo", "Día");
    check(&mut s, "en", "March", "Day");
    check(&mut s, "fr", "mars", "Jour");
    check(&mut s, "ht", "mas", "Jou");
    check(&mut s, "pt", "março", "Dia");
    let could = s.profile(id, TODAY).unwrap().dates.into_iter().find(|d| d.key == "could-apply").unwrap();
    assert!(could.hint.is_some_and(|h| h.contains("30")), "the day filing became possible is explained");
}

/// What a person reads about dates claims nothing the calendar cannot keep: no locale says a
/// date shown is never later than the real one (the union calendar used to say so while
/// showing the latest of the readings).
#[test]
fn no_locale_claims_a_date_is_never_later_than_the_real_one() {
    let claims = |lang: &str, text: &str| -> Vec<String> {
        let phrases: &[&str] = match lang {
            "es" => &["nunca más tarde", "nunca después", "no ser nunca"],
            "en" => &["never later", "never be later", "never after"],
            "fr" => &["jamais après", "jamais plus tard", "jamais tomber après"],
            "ht" => &["pa janm pi ta", "pa janm apre"],
            "pt" => &["nunca mais tarde", "nunca ficarem depois", "nunca depois"],
            other => panic!("no phrases for {other}"),
        };
        text.lines()
            .filter(|line| !line.trim_start().starts_with('#'))
            .filter(|line| phrases.iter().any(|p| line.to_lowercase().contains(p)))
            .map(String::from)
            .collect()
    };
    // The checker catches the sentences that used to be there.
    assert_eq!(claims("es", "x = Las fechas se calculan para no ser nunca más tarde que la real.").len(), 1);
    assert_eq!(claims("en", "x = Dates are worked out so that they are never later than the real ones.").len(), 1);
    assert_eq!(claims("fr", "x = Les dates sont calculées pour ne jamais tomber après la vraie date.").len(), 1);
    assert_eq!(claims("ht", "x = Nou kalkile dat yo pou yo pa janm pi ta pase vrè dat la.").len(), 1);
    assert_eq!(claims("pt", "x = As datas são calculadas para nunca ficarem depois da data real.").len(), 1);
    for lang in ["es", "en", "ht", "fr", "pt"] {
        let dir = crate::repo_path(&format!("locales/{lang}"));
        let mut files = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let found = claims(lang, &std::fs::read_to_string(&path).unwrap());
                assert!(found.is_empty(), "{}: {found:?}", path.display());
                files += 1;
            }
        }
        assert!(files > 10, "{lang}: read {files} files");
    }
    for file in ["ARCHITECTURE.md", "src/guide/calendar.rs", "src/guide/deadline.rs", "content/deadlines.toml", "content/calendar.toml"] {
        let text = std::fs::read_to_string(crate::repo_path(file)).unwrap().to_lowercase();
        assert!(!text.contains("never later") && !text.contains("never be later"), "{file}");
    }
}

#[test]
fn the_checklist_counts_what_applies_and_lists_what_is_missing() {
    let mut s = Session::in_memory(Guide::builtin(Isolation::Off).unwrap()).unwrap();
    let id = s.add_profile("Ana", NOW).unwrap().id;
    let total_items: u32 = s.guide().content().checklists.iter().map(|t| t.items.len() as u32).sum();
    let start = s.profile(id, TODAY).unwrap().checklist;
    assert_eq!((start.have, start.total), (0, total_items));
    s.set_item(id, "tvrh-id", "have", None).unwrap();
    s.set_item(id, "tvrh-constancia", "have", None).unwrap();
    s.set_item(id, "children-id-birth", "not-applicable", None).unwrap();
    let own = s.add_own_item(id, "Carta de la iglesia").unwrap();
    assert!(own.starts_with("own-"));
    let list = s.profile(id, TODAY).unwrap().checklist;
    assert_eq!((list.have, list.total), (2, total_items));
    assert!(list.missing.iter().any(|m| m == "Carta de la iglesia"));
    let id_text = s.guide().catalog().localizer("es").text("checklist-tvrh-id");
    assert!(!list.missing.contains(&id_text));
    s.set_item(id, &own, "have", Some("original y copia")).unwrap();
    assert_eq!(status(&s, id, &own), ("have".into(), "original y copia".into()));
    assert_eq!(s.profile(id, TODAY).unwrap().checklist.have, 3);
}

#[test]
fn the_summary_has_spanish_beside_the_readers_language_and_escapes_names() {
    let mut s = Session::in_memory(Guide::builtin(Isolation::Off).unwrap()).unwrap();
    let id = s.add_profile("<script>alert(1)</script>", NOW).unwrap().id;
    s.set_date(id, "entered", Some("2026-11-01"), TODAY).unwrap();
    s.speak("en");
    let summary = s.summary(id, TODAY).unwrap();
    let langs: Vec<&str> = summary.columns.iter().map(|c| c.lang.as_str()).collect();
    assert_eq!(langs, ["en", "es"]);
    let html = senda::views::summary::html(&summary);
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;"));
    assert!(html.contains("lang=\"en\"") && html.contains("lang=\"es\""));
    assert!(html.contains("Tuesday 15 December 2026") && html.contains("martes 15 de diciembre de 2026"), "{html}");
    s.speak("es");
    assert_eq!(s.summary(id, TODAY).unwrap().columns.len(), 1, "Spanish readers get one column");
}

/// Writes a rising counter into two dates of one profile in one transaction, then into a
/// checklist note in a second one, printing each value once committed. Stops after `limit`
/// values, or never.
fn write_loop(dir: &Path, limit: Option<u64>) -> u64 {
    use std::io::Write;
    let mut store = Store::open(&dir.join(senda::DATABASE_FILE)).unwrap();
    let profile = match store.profiles().unwrap().first() {
        Some((id, _)) => *id,
        None => store.add_profile("kill-test", 0).unwrap().unwrap(),
    };
    let start: u64 = store.dates(profile).unwrap().get("entered").and_then(|v| v.parse().ok()).unwrap_or(0);
    let mut stdout = std::io::stdout();
    let mut n = start;
    while limit.is_none_or(|limit| n < start + limit) {
        n += 1;
        let value = n.to_string();
        store.set_dates(profile, &[("entered", Some(&value)), ("filed", Some(&value))]).unwrap();
        store.set_item(profile, "tvrh-id", if n.is_multiple_of(2) { "have" } else { "needed" }, Some(&value)).unwrap();
        writeln!(stdout, "committed {n}").unwrap();
        stdout.flush().unwrap();
    }
    n
}

const WRITER_ENV: &str = "SENDA_KILL_WRITER_DIR";
const WRITER_TEST: &str = "records::the_writer_commits_both_dates_together";

/// Run alone, checks the writer used by the kill test. Run by the kill test with
/// `SENDA_KILL_WRITER_DIR` set, it is that writer, and writes until it is killed.
#[test]
fn the_writer_commits_both_dates_together() {
    if let Some(dir) = std::env::var_os(WRITER_ENV) {
        write_loop(Path::new(&dir), None);
        unreachable!("the writer runs until it is killed");
    }
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(write_loop(dir.path(), Some(25)), 25);
    assert_eq!(write_loop(dir.path(), Some(25)), 50, "a second run continues from the stored value");
    let store = Store::open(&dir.path().join(senda::DATABASE_FILE)).unwrap();
    let (id, _) = store.profiles().unwrap()[0].clone();
    let dates = store.dates(id).unwrap();
    assert_eq!((dates["entered"].as_str(), dates["filed"].as_str()), ("50", "50"));
    assert_eq!(store.items(id).unwrap()[0].note, "50");
}

/// Kills a writing process at random moments, many times, and checks after each kill that the
/// database is intact, that the two dates written in one transaction agree, and that no write
/// the writer saw committed was lost.
#[test]
fn killing_a_writer_never_breaks_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let kills: u32 = std::env::var("SENDA_KILLS").ok().and_then(|v| v.parse().ok()).unwrap_or(200);
    let mut seed: u64 = 0x5eed;
    let mut last_seen = 0u64;
    let committed = |line: String| line.strip_prefix("committed ").and_then(|n| n.parse::<u64>().ok());
    for round in 0..kills {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", WRITER_TEST, "--nocapture", "--test-threads=1"])
            .env(WRITER_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines().map_while(Result::ok).filter_map(committed);
        // Wait for the first committed write of this round, then let it run a random while.
        let first = lines.next().expect("the writer commits");
        assert!(first > last_seen, "round {round}: the writer resumed from {first}, after {last_seen}");
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        std::thread::sleep(std::time::Duration::from_micros(seed >> 50));
        child.kill().unwrap();
        child.wait().unwrap();
        last_seen = lines.last().unwrap_or(first);

        let store = Store::open(&dir.path().join(senda::DATABASE_FILE)).unwrap();
        assert!(store.integrity_check().unwrap(), "round {round}: integrity check failed");
        let (id, _) = store.profiles().unwrap()[0].clone();
        let dates = store.dates(id).unwrap();
        let entered: u64 = dates["entered"].parse().unwrap();
        assert_eq!(dates["entered"], dates["filed"], "round {round}: one transaction, half applied");
        assert!(entered >= last_seen, "round {round}: committed {last_seen} but found {entered}");
        let note: u64 = store.items(id).unwrap()[0].note.parse().unwrap();
        assert!(note == entered || note + 1 == entered, "round {round}: note {note}, dates {entered}");
        last_seen = entered;
    }
    eprintln!("kill test: {kills} kills, last committed value {last_seen}, database intact after each");
}

/// The next signing date and how often the person signs come back from a backup, and a
/// backup with an impossible interval is refused whole.
#[test]
fn signing_dates_travel_in_a_backup() {
    let mut s = Session::in_memory(Guide::builtin(Isolation::Off).unwrap()).unwrap();
    let id = s.add_profile("Ana", NOW).unwrap().id;
    s.set_date(id, "signing-next", Some("2026-12-02"), TODAY).unwrap();
    s.set_date(id, "signing-every-days", Some("10"), TODAY).unwrap();
    s.set_date(id, "could-apply", Some("2026-11-10"), TODAY).unwrap();
    let bytes = s.export_backup("una frase larga de prueba").unwrap();
    let mut other = Session::in_memory(Guide::builtin(Isolation::Off).unwrap()).unwrap();
    assert_eq!(other.import_backup(&bytes, "una frase larga de prueba", TODAY).unwrap(), 1);
    let p = other.find_profile(Some("Ana")).unwrap();
    let view = other.profile(p.id, TODAY).unwrap();
    assert_eq!(view.signing.every_days, Some(10));
    let signing = view.deadlines.iter().find(|d| d.kind == "signing").unwrap();
    assert_eq!(signing.last_day.as_deref(), Some("2026-12-02"));
    let comar = view.deadlines.iter().find(|d| d.kind == "comar").unwrap();
    assert_eq!(comar.from_key.as_deref(), Some("could-apply"));

    let store_with = |value: &str| {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join(senda::DATABASE_FILE)).unwrap();
        let id = store.add_profile("Rosa", NOW).unwrap().unwrap();
        store.set_dates(id, &[("signing-every-days", Some(value))]).unwrap();
        drop(store);
        open(dir.path()).export_backup("una frase larga de prueba").unwrap()
    };
    let bad = store_with("0");
    assert_eq!(error_id(other.import_backup(&bad, "una frase larga de prueba", TODAY)), "error-signing-every-invalid");
    assert!(other.find_profile(Some("Ana")).is_ok(), "nothing changed");
}
