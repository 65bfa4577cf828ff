//! Senda's core: the offline asylum guide, its languages, and the person's own data.
//!
//! Every rule lives here. The app shell (`src-tauri/`) and the `senda` command line (`cli/`)
//! are thin adapters that parse input, call one function of this crate and show the result.
//! This crate never depends on Tauri, reads no clock and no environment: callers pass in
//! paths, languages and dates.
//!
//! The features `safety` (PIN, SQLCipher, backup), `packs` (signed pack files) and `speech`
//! (read aloud) are on by default; the web edition builds without them.

pub mod base;
pub mod error;
pub mod guide;
pub mod packs;
pub mod records;
#[cfg(feature = "safety")]
pub mod safety;
pub mod session;
pub mod views;

pub use error::{Error, Result};

/// The application identifier, shared by the app shell and the command line so both use the
/// same data folder (`<platform data folder>/<APP_ID>`).
pub const APP_ID: &str = "org.senda.app";

/// The name of the personal database inside the data folder.
pub const DATABASE_FILE: &str = "senda.db";
