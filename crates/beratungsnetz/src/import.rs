//! `beratungsnetz import`: reads HSDS from files and writes it in one transaction.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, bail};
use beratungsnetz_core::hsds::{self, Dataset, Entity, Rejected, Source};
use beratungsnetz_store::{ImportMode, ImportStats, Store, StoreError};
use clap::Args;

use crate::Db;

#[derive(Args)]
pub struct ImportArgs {
    #[command(flatten)]
    db: Db,
    /// A JSON file, a directory of JSON files, or a CSV data package directory.
    path: PathBuf,
    /// Empty the directory first (in the same transaction) instead of merging by id.
    #[arg(long)]
    replace: bool,
    /// The kind of the top-level JSON objects, when it cannot be recognised.
    #[arg(long, value_parser = parse_kind)]
    kind: Option<Entity>,
    /// Import even where a reference points at a record that is neither in the input nor
    /// in the database (each is printed as a warning). The official HSDS CSV example needs it.
    #[arg(long)]
    allow_dangling: bool,
    /// Refuse files larger than this many megabytes (1 to 1048576).
    #[arg(long, default_value_t = 1024, value_parser = clap::value_parser!(u64).range(1..=MAX_MB))]
    max_mb: u64,
}

/// The largest `--max-mb`: a terabyte.
const MAX_MB: u64 = 1 << 20;

fn parse_kind(s: &str) -> Result<Entity, String> {
    Entity::from_table(s).ok_or_else(|| {
        "expected service, organization, location, service_at_location, taxonomy or taxonomy_term"
            .to_string()
    })
}

pub async fn run(a: ImportArgs) -> anyhow::Result<()> {
    let started = Instant::now();
    let max_bytes = a
        .max_mb
        .checked_mul(1024 * 1024)
        .context("--max-mb is too large")?;
    let ds = read_path(&a.path, a.kind, max_bytes)?;
    let store = a.db.open().await?;
    let mode = if a.replace {
        ImportMode::Replace
    } else {
        ImportMode::Merge
    };
    let unresolved = hsds::check(&ds)?;
    let stats = match store.import(&ds, &unresolved, mode).await {
        Err(StoreError::Rejected(rejected)) if a.allow_dangling => {
            for p in &rejected.problems {
                eprintln!("warning: {p}");
            }
            store.import(&ds, &[], mode).await?
        }
        other => other?,
    };
    println!(
        "imported {} records ({} services, {} organizations) from {} in {:.1} s",
        stats.records,
        stats.services,
        stats.organizations,
        a.path.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Checks a data set and writes it, all or nothing.
pub async fn write(
    store: &dyn Store,
    ds: &Dataset,
    mode: ImportMode,
) -> anyhow::Result<ImportStats> {
    let unresolved = hsds::check(ds)?;
    Ok(store.import(ds, &unresolved, mode).await?)
}

/// Reads a file or directory in any HSDS exchange form into one data set.
pub fn read_path(path: &Path, kind: Option<Entity>, max_bytes: u64) -> anyhow::Result<Dataset> {
    // The limit holds for all files of one import together.
    let mut budget = Budget {
        max: max_bytes,
        used: 0,
    };
    let meta =
        std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
    if meta.is_file() {
        let name = display_name(path);
        let bytes = budget.read(path)?;
        return if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
        {
            Ok(hsds::read_package(&BTreeMap::from([(name, bytes)]))?)
        } else {
            read_json_bytes(&name, &bytes, kind)
        };
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
        .with_context(|| format!("cannot list {}", path.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    entries.sort();
    let has = |ext: &str| {
        entries
            .iter()
            .any(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext)))
    };
    if path.join("datapackage.json").is_file() || has("csv") {
        let mut files = BTreeMap::new();
        for p in entries.iter().filter(|p| {
            p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"))
                || p.file_name().is_some_and(|n| n == "datapackage.json")
        }) {
            files.insert(display_name(p), budget.read(p)?);
        }
        return Ok(hsds::read_package(&files)?);
    }
    if !has("json") {
        bail!(
            "{} holds neither JSON files nor a CSV data package",
            path.display()
        );
    }
    let mut ds = Dataset::new();
    for p in entries.iter().filter(|p| {
        p.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
    }) {
        let bytes = budget.read(p)?;
        ds.absorb(read_json_bytes(&display_name(p), &bytes, kind)?)?;
    }
    Ok(ds)
}

fn read_json_bytes(name: &str, bytes: &[u8], kind: Option<Entity>) -> anyhow::Result<Dataset> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64
            + 1;
        Rejected::one(
            Source::line(name, line),
            None,
            "not valid UTF-8 text; save the file as UTF-8",
        )
    })?;
    Ok(hsds::read_json(name, text, kind)?)
}

/// Bytes an import may still read.
struct Budget {
    max: u64,
    used: u64,
}

impl Budget {
    fn read(&mut self, path: &Path) -> anyhow::Result<Vec<u8>> {
        let len = std::fs::metadata(path)
            .with_context(|| format!("cannot read {}", path.display()))?
            .len();
        let total = self.used.saturating_add(len);
        if total > self.max {
            bail!(
                "{} brings the import to {} MB, more than the limit of {} MB for all its files \
                 together (raise it with --max-mb)",
                path.display(),
                total.div_ceil(1024 * 1024),
                self.max / (1024 * 1024)
            );
        }
        self.used = total;
        std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
    }
}

fn display_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
