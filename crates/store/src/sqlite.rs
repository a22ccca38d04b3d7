//! SQLite: the embedded default. One file in WAL mode, zero set-up.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use beratungsnetz_core::hsds::{Dataset, Entity, Record, Unresolved};
use sqlx::Sqlite;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use crate::shared::engine_common;
use crate::{Change, Engine, ImportMode, ImportStats, Result, ServiceRow, Store};

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

engine_common!(Sqlite, "", "data");

#[async_trait]
impl Store for SqliteStore {
    fn engine(&self) -> Engine {
        Engine::Sqlite
    }

    async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn import(
        &self,
        ds: &Dataset,
        unresolved: &[Unresolved],
        mode: ImportMode,
    ) -> Result<ImportStats> {
        let mut tx = self.pool.begin().await?;
        let stats = import_in_tx(&mut tx, ds, unresolved, mode).await?;
        tx.commit().await?;
        Ok(stats)
    }

    async fn fetch_by(
        &self,
        entity: Entity,
        column: &str,
        values: &[String],
    ) -> Result<Vec<Record>> {
        fetch_by_impl(&self.pool, entity, column, values).await
    }

    async fn fetch_all(&self, entity: Entity) -> Result<Vec<Record>> {
        fetch_all_impl(&self.pool, entity).await
    }

    async fn count(&self, entity: Entity) -> Result<u64> {
        count_impl(&self.pool, entity).await
    }

    async fn services_page(&self, offset: u64, limit: u64) -> Result<Vec<ServiceRow>> {
        services_page_impl(&self.pool, offset, limit).await
    }

    async fn changes_since(&self, seq: i64, limit: u64) -> Result<Vec<Change>> {
        changes_since_impl(&self.pool, seq, limit).await
    }

    async fn size_bytes(&self) -> Result<u64> {
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
