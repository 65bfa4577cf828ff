//! One validator for what a person enters: a profile's name, its dates and how often they
//! sign, a checklist item's state and note, their own items. Edits and backup import both go
//! through it, so that a backup cannot hold what could not have been typed.

use chrono::NaiveDate as Date;

use crate::base::dates::iso_date;
use crate::guide::content::Content;
use crate::records::checklist::{clean_item_text, clean_note, ChecklistError, Status};
use crate::records::profile::{
    clean_name, parse_every_days, parse_person_date, parse_weekday, ProfileError, SIGNING_DAY, SIGNING_EVERY_DAYS, SIGNING_KEYS,
};

/// What a person may enter, for a guide's content.
pub(crate) struct Entries<'a> {
    content: &'a Content,
}

impl<'a> Entries<'a> {
    pub fn new(content: &'a Content) -> Entries<'a> {
        Entries { content }
    }

    /// A profile's name, cleaned: what is kept.
    pub fn name(name: &str) -> Result<String, ProfileError> {
        clean_name(name)
    }

    /// One of a profile's dates, or how often they sign, as it is kept, with the key that
    /// recording it clears: `signing-day` takes a weekday number (1 = Monday … 7 = Sunday),
    /// `signing-every-days` a number of days, each clearing the other; every other key a
    /// plausible date for `today`.
    pub fn date(&self, key: &str, value: &str, today: Date) -> Result<(String, Option<&'static str>), ProfileError> {
        let entered = match key {
            SIGNING_DAY => (parse_weekday(value)?.to_string(), Some(SIGNING_EVERY_DAYS)),
            SIGNING_EVERY_DAYS => (parse_every_days(value)?.to_string(), Some(SIGNING_DAY)),
            _ => (iso_date(parse_person_date(value, today)?), None),
        };
        self.known_key(key)?;
        Ok(entered)
    }

    /// Refuses a key that is neither one of the content's dates nor how often the person signs.
    pub(crate) fn known_key(&self, key: &str) -> Result<(), ProfileError> {
        if SIGNING_KEYS.contains(&key) || self.content.date_keys.iter().any(|k| k.key == key) {
            return Ok(());
        }
        let mut keys: Vec<String> = self.content.date_keys.iter().map(|k| k.key.clone()).collect();
        keys.extend(SIGNING_KEYS.iter().map(|k| k.to_string()));
        Err(ProfileError::UnknownDateKey { key: key.chars().take(40).collect(), keys })
    }

    /// A checklist item's state.
    pub fn status(status: &str) -> Result<Status, ChecklistError> {
        Status::parse(status)
    }

    /// A note on a checklist item, cleaned.
    pub fn note(note: &str) -> Result<String, ChecklistError> {
        clean_note(note)
    }

    /// Refuses an item that is not in the guide's checklists.
    pub fn item(&self, item: &str) -> Result<(), ChecklistError> {
        match self.content.checklist_item(item) {
            Some(_) => Ok(()),
            None => Err(ChecklistError::UnknownItem { item: item.chars().take(60).collect() }),
        }
    }

    /// The words of a person's own checklist item, cleaned.
    pub(crate) fn own_item_text(text: &str) -> Result<String, ChecklistError> {
        clean_item_text(text)
    }
}
