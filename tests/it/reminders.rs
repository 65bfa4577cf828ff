//! Reminders: asked once and off by default, the evening before and the morning of each date,
//! neutral words in every language, nothing new while locked or for a guest, none after the
//! wipe. Real SQLite files in temporary folders.

use std::collections::BTreeSet;

use chrono::{NaiveDate, NaiveDateTime};
use senda::guide::l10n::Isolation;
use senda::guide::Guide;
use senda::records::reminders::{self, Consent, When};
use senda::session::Session;

use crate::safety::{error_id, open, NOW};

fn at(date: NaiveDate, hour: u32) -> NaiveDateTime {
    date.and_hms_opt(hour, 0, 0).unwrap()
}

/// The moments planned for `dates` at `now`, as (date, hour, which).
fn check(dates: &[NaiveDate], now: NaiveDateTime, expected: &[(NaiveDate, u32, When)]) {
    let set: BTreeSet<NaiveDate> = dates.iter().copied().collect();
    let got: Vec<(NaiveDate, u32, When)> =
        reminders::moments(&set, now).into_iter().map(|(m, w)| (m.date(), chrono::Timelike::hour(&m), w)).collect();
    assert_eq!(got, expected, "dates {dates:?} at {now}");
}

#[test]
fn the_evening_before_and_the_morning_of_each_date_still_to_come() {
    use When::{DayBefore, OnTheDay};
    let d = date!(2026 - 12 - 02);
    let before = date!(2026 - 12 - 01);
    check(&[d], at(date!(2026 - 11 - 30), 12), &[(before, 18, DayBefore), (d, 7, OnTheDay)]);
    // Entered in the evening of the day before, after 18:00: only the morning one is left.
    check(&[d], at(before, 19), &[(d, 7, OnTheDay)]);
    check(&[d], at(d, 7), &[]);
    // The same date twice gives one pair; two days in a row give both on the first day.
    let next = date!(2026 - 12 - 03);
    check(&[d, d, next], at(before, 12), &[(before, 18, DayBefore), (d, 7, OnTheDay), (d, 18, DayBefore), (next, 7, OnTheDay)]);
    check(&[], at(before, 12), &[]);
}

#[test]
fn never_more_than_a_phone_keeps() {
    let start = date!(2027 - 01 - 01);
    let dates: Vec<NaiveDate> = (0..100).map(|i| start + chrono::Days::new(i * 2)).collect();
    let set = dates.iter().copied().collect();
    assert_eq!(reminders::moments(&set, at(date!(2026 - 12 - 01), 0)).len(), reminders::MAX_SCHEDULED);
}

/// The notification's words in every shipped language: the app's name and "something to do",
/// nothing about asylum, offices, countries or people.
#[test]
fn the_words_are_neutral_in_every_language() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let forbidden = ["asil", "azil", "COMAR", "ACNUR", "UNHCR", "México", "Mexico", "Meksik", "Estados", "refug", "firma", "siyen"];
    let d = date!(2026 - 12 - 02);
    for lang in guide.catalog().codes() {
        let l = guide.catalog().localizer(&lang);
        let plan = reminders::plan(&[d].into_iter().collect(), at(date!(2026 - 11 - 30), 12), &l);
        assert_eq!(plan.len(), 2, "{lang}");
        for r in &plan {
            assert_eq!(r.title, "Senda", "{lang}");
            assert!(!r.body.is_empty() && r.body != "reminders-notification-today", "{lang}: {}", r.body);
            for word in forbidden {
                assert!(!r.body.to_lowercase().contains(&word.to_lowercase()), "{lang}: {:?} names {word}", r.body);
            }
        }
        assert_ne!(plan[0].body, plan[1].body, "{lang}: tomorrow and today differ");
        assert!(l.misses().is_empty(), "{lang}: {:?}", l.misses());
    }
}

#[test]
fn ids_are_the_same_each_time_and_differ_between_reminders() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let l = guide.catalog().localizer("es");
    let dates = [date!(2026 - 12 - 02), date!(2026 - 12 - 03)].into_iter().collect();
    let now = at(date!(2026 - 11 - 30), 12);
    let first: Vec<i32> = reminders::plan(&dates, now, &l).iter().map(|r| r.id).collect();
    let again: Vec<i32> = reminders::plan(&dates, now, &l).iter().map(|r| r.id).collect();
    assert_eq!(first, again);
    assert_eq!(first.iter().collect::<BTreeSet<_>>().len(), first.len(), "{first:?}");
}

/// A profile whose next signing is on `day`.
fn signing_on(s: &mut Session, day: NaiveDate, today: NaiveDate) -> i64 {
    let id = s.add_profile("Ana", NOW).unwrap().id;
    s.set_date(id, "signing-next", Some(&day.to_string()), today).unwrap();
    id
}

#[test]
fn off_until_the_person_says_yes_then_the_signing_day_is_planned() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.choose_language("es").unwrap();
    let today = date!(2026 - 11 - 30);
    let now = at(today, 12);
    signing_on(&mut s, date!(2026 - 12 - 01), today);

    assert_eq!(s.reminders_consent().unwrap(), Consent::NotAsked);
    assert!(s.reminders_view(&[], false).unwrap().ask);
    assert_eq!(s.reminders(now).unwrap(), Some(Vec::new()), "off until asked");

    s.set_reminders(true).unwrap();
    let plan = s.reminders(now).unwrap().unwrap();
    let got: Vec<(NaiveDateTime, &str)> = plan.iter().map(|r| (r.at, r.body.as_str())).collect();
    assert_eq!(got, [(at(today, 18), "Tiene algo que hacer mañana."), (at(date!(2026 - 12 - 01), 7), "Tiene algo que hacer hoy.")]);
    let view = s.reminders_view(&plan, false).unwrap();
    assert!(!view.ask && view.on && view.available);
    assert!(view.platform_note.is_some(), "a desktop says it cannot remind while closed");
    assert!(s.reminders_view(&plan, true).unwrap().platform_note.is_none());
    assert_eq!(view.scheduled[0].at, "2026-11-30T18:00");
    assert!(view.scheduled[0].label.contains("Tiene algo que hacer mañana."), "{}", view.scheduled[0].label);
    assert!(!view.scheduled[0].label.contains("Ana"));

    // Remembered across a restart; off plans nothing, which cancels what was scheduled.
    drop(s);
    let mut s = open(dir.path());
    assert_eq!(s.reminders_consent().unwrap(), Consent::On);
    s.set_reminders(false).unwrap();
    assert_eq!(s.reminders(now).unwrap(), Some(Vec::new()));
    assert!(!s.reminders_view(&[], false).unwrap().ask, "asked once");
}

#[test]
fn the_safe_last_day_of_a_deadline_is_planned_but_not_one_that_passed() {
    let mut s = Session::in_memory(Guide::builtin(Isolation::Off).unwrap()).unwrap();
    let today = date!(2026 - 11 - 30);
    let id = s.add_profile("Ana", NOW).unwrap().id;
    s.set_date(id, "entered", Some("2026-11-20"), today).unwrap();
    s.set_reminders(true).unwrap();
    let comar = s.profile(id, today).unwrap().deadlines.into_iter().find(|d| d.kind == "comar").unwrap();
    let last: NaiveDate = comar.last_day.unwrap().parse().unwrap();
    let planned: BTreeSet<NaiveDate> = s.reminders(at(today, 12)).unwrap().unwrap().iter().map(|r| r.at.date()).collect();
    assert!(planned.contains(&last), "{planned:?} holds {last}");

    // Long after: every deadline has passed, nothing is planned.
    assert_eq!(s.reminders(at(date!(2028 - 01 - 01), 12)).unwrap(), Some(Vec::new()));
}

#[test]
fn nothing_new_while_locked_or_for_a_guest_and_nothing_after_the_wipe() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let today = date!(2026 - 11 - 30);
    signing_on(&mut s, date!(2026 - 12 - 05), today);
    s.set_reminders(true).unwrap();
    s.set_pin("902417").unwrap();
    s.lock().unwrap();
    // Locked: the shell keeps what it scheduled (neutral words), and the core plans nothing.
    assert_eq!(s.reminders(at(today, 12)).unwrap(), None);
    assert!(!s.reminders_view(&[], false).unwrap().available);
    s.unlock("902417", NOW).unwrap();
    assert_eq!(s.reminders(at(today, 12)).unwrap().unwrap().len(), 2);

    // A guest session leaves no trace: it schedules nothing and cannot turn reminders on.
    s.start_guest().unwrap();
    assert_eq!(s.reminders(at(today, 12)).unwrap(), None);
    assert_eq!(error_id(s.set_reminders(true)), "error-reminders-guest");
    let guest = s.reminders_view(&[], false).unwrap();
    assert!(!guest.available && !guest.ask && guest.guest_note.is_some());
    s.end_guest().unwrap();

    s.unlock("902417", NOW).unwrap();
    s.wipe().unwrap();
    assert_eq!(s.reminders_consent().unwrap(), Consent::NotAsked);
    assert_eq!(s.reminders(at(today, 12)).unwrap(), Some(Vec::new()));
}

#[test]
fn the_guide_is_read_in_the_chosen_language_while_the_data_stays_locked() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    s.choose_language("pt").unwrap();
    s.set_pin("902417").unwrap();
    s.lock().unwrap();
    let ui = s.read_while_locked("ht").unwrap();
    assert_eq!(ui.lang, "ht");
    assert_eq!(s.home().unwrap().lang, "ht");
    assert!(s.is_locked());
    assert_eq!(error_id(s.profiles(date!(2026 - 11 - 30), NOW)), "error-locked");
    assert_eq!(error_id(s.read_while_locked("xx")), "error-unknown-language");
    // Once open, the remembered language counts again.
    s.unlock("902417", NOW).unwrap();
    assert_eq!(s.home().unwrap().lang, "pt");
}
