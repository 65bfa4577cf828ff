//! Files a person hands to Senda — a guide pack, a backup — and the most each may weigh. The
//! size is checked before a file is read: from the file system's size for a path, from the
//! interface's size for a file picked in the app, so a huge file never reaches memory.

use std::io::Read;
use std::path::Path;

use serde::Deserialize;

use crate::base::text::{Localized, Msg};

/// The most a signed guide pack may weigh.
pub const MAX_PACK_BYTES: u64 = 16 * 1024 * 1024;
/// The most an encrypted backup may weigh.
pub const MAX_BACKUP_BYTES: usize = 64 * 1024 * 1024;

/// The kinds of file a person can hand over, as the interface names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IncomingFile {
    /// A signed guide pack (`.sendapack`).
    #[cfg(feature = "packs")]
    Pack,
    /// An encrypted backup (`.age`).
    #[cfg(feature = "safety")]
    Backup,
}

/// A file larger than its kind allows.
#[derive(Debug, thiserror::Error)]
#[error("the file is larger than {max_bytes} bytes")]
pub struct TooLarge {
    pub max_bytes: u64,
}

impl Localized for TooLarge {
    fn msg(&self) -> Msg {
        too_large(self.max_bytes)
    }

    fn detail(&self) -> Option<String> {
        Some(self.to_string())
    }
}

/// A file a person named that could not be read, or is too large.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error(transparent)]
    TooLarge(#[from] TooLarge),
    #[error("cannot read {path}: {source}")]
    Read { path: std::path::PathBuf, source: std::io::Error },
}

impl Localized for ReadError {
    fn msg(&self) -> Msg {
        match self {
            ReadError::TooLarge(e) => e.msg(),
            ReadError::Read { path, .. } => Msg::new("error-file-read").user("path", path.display().to_string()),
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            ReadError::TooLarge(e) => e.detail(),
            ReadError::Read { source, .. } => Some(source.to_string()),
        }
    }
}

/// The message for a file over `max_bytes`, which it names in whole megabytes.
pub fn too_large(max_bytes: u64) -> Msg {
    Msg::new("error-file-too-large").arg("megabytes", (max_bytes / (1024 * 1024)) as i64)
}

impl IncomingFile {
    pub fn max_bytes(self) -> u64 {
        match self {
            #[cfg(feature = "packs")]
            IncomingFile::Pack => MAX_PACK_BYTES,
            #[cfg(feature = "safety")]
            IncomingFile::Backup => MAX_BACKUP_BYTES as u64,
        }
    }

    /// Refuses a file of `size` bytes if it is larger than its kind allows.
    pub fn check_size(self, size: u64) -> std::result::Result<(), TooLarge> {
        match size > self.max_bytes() {
            true => Err(TooLarge { max_bytes: self.max_bytes() }),
            false => Ok(()),
        }
    }

    /// Reads a file the person named: refused by its size before any of it is read, and never
    /// more than one byte over the limit read, whatever size the file system reported.
    pub fn read(self, path: &Path) -> Result<Vec<u8>, ReadError> {
        let read_error = |source| ReadError::Read { path: path.to_path_buf(), source };
        let file = std::fs::File::open(path).map_err(read_error)?;
        self.check_size(file.metadata().map_err(read_error)?.len())?;
        let mut bytes = Vec::new();
        file.take(self.max_bytes() + 1).read_to_end(&mut bytes).map_err(read_error)?;
        self.check_size(bytes.len() as u64)?;
        Ok(bytes)
    }
}
