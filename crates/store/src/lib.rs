//! Persistence. One [`Store`] trait of the operations features need; SQLite (the
//! embedded default) and PostgreSQL (for several app nodes) implement it, each with
//! its own migrations and SQL.

pub mod accounts;
mod columns;
mod graph;
mod postgres;
pub mod scratch;
mod shared;
mod sqlite;
pub mod vocabulary;

use std::path::Path;
use std::sync::Arc;

use async_trait::async_trait;
use beratungsnetz_core::hsds::{Dataset, Entity, Rejected, Unresolved};
use thiserror::Error;

pub use graph::{service_graph, services_graph};
pub use postgres::PgStore;
pub use sqlite::SqliteStore;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Rejected(#[from] Rejected),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored record {entity} `{id}` is not valid JSON: {source}")]
    Corrupt {
        entity: Entity,
        id: String,
        source: serde_json::Error,
    },
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("unsupported database URL `{0}`: use a directory, sqlite://FILE or postgres://…")]
    UnsupportedUrl(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Sqlite => "sqlite",
            Engine::Postgres => "postgresql",
        }
    }
}

/// How an import treats what the database already holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    /// Records are added; a record whose id exists replaces it.
    Merge,
    /// The directory is emptied first, in the same transaction.
    Replace,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportStats {
    pub records: u64,
    pub services: u64,
    pub organizations: u64,
}

/// One entry of the change log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub seq: i64,
    pub entity: String,
    pub entity_id: String,
    pub op: String,
}

/// A service as a list shows it.
#[derive(Clone, Debug)]
pub struct ServiceRow {
    pub service: beratungsnetz_core::hsds::Record,
    pub organization: Option<beratungsnetz_core::hsds::Record>,
    pub city: Option<String>,
}

/// A change made through the editing forms: written in one transaction with its audit
/// entries, and logged so every node's search index follows.
#[derive(Clone, Debug, Default)]
pub struct Edit {
    pub upserts: Vec<(Entity, beratungsnetz_core::hsds::Record)>,
    pub deletes: Vec<(Entity, String)>,
    /// Services whose documents the change touches; logged as changed themselves, so a
    /// deleted child record still reaches its service's document.
    pub services: Vec<String>,
    pub audit: Vec<accounts::AuditEntry>,
}

#[async_trait]
pub trait Store: accounts::Accounts + vocabulary::Vocabulary + Send + Sync {
    fn engine(&self) -> Engine;

    /// Cheap round trip to the database, for readiness checks.
    async fn ping(&self) -> Result<()>;

    /// Writes a checked data set in one transaction: all of it or nothing. References
    /// the data set did not satisfy (`unresolved`) must exist in the database, or the
    /// import is rejected naming each of them.
    async fn import(
        &self,
        ds: &Dataset,
        unresolved: &[Unresolved],
        mode: ImportMode,
    ) -> Result<ImportStats>;

    /// Records of `entity` whose `column` is one of `values` (a real column).
    async fn fetch_by(
        &self,
        entity: Entity,
        column: &str,
        values: &[String],
    ) -> Result<Vec<beratungsnetz_core::hsds::Record>>;

    /// The ids of one table, ordered.
    async fn ids(&self, entity: Entity) -> Result<Vec<String>>;

    /// Every record of one table, ordered by id.
    async fn fetch_all(&self, entity: Entity) -> Result<Vec<beratungsnetz_core::hsds::Record>>;

    async fn count(&self, entity: Entity) -> Result<u64>;

    /// One page of services ordered by name, with their organization and a town.
    async fn services_page(&self, offset: u64, limit: u64) -> Result<Vec<ServiceRow>>;

    /// The newest change-log position (0 when empty).
    async fn latest_change(&self) -> Result<i64>;

    /// Change-log entries after `seq`, oldest first.
    async fn changes_since(&self, seq: i64, limit: u64) -> Result<Vec<Change>>;

    /// Writes an edit: all of it, its change-log entries and its audit entries, or nothing.
    async fn apply_edit(&self, edit: &Edit) -> Result<()>;

    /// Bytes the database occupies.
    async fn size_bytes(&self) -> Result<u64>;
}

impl dyn Store + '_ {
    /// Every record of every table.
    pub async fn load_all(&self) -> Result<Dataset> {
        let mut ds = Dataset::new();
        for entity in Entity::ALL {
            for record in self.fetch_all(entity).await? {
                // Ids are primary keys, so they cannot collide here.
                let _ = ds.insert_unique(entity, record);
            }
        }
        Ok(ds)
    }
}

/// Opens the store a URL names (`postgres://…`, `sqlite://FILE`) or, without a URL, the
/// SQLite database in `data_dir`, and brings its schema up to date.
pub async fn open(database_url: Option<&str>, data_dir: &Path) -> Result<Arc<dyn Store>> {
    match database_url {
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            Ok(Arc::new(PgStore::connect(url).await?))
        }
        Some(url) if url.starts_with("sqlite://") => {
            let path = url.trim_start_matches("sqlite://");
            Ok(Arc::new(SqliteStore::open(Path::new(path)).await?))
        }
        Some(url) => Err(StoreError::UnsupportedUrl(url.to_string())),
        None => {
            std::fs::create_dir_all(data_dir).map_err(|e| StoreError::Database(e.into()))?;
            Ok(Arc::new(
                SqliteStore::open(&data_dir.join("beratungsnetz.db")).await?,
            ))
        }
    }
}
