//! The person's records: the SQLite store and its migrations, profiles and the rules for what
//! a person types, the document checklist, reminders and the encrypted backup.

#[cfg(feature = "safety")]
pub mod backup;
pub mod checklist;
pub mod entry;
pub mod profile;
pub mod reminders;
pub mod store;
