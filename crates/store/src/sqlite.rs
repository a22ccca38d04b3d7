//! SQLite: the embedded default. One file in WAL mode, zero set-up.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sqlx::Sqlite;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use crate::accounts::accounts_impl;
use crate::shared::engine_common;
use crate::vocabulary::vocabulary_impl;
use crate::{Engine, Result};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

pub struct SqliteStore {
    pool: SqlitePool,
    path: PathBuf,
}

impl SqliteStore {
    /// Opens (creating if needed) the database file and migrates it.
    pub async fn open(path: &Path) -> Result<SqliteStore> {
        let options = SqliteConnectOptions::from_str("sqlite://")?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(false);
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        MIGRATOR.run(&pool).await?;
        Ok(SqliteStore {
            pool,
            path: path.to_path_buf(),
        })
    }
}

// One writer at a time already: SQLite needs no lock for the change log.
engine_common!(Sqlite, SqliteStore, Engine::Sqlite, "", "data", "");
accounts_impl!(Sqlite, SqliteStore);
vocabulary_impl!(SqliteStore);

impl SqliteStore {
    async fn database_size(&self) -> Result<u64> {
        // Fold the write-ahead log in first, so the file size is the database size.
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&self.pool)
            .await?;
        let file = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        let mut wal = self.path.clone().into_os_string();
        wal.push("-wal");
        Ok(file(&self.path) + file(Path::new(&wal)))
    }
}
