//! The encrypted backup: saving, checking, restoring.

use std::path::Path;

use chrono::NaiveDate as Date;

use crate::base::dates::iso_date;
use crate::base::text::Msg;
use crate::error::{Error, Result};
use crate::records::entry::Entries;
use crate::records::profile::ProfileError;
#[cfg(feature = "safety")]
use crate::safety::vault::VaultError;
use crate::session::Session;
use crate::views::BackupDone;

/// The name a backup file is offered under: a date and nothing that names the app, so that a
/// file left in a downloads folder does not tell who looks at the device that Senda was used.
pub fn backup_file_name(today: Date) -> String {
    format!("backup-{}.age", iso_date(today))
}

/// The encrypted backup.
#[cfg(feature = "safety")]
impl Session {
    /// Saves everything personal, encrypted with `passphrase`, as a new file in `folder`
    /// (named as [`backup_file_name`] says, numbered if that name is taken), and says where
    /// it went.
    pub fn save_backup(&self, folder: &Path, passphrase: &str, today: Date) -> Result<BackupDone> {
        let bytes = self.export_backup(passphrase)?;
        let io = |path: &Path, source| Error::from(VaultError::Io { path: path.to_path_buf(), source });
        std::fs::create_dir_all(folder).map_err(|e| io(folder, e))?;
        let stem = format!("backup-{}", iso_date(today));
        let mut n = 1;
        let path = loop {
            let name = if n == 1 { format!("{stem}.age") } else { format!("{stem}-{n}.age") };
            let path = folder.join(name);
            if !path.exists() {
                break path;
            }
            n += 1;
        };
        self.write_backup(&path, &bytes)
    }

    /// Checks a backup's passphrase before the person is asked where to save it.
    pub fn check_backup_passphrase(&self, passphrase: &str) -> Result<()> {
        self.store()?;
        Ok(crate::records::backup::check_passphrase(passphrase)?)
    }

    /// What the safety screen says when the person closed the save dialog without a file.
    pub fn backup_not_saved(&self) -> Result<BackupDone> {
        let l = self.guide.catalog().localizer(&self.interface_language()?);
        Ok(BackupDone { path: None, message: l.text("safety-backup-not-saved") })
    }

    /// Saves everything personal, encrypted with `passphrase`, to the file `path` the person
    /// chose (replacing it), and says where it went.
    pub fn save_backup_to(&self, path: &Path, passphrase: &str) -> Result<BackupDone> {
        let bytes = self.export_backup(passphrase)?;
        self.write_backup(path, &bytes)
    }

    fn write_backup(&self, path: &Path, bytes: &[u8]) -> Result<BackupDone> {
        crate::base::files::write_atomic(path, bytes).map_err(|source| Error::from(VaultError::Io { path: path.to_path_buf(), source }))?;
        let shown = path.display().to_string();
        let l = self.guide.catalog().localizer(&self.interface_language()?);
        let message = l.msg(&Msg::new("safety-backup-saved-to").user("path", shown.clone()));
        Ok(BackupDone { path: Some(shown), message })
    }

    /// Replaces everything personal with a backup's contents, as [`Session::import_backup`],
    /// and says how many profiles came back.
    pub fn restore_backup(&mut self, bytes: &[u8], passphrase: &str, today: Date) -> Result<BackupDone> {
        let count = self.import_backup(bytes, passphrase, today)?;
        let l = self.guide.catalog().localizer(&self.interface_language()?);
        Ok(BackupDone { path: None, message: l.msg(&Msg::new("safety-backup-restored").arg("count", count as i64)) })
    }

    /// Everything personal, encrypted with a passphrase.
    pub fn export_backup(&self, passphrase: &str) -> Result<Vec<u8>> {
        Ok(crate::records::backup::encrypt(&self.store()?.dump()?, passphrase)?)
    }

    /// Replaces everything personal with a backup's contents. A wrong passphrase, a damaged
    /// file or a backup with impossible values changes nothing.
    pub fn import_backup(&mut self, bytes: &[u8], passphrase: &str, today: Date) -> Result<usize> {
        self.store()?;
        crate::base::incoming::IncomingFile::Backup.check_size(bytes.len() as u64)?;
        let backup = crate::records::backup::decrypt(bytes, passphrase)?;
        let entries = Entries::new(self.guide.content());
        let mut names = std::collections::BTreeSet::new();
        for p in &backup.profiles {
            if Entries::name(&p.name)? != p.name || !names.insert(p.name.clone()) {
                return Err(ProfileError::Exists { name: p.name.clone() }.into());
            }
            for (key, value) in &p.dates {
                entries.date(key, value, today)?;
            }
            for i in &p.items {
                Entries::status(&i.status)?;
                Entries::note(&i.note)?;
                entries.item(&i.item)?;
            }
            for o in &p.own_items {
                Entries::status(&o.status)?;
                Entries::note(&o.note)?;
                Entries::own_item_text(&o.text)?;
            }
        }
        self.store_mut()?.replace_all(&backup)?;
        Ok(backup.profiles.len())
    }
}
