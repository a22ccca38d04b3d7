//! Copies of the SQLite database: an online backup (`VACUUM INTO` reads one consistent
//! snapshot while the server goes on writing), checking that a file is a beratungsnetz
//! database this version can open, and putting a backup in place of a database.
//! PostgreSQL is backed up with its own tools (`pg_dump`, `pg_restore`), which know its
//! roles, sequences and locks better than a copy through the application could.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::{ConnectOptions, Connection};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum BackupError {
    #[error("{0} already exists; a backup never overwrites a file, choose a new name")]
    Exists(PathBuf),
    #[error("there is no database at {0}")]
    Missing(PathBuf),
    #[error("{0} is not an SQLite database")]
    NotSqlite(PathBuf),
    #[error("{0} is an SQLite database, but not one of beratungsnetz (it has no migration table)")]
    NotOurs(PathBuf),
    #[error(
        "{path} comes from a newer beratungsnetz (schema version {found}; this one knows up to {known}): upgrade beratungsnetz first"
    )]
    Newer {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error(
        "{path}: schema version {version} is not the one this beratungsnetz knows (another checksum, or a migration that failed)"
    )]
    Incompatible { path: PathBuf, version: i64 },
    #[error("{path} is damaged: {detail}")]
    Damaged { path: PathBuf, detail: String },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
}

type Result<T> = std::result::Result<T, BackupError>;

/// What a database file holds, as far as an operator needs to know.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DatabaseInfo {
    /// The newest migration applied.
    pub schema_version: i64,
    pub services: u64,
    pub organizations: u64,
    pub accounts: u64,
    pub bytes: u64,
}

impl DatabaseInfo {
    /// Nothing worth keeping: no directory records and no accounts.
    pub fn is_empty(&self) -> bool {
        self.services == 0 && self.organizations == 0 && self.accounts == 0
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> BackupError + '_ {
    move |source| BackupError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes a consistent copy of the database `db` to the new file `out` while other
/// processes may be reading and writing it, and checks the copy.
pub async fn backup(db: &Path, out: &Path) -> Result<DatabaseInfo> {
    if !db.is_file() {
        return Err(BackupError::Missing(db.to_path_buf()));
    }
    // Created empty first (VACUUM INTO accepts an empty file), so that two backups to
    // the same name cannot both win.
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(out)
    {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(BackupError::Exists(out.to_path_buf()));
        }
        Err(e) => return Err(io(out)(e)),
    }
    let written = copy_into(db, out).await;
    let checked = match written {
        Ok(()) => inspect(out).await,
        Err(e) => Err(e),
    };
    if checked.is_err() {
        let _ = std::fs::remove_file(out);
    }
    checked
}

async fn copy_into(db: &Path, out: &Path) -> Result<()> {
    let target = out.to_str().ok_or_else(|| BackupError::Io {
        path: out.to_path_buf(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a UTF-8 path"),
    })?;
    // The live database is opened as the server opens it (no migration), but only read.
    let mut conn = SqliteConnectOptions::from_str("sqlite://")?
        .filename(db)
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(30))
        .connect()
        .await?;
    sqlx::query("VACUUM INTO ?")
        .bind(target)
        .execute(&mut conn)
        .await?;
    conn.close().await?;
    let file = std::fs::File::open(out).map_err(io(out))?;
    file.sync_all().map_err(io(out))?;
    Ok(())
}

/// Checks that `file` is an undamaged beratungsnetz database whose schema this version
/// knows (older is fine: `serve` migrates it on start), without changing it.
pub async fn inspect(file: &Path) -> Result<DatabaseInfo> {
    let mut head = [0u8; 16];
    let mut f = std::fs::File::open(file).map_err(io(file))?;
    let bytes = f.metadata().map_err(io(file))?.len();
    if f.read_exact(&mut head).is_err() || &head != b"SQLite format 3\0" {
        return Err(BackupError::NotSqlite(file.to_path_buf()));
    }
    drop(f);
    // Immutable: no lock, no journal files beside it, so a backup on read-only media or
    // in someone else's folder can be checked too.
    let mut conn = SqliteConnectOptions::from_str("sqlite://")?
        .filename(file)
        .read_only(true)
        .immutable(true)
        .connect()
        .await?;
    let checked = check(&mut conn, file).await;
    conn.close().await?;
    let mut info = checked?;
    info.bytes = bytes;
    Ok(info)
}

async fn check(conn: &mut SqliteConnection, file: &Path) -> Result<DatabaseInfo> {
    let damaged = |detail: String| BackupError::Damaged {
        path: file.to_path_buf(),
        detail,
    };
    let (quick,): (String,) = sqlx::query_as("PRAGMA quick_check(1)")
        .fetch_one(&mut *conn)
        .await
        .map_err(|e| damaged(e.to_string()))?;
    if quick != "ok" {
        return Err(damaged(quick));
    }
    let (tables,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
    )
    .fetch_one(&mut *conn)
    .await?;
    if tables == 0 {
        return Err(BackupError::NotOurs(file.to_path_buf()));
    }
    let applied: Vec<(i64, Vec<u8>, bool)> =
        sqlx::query_as("SELECT version, checksum, success FROM _sqlx_migrations ORDER BY version")
            .fetch_all(&mut *conn)
            .await?;
    let known: Vec<(i64, &[u8])> = crate::sqlite::MIGRATOR
        .iter()
        .map(|m| (m.version, m.checksum.as_ref()))
        .collect();
    let newest_known = known.iter().map(|(v, _)| *v).max().unwrap_or(0);
    for (version, checksum, success) in &applied {
        match known.iter().find(|(v, _)| v == version) {
            Some((_, sum)) if *sum == checksum.as_slice() && *success => {}
            None if *version > newest_known => {
                return Err(BackupError::Newer {
                    path: file.to_path_buf(),
                    found: *version,
                    known: newest_known,
                });
            }
            _ => {
                return Err(BackupError::Incompatible {
                    path: file.to_path_buf(),
                    version: *version,
                });
            }
        }
    }
    let Some(schema_version) = applied.iter().map(|(v, _, _)| *v).max() else {
        return Err(BackupError::NotOurs(file.to_path_buf()));
    };
    Ok(DatabaseInfo {
        schema_version,
        services: count(conn, "service").await?,
        organizations: count(conn, "organization").await?,
        accounts: count(conn, "account").await?,
        bytes: 0,
    })
}

async fn count(conn: &mut SqliteConnection, table: &'static str) -> Result<u64> {
    let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(conn)
        .await?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Puts the backup `from` in place of the database `db`, all at once: the backup is
/// copied beside `db`, checked there, and renamed over it, so `db` is at every moment
/// either the old database or the whole new one. The caller makes sure that nothing has
/// `db` open.
pub async fn restore(from: &Path, db: &Path) -> Result<DatabaseInfo> {
    // Refused before copying what may be gigabytes.
    inspect(from).await?;
    let mut staged = db.as_os_str().to_os_string();
    staged.push(".restoring");
    let staged = PathBuf::from(staged);
    let placed = place(from, &staged, db).await;
    if placed.is_err() {
        let _ = std::fs::remove_file(&staged);
    }
    placed
}

async fn place(from: &Path, staged: &Path, db: &Path) -> Result<DatabaseInfo> {
    std::fs::copy(from, staged).map_err(io(staged))?;
    std::fs::File::open(staged)
        .and_then(|f| f.sync_all())
        .map_err(io(staged))?;
    // The copy is what will be used: check it, not only the original.
    let info = inspect(staged).await?;
    if db.exists() {
        fold_journal(db).await?;
    }
    // A write-ahead log left beside the new file would be replayed into it.
    for suffix in ["-wal", "-shm"] {
        let mut side = db.as_os_str().to_os_string();
        side.push(suffix);
        match std::fs::remove_file(&side) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io(Path::new(&side))(e)),
        }
    }
    std::fs::rename(staged, db).map_err(io(db))?;
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        // The rename itself must survive a power cut.
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(io(dir))?;
    }
    Ok(info)
}

/// Writes the old database's write-ahead log into it, so that deleting the log loses
/// nothing if the rename after it does not happen.
async fn fold_journal(db: &Path) -> Result<()> {
    let mut conn = SqliteConnectOptions::from_str("sqlite://")?
        .filename(db)
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(10))
        .connect()
        .await?;
    // Not every file is a database; one that is not has no log to fold.
    let _ = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(&mut conn)
        .await;
    conn.close().await?;
    Ok(())
}

/// What the database at `db` holds, or None when there is none; a file that is not a
/// beratungsnetz database counts as holding something (it is not ours to overwrite
/// without being told).
pub async fn target_state(db: &Path) -> Result<Option<std::result::Result<DatabaseInfo, String>>> {
    if !db.exists() {
        return Ok(None);
    }
    // The live file may have its newest writes in the log: fold them in first, so the
    // counts below see them (the file is read immutably).
    fold_journal(db).await.ok();
    Ok(Some(inspect(db).await.map_err(|e| e.to_string())))
}
