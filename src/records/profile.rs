//! Profiles: the person and each family member. Owns the rules for what a person types into a
//! profile (names, dates, how often they sign) and the errors for profiles that are not there.

use chrono::{Days, NaiveDate as Date};

use crate::base::dates::{iso_date, parse_date};
use crate::base::text::truncate;
use crate::base::text::{Localized, Msg};

/// The key under which the weekday a person signs on is kept, if their office gave one.
/// Profiles made before the next signing date could be entered hold only this.
pub const SIGNING_DAY: &str = "signing-day";

/// The key under which "every N days" is kept, if the office said so.
pub const SIGNING_EVERY_DAYS: &str = "signing-every-days";

/// The keys of how often a person signs: kept beside the dates, but not dates.
pub(crate) const SIGNING_KEYS: [&str; 2] = [SIGNING_DAY, SIGNING_EVERY_DAYS];

/// The longest name or nickname, in characters.
pub(crate) const MAX_NAME_CHARS: usize = 80;
/// A removed profile can be brought back for this long.
pub const UNDO_SECONDS: i64 = 24 * 60 * 60;
/// The earliest date a profile may record.
pub(crate) const EARLIEST_DATE: Date = match Date::from_ymd_opt(1950, 1, 1) {
    Some(date) => date,
    None => Date::MIN,
};
/// How far after today a recorded date may lie (a visitor card issued today, a date typed
/// a little ahead). Anything later is a typing mistake.
pub(crate) const LATEST_DAYS_AHEAD: u64 = 366;
/// The longest signing interval a person can record, in days.
pub(crate) const MAX_EVERY_DAYS: u32 = 90;

#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("empty name")]
    NameEmpty,
    #[error("name longer than {max} characters")]
    NameTooLong { max: usize },
    #[error("name holds control characters")]
    NameBadText,
    #[error("a profile is already called {name:?}")]
    Exists { name: String },
    #[error("no profile called {name:?}")]
    NotFound { name: String },
    #[error("several profiles: say which")]
    Choose,
    #[error("no profile yet")]
    None,
    #[error("profile {name:?} can no longer be restored")]
    RestoreExpired { name: String },
    #[error("{value:?} is not a date")]
    BadDate { value: String },
    #[error("{year}-{month:02}-{day:02} does not exist")]
    ImpossibleDate { day: u32, month: u32, year: i32 },
    #[error("{value} is outside {min}..={max}")]
    DateOutOfRange { value: String, min: String, max: String },
    #[error("no date {key:?}")]
    UnknownDateKey { key: String, keys: Vec<String> },
    #[error("{value:?} is not a weekday")]
    BadWeekday { value: String },
    #[error("{value:?} is not a number of days from 1 to {max}")]
    BadEveryDays { value: String, max: u32 },
}

pub type Result<T> = std::result::Result<T, ProfileError>;

impl Localized for ProfileError {
    fn msg(&self) -> Msg {
        match self {
            ProfileError::NameEmpty => Msg::new("error-profile-name-empty"),
            ProfileError::NameTooLong { max } => Msg::new("error-profile-name-too-long").arg("max", *max as i64),
            ProfileError::NameBadText => Msg::new("error-text-invalid"),
            ProfileError::Exists { name } => Msg::new("error-profile-exists").user("name", name.as_str()),
            ProfileError::NotFound { name } => Msg::new("error-profile-not-found").user("name", name.as_str()),
            ProfileError::Choose => Msg::new("error-profile-choose"),
            ProfileError::None => Msg::new("error-profile-none"),
            ProfileError::RestoreExpired { name } => Msg::new("error-profile-restore-expired").user("name", name.as_str()),
            ProfileError::BadDate { value } => Msg::new("error-date-invalid").user("value", value.as_str()),
            ProfileError::ImpossibleDate { day, month, year } => {
                Msg::new("error-date-impossible").arg("day", i64::from(*day)).arg("month", i64::from(*month)).arg("year", i64::from(*year))
            }
            ProfileError::DateOutOfRange { value, min, max } => {
                Msg::new("error-date-out-of-range").user("value", value.as_str()).arg("min", min.as_str()).arg("max", max.as_str())
            }
            ProfileError::UnknownDateKey { key, keys } => {
                Msg::new("error-date-key-unknown").user("key", key.as_str()).arg("keys", keys.join(", "))
            }
            ProfileError::BadWeekday { value } => Msg::new("error-weekday-invalid").user("value", value.as_str()),
            ProfileError::BadEveryDays { value, max } => {
                Msg::new("error-signing-every-invalid").user("value", value.as_str()).arg("max", i64::from(*max))
            }
        }
    }
}

/// A profile as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub id: i64,
    pub name: String,
}

/// Checks a name or nickname: any script, one line, 1 to [`MAX_NAME_CHARS`] characters.
pub(crate) fn clean_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(ProfileError::NameEmpty);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(ProfileError::NameTooLong { max: MAX_NAME_CHARS });
    }
    if name.chars().any(char::is_control) {
        return Err(ProfileError::NameBadText);
    }
    Ok(name.to_string())
}

/// Parses a date a person typed or chose (`YYYY-MM-DD`) and checks it is plausible: not
/// before [`EARLIEST_DATE`], not more than [`LATEST_DAYS_AHEAD`] days after `today`. A day
/// and month that exist but not together (31 February) get their own error, in words.
pub fn parse_person_date(value: &str, today: Date) -> Result<Date> {
    let shown = truncate(value.trim(), 40);
    let date = parse_date(value.trim()).map_err(|_| impossible(value.trim()).unwrap_or(ProfileError::BadDate { value: shown.clone() }))?;
    let latest = latest_date(today);
    if date < EARLIEST_DATE || date > latest {
        return Err(ProfileError::DateOutOfRange { value: shown, min: iso_date(EARLIEST_DATE), max: iso_date(latest) });
    }
    Ok(date)
}

/// The latest date a profile may record on `today`.
pub(crate) fn latest_date(today: Date) -> Date {
    today.checked_add_days(Days::new(LATEST_DAYS_AHEAD)).unwrap_or(Date::MAX)
}

/// A well-formed `YYYY-MM-DD` whose day (1–31) and month (1–12) are real but do not meet in
/// that year, as 2026-02-30 or 2026-04-31.
fn impossible(value: &str) -> Option<ProfileError> {
    let bytes = value.as_bytes();
    let shape = bytes.len() == 10 && bytes.iter().enumerate().all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() });
    if !shape {
        return None;
    }
    let (year, month, day) = (value[0..4].parse().ok()?, value[5..7].parse().ok()?, value[8..10].parse().ok()?);
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(ProfileError::ImpossibleDate { day, month, year })
}

/// Parses how often a person must sign, as a number of days from 1 to [`MAX_EVERY_DAYS`].
pub(crate) fn parse_every_days(value: &str) -> Result<u32> {
    match value.trim().parse::<u32>() {
        Ok(n @ 1..=MAX_EVERY_DAYS) => Ok(n),
        _ => Err(ProfileError::BadEveryDays { value: truncate(value.trim(), 20), max: MAX_EVERY_DAYS }),
    }
}

/// Parses a weekday typed as a number, 1 = Monday … 7 = Sunday.
pub(crate) fn parse_weekday(value: &str) -> Result<u8> {
    match value.trim().parse::<u8>() {
        Ok(n @ 1..=7) => Ok(n),
        _ => Err(ProfileError::BadWeekday { value: truncate(value.trim(), 20) }),
    }
}
