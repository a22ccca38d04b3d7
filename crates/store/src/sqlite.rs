//! SQLite: the embedded default. One file in WAL mode, zero set-up.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::sql::{Exec, Pool, sql};
use crate::{Result, SqlStore};

pub(crate) static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

/// Opens SQLite databases.
pub struct SqliteStore;

impl SqliteStore {
    /// Opens (creating if needed) the database file and migrates it.
    pub async fn open(path: &Path) -> Result<SqlStore> {
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
        Ok(SqlStore {
            pool: Pool::Sqlite(pool),
            file: Some(path.to_path_buf()),
        })
    }
}

/// Bytes of the database file, with the write-ahead log folded in first.
pub(crate) async fn size(pool: &Pool, file: &Path) -> Result<u64> {
    pool.execute(sql("PRAGMA wal_checkpoint(TRUNCATE)")).await?;
    let len = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    let mut wal = file.as_os_str().to_os_string();
    wal.push("-wal");
    Ok(len(file) + len(Path::new(&wal)))
}
