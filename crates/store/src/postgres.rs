//! PostgreSQL: the system of record when several app nodes share one database.

use sqlx::postgres::PgPoolOptions;

use crate::sql::{Exec, Pool, sql};
use crate::{Result, SqlStore};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Connects to PostgreSQL databases.
pub struct PgStore;

impl PgStore {
    /// Connects and migrates the database the URL names.
    pub async fn connect(url: &str) -> Result<SqlStore> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .connect(url)
            .await?;
        MIGRATOR.run(&pool).await?;
        Ok(SqlStore {
            pool: Pool::Postgres(pool),
            file: None,
        })
    }
}

pub(crate) async fn size(pool: &Pool) -> Result<u64> {
    let (n,): (i64,) = pool
        .fetch_one(sql("SELECT pg_database_size(current_database())"))
        .await?;
    Ok(u64::try_from(n).unwrap_or(0))
}
