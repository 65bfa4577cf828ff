//! The crate's error: one enum wrapping each module's error, so shells map a single type to
//! a translated message and an exit code.

use std::path::PathBuf;

use crate::base::text::{Localized, Msg};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    L10n(#[from] crate::guide::l10n::L10nError),
    #[error(transparent)]
    Content(#[from] crate::guide::content::ContentError),
    #[error(transparent)]
    Guide(#[from] crate::guide::GuideError),
    #[error(transparent)]
    Search(#[from] crate::guide::search::SearchError),
    #[error(transparent)]
    Store(#[from] crate::records::store::StoreError),
    #[error(transparent)]
    Pack(#[from] crate::guide::pack::PackError),
    #[error(transparent)]
    Profile(#[from] crate::records::profile::ProfileError),
    #[error(transparent)]
    Checklist(#[from] crate::records::checklist::ChecklistError),
    #[error(transparent)]
    Deadline(#[from] crate::guide::deadline::DeadlineError),
    #[error(transparent)]
    Decide(#[from] crate::guide::decide::DecideError),
    #[cfg(feature = "packs")]
    #[error(transparent)]
    Update(#[from] crate::packs::updates::UpdateError),
    #[cfg(feature = "safety")]
    #[error(transparent)]
    Vault(#[from] crate::safety::vault::VaultError),
    #[cfg(feature = "packs")]
    #[error(transparent)]
    PackFile(#[from] crate::packs::packfile::PackFileError),
    #[cfg(feature = "packs")]
    #[error(transparent)]
    ShareKit(#[from] crate::packs::sharekit::ShareKitError),
    #[cfg(any(feature = "packs", feature = "safety"))]
    #[error(transparent)]
    TooLarge(#[from] crate::base::incoming::TooLarge),
    #[cfg(feature = "speech")]
    #[error(transparent)]
    Speech(#[from] crate::guide::speech::SpeechError),
    #[error(transparent)]
    Reminders(#[from] crate::records::reminders::RemindersError),
    /// Without `safety` a session is never locked; the variant keeps the type the same.
    #[cfg(not(feature = "safety"))]
    #[error("the data is locked")]
    Locked,
    #[error("cannot use the data folder {path}: {source}")]
    DataFolder { path: PathBuf, source: std::io::Error },
    #[error("cannot read {path}: {source}")]
    FileRead { path: PathBuf, source: std::io::Error },
    #[error("cannot write {path}: {source}")]
    FileWrite { path: PathBuf, source: std::io::Error },
}

pub type Result<T> = std::result::Result<T, Error>;

#[cfg(any(feature = "packs", feature = "safety"))]
impl From<crate::base::incoming::ReadError> for Error {
    fn from(e: crate::base::incoming::ReadError) -> Error {
        match e {
            crate::base::incoming::ReadError::TooLarge(e) => Error::TooLarge(e),
            crate::base::incoming::ReadError::Read { path, source } => Error::FileRead { path, source },
        }
    }
}

impl Localized for Error {
    fn msg(&self) -> Msg {
        match self {
            Error::L10n(e) => e.msg(),
            Error::Content(e) => e.msg(),
            Error::Guide(e) => e.msg(),
            Error::Search(e) => e.msg(),
            Error::Store(e) => e.msg(),
            Error::Pack(e) => e.msg(),
            Error::Profile(e) => e.msg(),
            Error::Checklist(e) => e.msg(),
            Error::Deadline(e) => e.msg(),
            Error::Decide(e) => e.msg(),
            #[cfg(feature = "packs")]
            Error::Update(e) => e.msg(),
            #[cfg(feature = "safety")]
            Error::Vault(e) => e.msg(),
            #[cfg(feature = "packs")]
            Error::PackFile(e) => e.msg(),
            #[cfg(feature = "packs")]
            Error::ShareKit(e) => e.msg(),
            #[cfg(any(feature = "packs", feature = "safety"))]
            Error::TooLarge(e) => e.msg(),
            #[cfg(feature = "speech")]
            Error::Speech(e) => e.msg(),
            Error::Reminders(e) => e.msg(),
            #[cfg(not(feature = "safety"))]
            Error::Locked => Msg::new("error-locked"),
            Error::DataFolder { path, .. } => Msg::new("error-data-folder").arg("path", path.display().to_string()),
            Error::FileRead { path, .. } => Msg::new("error-file-read").user("path", path.display().to_string()),
            Error::FileWrite { path, .. } => Msg::new("error-file-write").user("path", path.display().to_string()),
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            Error::L10n(e) => e.detail(),
            Error::Content(e) => e.detail(),
            Error::Guide(e) => e.detail(),
            Error::Search(e) => e.detail(),
            Error::Store(e) => e.detail(),
            Error::Pack(e) => e.detail(),
            Error::Profile(e) => e.detail(),
            Error::Checklist(e) => e.detail(),
            Error::Deadline(e) => e.detail(),
            Error::Decide(e) => e.detail(),
            #[cfg(feature = "packs")]
            Error::Update(e) => e.detail(),
            #[cfg(feature = "safety")]
            Error::Vault(e) => e.detail(),
            #[cfg(feature = "packs")]
            Error::PackFile(e) => e.detail(),
            #[cfg(feature = "packs")]
            Error::ShareKit(e) => e.detail(),
            #[cfg(any(feature = "packs", feature = "safety"))]
            Error::TooLarge(e) => e.detail(),
            #[cfg(feature = "speech")]
            Error::Speech(e) => e.detail(),
            Error::Reminders(e) => e.detail(),
            #[cfg(not(feature = "safety"))]
            Error::Locked => None,
            Error::DataFolder { source, .. } | Error::FileRead { source, .. } | Error::FileWrite { source, .. } => Some(source.to_string()),
        }
    }
}
