//! The business-day calendar and the deadlines counted with it, checked against dates worked
//! out by hand from the laws: the safe reading (weekends and the four holidays every reading
//! agrees on) gives the last day shown; the union of every reading gives the latest possible.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate as Date, Weekday};
use senda::base::text::Localized;
use senda::guide::calendar::{add_one_year, easter_sunday, Calendar, Closure, RestDay};
use senda::guide::deadline::{self, Start, State};
use senda::guide::l10n::Isolation;
use senda::guide::Guide;

/// Every weekday that is a rest day under the union reading, 2024 to 2028 (weekends are rest
/// days too), listed by hand from the LFPA, the LFT, Easter and the handover years.
const WEEKDAY_REST_DAYS: &[Date] = &[
    // 2024, a handover year
    date!(2024 - 01 - 01),
    date!(2024 - 02 - 05),
    date!(2024 - 03 - 18),
    date!(2024 - 03 - 21),
    date!(2024 - 03 - 28),
    date!(2024 - 03 - 29),
    date!(2024 - 05 - 01),
    date!(2024 - 09 - 16),
    date!(2024 - 10 - 01),
    date!(2024 - 11 - 18),
    date!(2024 - 11 - 20),
    date!(2024 - 12 - 25),
    // 2025
    date!(2025 - 01 - 01),
    date!(2025 - 02 - 03),
    date!(2025 - 02 - 05),
    date!(2025 - 03 - 17),
    date!(2025 - 03 - 21),
    date!(2025 - 04 - 17),
    date!(2025 - 04 - 18),
    date!(2025 - 05 - 01),
    date!(2025 - 05 - 05),
    date!(2025 - 09 - 01),
    date!(2025 - 09 - 16),
    date!(2025 - 11 - 17),
    date!(2025 - 11 - 20),
    date!(2025 - 12 - 25),
    // 2026
    date!(2026 - 01 - 01),
    date!(2026 - 02 - 02),
    date!(2026 - 02 - 05),
    date!(2026 - 03 - 16),
    date!(2026 - 04 - 02),
    date!(2026 - 04 - 03),
    date!(2026 - 05 - 01),
    date!(2026 - 05 - 05),
    date!(2026 - 09 - 01),
    date!(2026 - 09 - 16),
    date!(2026 - 11 - 16),
    date!(2026 - 11 - 20),
    date!(2026 - 12 - 25),
    // 2027: 21 March, 1 May, 20 November and 25 December fall on weekends
    date!(2027 - 01 - 01),
    date!(2027 - 02 - 01),
    date!(2027 - 02 - 05),
    date!(2027 - 03 - 15),
    date!(2027 - 03 - 25),
    date!(2027 - 03 - 26),
    date!(2027 - 05 - 05),
    date!(2027 - 09 - 01),
    date!(2027 - 09 - 16),
    date!(2027 - 11 - 15),
    // 2028: 1 January, 5 February and 16 September fall on weekends
    date!(2028 - 02 - 07),
    date!(2028 - 03 - 20),
    date!(2028 - 03 - 21),
    date!(2028 - 04 - 13),
    date!(2028 - 04 - 14),
    date!(2028 - 05 - 01),
    date!(2028 - 05 - 05),
    date!(2028 - 09 - 01),
    date!(2028 - 11 - 20),
    date!(2028 - 12 - 25),
];

/// Every weekday that is a rest day under the safe reading, 2024 to 2028: 1 January, 1 May,
/// 16 September and 25 December, when they fall on a weekday.
const SAFE_WEEKDAY_REST_DAYS: &[Date] = &[
    date!(2024 - 01 - 01),
    date!(2024 - 05 - 01),
    date!(2024 - 09 - 16),
    date!(2024 - 12 - 25),
    date!(2025 - 01 - 01),
    date!(2025 - 05 - 01),
    date!(2025 - 09 - 16),
    date!(2025 - 12 - 25),
    date!(2026 - 01 - 01),
    date!(2026 - 05 - 01),
    date!(2026 - 09 - 16),
    date!(2026 - 12 - 25),
    date!(2027 - 01 - 01),
    date!(2027 - 09 - 16),
    date!(2028 - 05 - 01),
    date!(2028 - 12 - 25),
];

/// COMAR's closures listed in `content/calendar.toml`.
const LISTED_CLOSURES: &[Date] = &[date!(2024 - 05 - 29), date!(2024 - 05 - 30), date!(2024 - 05 - 31)];

#[test]
fn every_day_of_five_years() {
    let cal = Calendar::statutory();
    let safe = Calendar::safe();
    let mut day = date!(2024 - 01 - 01);
    let mut business_per_year = std::collections::BTreeMap::new();
    while day <= date!(2028 - 12 - 31) {
        let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        assert_eq!(safe.is_business_day(day), !weekend && !SAFE_WEEKDAY_REST_DAYS.contains(&day), "safe: {day}");
        let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        let expected = !weekend && !WEEKDAY_REST_DAYS.contains(&day);
        assert_eq!(cal.is_business_day(day), expected, "{day} ({})", day.weekday());
        if expected {
            *business_per_year.entry(day.year()).or_insert(0) += 1;
        }
        day = day.succ_opt().unwrap();
    }
    assert_eq!(business_per_year[&2024], 250);
    assert_eq!(business_per_year[&2025], 247);
    assert_eq!(business_per_year[&2026], 248);
    assert_eq!(business_per_year[&2027], 251);
}

#[test]
fn the_reason_for_each_kind_of_rest_day() {
    let cal = Calendar::with_closures(&[Closure { date: date!(2024 - 05 - 29), source: "comar-press".into() }]);
    let check = |d: Date, expected: Option<RestDay>| assert_eq!(cal.rest_day(d), expected, "{d}");
    check(date!(2026 - 03 - 28), Some(RestDay::Weekend));
    check(date!(2026 - 09 - 16), Some(RestDay::AgreedHoliday));
    check(date!(2026 - 05 - 05), Some(RestDay::FixedHoliday));
    check(date!(2024 - 02 - 05), Some(RestDay::FixedHoliday)); // also the first Monday
    check(date!(2026 - 11 - 16), Some(RestDay::MondayHoliday));
    check(date!(2027 - 02 - 01), Some(RestDay::MondayHoliday));
    check(date!(2027 - 03 - 15), Some(RestDay::MondayHoliday));
    check(date!(2027 - 03 - 25), Some(RestDay::HolyWeek));
    check(date!(2027 - 03 - 26), Some(RestDay::HolyWeek));
    check(date!(2030 - 10 - 01), Some(RestDay::Handover));
    check(date!(2018 - 12 - 01), Some(RestDay::Weekend)); // a handover 1 December on a Saturday
    check(date!(2025 - 10 - 01), None); // not a handover year
    check(date!(2024 - 05 - 29), Some(RestDay::Closure { source: "comar-press".into() }));
    check(date!(2024 - 05 - 30), None);
    check(date!(2026 - 02 - 09), None); // the second Monday of February

    // The safe reading rests only on weekends and the four agreed holidays; a deadline's own
    // calendar (the amparo's 14 September) lengthens only the union reading.
    let safe = Calendar::safe().with_own_rest_days(&[(9, 14)]);
    assert_eq!(safe.rest_day(date!(2026 - 09 - 16)), Some(RestDay::AgreedHoliday));
    for day in [date!(2026 - 05 - 05), date!(2026 - 04 - 02), date!(2026 - 11 - 16), date!(2024 - 10 - 01), date!(2024 - 05 - 29)] {
        assert_eq!(safe.rest_day(day), None, "{day} is a working day under the safe reading");
    }
    assert_eq!(safe.rest_day(date!(2026 - 09 - 14)), None);
    let amparo = Calendar::statutory().with_own_rest_days(&[(9, 14), (10, 12)]);
    assert_eq!(amparo.rest_day(date!(2026 - 09 - 14)), Some(RestDay::OwnCalendar));
    assert_eq!(amparo.rest_day(date!(2026 - 10 - 12)), Some(RestDay::OwnCalendar));
}

#[test]
fn easter_dates() {
    let check = |year: i32, expected: Date| assert_eq!(easter_sunday(year), expected, "{year}");
    check(2000, date!(2000 - 04 - 23));
    check(2019, date!(2019 - 04 - 21));
    check(2024, date!(2024 - 03 - 31));
    check(2025, date!(2025 - 04 - 20));
    check(2026, date!(2026 - 04 - 05));
    check(2027, date!(2027 - 03 - 28));
    check(2030, date!(2030 - 04 - 21));
    check(2038, date!(2038 - 04 - 25));
    check(2285, date!(2285 - 03 - 22)); // the earliest possible date
    check(1943, date!(1943 - 04 - 25)); // the latest possible date
}

#[test]
fn union_deadlines_count_from_the_business_day_after_the_event() {
    let statutory = Calendar::statutory();
    let check = |event: Date, n: u32, expected: Date| {
        assert_eq!(statutory.add_business_days(event, n), Some(expected), "{n} business days after {event}");
        assert_eq!(statutory.business_days_between(event, expected), i64::from(n));
    };
    check(date!(2026 - 03 - 27), 30, date!(2026 - 05 - 14)); // across Holy Week, 1 and 5 May
    check(date!(2025 - 12 - 19), 15, date!(2026 - 01 - 13)); // across the year end
    check(date!(2026 - 01 - 31), 1, date!(2026 - 02 - 03)); // a Saturday, then a Monday rest day
    check(date!(2024 - 09 - 30), 1, date!(2024 - 10 - 02)); // the handover of 1 October 2024
    check(date!(2026 - 12 - 24), 1, date!(2026 - 12 - 28));
    check(date!(2027 - 03 - 12), 1, date!(2027 - 03 - 16));
    check(date!(2025 - 04 - 16), 1, date!(2025 - 04 - 21));
    check(date!(2026 - 05 - 14), 45, date!(2026 - 07 - 16));
    check(date!(2026 - 03 - 02), 1, date!(2026 - 03 - 03)); // an ordinary week
}

#[test]
fn listed_closures_move_a_deadline_and_statutory_only_ignores_them() {
    let closures: Vec<Closure> = [date!(2024 - 05 - 29), date!(2024 - 05 - 30), date!(2024 - 05 - 31)]
        .into_iter()
        .map(|date| Closure { date, source: "comar-press".into() })
        .collect();
    let with = Calendar::with_closures(&closures);
    assert_eq!(with.add_business_days(date!(2024 - 05 - 28), 1), Some(date!(2024 - 06 - 03)));
    assert_eq!(Calendar::statutory().add_business_days(date!(2024 - 05 - 28), 1), Some(date!(2024 - 05 - 29)));
}

#[test]
fn bad_counts_give_no_date_instead_of_looping() {
    let cal = Calendar::statutory();
    assert_eq!(cal.add_business_days(date!(2026 - 01 - 01), 0), None);
    assert_eq!(cal.add_business_days(date!(2026 - 01 - 01), u32::MAX), None);
    assert_eq!(cal.add_business_days(Date::MAX, 1), None);
    assert_eq!(cal.business_days_between(date!(2026 - 05 - 14), date!(2026 - 03 - 27)), 0);
}

#[test]
fn one_year_later() {
    assert_eq!(add_one_year(date!(2026 - 03 - 11)), Some(date!(2027 - 03 - 11)));
    assert_eq!(add_one_year(date!(2024 - 02 - 29)), Some(date!(2025 - 02 - 28)));
    assert_eq!(add_one_year(Date::MAX), None);
}

/// The business days of 2024 to mid-2029 under a reading, from rest days listed by hand.
fn business_days(weekday_rest_days: &[Date], closures: &[Date]) -> Vec<Date> {
    let rest: BTreeSet<Date> = weekday_rest_days.iter().chain(closures).copied().collect();
    date!(2024 - 01 - 01)
        .iter_days()
        .take_while(|d| *d < date!(2029 - 01 - 01))
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !rest.contains(d))
        .collect()
}

/// The `n`th business day after `from`, counted independently of the calendar module: the
/// first business day after `from` is found by a binary search, then `n - 1` are skipped.
fn nth_after(business: &[Date], from: Date, n: usize) -> Date {
    let first = business.partition_point(|d| *d <= from);
    business[first + n - 1]
}

/// Every day of 2024 to 2027 as a date of entry, notification or filing: the safe last day
/// equals an independent count with the safe reading's rest days, and the latest possible day
/// equals one with the union's, with and without COMAR's listed closures.
#[test]
fn the_safe_and_latest_days_of_every_start_in_four_years() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let safe = business_days(SAFE_WEEKDAY_REST_DAYS, &[]);
    let union = business_days(WEEKDAY_REST_DAYS, &[]);
    let with_closures = business_days(WEEKDAY_REST_DAYS, LISTED_CLOSURES);
    let mut checked = 0;
    let mut differ = 0;
    for kind in ["comar", "ratification", "appeal", "decision", "decision-extended", "nulidad"] {
        let def = guide.content().deadline(kind).unwrap();
        let n = match def.rule {
            senda::guide::content::Rule::BusinessDays(n) => n as usize,
            other => panic!("{kind} is {other:?}"),
        };
        for statutory_only in [false, true] {
            let cal = deadline::latest_calendar(def, &guide.content().closures, statutory_only);
            let latest_days = if statutory_only || !def.closures { &union } else { &with_closures };
            for from in date!(2024 - 01 - 01).iter_days().take_while(|d| d.year() <= 2027) {
                let start = Start { date: from, key: def.from.clone(), inclusive: false };
                let d = deadline::compute(def, &start, date!(2024 - 01 - 01), &cal).unwrap();
                assert_eq!(d.last_day, nth_after(&safe, from, n), "{kind} from {from}: safe");
                assert_eq!(d.latest_day, Some(nth_after(latest_days, from, n)), "{kind} from {from}: latest");
                assert!(d.last_day <= d.latest_day.unwrap());
                checked += 1;
                differ += usize::from(Some(d.last_day) != d.latest_day);
            }
        }
    }
    assert_eq!(checked, 6 * 2 * 1461);
    eprintln!("{checked} starts checked; safe and latest days differ for {differ}");
}

/// The safe reading never gives a later day than the union, whatever the deadline: a regression
/// test for the old calendar, which showed the union's day as the one "never later".
#[test]
fn the_safe_day_is_never_after_the_latest_day() {
    let safe = Calendar::safe();
    let union = Calendar::with_closures(&[Closure { date: date!(2024 - 05 - 29), source: "comar-press".into() }])
        .with_own_rest_days(&[(9, 14), (10, 12)]);
    for from in date!(2023 - 12 - 01).iter_days().take_while(|d| d.year() <= 2031) {
        for n in [1, 3, 15, 30, 45, 90] {
            assert!(safe.add_business_days(from, n) <= union.add_business_days(from, n), "{n} after {from}");
        }
    }
}

/// Forty-five COMAR and appeal cases, each worked out from the laws' rest days listed by hand
/// (the appeal counts 15 business days from the notification, COMAR 30 from the entry); the
/// latest days include COMAR's listed closures of May 2024. The figure of cases whose safe and
/// latest days differ is printed and checked.
#[test]
fn forty_five_comar_and_appeal_cases() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let mut cases = 0;
    let mut differ = 0;
    let mut check = |kind: &str, from: &str, safe: &str, latest: &str| {
        let from = senda::base::dates::parse_date(from).unwrap();
        let view = guide.deadline(kind, &[(if kind == "comar" { "entered" } else { "notified" }, from)], from, false, "es").unwrap();
        assert_eq!(view.last_day.as_deref(), Some(safe), "{kind} from {from}: safe");
        assert_eq!(view.latest_day.as_deref(), Some(latest), "{kind} from {from}: latest");
        // The latest day is written out as a second sentence only when it is another day.
        assert_eq!(view.latest_label.is_some(), safe != latest, "{kind} from {from}");
        cases += 1;
        differ += usize::from(safe != latest);
    };
    check("comar", "2024-01-02", "2024-02-13", "2024-02-14");
    check("comar", "2024-01-19", "2024-03-01", "2024-03-04");
    check("comar", "2024-02-14", "2024-03-27", "2024-04-02");
    check("comar", "2024-03-08", "2024-04-19", "2024-04-25");
    check("comar", "2024-04-15", "2024-05-28", "2024-05-28");
    check("comar", "2024-05-20", "2024-07-01", "2024-07-04"); // across the closures of May 2024
    check("comar", "2024-06-10", "2024-07-22", "2024-07-22");
    check("comar", "2024-08-16", "2024-09-30", "2024-09-30");
    check("comar", "2024-09-02", "2024-10-15", "2024-10-16"); // the handover of 1 October 2024
    check("comar", "2024-10-18", "2024-11-29", "2024-12-03");
    check("comar", "2024-11-29", "2025-01-14", "2025-01-14");
    check("comar", "2024-12-20", "2025-02-04", "2025-02-06");
    check("comar", "2025-01-10", "2025-02-21", "2025-02-25");
    check("comar", "2025-03-03", "2025-04-14", "2025-04-16");
    check("comar", "2025-04-04", "2025-05-19", "2025-05-22");
    check("comar", "2025-06-02", "2025-07-14", "2025-07-14");
    check("comar", "2025-07-18", "2025-08-29", "2025-08-29");
    check("comar", "2025-08-08", "2025-09-22", "2025-09-23");
    check("comar", "2025-10-06", "2025-11-17", "2025-11-18");
    check("comar", "2025-12-12", "2026-01-27", "2026-01-27");
    check("comar", "2026-01-23", "2026-03-06", "2026-03-10");
    check("comar", "2026-02-27", "2026-04-10", "2026-04-15");
    check("comar", "2026-03-27", "2026-05-11", "2026-05-14"); // the example
    check("comar", "2026-06-15", "2026-07-27", "2026-07-27");
    check("comar", "2026-08-03", "2026-09-14", "2026-09-15");
    check("comar", "2026-10-23", "2026-12-04", "2026-12-08");
    check("comar", "2027-01-08", "2027-02-19", "2027-02-23");
    check("comar", "2027-02-26", "2027-04-09", "2027-04-14");
    check("comar", "2027-06-07", "2027-07-19", "2027-07-19");
    check("comar", "2027-11-12", "2027-12-24", "2027-12-27");
    check("appeal", "2024-01-26", "2024-02-16", "2024-02-19");
    check("appeal", "2024-03-14", "2024-04-04", "2024-04-10");
    check("appeal", "2024-05-24", "2024-06-14", "2024-06-19");
    check("appeal", "2024-06-24", "2024-07-15", "2024-07-15");
    check("appeal", "2024-09-20", "2024-10-11", "2024-10-14");
    check("appeal", "2024-11-11", "2024-12-02", "2024-12-04");
    check("appeal", "2025-02-14", "2025-03-07", "2025-03-07");
    check("appeal", "2025-04-09", "2025-04-30", "2025-05-06");
    check("appeal", "2025-07-01", "2025-07-22", "2025-07-22");
    check("appeal", "2025-08-22", "2025-09-12", "2025-09-15");
    check("appeal", "2025-12-19", "2026-01-13", "2026-01-13");
    check("appeal", "2026-03-09", "2026-03-30", "2026-03-31");
    check("appeal", "2026-04-24", "2026-05-18", "2026-05-19");
    check("appeal", "2026-10-30", "2026-11-20", "2026-11-24");
    check("appeal", "2027-03-19", "2027-04-09", "2027-04-13");
    eprintln!("COMAR and appeal cases: {cases}; safe and latest days differ in {differ}");
    assert_eq!((cases, differ), (45, 32));
}

/// A claim filed by a representative must be ratified in person within 3 business days
/// (LRPCAP art. 11; Reglamento art. 20). Filed on Tuesday 31 March 2026, day 1 is Wednesday
/// 1 April: the safe reading counts Holy Thursday and Good Friday, so its last day is Friday
/// 3 April; the union rests on them and on the weekend, so the latest day is Tuesday 7 April.
/// Filed on Monday 8 June 2026, both readings give Thursday 11 June.
#[test]
fn ratification_of_a_claim_filed_by_a_representative() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let ratify = |filed: Date, today: Date| guide.deadline("ratification", &[("represented-filed", filed)], today, false, "en").unwrap();
    let holy_week = ratify(date!(2026 - 03 - 31), date!(2026 - 03 - 31));
    assert_eq!(holy_week.last_day.as_deref(), Some("2026-04-03"), "safe: Holy Thursday and Good Friday count");
    assert_eq!(holy_week.latest_day.as_deref(), Some("2026-04-07"), "latest: Holy Week and the weekend rest");
    assert!(holy_week.latest_label.as_deref().is_some_and(|l| l.contains("Tuesday 7 April 2026")), "{:?}", holy_week.latest_label);
    assert_eq!((holy_week.business_days, holy_week.topic.as_str()), (Some(3), "mexico-steps"));
    assert_eq!(holy_week.left_business, Some(3));
    assert!(holy_week.advice.contains("3 business days") && holy_week.advice.contains("in person"), "{}", holy_week.advice);
    // Between the two days: say to go today, and name the latest day.
    let between = ratify(date!(2026 - 03 - 31), date!(2026 - 04 - 06));
    assert_eq!(between.state, State::SafePassed);
    assert!(between.advice.contains("Tuesday 7 April 2026") && between.advice.contains("today"), "{}", between.advice);
    assert_eq!(ratify(date!(2026 - 03 - 31), date!(2026 - 04 - 08)).state, State::Passed);
    let june = ratify(date!(2026 - 06 - 08), date!(2026 - 06 - 08));
    assert_eq!((june.last_day.as_deref(), june.latest_day.as_deref()), (Some("2026-06-11"), Some("2026-06-11")));
    assert!(june.latest_label.is_none(), "one day, written once");
    // In every language, with its own words.
    for lang in &guide.content().languages {
        let view =
            guide.deadline("ratification", &[("represented-filed", date!(2026 - 03 - 31))], date!(2026 - 03 - 31), false, lang).unwrap();
        assert!(!view.title.starts_with("deadline-") && !view.advice.starts_with("deadline-"), "{lang}: {view:?}");
        assert_eq!(view.last_day.as_deref(), Some("2026-04-03"), "{lang}");
    }
}

/// The states between and after the two last days, on the example: safe Monday
/// 11 May 2026, latest Thursday 14 May 2026.
#[test]
fn the_state_between_the_safe_and_the_latest_day() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let state = |today: Date| guide.deadline("comar", &[("entered", date!(2026 - 03 - 27))], today, true, "en").unwrap();
    let check = |today: Date, expected: State| assert_eq!(state(today).state, expected, "on {today}");
    check(date!(2026 - 05 - 08), State::Upcoming);
    check(date!(2026 - 05 - 11), State::Today);
    check(date!(2026 - 05 - 12), State::SafePassed);
    check(date!(2026 - 05 - 14), State::SafePassed);
    check(date!(2026 - 05 - 15), State::Passed);
    let between = state(date!(2026 - 05 - 12));
    assert_eq!(between.left_label, "The safe last day was yesterday.");
    assert!(between.advice.contains("Thursday 14 May 2026") && between.advice.contains("today"), "{}", between.advice);
    let after = state(date!(2026 - 05 - 18));
    assert_eq!(after.left_label, "The deadline ended 4 days ago.", "counted from the latest day");
    assert!(after.advice.contains("You can still apply"), "{}", after.advice);
    assert_eq!(state(date!(2026 - 05 - 11)).left_label, "Today is the safe last day.");
}

/// The safe reading counts the day filing became possible as day 1, since the law can be read
/// either way; the latest day counts from the day after.
#[test]
fn the_day_filing_became_possible_counts_itself_for_the_safe_day() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let dates = [("entered", date!(2026 - 03 - 02)), ("could-apply", date!(2026 - 03 - 27))];
    let view = guide.deadline("comar", &dates, date!(2026 - 04 - 01), true, "en").unwrap();
    assert_eq!(view.from_key.as_deref(), Some("could-apply"));
    assert_eq!(view.last_day.as_deref(), Some("2026-05-08"), "27 March is day 1");
    assert_eq!(view.latest_day.as_deref(), Some("2026-05-14"), "day 1 is 30 March");
    let from = view.from_label.unwrap();
    assert!(from.contains("Friday 27 March 2026") && from.contains("could apply"), "{from}");
    let only_entry = guide.deadline("comar", &dates[..1], date!(2026 - 04 - 01), true, "en").unwrap();
    assert_eq!(only_entry.from_key.as_deref(), Some("entered"));
    assert!(only_entry.from_label.unwrap().contains("business day after Monday 2 March 2026"));
}

/// The court deadlines after a refusal: safe days, their own calendars for the latest day,
/// and the words that send the person to a lawyer today.
#[test]
fn court_deadlines_after_a_refusal() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let today = date!(2026 - 08 - 20);
    let notified = [("notified", date!(2026 - 08 - 20))];
    let nulidad = guide.deadline("nulidad", &notified, today, false, "es").unwrap();
    // 30 business days from 21 August 2026: 16 September is a rest day for both readings;
    // the union also rests on 1 September.
    assert_eq!(nulidad.last_day.as_deref(), Some("2026-10-02"));
    assert_eq!(nulidad.latest_day.as_deref(), Some("2026-10-05"));
    assert_eq!(nulidad.topic, "help");
    assert!(nulidad.notes.iter().any(|n| n.contains("abogado")), "{:?}", nulidad.notes);
    let amparo = guide.deadline("amparo", &notified, today, false, "es").unwrap();
    // 15 business days: the amparo's own 14 September joins 1 and 16 September for the union.
    assert_eq!(amparo.last_day.as_deref(), Some("2026-09-10"));
    assert_eq!(amparo.latest_day.as_deref(), Some("2026-09-11"));
    let amparo_sept = guide.deadline("amparo", &[("notified", date!(2026 - 09 - 01))], today, false, "es").unwrap();
    assert_eq!(amparo_sept.last_day.as_deref(), Some("2026-09-23"));
    assert_eq!(amparo_sept.latest_day.as_deref(), Some("2026-09-24"), "14 September counts as a rest day");
    assert!(amparo.notes.iter().any(|n| n.contains("cualquier momento")), "{:?}", amparo.notes);
    assert_eq!(nulidad.business_days, Some(30));
    assert_eq!(amparo.business_days, Some(15));
    // The next signing is a date the person gives; nothing counts it from anything.
    let signing = guide.deadline("signing", &[("signing-next", today)], today, false, "es");
    assert_eq!(signing.expect_err("not counted").msg().id, "error-deadline-unknown");
}

/// The one-year limits have no second reading of business days: one day only.
#[test]
fn the_one_year_limits_have_one_day() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let today = date!(2026 - 04 - 01);
    let tvrh = guide.deadline("tvrh", &[("tvrh-issued", date!(2025 - 04 - 20))], today, false, "es").unwrap();
    assert_eq!((tvrh.last_day.as_deref(), tvrh.latest_day.as_deref()), (Some("2026-04-20"), None));
    let us = guide.deadline("us-one-year", &[("us-arrival", date!(2025 - 06 - 01))], today, false, "es").unwrap();
    assert_eq!((us.last_day.as_deref(), us.latest_day.as_deref()), (Some("2026-05-31"), None));
    assert!(tvrh.latest_label.is_none() && us.latest_label.is_none());
}

/// A business-day deadline must say what to do between its two last days and how to give the
/// latest one; a broken deadlines file is refused when the guide loads.
#[test]
fn a_business_day_deadline_needs_its_words_for_the_latest_day() {
    let check = |edit: &dyn Fn(String) -> String, expected: &str| {
        let pack = crate::pack_with_edit("content/deadlines.toml", edit);
        let err = Guide::load(&pack, Isolation::Off).expect_err("refused");
        let detail = err.detail().unwrap_or_default();
        assert!(detail.contains(expected), "{detail}");
    };
    check(&|s| s.replacen("latest = \"deadline-latest-comar\"\n", "", 1), "business days need both");
    check(&|s| s.replace("own_rest_days = [\"09-14\", \"10-12\"]", "own_rest_days = [\"09-31\"]"), "not a day of the year");
    check(&|s| s.replace("starts_on_label = \"deadline-counted-from-could-apply\"\n", ""), "`starts_on` goes with");
    check(
        &|s| s.replace("from = \"signing-next\"\ngiven = true", "from = \"signing-next\"\ngiven = true\nclosures = false"),
        "go with business days",
    );
}
