//! The business-day calendar, checked against dates worked out by hand from the laws.

use senda::calendar::{add_one_year, easter_sunday, Calendar, Closure, RestDay};
use chrono::{Datelike, NaiveDate as Date, Weekday};

/// Every weekday that is a rest day in 2024, 2025 and 2026 (weekends are rest days too).
const WEEKDAY_REST_DAYS: &[Date] = &[
    // 2024, a handover year
    date!(2024 - 01 - 01), date!(2024 - 02 - 05), date!(2024 - 03 - 18), date!(2024 - 03 - 21),
    date!(2024 - 03 - 28), date!(2024 - 03 - 29), date!(2024 - 05 - 01), date!(2024 - 09 - 16),
    date!(2024 - 10 - 01), date!(2024 - 11 - 18), date!(2024 - 11 - 20), date!(2024 - 12 - 25),
    // 2025
    date!(2025 - 01 - 01), date!(2025 - 02 - 03), date!(2025 - 02 - 05), date!(2025 - 03 - 17),
    date!(2025 - 03 - 21), date!(2025 - 04 - 17), date!(2025 - 04 - 18), date!(2025 - 05 - 01),
    date!(2025 - 05 - 05), date!(2025 - 09 - 01), date!(2025 - 09 - 16), date!(2025 - 11 - 17),
    date!(2025 - 11 - 20), date!(2025 - 12 - 25),
    // 2026
    date!(2026 - 01 - 01), date!(2026 - 02 - 02), date!(2026 - 02 - 05), date!(2026 - 03 - 16),
    date!(2026 - 04 - 02), date!(2026 - 04 - 03), date!(2026 - 05 - 01), date!(2026 - 05 - 05),
    date!(2026 - 09 - 01), date!(2026 - 09 - 16), date!(2026 - 11 - 16), date!(2026 - 11 - 20),
    date!(2026 - 12 - 25),
];

#[test]
fn every_day_of_three_years() {
    let cal = Calendar::statutory();
    let mut day = date!(2024 - 01 - 01);
    let mut business_per_year = std::collections::BTreeMap::new();
    while day <= date!(2026 - 12 - 31) {
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
}

#[test]
fn the_reason_for_each_kind_of_rest_day() {
    let cal = Calendar::with_closures(&[Closure { date: date!(2024 - 05 - 29), source: "comar-press".into() }]);
    let check = |d: Date, expected: Option<RestDay>| assert_eq!(cal.rest_day(d), expected, "{d}");
    check(date!(2026 - 03 - 28), Some(RestDay::Weekend));
    check(date!(2026 - 09 - 16), Some(RestDay::FixedHoliday));
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
fn deadlines_count_from_the_business_day_after_the_event() {
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
