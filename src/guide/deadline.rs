//! Deadlines: when each one falls for a person's recorded dates, how much time is left, and
//! their view in a language. Pure: `today` is passed in.
//!
//! A business-day deadline has two last days (see `calendar`): the safe one, on time under
//! every reading of the law, which is *the* deadline shown, and the latest possible one, shown
//! second so that nobody waits for it.

use chrono::{Days, NaiveDate as Date};

use crate::base::text::{Localized, Msg};
use crate::guide::calendar::{add_one_year, Calendar, Closure};
use crate::guide::content::{DeadlineDef, Rule};

#[derive(Debug, thiserror::Error)]
pub enum DeadlineError {
    #[error("no deadline {kind:?}")]
    Unknown { kind: String },
    #[error("deadline {kind:?} needs the date {key:?}")]
    MissingDate { kind: String, key: String },
}

impl Localized for DeadlineError {
    fn msg(&self) -> Msg {
        match self {
            DeadlineError::Unknown { kind } => Msg::new("error-deadline-unknown").user("kind", kind.as_str()),
            DeadlineError::MissingDate { kind, key } => {
                Msg::new("error-deadline-date-missing").user("kind", kind.as_str()).arg("key", key.as_str())
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// The (safe) last day is after today.
    Upcoming,
    /// Today is the (safe) last day.
    Today,
    /// The safe last day has passed, but the latest possible one has not: go today.
    SafePassed,
    /// Every last day has passed.
    Passed,
    /// A date the person must enter is missing (the next signing date).
    NeedsDate,
}

/// Where a count starts: a recorded date, and whether that day itself may be day 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Start {
    pub date: Date,
    /// The date key it comes from.
    pub key: String,
    /// The count starts on this day itself (the day filing became possible), not after it.
    /// Only the safe last day counts it; the latest possible one starts the day after.
    pub inclusive: bool,
}

impl Start {
    /// The start a deadline takes from a profile's recorded dates: its `starts_on` date when
    /// recorded, else its `from` date; `None` when neither is recorded.
    pub(crate) fn for_def(def: &DeadlineDef, recorded: impl Fn(&str) -> Option<Date>) -> Option<Start> {
        if let Some((key, _)) = &def.starts_on {
            if let Some(date) = recorded(key) {
                return Some(Start { date, key: key.clone(), inclusive: true });
            }
        }
        recorded(&def.from).map(|date| Start { date, key: def.from.clone(), inclusive: false })
    }
}

/// One deadline, computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub kind: String,
    pub start: Start,
    /// The safe last day: the deadline shown.
    pub last_day: Date,
    /// The latest possible last day (business-day deadlines only).
    pub latest_day: Option<Date>,
    /// N, for a deadline of N business days.
    pub business_days: Option<u32>,
    pub state: State,
    /// Business days after today, up to and including the (safe) last day (business-day
    /// deadlines).
    pub left_business: Option<i64>,
    /// Calendar days from today to the (safe) last day; negative once passed.
    pub left_calendar: i64,
    /// Inside the reminder window before the last day (the visitor card's 30 days).
    pub remind: bool,
}

/// The calendar of a deadline's latest possible day: the union reading, its own rest days,
/// and the listed closures unless `statutory_only` or the deadline is not COMAR's.
pub fn latest_calendar(def: &DeadlineDef, closures: &[Closure], statutory_only: bool) -> Calendar {
    let listed = if statutory_only || !def.closures { &[][..] } else { closures };
    Calendar::with_closures(listed).with_own_rest_days(&def.own_rest_days)
}

/// Computes a deadline from where it starts. `latest` is the calendar of its latest possible
/// day ([`latest_calendar`]). `None` when the date arithmetic leaves the calendar (a date at
/// the end of time).
pub fn compute(def: &DeadlineDef, start: &Start, today: Date, latest: &Calendar) -> Option<Deadline> {
    let safe = Calendar::safe();
    let (last_day, latest_day, business_days) = match def.rule {
        Rule::BusinessDays(n) => {
            // Starting on the day itself is the same count as starting after the day before.
            let event = if start.inclusive { start.date.pred_opt()? } else { start.date };
            (safe.add_business_days(event, n)?, Some(latest.add_business_days(start.date, n)?), Some(n))
        }
        Rule::OneYear { early_by_days } => (add_one_year(start.date)?.checked_sub_days(Days::new(u64::from(early_by_days)))?, None, None),
        Rule::Given => (start.date, None, None),
    };
    let left_calendar = last_day.signed_duration_since(today).num_days();
    let state = match left_calendar {
        d if d > 0 => State::Upcoming,
        0 => State::Today,
        _ if latest_day.is_some_and(|latest| latest >= today) => State::SafePassed,
        _ => State::Passed,
    };
    let left_business = business_days.map(|_| safe.business_days_between(today, last_day));
    let remind = def.remind_days_before.is_some_and(|days| state == State::Upcoming && left_calendar <= i64::from(days));
    Some(Deadline {
        kind: def.kind.clone(),
        start: start.clone(),
        last_day,
        latest_day,
        business_days,
        state,
        left_business,
        left_calendar,
        remind,
    })
}

/// Words a view adds from outside the deadline itself.
#[derive(Debug, Clone, Default)]
pub struct Extra {
    /// The title of the guide topic the deadline links to.
    pub topic_title: String,
    /// Sentences shown after the deadline's own notes (how often the person signs).
    pub notes: Vec<String>,
    /// True when closures listed in the content were ignored.
    pub statutory_only: bool,
}
