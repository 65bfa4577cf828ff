//! Guide packs: the set of `content/` and `locales/` files a guide is built from.
//!
//! The guide compiled into the binary is a pack like any other; a pack can also be read from a
//! folder laid out like the repository (staff and tests use that).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate as Date;
use serde::Serialize;

/// The built-in guide's files in one block, deflated except in the web edition, written by
/// `build.rs` (which describes the layout).
static BUILTIN_BLOCK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin.bin"));
/// The block's size once inflated.
const BUILTIN_LEN: usize = include!(concat!(env!("OUT_DIR"), "/builtin_len.rs"));

/// The built-in guide's files, inflated on first use and kept.
fn builtin_files() -> &'static BTreeMap<String, Vec<u8>> {
    static FILES: std::sync::OnceLock<BTreeMap<String, Vec<u8>>> = std::sync::OnceLock::new();
    FILES.get_or_init(|| {
        // The block is part of this binary, written by its own build: failing to read it is a
        // broken build, not bad input.
        #[cfg(not(target_arch = "wasm32"))]
        let block = miniz_oxide::inflate::decompress_to_vec_with_limit(BUILTIN_BLOCK, BUILTIN_LEN).expect("the built-in guide inflates");
        // The web edition's page is compressed whole; its block is stored as it is (build.rs).
        #[cfg(target_arch = "wasm32")]
        let block = BUILTIN_BLOCK.to_vec();
        debug_assert_eq!(block.len(), BUILTIN_LEN);
        let mut files = BTreeMap::new();
        let mut rest = block.as_slice();
        while !rest.is_empty() {
            let len = |at: usize| u32::from_le_bytes(rest[at..at + 4].try_into().expect("four bytes")) as usize;
            let (path_len, file_len) = (len(0), len(4));
            let path = std::str::from_utf8(&rest[8..8 + path_len]).expect("the built-in guide's paths are UTF-8");
            files.insert(path.to_string(), rest[8 + path_len..8 + path_len + file_len].to_vec());
            rest = &rest[8 + path_len + file_len..];
        }
        files
    })
}

/// The pack version of the guide built into the app, as the project publishes it: a pack
/// must be newer to install, and an installed pack that is not newer is not shown. Raise it
/// whenever the built-in guide changes, so that no older signed pack can replace it.
pub const BUILTIN_VERSION: u64 = 1;

/// After this many days from the date the facts were checked, the guide says plainly that
/// rules may have changed.
pub const STALE_AFTER_DAYS: i64 = 183;

/// Where the guide being shown comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    Builtin,
    Installed,
    /// The installed pack could not be read; the one before it is shown.
    Previous,
}

/// What the device knows about the guide it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackInfo {
    pub version: u64,
    pub built: Option<String>,
    pub checked: String,
    pub policy_date: String,
    /// The signer's public key (base64), for installed packs.
    pub signer: Option<String>,
    pub origin: Origin,
    /// Set when a newer pack could not be loaded and an older one is shown instead.
    pub fell_back: bool,
}

/// Whether facts checked on `checked` are old enough on `today` to warn that rules may have
/// changed.
pub fn is_stale(checked: Date, today: Date) -> bool {
    today.signed_duration_since(checked).num_days() > STALE_AFTER_DAYS
}

/// The most a single file of a pack may weigh. Guide files are small text; anything larger is
/// refused rather than read into memory.
pub(crate) const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("cannot read the pack folder {path}: {source}")]
    Folder { path: PathBuf, source: std::io::Error },
    #[error("pack file {path} is larger than {MAX_FILE_BYTES} bytes")]
    TooLarge { path: String },
}

pub type Result<T> = std::result::Result<T, PackError>;

/// The files of one pack, keyed by their path inside the pack (`content/guide.toml`,
/// `locales/es/app.ftl`, …), always with forward slashes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackFiles {
    files: BTreeMap<String, Vec<u8>>,
}

impl PackFiles {
    /// The guide compiled into this binary from the repository's `content/` and `locales/`.
    pub fn builtin() -> PackFiles {
        PackFiles { files: builtin_files().clone() }
    }

    /// Reads `content/` and `locales/` (files ending in `.ftl` or `.toml`) below `root`.
    pub fn from_dir(root: &Path) -> Result<PackFiles> {
        let mut pack = PackFiles::default();
        for top in ["content", "locales"] {
            pack.read_tree(root, &root.join(top))?;
        }
        Ok(pack)
    }

    fn read_tree(&mut self, root: &Path, dir: &Path) -> Result<()> {
        let folder_error = |source| PackError::Folder { path: dir.to_path_buf(), source };
        let entries = std::fs::read_dir(dir).map_err(folder_error)?;
        for entry in entries {
            let path = entry.map_err(folder_error)?.path();
            let meta = std::fs::symlink_metadata(&path).map_err(folder_error)?;
            if meta.is_dir() {
                self.read_tree(root, &path)?;
                continue;
            }
            let wanted = matches!(path.extension().and_then(|e| e.to_str()), Some("ftl" | "toml"));
            if !meta.is_file() || !wanted {
                continue;
            }
            let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            if meta.len() > MAX_FILE_BYTES {
                return Err(PackError::TooLarge { path: rel });
            }
            let bytes = std::fs::read(&path).map_err(|source| PackError::Folder { path: path.clone(), source })?;
            self.files.insert(rel, bytes);
        }
        Ok(())
    }

    /// Adds or replaces one file.
    pub fn insert(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), bytes.into());
    }

    /// Removes one file, returning whether it was there.
    pub fn remove(&mut self, path: &str) -> bool {
        self.files.remove(path).is_some()
    }

    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    /// Files whose path starts with `prefix`, in path order.
    pub fn under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a [u8])> + 'a {
        self.files
            .range(prefix.to_string()..)
            .take_while(move |(path, _)| path.starts_with(prefix))
            .map(|(path, bytes)| (path.as_str(), bytes.as_slice()))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

impl crate::base::text::Localized for PackError {
    fn msg(&self) -> crate::base::text::Msg {
        use crate::base::text::Msg;
        match self {
            PackError::Folder { path, .. } => Msg::new("error-guide-folder").arg("path", path.display().to_string()),
            PackError::TooLarge { path } => Msg::new("error-content-invalid").arg("file", path.as_str()),
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            PackError::Folder { source, .. } => Some(source.to_string()),
            PackError::TooLarge { .. } => Some(self.to_string()),
        }
    }
}
