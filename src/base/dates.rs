//! Dates as the guide and the person's records write them: ISO `YYYY-MM-DD`, strictly.

use chrono::{Datelike, NaiveDate as Date};

/// Parses an ISO date (`2026-03-11`).
pub fn parse_date(text: &str) -> std::result::Result<Date, String> {
    let bad = || format!("{text:?} is not a date (YYYY-MM-DD)");
    // Exactly four, two and two ASCII digits: no sign, no spaces, no other widths.
    let bytes = text.as_bytes();
    let shape = bytes.len() == 10 && bytes.iter().enumerate().all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() });
    if !shape {
        return Err(bad());
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().map_err(|_| bad());
    let year = i32::try_from(number(0..4)?).map_err(|_| bad())?;
    Date::from_ymd_opt(year, number(5..7)?, number(8..10)?).ok_or_else(bad)
}

/// Writes a date as ISO (`2026-03-11`).
pub fn iso_date(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}
