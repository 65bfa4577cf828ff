//! The crate's error: one enum wrapping each module's error, so shells map a single type to
//! a translated message and an exit code.

use std::path::PathBuf;

use crate::l10n::{Localized, Msg};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    L10n(#[from] crate::l10n::L10nError),
    #[error(transparent)]
    Content(#[from] crate::content::ContentError),
    #[error(transparent)]
    Guide(#[from] crate::guide::GuideError),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    Pack(#[from] crate::pack::PackError),
    #[error(transparent)]
    Profile(#[from] crate::profile::ProfileError),
    #[error(transparent)]
    Checklist(#[from] crate::checklist::ChecklistError),
    #[error(transparent)]
    Deadline(#[from] crate::deadline::DeadlineError),
    #[error(transparent)]
    Decide(#[from] crate::decide::DecideError),
    #[error(transparent)]
    Update(#[from] crate::updates::UpdateError),
    #[error(transparent)]
    Vault(#[from] crate::vault::VaultError),
    #[error(transparent)]
    PackFile(#[from] crate::packfile::PackFileError),
    #[error(transparent)]
    ShareKit(#[from] crate::sharekit::ShareKitError),
    #[error(transparent)]
    TooLarge(#[from] crate::incoming::TooLarge),
    #[error(transparent)]
    Speech(#[from] crate::speech::SpeechError),
    #[error(transparent)]
    Reminders(#[from] crate::reminders::RemindersError),
    #[error("cannot use the data folder {path}: {source}")]
    DataFolder { path: PathBuf, source: std::io::Error },
    #[error("cannot read {path}: {source}")]
    FileRead { path: PathBuf, source: std::io::Error },
    #[error("cannot write {path}: {source}")]
    FileWrite { path: PathBuf, source: std::io::Error },
}

pub type Result<T> = std::result::Result<T, Error>;

impl Localized for Error {
    fn msg(&self) -> Msg {
        match self {
            Error::L10n(e) => e.msg(),
            Error::Content(e) => e.msg(),
            Error::Guide(e) => e.msg(),
            Error::Store(e) => e.msg(),
            Error::Pack(e) => e.msg(),
            Error::Profile(e) => e.msg(),
            Error::Checklist(e) => e.msg(),
            Error::Deadline(e) => e.msg(),
            Error::Decide(e) => e.msg(),
            Error::Update(e) => e.msg(),
            Error::Vault(e) => e.msg(),
            Error::PackFile(e) => e.msg(),
            Error::ShareKit(e) => e.msg(),
            Error::TooLarge(e) => e.msg(),
            Error::Speech(e) => e.msg(),
            Error::Reminders(e) => e.msg(),
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
            Error::Store(e) => e.detail(),
            Error::Pack(e) => e.detail(),
            Error::Profile(e) => e.detail(),
            Error::Checklist(e) => e.detail(),
            Error::Deadline(e) => e.detail(),
            Error::Decide(e) => e.detail(),
            Error::Update(e) => e.detail(),
            Error::Vault(e) => e.detail(),
            Error::PackFile(e) => e.detail(),
            Error::ShareKit(e) => e.detail(),
            Error::TooLarge(e) => e.detail(),
            Error::Speech(e) => e.detail(),
            Error::Reminders(e) => e.detail(),
            Error::DataFolder { source, .. } | Error::FileRead { source, .. } | Error::FileWrite { source, .. } => {
                Some(source.to_string())
            }
        }
    }
}
