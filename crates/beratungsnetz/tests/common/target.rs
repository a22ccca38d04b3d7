//! Where a CLI test's data lives: SQLite in a data directory, or a scratch PostgreSQL
//! database (with a data directory for the search index), and the commands run on it.

use std::path::PathBuf;
use std::process::Output;

use beratungsnetz_core::hsds::Dataset;
use beratungsnetz_store::{PgStore, SqliteStore, Store, scratch};

use super::bin;

pub enum Engine {
    Sqlite(PathBuf),
    Postgres(String),
}

pub struct Target {
    pub engine: Engine,
    /// The data directory (SQLite database and search index).
    pub dir: PathBuf,
    _tmp: tempfile::TempDir,
}

impl Target {
    pub fn sqlite() -> Target {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        std::fs::create_dir_all(&dir).unwrap();
        Target {
            engine: Engine::Sqlite(dir.join("beratungsnetz.db")),
            dir,
            _tmp: tmp,
        }
    }

    /// A fresh PostgreSQL database named after `label`, or None (saying so) without
    /// BERATUNGSNETZ_TEST_DATABASE_URL.
    pub async fn postgres(label: &str) -> Option<Target> {
        let Ok(base) = std::env::var(scratch::TEST_DATABASE_URL) else {
            eprintln!(
                "SKIPPING the PostgreSQL run of `{label}`: {} is not set",
                scratch::TEST_DATABASE_URL
            );
            return None;
        };
        let url = scratch::create_database(&base, label).await.unwrap();
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        std::fs::create_dir_all(&dir).unwrap();
        Some(Target {
            engine: Engine::Postgres(url),
            dir,
            _tmp: tmp,
        })
    }

    /// SQLite, and PostgreSQL when configured.
    pub async fn all(label: &str) -> Vec<Target> {
        let mut v = vec![Target::sqlite()];
        v.extend(Target::postgres(label).await);
        v
    }

    pub fn name(&self) -> &'static str {
        match self.engine {
            Engine::Sqlite(_) => "sqlite",
            Engine::Postgres(_) => "postgres",
        }
    }

    /// The PostgreSQL URL (None on SQLite).
    pub fn url(&self) -> Option<&str> {
        match &self.engine {
            Engine::Postgres(url) => Some(url),
            Engine::Sqlite(_) => None,
        }
    }

    /// The flags of every command on this data (the index always in `dir`).
    pub fn args(&self) -> Vec<String> {
        let mut args = vec!["--data-dir".to_string(), self.dir.display().to_string()];
        if let Engine::Postgres(url) = &self.engine {
            args.extend(["--database-url".to_string(), url.clone()]);
        }
        args
    }

    /// The database alone, for a `Node` with a data directory of its own.
    pub fn url_args(&self) -> Vec<String> {
        let url = match &self.engine {
            Engine::Sqlite(file) => format!("sqlite://{}", file.display()),
            Engine::Postgres(url) => url.clone(),
        };
        vec!["--database-url".to_string(), url]
    }

    /// Runs `sub` (a command, with its subcommand after a space: "user add") on this data.
    pub fn run(&self, sub: &str, rest: &[&str]) -> Output {
        bin()
            .args(sub.split_whitespace())
            .args(self.args())
            .args(rest)
            .output()
            .unwrap()
    }

    /// The output of a command that must succeed.
    pub fn ok(&self, sub: &str, rest: &[&str]) -> String {
        let out = self.run(sub, rest);
        assert!(
            out.status.success(),
            "{}: {sub} {rest:?} failed: {}",
            self.name(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The error output of a command that must fail.
    pub fn fails(&self, sub: &str, rest: &[&str]) -> String {
        let out = self.run(sub, rest);
        assert!(
            !out.status.success(),
            "{}: {sub} {rest:?} should have failed",
            self.name()
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    }

    pub async fn store(&self) -> Box<dyn Store> {
        match &self.engine {
            Engine::Sqlite(file) => Box::new(SqliteStore::open(file).await.unwrap()),
            Engine::Postgres(url) => Box::new(PgStore::connect(url).await.unwrap()),
        }
    }

    pub async fn dataset(&self) -> Dataset {
        let store = self.store().await;
        let store: &dyn Store = store.as_ref();
        store.load_all().await.unwrap()
    }

    /// A path in the data directory, for files a test writes.
    pub fn out(&self, name: &str) -> String {
        self.dir.join(name).display().to_string()
    }
}
