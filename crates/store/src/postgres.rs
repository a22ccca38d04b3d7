//! PostgreSQL: the system of record when several app nodes share one database.

use async_trait::async_trait;
use beratungsnetz_core::hsds::{Dataset, Entity, Record, Unresolved};
use sqlx::Postgres;
use sqlx::postgres::{PgPool, PgPoolOptions};

use crate::shared::engine_common;
use crate::{Change, Engine, ImportMode, ImportStats, Result, ServiceRow, Store};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    pub async fn connect(url: &str) -> Result<PgStore> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .connect(url)
            .await?;
        MIGRATOR.run(&pool).await?;
        Ok(PgStore { pool })
    }
}

engine_common!(Postgres, "::json", "data::text");

#[async_trait]
impl Store for PgStore {
    fn engine(&self) -> Engine {
        Engine::Postgres
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
        let (n,): (i64,) = sqlx::query_as("SELECT pg_database_size(current_database())")
            .fetch_one(&self.pool)
            .await?;
        Ok(n.max(0) as u64)
    }
}
