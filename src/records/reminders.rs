//! Reminders: which local notifications to schedule for the dates a person entered (a signing
//! day, the last day of a deadline), when, and their words. The words are neutral on purpose:
//! a notification can be read on a locked phone by anyone who holds it, so it never names
//! asylum, an office, a country or a person — only "Senda: you have something to do
//! tomorrow" (or today), in the reader's language. Pure: the shell passes "now" and schedules.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate as Date, NaiveDateTime, NaiveTime};

use crate::base::text::{Localized, Msg};
use crate::guide::l10n::Localizer;

/// The evening before a date, "you have something to do tomorrow".
pub(crate) const DAY_BEFORE_HOUR: u32 = 18;
/// The morning of the date itself, "you have something to do today": early, since offices
/// open early and queues are long.
pub(crate) const ON_THE_DAY_HOUR: u32 = 7;
/// At most this many are scheduled at once (iOS keeps 64 pending notifications per app).
pub const MAX_SCHEDULED: usize = 60;

/// The person's answer to "do you want reminders?": asked once, off until they say yes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consent {
    NotAsked,
    On,
    Off,
}

impl Consent {
    /// Reads the stored setting; anything unknown counts as never asked.
    pub fn parse(stored: Option<&str>) -> Consent {
        match stored {
            Some("on") => Consent::On,
            Some("off") => Consent::Off,
            _ => Consent::NotAsked,
        }
    }

    pub fn stored(on: bool) -> &'static str {
        if on {
            "on"
        } else {
            "off"
        }
    }
}

/// Which of the two reminders of a date this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum When {
    DayBefore,
    OnTheDay,
}

/// One notification to schedule, in local time, with its neutral words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    /// Stable for the same moment, so scheduling again replaces rather than duplicates.
    pub id: i32,
    pub at: NaiveDateTime,
    pub when: When,
    pub title: String,
    pub body: String,
}

#[derive(Debug, thiserror::Error)]
pub enum RemindersError {
    /// A guest session leaves no trace, and a scheduled notification would be one.
    #[error("reminders cannot be set in a guest session")]
    Guest,
}

impl Localized for RemindersError {
    fn msg(&self) -> Msg {
        match self {
            RemindersError::Guest => Msg::new("error-reminders-guest"),
        }
    }
}

/// The moments for the dates given, after `now`: the evening before and the morning of each
/// date, earliest first, at most [`MAX_SCHEDULED`]. Two dates on the same day give one pair.
pub fn moments(dates: &BTreeSet<Date>, now: NaiveDateTime) -> Vec<(NaiveDateTime, When)> {
    let at = |day: Date, hour: u32| day.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or(NaiveTime::MIN));
    let mut out: Vec<(NaiveDateTime, When)> = dates
        .iter()
        .flat_map(|&day| {
            let before = day.checked_sub_days(Days::new(1)).map(|d| (at(d, DAY_BEFORE_HOUR), When::DayBefore));
            [before, Some((at(day, ON_THE_DAY_HOUR), When::OnTheDay))]
        })
        .flatten()
        .filter(|(moment, _)| *moment > now)
        .collect();
    out.sort();
    out.dedup();
    out.truncate(MAX_SCHEDULED);
    out
}

/// The reminders for the dates given, with their words in the localizer's language.
pub fn plan(dates: &BTreeSet<Date>, now: NaiveDateTime, l: &Localizer<'_>) -> Vec<Reminder> {
    let title = l.text("reminders-notification-title");
    moments(dates, now)
        .into_iter()
        .map(|(at, when)| Reminder { id: id_for(at, when), at, when, title: title.clone(), body: body(when, l) })
        .collect()
}

/// The notification's text for a moment: tomorrow, or today.
pub fn body(when: When, l: &Localizer<'_>) -> String {
    l.text(match when {
        When::DayBefore => "reminders-notification-tomorrow",
        When::OnTheDay => "reminders-notification-today",
    })
}

/// Days since 1 January 2000, twice, plus which reminder of the day: fits an `i32` for
/// millennia, and is the same each time the same reminder is planned.
fn id_for(at: NaiveDateTime, when: When) -> i32 {
    let epoch = Date::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    let days = (at.date() - epoch).num_days();
    let slot = match when {
        When::DayBefore => 0,
        When::OnTheDay => 1,
    };
    i32::try_from(days * 2 + slot).unwrap_or(i32::MAX)
}
