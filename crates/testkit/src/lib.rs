//! What the tests share: one engine matrix — SQLite always, PostgreSQL when
//! `BERATUNGSNETZ_TEST_DATABASE_URL` names a server the tests may create databases on
//! (`.ci/run` sets it) — raw SQL on a test database, and loading HSDS JSON.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::sync::Arc;

use beratungsnetz_core::hsds;
use beratungsnetz_store::{ImportMode, PgStore, SqliteStore, Store, scratch};
use sqlx::Connection;

/// Where a test database lives, for statements the store does not offer (breaking a
/// table on purpose, reading the schema).
#[derive(Clone, Debug)]
pub enum Raw {
    Sqlite(PathBuf),
    Postgres(String),
}

/// One engine under test, with a fresh database.
pub struct TestDb {
    pub name: &'static str,
    pub store: Arc<dyn Store>,
    pub raw: Raw,
    _dir: tempfile::TempDir,
}

impl TestDb {
    /// Runs one statement on the database directly.
    pub async fn execute(&self, sql: &str) {
        self.strings(sql).await;
    }

    /// Rows of text columns a query answers.
    pub async fn strings(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        let sql = sqlx::AssertSqlSafe(sql.to_string());
        match &self.raw {
            Raw::Sqlite(path) => {
                let url = format!("sqlite://{}", path.display());
                let mut c = sqlx::SqliteConnection::connect(&url).await.unwrap();
                let rows = sqlx::query(sql).fetch_all(&mut c).await.unwrap();
                texts(&rows)
            }
            Raw::Postgres(url) => {
                let mut c = sqlx::PgConnection::connect(url).await.unwrap();
                let rows = sqlx::query(sql).fetch_all(&mut c).await.unwrap();
                texts(&rows)
            }
        }
    }
}

/// Every column of every row as text (None for NULL).
fn texts<R: sqlx::Row>(rows: &[R]) -> Vec<Vec<Option<String>>>
where
    usize: sqlx::ColumnIndex<R>,
    for<'r> Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    rows.iter()
        .map(|r| {
            (0..r.len())
                .map(|i| r.get::<Option<String>, _>(i))
                .collect()
        })
        .collect()
}

/// A fresh SQLite database, and a fresh PostgreSQL one when configured (else a line
/// saying the PostgreSQL half is skipped). `label` names the databases made.
pub async fn engines(label: &str) -> Vec<TestDb> {
    let mut out = vec![sqlite().await];
    match std::env::var(scratch::TEST_DATABASE_URL) {
        Ok(base) => {
            let url = scratch::create_database(&base, label).await.unwrap();
            out.push(TestDb {
                name: "postgres",
                store: Arc::new(PgStore::connect(&url).await.unwrap()),
                raw: Raw::Postgres(url),
                _dir: tempfile::tempdir().unwrap(),
            });
        }
        Err(_) => eprintln!(
            "SKIPPING the PostgreSQL half of `{label}`: {} is not set",
            scratch::TEST_DATABASE_URL
        ),
    }
    out
}

/// A fresh SQLite database alone.
pub async fn sqlite() -> TestDb {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(&path).await.unwrap());
    TestDb {
        name: "sqlite",
        store,
        raw: Raw::Sqlite(path),
        _dir: dir,
    }
}

/// Imports an HSDS JSON document (checked as the importer checks it).
pub async fn import_json(store: &dyn Store, doc: &serde_json::Value, mode: ImportMode) {
    let ds = hsds::nested::read_document("t.json", doc, None).unwrap();
    store.import(&ds, mode).await.unwrap();
}
