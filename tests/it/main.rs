//! The core's integration tests, in one binary. Real parts only: the real built-in pack,
//! packs edited on disk, real SQLite files in temporary folders.
//!
//! - `calendar` Mexican business days over three years, Easter, deadlines
//! - `l10n`     negotiation, the fallback chain, dates in each language, the completeness check
//! - `content`  the guide's structure, and broken structures refused with the right error
//! - `decide`   the decision helper's rules over every circumstance and answer
//! - `safety`   the PIN (SQLCipher, Argon2id), wrong PINs, the wipe, guests, the backup
//! - `shared`   the shared-device mode: one space per person, found by PIN, nobody listed
//! - `search`   full-text search, accents, ranking, the Spanish fallback
//! - `guide`    topic views in every shipped language
//! - `store`    migrations, a newer or foreign file refused untouched, settings
//! - `packs`    signed guide packs: hostile files, tampering, install, rollback, fallback,
//!   versions that only go up, keys that cannot be replaced, updates only for the owner
//! - `hostile_files` a malformed signature, an archive of many end records, a backup asking
//!   for gigabytes of scrypt memory, files too large to read
//! - `records`  profiles, dates, deadlines, the checklist, the summary, and the kill test
//! - `session`  first launch, the language choice remembered across processes
//! - `speech`   read aloud: sections from the view models, spoken forms, the real synthesizer
//! - `reminders` what is scheduled and when, neutral words, consent, locked, guest and wipe
//! - `bindings` `ui/src/bindings.ts` is exactly what the view models generate
//! - `packaging` the desktop entry generated from the locales; the bundle's configuration
//! - `sharekit` the installed package rebuilt and read by `dpkg-deb`; the copy to pass on:
//!   checked SHA-256 list, bilingual README, nothing personal, its pack installs elsewhere
//! - `shape`    the core's layers and no import cycle, no clock or environment in the core,
//!   shells that use only their API, the app's command lists in agreement, files of at most
//!   600 lines, a codemap that names real paths
//! - `tidy`     the architecture's invariants (no Tauri in the core, no SQL or words in shells,
//!   no hard-coded text in the UI, no remote URL, capabilities limited)

// Test dates are written with their leading zeros, `date!(2026 - 03 - 07)`, as people read them.
#![allow(clippy::zero_prefixed_literal)]

/// A date literal, as `date!(2026 - 03 - 27)`; checked when the tests compile.
macro_rules! date {
    ($y:literal - $m:literal - $d:literal) => {
        match chrono::NaiveDate::from_ymd_opt($y, $m, $d) {
            Some(date) => date,
            None => panic!("not a date"),
        }
    };
}

mod bindings;
mod calendar;
mod content;
mod decide;
mod guide;
mod hostile_files;
mod l10n;
mod packaging;
mod packs;
mod records;
mod reminders;
mod safety;
mod search;
mod session;
mod shape;
mod shared;
mod sharekit;
mod speech;
mod store;
mod tidy;

use std::path::{Path, PathBuf};

use senda::guide::pack::PackFiles;

/// The repository's root (the core package's folder).
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn repo_path(rel: &str) -> PathBuf {
    repo().join(rel)
}

/// The built-in pack with one file's text edited by `edit`.
pub fn pack_with_edit(path: &str, edit: impl FnOnce(String) -> String) -> PackFiles {
    let mut pack = PackFiles::builtin();
    let text = String::from_utf8(pack.get(path).unwrap_or_else(|| panic!("{path} is in the pack")).to_vec()).unwrap();
    let edited = edit(text.clone());
    assert_ne!(edited, text, "the edit of {path} changed nothing");
    pack.insert(path, edited);
    pack
}

/// Removes the line that defines `id` (and nothing else) from a Fluent source.
pub fn drop_message(ftl: String, id: &str) -> String {
    ftl.lines().filter(|line| !line.starts_with(&format!("{id} ="))).collect::<Vec<_>>().join("\n")
}
