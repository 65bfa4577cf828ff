//! The document checklist: each item's state for one profile, and the person's own items.
//! The items themselves are content (`content/checklists/`); this module owns the states and
//! the limits on what a person may type.

use crate::base::text::truncate;
use crate::base::text::{Localized, Msg};

pub use crate::guide::content::OWN_ITEM_PREFIX;

/// The longest note, in characters: a few paragraphs, far from a pasted document.
pub(crate) const MAX_NOTE_CHARS: usize = 2000;
/// The longest own item, in characters.
pub(crate) const MAX_ITEM_CHARS: usize = 200;

#[derive(Debug, thiserror::Error)]
pub enum ChecklistError {
    #[error("no checklist item {item:?}")]
    UnknownItem { item: String },
    #[error("no status {status:?}")]
    UnknownStatus { status: String },
    #[error("note longer than {max} characters")]
    NoteTooLong { max: usize },
    #[error("text holds control characters")]
    BadText,
    #[error("empty text")]
    Empty,
}

pub type Result<T> = std::result::Result<T, ChecklistError>;

impl Localized for ChecklistError {
    fn msg(&self) -> Msg {
        match self {
            ChecklistError::UnknownItem { item } => Msg::new("error-checklist-item-unknown").user("item", item.as_str()),
            ChecklistError::UnknownStatus { status } => Msg::new("error-checklist-status-unknown").user("status", status.as_str()),
            ChecklistError::NoteTooLong { max } => Msg::new("error-note-too-long").arg("max", *max as i64),
            ChecklistError::BadText => Msg::new("error-text-invalid"),
            ChecklistError::Empty => Msg::new("error-text-empty"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Have,
    Needed,
    NotApplicable,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Have => "have",
            Status::Needed => "needed",
            Status::NotApplicable => "not-applicable",
        }
    }

    pub fn parse(text: &str) -> Result<Status> {
        match text {
            "have" => Ok(Status::Have),
            "needed" => Ok(Status::Needed),
            "not-applicable" => Ok(Status::NotApplicable),
            other => Err(ChecklistError::UnknownStatus { status: truncate(other, 40) }),
        }
    }
}

/// Checks a note: at most [`MAX_NOTE_CHARS`], no control characters other than line breaks
/// and tabs. Surrounding white space is dropped.
pub(crate) fn clean_note(note: &str) -> Result<String> {
    clean(note, MAX_NOTE_CHARS, true)
}

/// Checks the text of a person's own item: one line, not empty, at most [`MAX_ITEM_CHARS`].
pub(crate) fn clean_item_text(text: &str) -> Result<String> {
    let text = clean(text, MAX_ITEM_CHARS, false)?;
    if text.is_empty() {
        return Err(ChecklistError::Empty);
    }
    Ok(text)
}

fn clean(text: &str, max: usize, multiline: bool) -> Result<String> {
    if text.chars().count() > max {
        return Err(ChecklistError::NoteTooLong { max });
    }
    let allowed = |c: char| !c.is_control() || (multiline && (c == '\n' || c == '\t'));
    if !text.chars().all(allowed) {
        return Err(ChecklistError::BadText);
    }
    Ok(text.trim().to_string())
}

/// The id under which a person's own item is shown and addressed.
pub(crate) fn own_item_id(row_id: i64) -> String {
    format!("{OWN_ITEM_PREFIX}{row_id}")
}

/// The row id inside an own item's id, if it is one.
pub(crate) fn parse_own_item_id(id: &str) -> Option<i64> {
    id.strip_prefix(OWN_ITEM_PREFIX)?.parse().ok().filter(|n| *n > 0)
}
