//! The person's own data in a local SQLite file. The only module that writes SQL.
//!
//! Migrations are numbered and append-only; all pending ones run in one transaction and the
//! schema version is kept in `PRAGMA user_version`. A database written by a newer Senda is
//! refused without being touched. The journal is WAL with `synchronous = FULL`, so a change
//! that returned is on disk, and a process killed mid-write leaves the previous state.

#[cfg(feature = "safety")]
use std::path::{Path, PathBuf};

#[cfg(feature = "safety")]
use rusqlite::OpenFlags;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use crate::base::text::{Localized, Msg};
#[cfg(feature = "safety")]
use crate::records::backup::{Backup, BackupItem, BackupOwnItem, BackupProfile};
#[cfg(feature = "safety")]
use crate::safety::vault::{DbKey, Zeroizing};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database version {found} is newer than this program's {supported}")]
    Newer { found: i64, supported: i64 },
    #[error("the file is not a Senda database: {0}")]
    NotDatabase(rusqlite::Error),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database file: {0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T> = std::result::Result<T, StoreError>;

impl Localized for StoreError {
    fn msg(&self) -> Msg {
        match self {
            StoreError::Newer { found, supported } => Msg::new("error-store-newer").arg("found", *found).arg("supported", *supported),
            StoreError::NotDatabase(_) => Msg::new("error-store-not-database"),
            StoreError::Sqlite(_) | StoreError::Io(_) => Msg::new("error-store-failed"),
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            StoreError::Newer { .. } => None,
            StoreError::NotDatabase(e) | StoreError::Sqlite(e) => Some(e.to_string()),
            StoreError::Io(e) => Some(e.to_string()),
        }
    }
}

/// The schema, one migration per entry; entry N brings the database to version N + 1.
/// Never edit a shipped entry: append a new one.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: preferences kept between launches (the chosen languages).
    "CREATE TABLE setting (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) STRICT;",
    // 2: profiles with their dates and checklist. A removed profile keeps its rows until
    // it is purged, so that the removal can be undone for a while.
    "CREATE TABLE profile (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        removed_at INTEGER
    ) STRICT;
    CREATE UNIQUE INDEX profile_active_name ON profile (name) WHERE removed_at IS NULL;
    CREATE TABLE profile_date (
        profile_id INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
        key        TEXT NOT NULL,
        value      TEXT NOT NULL,
        PRIMARY KEY (profile_id, key)
    ) STRICT;
    CREATE TABLE checklist_item (
        profile_id INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
        item       TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('have', 'needed', 'not-applicable')),
        note       TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (profile_id, item)
    ) STRICT;
    CREATE TABLE own_item (
        id         INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profile (id) ON DELETE CASCADE,
        text       TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('have', 'needed', 'not-applicable')),
        note       TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX own_item_profile ON own_item (profile_id);",
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Preferences the app remembers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// The language of the interface's frame.
    InterfaceLanguage,
    /// The language of the guide's pages; may differ from the interface's.
    GuideLanguage,
    /// Minutes without use before personal data locks.
    IdleMinutes,
    /// The newest guide pack version this device has had: kept here, under the person's own
    /// protection, as well as in the packs' state file, so that deleting that file does not
    /// let an older pack back in. Not part of backups: it belongs to the device.
    NewestGuide,
    /// How fast the guide is read aloud: "normal" or "slower".
    SpeechRate,
    /// Whether the person wants reminders: "on", "off", or absent (never asked).
    Reminders,
}

impl Setting {
    fn key(self) -> &'static str {
        match self {
            Setting::InterfaceLanguage => "interface-language",
            Setting::GuideLanguage => "guide-language",
            Setting::IdleMinutes => "idle-minutes",
            Setting::NewestGuide => "newest-guide",
            Setting::SpeechRate => "speech-rate",
            Setting::Reminders => "reminders",
        }
    }
}

/// An open personal database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// A database on disk is SQLCipher's, so only with `safety`; the web edition keeps its
    /// data in memory.
    #[cfg(feature = "safety")]
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_keyed(path, None)
    }

    /// Opens a database encrypted with `key` (or a plain one with `None`). A wrong key reads
    /// as a file that is not a database: [`StoreError::NotDatabase`].
    #[cfg(feature = "safety")]
    pub fn open_keyed(path: &Path, key: Option<&DbKey>) -> Result<Store> {
        Store::setup(connect(path, key)?)
    }

    /// A database that lives only in memory and leaves nothing on disk.
    pub fn open_in_memory() -> Result<Store> {
        Store::setup(Connection::open_in_memory()?)
    }

    fn setup(mut conn: Connection) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // The first statement that reads the file tells a database from anything else.
        let version: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0)).map_err(StoreError::NotDatabase)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::Newer { found: version, supported: SCHEMA_VERSION });
        }
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrate(&mut conn)?;
        Ok(Store { conn })
    }

    /// SQLite's own check of the whole file: `true` when it reports no problem.
    pub fn integrity_check(&self) -> Result<bool> {
        let report: String = self.conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
        Ok(report == "ok")
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }

    pub fn setting(&self, setting: Setting) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT value FROM setting WHERE key = ?1", [setting.key()], |row| row.get(0)).optional()?)
    }

    /// Sets several preferences in one transaction: all of them change, or none.
    pub fn set_settings(&mut self, values: &[(Setting, &str)]) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        for (setting, value) in values {
            tx.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (setting.key(), value),
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}

#[cfg(feature = "safety")]
fn connect(path: &Path, key: Option<&DbKey>) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    crate::base::files::ensure_private_file(path)?;
    let conn = Connection::open_with_flags(path, flags)?;
    if let Some(key) = key {
        conn.execute_batch(&secret_sql(&["PRAGMA key = \"", &key.sqlcipher_literal(), "\";"]))?;
    }
    // SQLCipher logs a wrong key to standard error once keyed; the error is reported as ours.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    Ok(conn)
}

#[cfg(feature = "safety")]
/// Rewrites the database at `path` under a new key (`None`: unencrypted), so that a crash at
/// any moment leaves the old file or the new one whole: the data is exported to a file beside
/// it, which is flushed to disk and then renamed over the old one.
pub fn reencrypt(path: &Path, old: Option<&DbKey>, new: Option<&DbKey>) -> Result<()> {
    let copy = {
        let conn = connect(path, old)?;
        export_copy(&conn, path, new)?
    };
    commit_copy(&copy, path)
}

#[cfg(feature = "safety")]
impl Store {
    /// Writes this database to `target` under `key` (`None`: unencrypted), whole or not at
    /// all, replacing any file there.
    pub(crate) fn export_to(&self, target: &Path, key: Option<&DbKey>) -> Result<()> {
        let copy = export_copy(&self.conn, target, key)?;
        commit_copy(&copy, target)
    }
}

#[cfg(feature = "safety")]
/// Exports the database open on `conn` to a new file beside `target`; returns that file.
fn export_copy(conn: &Connection, target: &Path, key: Option<&DbKey>) -> Result<std::path::PathBuf> {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let copy = target.with_file_name(format!("{name}.rekey"));
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(copy.with_file_name(format!("{name}.rekey{suffix}")));
    }
    crate::base::files::ensure_private_file(&copy)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0)).map_err(StoreError::NotDatabase)?;
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    let copy_sql = copy.to_string_lossy().replace('\'', "''");
    let key_sql = key.map(DbKey::sqlcipher_literal).unwrap_or_default();
    let version = version.to_string();
    conn.execute_batch(&secret_sql(&[
        "ATTACH DATABASE '",
        &copy_sql,
        "' AS target KEY \"",
        &key_sql,
        "\";\nSELECT sqlcipher_export('target');\nPRAGMA target.user_version = ",
        &version,
        ";\nDETACH DATABASE target;",
    ]))?;
    Ok(copy)
}

/// SQL that holds a key, joined into one string allocated at its final size (so that no
/// partial copy is freed along the way) and wiped from memory when dropped.
#[cfg(feature = "safety")]
fn secret_sql(parts: &[&str]) -> Zeroizing<String> {
    let mut sql = Zeroizing::new(String::with_capacity(parts.iter().map(|p| p.len()).sum()));
    for part in parts {
        sql.push_str(part);
    }
    sql
}

#[cfg(feature = "safety")]
/// Flushes an exported copy to disk and renames it over `target`.
fn commit_copy(copy: &Path, target: &Path) -> Result<()> {
    std::fs::File::open(copy).and_then(|f| f.sync_all())?;
    std::fs::rename(copy, target)?;
    if let Some(dir) = target.parent() {
        if let Ok(folder) = std::fs::File::open(dir) {
            let _ = folder.sync_all();
        }
    }
    Ok(())
}

/// A checklist item's stored state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRow {
    pub item: String,
    pub status: String,
    pub note: String,
}

/// A person's own checklist item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnItemRow {
    pub id: i64,
    pub text: String,
    pub status: String,
    pub note: String,
}

/// A removed profile that can still be restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedRow {
    pub id: i64,
    pub name: String,
    pub removed_at: i64,
}

impl Store {
    /// Active profiles, oldest first.
    pub fn profiles(&self) -> Result<Vec<(i64, String)>> {
        let mut stmt = self.conn.prepare_cached("SELECT id, name FROM profile WHERE removed_at IS NULL ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Removed profiles not yet purged, most recently removed first.
    pub fn removed_profiles(&self) -> Result<Vec<RemovedRow>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name, removed_at FROM profile WHERE removed_at IS NOT NULL ORDER BY removed_at DESC, id DESC")?;
        let rows = stmt.query_map([], |r| Ok(RemovedRow { id: r.get(0)?, name: r.get(1)?, removed_at: r.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Adds a profile; `None` if an active profile already has this name.
    pub fn add_profile(&mut self, name: &str, now: i64) -> Result<Option<i64>> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let taken: bool =
            tx.query_row("SELECT EXISTS (SELECT 1 FROM profile WHERE name = ?1 AND removed_at IS NULL)", [name], |r| r.get(0))?;
        if taken {
            return Ok(None);
        }
        tx.execute("INSERT INTO profile (name, created_at) VALUES (?1, ?2)", (name, now))?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(Some(id))
    }

    /// Renames an active profile; `false` if another active profile has the name.
    pub fn rename_profile(&mut self, id: i64, name: &str) -> Result<bool> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let taken: bool =
            tx.query_row("SELECT EXISTS (SELECT 1 FROM profile WHERE name = ?1 AND removed_at IS NULL AND id <> ?2)", (name, id), |r| {
                r.get(0)
            })?;
        if taken {
            return Ok(false);
        }
        tx.execute("UPDATE profile SET name = ?1 WHERE id = ?2 AND removed_at IS NULL", (name, id))?;
        tx.commit()?;
        Ok(true)
    }

    /// Marks a profile removed; its rows stay until [`Store::purge_removed`].
    pub fn remove_profile(&mut self, id: i64, now: i64) -> Result<()> {
        self.conn.execute("UPDATE profile SET removed_at = ?1 WHERE id = ?2 AND removed_at IS NULL", (now, id))?;
        Ok(())
    }

    /// Brings a removed profile back; `false` if its name is now taken by an active profile.
    pub fn restore_profile(&mut self, id: i64) -> Result<bool> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let taken: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM profile AS other, profile AS me
               WHERE me.id = ?1 AND other.name = me.name AND other.removed_at IS NULL)",
            [id],
            |r| r.get(0),
        )?;
        if taken {
            return Ok(false);
        }
        tx.execute("UPDATE profile SET removed_at = NULL WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(true)
    }

    /// Deletes, with all their rows, the profiles removed before `before`.
    pub(crate) fn purge_removed(&mut self, before: i64) -> Result<usize> {
        Ok(self.conn.execute("DELETE FROM profile WHERE removed_at IS NOT NULL AND removed_at < ?1", [before])?)
    }

    /// A profile's recorded dates (and its signing weekday), by key.
    pub fn dates(&self, profile: i64) -> Result<std::collections::BTreeMap<String, String>> {
        let mut stmt = self.conn.prepare_cached("SELECT key, value FROM profile_date WHERE profile_id = ?1")?;
        let rows = stmt.query_map([profile], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sets (`Some`) or clears (`None`) several of a profile's dates in one transaction.
    pub fn set_dates(&mut self, profile: i64, values: &[(&str, Option<&str>)]) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        for (key, value) in values {
            match value {
                Some(value) => tx.execute(
                    "INSERT INTO profile_date (profile_id, key, value) VALUES (?1, ?2, ?3)
                     ON CONFLICT (profile_id, key) DO UPDATE SET value = excluded.value",
                    (profile, key, value),
                )?,
                None => tx.execute("DELETE FROM profile_date WHERE profile_id = ?1 AND key = ?2", (profile, key))?,
            };
        }
        tx.commit()?;
        Ok(())
    }

    /// The stored state of a profile's template items (items never touched have no row).
    pub fn items(&self, profile: i64) -> Result<Vec<ItemRow>> {
        let mut stmt = self.conn.prepare_cached("SELECT item, status, note FROM checklist_item WHERE profile_id = ?1 ORDER BY item")?;
        let rows = stmt.query_map([profile], |r| Ok(ItemRow { item: r.get(0)?, status: r.get(1)?, note: r.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sets a template item's status, and its note when `note` is given.
    pub fn set_item(&mut self, profile: i64, item: &str, status: &str, note: Option<&str>) -> Result<()> {
        self.conn.execute(
            "INSERT INTO checklist_item (profile_id, item, status, note) VALUES (?1, ?2, ?3, coalesce(?4, ''))
             ON CONFLICT (profile_id, item) DO UPDATE SET status = excluded.status, note = coalesce(?4, note)",
            (profile, item, status, note),
        )?;
        Ok(())
    }

    pub fn own_items(&self, profile: i64) -> Result<Vec<OwnItemRow>> {
        let mut stmt = self.conn.prepare_cached("SELECT id, text, status, note FROM own_item WHERE profile_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([profile], |r| Ok(OwnItemRow { id: r.get(0)?, text: r.get(1)?, status: r.get(2)?, note: r.get(3)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn add_own_item(&mut self, profile: i64, text: &str) -> Result<i64> {
        self.conn.execute("INSERT INTO own_item (profile_id, text, status) VALUES (?1, ?2, 'needed')", (profile, text))?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Sets an own item's status (and note when given); `false` if the profile has no such item.
    pub(crate) fn set_own_item(&mut self, profile: i64, id: i64, status: &str, note: Option<&str>) -> Result<bool> {
        let changed = self.conn.execute(
            "UPDATE own_item SET status = ?3, note = coalesce(?4, note) WHERE id = ?2 AND profile_id = ?1",
            (profile, id, status, note),
        )?;
        Ok(changed == 1)
    }
}

#[cfg(feature = "safety")]
impl Store {
    /// Everything personal, for a backup.
    pub(crate) fn dump(&self) -> Result<Backup> {
        let mut settings = std::collections::BTreeMap::new();
        {
            let mut stmt = self.conn.prepare("SELECT key, value FROM setting WHERE key <> ?1")?;
            let device_only = [Setting::NewestGuide.key()];
            for row in stmt.query_map(device_only, |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
                let (k, v) = row?;
                settings.insert(k, v);
            }
        }
        let mut profiles = Vec::new();
        let mut stmt = self.conn.prepare("SELECT id, name, created_at FROM profile WHERE removed_at IS NULL ORDER BY id")?;
        let rows: Vec<(i64, String, i64)> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
        for (id, name, created_at) in rows {
            profiles.push(BackupProfile {
                name,
                created_at,
                dates: self.dates(id)?,
                items: self.items(id)?.into_iter().map(|i| BackupItem { item: i.item, status: i.status, note: i.note }).collect(),
                own_items: self
                    .own_items(id)?
                    .into_iter()
                    .map(|o| BackupOwnItem { text: o.text, status: o.status, note: o.note })
                    .collect(),
            });
        }
        Ok(Backup { format: crate::records::backup::FORMAT, settings, profiles })
    }

    /// Replaces everything personal with a backup's contents, in one transaction: all of it
    /// or, on any error, none of it. The backup must have been checked by the caller.
    pub(crate) fn replace_all(&mut self, backup: &Backup) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // What belongs to the device (the newest guide it has had) stays as it is.
        let device_only = Setting::NewestGuide.key();
        tx.execute("DELETE FROM profile", [])?;
        tx.execute("DELETE FROM setting WHERE key <> ?1", [device_only])?;
        for (k, v) in backup.settings.iter().filter(|(k, _)| k.as_str() != device_only) {
            tx.execute("INSERT INTO setting (key, value) VALUES (?1, ?2)", (k, v))?;
        }
        for p in &backup.profiles {
            tx.execute("INSERT INTO profile (name, created_at) VALUES (?1, ?2)", (&p.name, p.created_at))?;
            let id = tx.last_insert_rowid();
            for (k, v) in &p.dates {
                tx.execute("INSERT INTO profile_date (profile_id, key, value) VALUES (?1, ?2, ?3)", (id, k, v))?;
            }
            for i in &p.items {
                tx.execute(
                    "INSERT INTO checklist_item (profile_id, item, status, note) VALUES (?1, ?2, ?3, ?4)",
                    (id, &i.item, &i.status, &i.note),
                )?;
            }
            for o in &p.own_items {
                tx.execute(
                    "INSERT INTO own_item (profile_id, text, status, note) VALUES (?1, ?2, ?3, ?4)",
                    (id, &o.text, &o.status, &o.note),
                )?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}

/// Runs every pending migration and the version bump in one immediate transaction, so two
/// processes opening the same new file cannot both migrate it, and a crash leaves the old
/// version intact.
fn migrate(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let version: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::Newer { found: version, supported: SCHEMA_VERSION });
    }
    for sql in &MIGRATIONS[version as usize..] {
        tx.execute_batch(sql)?;
    }
    if version < SCHEMA_VERSION {
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    }
    tx.commit()?;
    Ok(())
}

/// Where the personal database lives inside a data folder.
#[cfg(feature = "safety")]
pub fn database_path(data_dir: &Path) -> PathBuf {
    data_dir.join(crate::DATABASE_FILE)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every prefix of the migration list must apply on top of the previous ones, which is
    /// what upgrading a database from each earlier version does.
    #[test]
    fn each_earlier_version_upgrades() {
        for start in 0..=MIGRATIONS.len() {
            let mut conn = Connection::open_in_memory().unwrap();
            for sql in &MIGRATIONS[..start] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", start as i64).unwrap();
            migrate(&mut conn).unwrap();
            let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
            assert_eq!(version, SCHEMA_VERSION, "upgrade from version {start}");
        }
    }
}
