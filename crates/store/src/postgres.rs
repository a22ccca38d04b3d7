//! PostgreSQL: the system of record when several app nodes share one database.

use sqlx::Postgres;
use sqlx::postgres::{PgPool, PgPoolOptions};

use crate::accounts::accounts_impl;
use crate::shared::engine_common;
use crate::vocabulary::vocabulary_impl;
use crate::{Engine, Result};

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

engine_common!(
    Postgres,
    PgStore,
    Engine::Postgres,
    "::json",
    "data::text",
    "SELECT pg_advisory_xact_lock(7352114)"
);
accounts_impl!(Postgres, PgStore);
vocabulary_impl!(PgStore);

impl PgStore {
    async fn database_size(&self) -> Result<u64> {
        let (n,): (i64,) = sqlx::query_as("SELECT pg_database_size(current_database())")
            .fetch_one(&self.pool)
            .await?;
        Ok(n.max(0) as u64)
    }
}
