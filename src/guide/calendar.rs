//! The Mexican business-day calendar: pure date arithmetic, no clock.
//!
//! The laws disagree on which weekdays are rest days, and every extra rest day moves a last
//! day *later*. So there are two readings (facts.md §2, "Algorithm"):
//!
//! - the **safe** reading counts as rest days only what every reading agrees on: weekends,
//!   1 January, 1 May, 16 September and 25 December. A last day counted with it is on time
//!   under any reading, and it is the deadline Senda shows;
//! - the **union** reading also rests on the other fixed dates of LFPA art. 28 (5 Feb, 21 Mar,
//!   5 May, 1 Sep, 20 Nov), the Monday rest days of LFT art. 74 (first Monday of February,
//!   third Monday of March and of November), Holy Thursday and Good Friday, 1 October and
//!   1 December of a federal handover year (2024, 2030, …), closures listed in the content,
//!   and any rest days of a deadline's own calendar (the amparo's). A last day counted with it
//!   is the latest the law may allow, shown only second, as "do not wait for it".

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Days, NaiveDate as Date, Weekday};

/// Why a day is not a business day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestDay {
    Weekend,
    /// 1 January, 1 May, 16 September or 25 December: a rest day under every reading.
    AgreedHoliday,
    /// Another fixed date of LFPA art. 28 (5 Feb, 21 Mar, 5 May, 1 Sep, 20 Nov).
    FixedHoliday,
    /// A Monday rest day of LFT art. 74.
    MondayHoliday,
    /// Holy Thursday or Good Friday.
    HolyWeek,
    /// 1 October or 1 December of a federal handover year.
    Handover,
    /// A fixed rest day of one deadline's own calendar (the amparo's 14 Sep and 12 Oct).
    OwnCalendar,
    /// A closure announced by an official notice, listed in the content with its source.
    Closure {
        source: String,
    },
}

/// A day listed in the content as closed (for example a COMAR suspension), with its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closure {
    pub date: Date,
    pub source: String,
}

/// Which days a count rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Reading {
    /// Only the rest days every reading agrees on: the safe last day.
    Safe,
    /// The union of every reading's rest days: the latest possible last day.
    #[default]
    Union,
}

/// The rest days every reading agrees on, besides weekends: (month, day).
pub(crate) const AGREED_HOLIDAYS: [(u32, u32); 4] = [(1, 1), (5, 1), (9, 16), (12, 25)];
/// The other fixed rest days of LFPA art. 28: (month, day).
const OTHER_LFPA_HOLIDAYS: [(u32, u32); 5] = [(2, 5), (3, 21), (5, 5), (9, 1), (11, 20)];

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    reading: Reading,
    closures: BTreeMap<Date, String>,
    /// Fixed rest days of a deadline's own calendar, (month, day); union reading only.
    own_rest_days: BTreeSet<(u32, u32)>,
}

/// Business days are counted at most this far: about 40 years of working days. A count beyond
/// it is a caller's mistake, and stopping keeps a bad input from looping for long.
const MAX_BUSINESS_DAYS: u32 = 10_000;

impl Calendar {
    /// The safe reading: weekends and the four holidays every reading agrees on. Listed
    /// closures do not count, since a closure can only move a last day later.
    pub fn safe() -> Calendar {
        Calendar { reading: Reading::Safe, ..Calendar::default() }
    }

    /// The union reading of the laws alone, without listed closures.
    pub fn statutory() -> Calendar {
        Calendar::default()
    }

    /// The union reading plus closures listed in the content.
    pub fn with_closures(closures: &[Closure]) -> Calendar {
        Calendar { closures: closures.iter().map(|c| (c.date, c.source.clone())).collect(), ..Calendar::default() }
    }

    /// This calendar plus a deadline's own fixed rest days, (month, day). They lengthen only
    /// the union reading: the safe reading stays the safe one.
    pub fn with_own_rest_days(mut self, days: &[(u32, u32)]) -> Calendar {
        self.own_rest_days.extend(days.iter().copied());
        self
    }

    pub fn reading(&self) -> Reading {
        self.reading
    }

    pub fn closures(&self) -> impl Iterator<Item = (Date, &str)> {
        self.closures.iter().map(|(d, s)| (*d, s.as_str()))
    }

    /// Why `date` is not a business day, or `None` if it is one.
    pub fn rest_day(&self, date: Date) -> Option<RestDay> {
        if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            return Some(RestDay::Weekend);
        }
        let (year, month, day) = (date.year(), date.month(), date.day());
        if AGREED_HOLIDAYS.contains(&(month, day)) {
            return Some(RestDay::AgreedHoliday);
        }
        if self.reading == Reading::Safe {
            return None;
        }
        if OTHER_LFPA_HOLIDAYS.contains(&(month, day)) {
            return Some(RestDay::FixedHoliday);
        }
        if date.weekday() == Weekday::Mon {
            let nth = (day - 1) / 7 + 1;
            if (month == 2 && nth == 1) || (matches!(month, 3 | 11) && nth == 3) {
                return Some(RestDay::MondayHoliday);
            }
        }
        let easter = easter_sunday(year);
        if easter.checked_sub_days(Days::new(3)) == Some(date) || easter.checked_sub_days(Days::new(2)) == Some(date) {
            return Some(RestDay::HolyWeek);
        }
        if is_handover_year(year) && ((month == 10 || month == 12) && day == 1) {
            return Some(RestDay::Handover);
        }
        if self.own_rest_days.contains(&(month, day)) {
            return Some(RestDay::OwnCalendar);
        }
        self.closures.get(&date).map(|source| RestDay::Closure { source: source.clone() })
    }

    pub fn is_business_day(&self, date: Date) -> bool {
        self.rest_day(date).is_none()
    }

    /// The `n`th business day after `event`: day 1 is the first business day strictly after
    /// the event's date. `None` if `n` is 0, absurdly large, or runs past the calendar's end.
    pub fn add_business_days(&self, event: Date, n: u32) -> Option<Date> {
        if n == 0 || n > MAX_BUSINESS_DAYS {
            return None;
        }
        let mut date = event;
        let mut counted = 0;
        while counted < n {
            date = date.succ_opt()?;
            if self.is_business_day(date) {
                counted += 1;
            }
        }
        Some(date)
    }

    /// Business days in `(from, to]`: after `from`, up to and including `to`. Zero when `to`
    /// is not after `from`.
    pub fn business_days_between(&self, from: Date, to: Date) -> i64 {
        let mut count = 0;
        let mut date = from;
        while date < to {
            match date.succ_opt() {
                Some(next) => date = next,
                None => break,
            }
            if self.is_business_day(date) {
                count += 1;
            }
        }
        count
    }
}

/// Mexico's federal government changes hands every six years (2024, 2030, …; 2018 before).
pub(crate) fn is_handover_year(year: i32) -> bool {
    year.rem_euclid(6) == 2024 % 6
}

/// Easter Sunday of the Gregorian calendar (the anonymous algorithm, valid for every year of
/// the Gregorian calendar).
pub fn easter_sunday(year: i32) -> Date {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    // The algorithm yields a day of March or April, which exists in every year a date can
    // hold; the fallback only keeps the function total.
    Date::from_ymd_opt(year, month as u32, day as u32).unwrap_or(Date::MIN)
}

/// The same day one year later; 29 February becomes 28 February in a common year.
pub fn add_one_year(date: Date) -> Option<Date> {
    let year = date.year().checked_add(1)?;
    Date::from_ymd_opt(year, date.month(), date.day()).or_else(|| Date::from_ymd_opt(year, date.month(), date.day() - 1))
}
