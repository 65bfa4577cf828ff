//! Deadlines: when each one falls for a person's recorded dates, and how much time is left.
//! Pure: `today` is passed in.

use chrono::{Datelike, Days, NaiveDate as Date, Weekday};

use crate::calendar::{add_one_year, Calendar};
use crate::content::{iso_date, DeadlineDef, Rule};
use crate::l10n::{Localized, Localizer, Msg};
use crate::views::DeadlineView;

#[derive(Debug, thiserror::Error)]
pub enum DeadlineError {
    #[error("no deadline {kind:?}")]
    Unknown { kind: String },
}

impl Localized for DeadlineError {
    fn msg(&self) -> Msg {
        match self {
            DeadlineError::Unknown { kind } => Msg::new("error-deadline-unknown").user("kind", kind.as_str()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// The last day is after today.
    Upcoming,
    /// Today is the last day.
    Today,
    /// The last day has passed.
    Passed,
}

/// One deadline, computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub kind: String,
    /// The date it is counted from (for the weekly signing: today).
    pub from: Date,
    pub last_day: Date,
    /// N, for a deadline of N business days.
    pub business_days: Option<u32>,
    pub state: State,
    /// Business days after today, up to and including the last day (business-day deadlines).
    pub left_business: Option<i64>,
    /// Calendar days from today to the last day; negative once passed.
    pub left_calendar: i64,
    /// Inside the reminder window before the last day (the visitor card's 30 days).
    pub remind: bool,
}

/// Computes a dated deadline counted from `from`. `None` when the date arithmetic leaves the
/// calendar (a date at the end of time), or for the weekly rule, which has no start date.
pub fn compute(def: &DeadlineDef, from: Date, today: Date, calendar: &Calendar) -> Option<Deadline> {
    let (last_day, business_days) = match def.rule {
        Rule::BusinessDays(n) => (calendar.add_business_days(from, n)?, Some(n)),
        Rule::OneYear { early_by_days } => {
            (add_one_year(from)?.checked_sub_days(Days::new(u64::from(early_by_days)))?, None)
        }
        Rule::Weekly => return None,
    };
    Some(finish(def, from, last_day, business_days, today, calendar))
}

/// The next signing day on `weekday`, today included.
pub fn next_signing(def: &DeadlineDef, weekday: Weekday, today: Date, calendar: &Calendar) -> Deadline {
    let mut day = today;
    while day.weekday() != weekday {
        day = day.succ_opt().unwrap_or(day);
        if day == Date::MAX {
            break;
        }
    }
    finish(def, today, day, None, today, calendar)
}

fn finish(def: &DeadlineDef, from: Date, last_day: Date, business_days: Option<u32>, today: Date, calendar: &Calendar) -> Deadline {
    let left_calendar = last_day.signed_duration_since(today).num_days();
    let state = match left_calendar {
        d if d > 0 => State::Upcoming,
        0 => State::Today,
        _ => State::Passed,
    };
    let left_business = business_days.map(|_| calendar.business_days_between(today, last_day));
    let remind = def
        .remind_days_before
        .is_some_and(|days| state == State::Upcoming && left_calendar <= i64::from(days));
    Deadline { kind: def.kind.clone(), from, last_day, business_days, state, left_business, left_calendar, remind }
}

/// Weekdays by number, 1 = Monday … 7 = Sunday.
pub fn weekday_from_number(n: u8) -> Option<Weekday> {
    Some(match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        7 => Weekday::Sun,
        _ => return None,
    })
}

/// A computed deadline in the reader's language.
pub fn view(d: &Deadline, def: &DeadlineDef, l: &Localizer<'_>, statutory_only: bool) -> DeadlineView {
    let left_label = match d.state {
        State::Upcoming => match d.left_business {
            Some(business) => {
                l.msg(&Msg::new("deadline-left-business").arg("business", business).arg("calendar", d.left_calendar))
            }
            None => l.msg(&Msg::new("deadline-left-calendar").arg("calendar", d.left_calendar)),
        },
        State::Today if def.rule == Rule::Weekly => l.text("deadline-signing-today"),
        State::Today => l.text("deadline-today"),
        State::Passed => l.msg(&Msg::new("deadline-passed-ago").arg("calendar", -d.left_calendar)),
    };
    let advice = match d.state {
        State::Passed => l.text(&def.passed),
        _ if d.remind => l.text("deadline-tvrh-remind"),
        _ => l.text(&def.advice),
    };
    DeadlineView {
        kind: d.kind.clone(),
        title: l.text(&def.title),
        from: iso_date(d.from),
        last_day: iso_date(d.last_day),
        last_day_label: l.date_long(d.last_day),
        business_days: d.business_days,
        state: d.state,
        left_business: d.left_business,
        left_calendar: d.left_calendar,
        left_label,
        advice,
        remind: d.remind,
        topic: def.topic.clone(),
        statutory_only,
    }
}
