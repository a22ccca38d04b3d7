//! Persistence. One trait per feature (directory, accounts, audit, outbox, jobs,
//! freshness, vocabulary, referrals, interfaces), each in the module of that name with the SQL that
//! implements it, written once for SQLite (the embedded default) and PostgreSQL (for several app
//! nodes). [`Store`] is all of them; `sql` names what the two dialects do differently.

pub mod accounts;
pub mod audit;
pub mod backup;
pub mod changes;
pub mod conference;
pub mod directory;
pub mod freshness;
pub mod interfaces;
pub mod jobs;
pub mod outbox;
mod postgres;
pub mod referrals;
pub mod reports;
pub mod scratch;
pub mod sealing;
mod sql;
mod sqlite;
pub mod vocabulary;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use async_trait::async_trait;
use beratungsnetz_core::hsds::{Dataset, Entity, Rejected};
use thiserror::Error;

pub use changes::Change;
pub use directory::{
    Ask, Edit, Filter, ServiceRow, organizations_graph, records_below, service_graph,
    services_graph,
};
pub use postgres::PgStore;
pub use sqlite::SqliteStore;

use crate::sql::{Exec, Pool, sql};

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
    #[error("sealed data: {0}")]
    Sealed(String),
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("unsupported database URL `{0}`: use a directory, sqlite://FILE or postgres://…")]
    UnsupportedUrl(String),
    #[error("table `{table}` has no column `{column}` to look records up by")]
    UnknownColumn { table: &'static str, column: String },
    #[error("stored {what} `{value}` is not one this version knows")]
    UnknownValue { what: &'static str, value: String },
    #[error(
        "the import would remove {table} {} ({why}); include them in the data, or import without --replace",
        ids.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ")
    )]
    StillReferenced {
        table: &'static str,
        ids: Vec<String>,
        why: &'static str,
    },
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
    /// Records written (a repeated copy counts once).
    pub records: u64,
    pub services: u64,
    pub organizations: u64,
    /// References left dangling by `allow_dangling`.
    pub warnings: Vec<beratungsnetz_core::hsds::Problem>,
}

/// How a streamed import runs.
#[derive(Clone, Debug)]
pub struct ImportOptions {
    pub mode: ImportMode,
    /// Whether the input form repeats records (nested JSON) or must not (tables).
    pub repeat: beratungsnetz_core::hsds::ingest::Repeat,
    /// Import even where a reference points at nothing; each is returned as a warning.
    pub allow_dangling: bool,
    /// Foreign keys the input's own `datapackage.json` declares: checked besides the
    /// official ones.
    pub declared_keys: beratungsnetz_core::hsds::ingest::DeclaredKeys,
}

/// All the features' storage: what the application holds as `Arc<dyn Store>`.
#[async_trait]
pub trait Store:
    directory::Directory
    + accounts::Accounts
    + audit::Audit
    + outbox::Outbox
    + jobs::Jobs
    + freshness::Freshness
    + vocabulary::Vocabulary
    + referrals::Referrals
    + interfaces::Interfaces
    + conference::Conference
    + conference::places::Places
    + conference::after::AfterDay
    + conference::results::WorkshopResults
    + reports::Reports
    + Send
    + Sync
{
    fn engine(&self) -> Engine;

    /// Cheap round trip to the database, for readiness checks.
    async fn ping(&self) -> Result<()>;

    /// Bytes the database occupies.
    async fn size_bytes(&self) -> Result<u64>;
}

/// The store of either engine: every feature trait is implemented once for it.
pub struct SqlStore {
    pool: Pool,
    /// The SQLite database file (None on PostgreSQL).
    file: Option<PathBuf>,
}

#[async_trait]
impl Store for SqlStore {
    fn engine(&self) -> Engine {
        self.pool.engine()
    }

    async fn ping(&self) -> Result<()> {
        self.pool.execute(sql("SELECT 1")).await?;
        Ok(())
    }

    async fn size_bytes(&self) -> Result<u64> {
        match &self.file {
            Some(file) => sqlite::size(&self.pool, file).await,
            None => postgres::size(&self.pool).await,
        }
    }
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
