//! `beratungsnetz backup OUT` and `restore IN`: the SQLite database of a data directory
//! copied out while `serve` runs, and put back in place at once. PostgreSQL has its own
//! tools for this; with a PostgreSQL URL both commands name them and stop.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use beratungsnetz_store::backup::{self, DatabaseInfo};
use clap::Args;

use crate::Db;

#[derive(Args)]
pub struct BackupArgs {
    #[command(flatten)]
    db: Db,
    /// The backup file to write (a new file: an existing one is never overwritten).
    out: PathBuf,
}

#[derive(Args)]
pub struct RestoreArgs {
    #[command(flatten)]
    db: Db,
    /// The backup file to restore (made by `beratungsnetz backup`).
    input: PathBuf,
    /// Replace a database that holds data (never one a running server uses).
    #[arg(long)]
    force: bool,
}

/// The SQLite file the data directory (or an `sqlite://` URL) names; the PostgreSQL
/// instructions as the error otherwise.
fn sqlite_file(db: &Db, what: Direction, file: &Path) -> anyhow::Result<PathBuf> {
    match db.database_url.as_deref() {
        None => Ok(db.data_dir.join("beratungsnetz.db")),
        Some(url) if url.starts_with("sqlite://") => {
            Ok(PathBuf::from(url.trim_start_matches("sqlite://")))
        }
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            bail!(
                "{}",
                postgres_instructions(what, &without_password(url), file)
            )
        }
        Some(url) => bail!("unsupported database URL `{}`", without_password(url)),
    }
}

#[derive(Clone, Copy)]
enum Direction {
    Backup,
    Restore,
}

/// What to run instead: PostgreSQL's own dump and restore.
fn postgres_instructions(what: Direction, url: &str, file: &Path) -> String {
    let file = file.display();
    match what {
        Direction::Backup => format!(
            "PostgreSQL databases are backed up with PostgreSQL's own tools, not by beratungsnetz. \
             Run (while the servers keep running; the password from PGPASSWORD or ~/.pgpass):\n  \
             pg_dump --format=custom --file={file} '{url}'"
        ),
        Direction::Restore => format!(
            "PostgreSQL databases are restored with PostgreSQL's own tools, not by beratungsnetz. \
             Stop every `serve` of this database, then run (the password from PGPASSWORD or ~/.pgpass):\n  \
             pg_restore --clean --if-exists --no-owner --dbname='{url}' {file}\n\
             then, on each node, `beratungsnetz reindex` (or remove DATA_DIR/search-index, which \
             `serve` then rebuilds), and start the servers again."
        ),
    }
}

/// The URL without its password, fit to print.
fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    match rest.split_once('@') {
        Some((user, host)) => {
            let user = user.split(':').next().unwrap_or_default();
            format!("{scheme}://{user}@{host}")
        }
        None => url.to_string(),
    }
}

fn describe(info: &DatabaseInfo) -> String {
    format!(
        "{} services, {} organizations, {} accounts, schema version {}, {:.1} MB",
        info.services,
        info.organizations,
        info.accounts,
        info.schema_version,
        info.bytes as f64 / 1_000_000.0
    )
}

pub async fn backup(a: BackupArgs) -> anyhow::Result<()> {
    let file = sqlite_file(&a.db, Direction::Backup, &a.out)?;
    let info = backup::backup(&file, &a.out)
        .await
        .with_context(|| format!("backup of {} failed", file.display()))?;
    println!("backup written to {}: {}", a.out.display(), describe(&info));
    Ok(())
}

pub async fn restore(a: RestoreArgs) -> anyhow::Result<()> {
    let file = sqlite_file(&a.db, Direction::Restore, &a.input)?;
    // Held until the new database is in place, so no server starts on it meanwhile.
    let index = a.db.data_dir.join("search-index");
    let Some(lock) = beratungsnetz_search::index::hold_writer_lock(&index)? else {
        bail!(
            "a server (or reindex) is using {}: stop it first, then restore",
            a.db.data_dir.display()
        );
    };
    if let Some(state) = backup::target_state(&file).await? {
        match state {
            Ok(info) if info.is_empty() => {}
            Ok(info) if !a.force => bail!(
                "{} already holds data ({}); add --force to replace it",
                file.display(),
                describe(&info)
            ),
            Err(why) if !a.force => bail!(
                "{} exists and is not an empty beratungsnetz database ({why}); add --force to replace it",
                file.display()
            ),
            _ => {}
        }
    }
    let info = backup::restore(&a.input, &file)
        .await
        .with_context(|| format!("nothing was changed: cannot restore {}", a.input.display()))?;
    // The index describes the database that was replaced: without it `serve` rebuilds.
    let stale = std::fs::remove_dir_all(&index);
    drop(lock);
    if let Err(e) = stale {
        tracing::warn!(error = %e, "cannot remove the old search index; run `beratungsnetz reindex`");
    }
    println!(
        "restored {} from {}: {}; the search index is rebuilt when `serve` starts",
        file.display(),
        a.input.display(),
        describe(&info)
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_stay_out_of_printed_urls() {
        assert_eq!(
            without_password("postgres://app:s3cret@db.example.org:5432/bn"),
            "postgres://app@db.example.org:5432/bn"
        );
        assert_eq!(
            without_password("postgres://db.example.org/bn"),
            "postgres://db.example.org/bn"
        );
    }
}
