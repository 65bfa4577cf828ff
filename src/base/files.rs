//! Files and folders that only the person's own account can read.
//!
//! Everything Senda writes under its data folder is personal, or tells that the device is used
//! for Senda: the folder is made `0700` and every file in it `0600` on Unix, so that other
//! accounts on the same computer cannot list or read it. Encryption protects the contents
//! either way; the modes also hide names, sizes and dates. SQLite gives its `-wal`, `-shm` and
//! `-journal` files the mode of the database file, so creating that file first is enough.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};

/// Creates `dir` and any missing parents, the new ones readable by the owner only. A folder
/// that already exists keeps its mode, unless it is Senda's own: see [`make_private`].
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    builder.mode(0o700);
    builder.create(dir)
}

/// Takes group and other permissions away from an existing file or folder. Best effort: a
/// file system without Unix modes (a FAT memory stick) keeps what it has.
pub(crate) fn make_private(path: &Path) {
    #[cfg(unix)]
    if let Ok(meta) = std::fs::metadata(path) {
        let mode = meta.permissions().mode();
        if mode & 0o077 != 0 {
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & !0o077));
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Creates an empty file at `path`, readable by the owner only, unless one is there already
/// (then only its mode is tightened). SQLite then opens it as a new, empty database.
pub(crate) fn ensure_private_file(path: &Path) -> io::Result<()> {
    match private_options().create_new(true).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            if path.is_file() {
                make_private(path);
            }
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Writes a file so that a crash leaves either the old file or the new one: write to a
/// temporary file beside it (owner-only), flush it to disk, rename it over the target, flush
/// the folder.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    create_private_dir(dir)?;
    let tmp = path.with_extension("tmp");
    let mut file: File = private_options().create(true).truncate(true).open(&tmp)?;
    make_private(&tmp);
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&tmp, path)?;
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    options.mode(0o600);
    options
}
