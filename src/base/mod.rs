//! The lowest layer, which depends on nothing else of Senda's: text to be translated (`Msg`,
//! `Arg`, `Localized`), dates as the guide writes them, owner-only files and the files a
//! person hands over.

pub mod dates;
#[cfg(any(feature = "safety", feature = "packs"))]
pub mod files;
#[cfg(any(feature = "packs", feature = "safety"))]
pub mod incoming;
pub mod text;
