//! The person's own data in a local SQLite file. The only module that writes SQL.
//!
//! Migrations are numbered and append-only; all pending ones run in one transaction and the
//! schema version is kept in `PRAGMA user_version`. A database written by a newer Senda is
//! refused without being touched. The journal is WAL with `synchronous = FULL`, so a change
//! that returned is on disk, and a process killed mid-write leaves the previous state.

use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};

use crate::l10n::{Localized, Msg};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database version {found} is newer than this program's {supported}")]
    Newer { found: i64, supported: i64 },
    #[error("the file is not a Senda database: {0}")]
    NotDatabase(rusqlite::Error),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

pub type Result<T> = std::result::Result<T, StoreError>;

impl Localized for StoreError {
    fn msg(&self) -> Msg {
        match self {
            StoreError::Newer { found, supported } => {
                Msg::new("error-store-newer").arg("found", *found).arg("supported", *supported)
            }
            StoreError::NotDatabase(_) => Msg::new("error-store-not-database"),
            StoreError::Sqlite(_) => Msg::new("error-store-failed"),
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            StoreError::Newer { .. } => None,
            StoreError::NotDatabase(e) | StoreError::Sqlite(e) => Some(e.to_string()),
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
}

impl Setting {
    fn key(self) -> &'static str {
        match self {
            Setting::InterfaceLanguage => "interface-language",
            Setting::GuideLanguage => "guide-language",
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
    pub fn open(path: &Path) -> Result<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        Store::setup(Connection::open_with_flags(path, flags)?)
    }

    /// A database that lives only in memory and leaves nothing on disk.
    pub fn open_in_memory() -> Result<Store> {
        Store::setup(Connection::open_in_memory()?)
    }

    fn setup(mut conn: Connection) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // The first statement that reads the file tells a database from anything else.
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(StoreError::NotDatabase)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::Newer { found: version, supported: SCHEMA_VERSION });
        }
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrate(&mut conn)?;
        Ok(Store { conn })
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }

    pub fn setting(&self, setting: Setting) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [setting.key()], |row| row.get(0))
            .optional()?)
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
