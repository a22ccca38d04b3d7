//! `beratungsnetz import`: reads HSDS from files and writes it as it reads, in one
//! transaction.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use anyhow::{Context, bail};
use beratungsnetz_core::hsds::ingest::{Batch, Batcher, DeclaredKeys, Repeat};
use beratungsnetz_core::hsds::{
    self, Dataset, Entity, Problem, Rejected, Source, package, tabular,
};
use beratungsnetz_store::{ImportMode, ImportOptions, ImportStats, Store};
use clap::Args;

use crate::Db;
use crate::progress::{Progress, Unit};

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
    let input = Input::find(&a.path, max_bytes)?;
    let store = a.db.open().await?;
    let options = ImportOptions {
        mode: if a.replace {
            ImportMode::Replace
        } else {
            ImportMode::Merge
        },
        repeat: input.repeat(),
        allow_dangling: a.allow_dangling,
        declared_keys: input.declared_keys(),
    };
    let progress = Progress::start("import", input.bytes, Unit::Bytes);
    let stats = stream(store.as_ref(), input, a.kind, options, &progress).await;
    progress.finish();
    let stats = stats?;
    for w in &stats.warnings {
        eprintln!("warning: {w}");
    }
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

/// Checks a data set held in memory and writes it, all or nothing.
pub async fn write(
    store: &dyn Store,
    ds: &Dataset,
    mode: ImportMode,
) -> anyhow::Result<ImportStats> {
    Ok(store.import(ds, mode).await?)
}

/// Reads `input` on a thread of its own while the store writes what it hands over, in
/// one transaction: memory holds a few batches, not the input.
pub async fn stream(
    store: &dyn Store,
    input: Input,
    kind: Option<Entity>,
    options: ImportOptions,
    progress: &Progress,
) -> anyhow::Result<ImportStats> {
    let (tx, rx) = tokio::sync::mpsc::channel::<Batch>(BATCHES_IN_FLIGHT);
    let read = progress.counter();
    let reader = std::thread::Builder::new()
        .name("import-reader".into())
        .spawn(move || {
            let started = Instant::now();
            // Time spent waiting for the writer: which side limits the import.
            let mut waited = std::time::Duration::ZERO;
            let mut sink = |mut batch: Batch| {
                // Checked and written as JSON here, while the writer writes the last.
                batch.prepare();
                let t = Instant::now();
                let sent = tx.blocking_send(batch).is_ok();
                waited += t.elapsed();
                sent
            };
            let mut batcher = Batcher::new(&mut sink);
            input.read(kind, &read, &mut batcher);
            batcher.finish();
            (started.elapsed(), waited)
        })?;
    let written = store.import_stream(rx, options).await;
    let Ok((reading, waited)) = reader.join() else {
        bail!("reading the input failed");
    };
    tracing::info!(
        reading_seconds = reading.as_secs_f64(),
        waiting_for_writer_seconds = waited.as_secs_f64(),
        "import input read"
    );
    Ok(written?)
}

fn not_a_table(name: &str) -> Problem {
    Problem {
        source: Source::line(name, 1),
        field: None,
        message: "not a table of the HSDS data package".into(),
    }
}

/// Reads the metadata beside a JSON export (`hsds.json`) and refuses versions it cannot read.
fn check_version(path: &Path) -> anyhow::Result<()> {
    let name = display_name(path);
    let text = std::fs::read(path).with_context(|| format!("cannot read {name}"))?;
    let meta: serde_json::Value =
        serde_json::from_slice(&text).with_context(|| format!("{name}: not valid JSON"))?;
    match meta.get("version").and_then(serde_json::Value::as_str) {
        Some(v) if hsds::readable_version(v) => Ok(()),
        Some(v) => bail!(
            "{name}: field version: HSDS {v} cannot be read; this importer reads HSDS 3.0 and 3.1"
        ),
        None => bail!("{name}: field version: missing (the HSDS version of the files beside it)"),
    }
}

/// Batches read ahead of the writer: the reader and the writer each have a core.
const BATCHES_IN_FLIGHT: usize = 4;

/// What an import reads: JSON files, or the tables of a CSV data package.
pub struct Input {
    kind: InputKind,
    /// All files together, for progress.
    pub bytes: u64,
}

enum InputKind {
    Json(Vec<PathBuf>),
    Package {
        declared: tabular::Declared,
        tables: Vec<(Entity, PathBuf)>,
        /// Found before reading: files of no table, resources the package lacks.
        problems: Vec<Problem>,
    },
}

impl Input {
    /// Finds the files at `path` and checks the size limit for all of them together.
    pub fn find(path: &Path, max_bytes: u64) -> anyhow::Result<Input> {
        let meta =
            std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
        let mut budget = Budget {
            max: max_bytes,
            used: 0,
        };
        if meta.is_file() {
            budget.take(path)?;
            let kind = if has_ext(path, "csv") {
                let name = display_name(path);
                let declared = tabular::Declared::default();
                match hsds::package_entity(&name, &declared) {
                    Some(e) => InputKind::Package {
                        declared,
                        tables: vec![(e, path.to_path_buf())],
                        problems: Vec::new(),
                    },
                    None => InputKind::Package {
                        declared,
                        tables: Vec::new(),
                        problems: vec![not_a_table(&name)],
                    },
                }
            } else {
                InputKind::Json(vec![path.to_path_buf()])
            };
            return Ok(Input {
                kind,
                bytes: budget.used,
            });
        }
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .with_context(|| format!("cannot list {}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        entries.sort();
        let package_json = path.join("datapackage.json");
        if package_json.is_file() || entries.iter().any(|p| has_ext(p, "csv")) {
            let mut problems = Vec::new();
            let declared = if package_json.is_file() {
                budget.take(&package_json)?;
                let bytes = std::fs::read(&package_json)
                    .with_context(|| format!("cannot read {}", package_json.display()))?;
                let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
                    Rejected::one(
                        Source::line("datapackage.json", e.line() as u64),
                        None,
                        format!("not valid JSON: {e}"),
                    )
                })?;
                problems.extend(tabular::listed_resources(&value, |p| {
                    path.join(p).is_file()
                }));
                tabular::declared(&value)
            } else {
                tabular::Declared::default()
            };
            let mut tables = Vec::new();
            for p in entries.iter().filter(|p| has_ext(p, "csv")) {
                budget.take(p)?;
                let name = display_name(p);
                match hsds::package_entity(&name, &declared) {
                    Some(e) => tables.push((e, p.clone())),
                    None => problems.push(not_a_table(&name)),
                }
            }
            // Parents first, so that references mostly point backwards.
            tables.sort_by_key(|(e, _)| *e);
            return Ok(Input {
                kind: InputKind::Package {
                    declared,
                    tables,
                    problems,
                },
                bytes: budget.used,
            });
        }
        let metadata = path.join(hsds::METADATA_FILE);
        if metadata.is_file() {
            check_version(&metadata)?;
        }
        let files: Vec<PathBuf> = entries
            .into_iter()
            .filter(|p| has_ext(p, "json") && *p != metadata)
            .collect();
        if files.is_empty() {
            bail!(
                "{} holds neither JSON files nor a CSV data package",
                path.display()
            );
        }
        for p in &files {
            budget.take(p)?;
        }
        Ok(Input {
            kind: InputKind::Json(files),
            bytes: budget.used,
        })
    }

    /// Table rows must be unique; the nested JSON form repeats shared records.
    pub fn repeat(&self) -> Repeat {
        match self.kind {
            InputKind::Json(_) => Repeat::Merge,
            InputKind::Package { .. } => Repeat::Reject,
        }
    }

    /// The foreign keys a data package's `datapackage.json` declares (none for JSON).
    pub fn declared_keys(&self) -> DeclaredKeys {
        match &self.kind {
            InputKind::Json(_) => DeclaredKeys::new(),
            InputKind::Package { declared, .. } => tabular::declared_keys(declared),
        }
    }

    /// Reads every file, handing records to `batcher`; `read` counts the bytes.
    pub fn read(self, kind: Option<Entity>, read: &Arc<AtomicU64>, batcher: &mut Batcher<'_>) {
        match self.kind {
            InputKind::Json(files) => {
                for path in files {
                    if batcher.stopped() {
                        return;
                    }
                    let name = display_name(&path);
                    match open(&path, read) {
                        Ok(input) => hsds::stream::stream_json(&name, input, kind, batcher),
                        Err(p) => batcher.problem(p),
                    }
                }
            }
            InputKind::Package {
                declared,
                tables,
                problems,
            } => {
                for p in problems {
                    batcher.problem(p);
                }
                for (entity, path) in tables {
                    if batcher.stopped() {
                        return;
                    }
                    read_table(&path, entity, declared.get(&entity), read, batcher);
                }
            }
        }
    }
}

/// One CSV table: its shape walked first (without holding it), then its rows.
fn read_table(
    path: &Path,
    entity: Entity,
    declared: Option<&package::Table>,
    read: &Arc<AtomicU64>,
    batcher: &mut Batcher<'_>,
) {
    let name = display_name(path);
    let shape = (|| -> Result<Option<(u64, String)>, Problem> {
        let mut input = open(path, &Arc::new(AtomicU64::new(0)))?;
        let mut check = tabular::ShapeCheck::default();
        loop {
            let buf = input.fill_buf().map_err(|e| unreadable(&name, &e))?;
            if buf.is_empty() {
                return Ok(None);
            }
            let n = buf.len();
            if let Err(found) = check.feed(buf) {
                return Ok(Some(found));
            }
            input.consume(n);
        }
    })();
    match shape {
        Err(p) => return batcher.problem(p),
        Ok(Some((line, message))) => {
            return batcher.problem(Problem {
                source: Source::line(&name, line),
                field: None,
                message,
            });
        }
        Ok(None) => {}
    }
    match open(path, read) {
        Ok(input) => tabular::stream_csv(&name, entity, input, declared, batcher),
        Err(p) => batcher.problem(p),
    }
}

/// A file, buffered, past its byte-order mark, counting what is read.
fn open(path: &Path, read: &Arc<AtomicU64>) -> Result<BufReader<Counted>, Problem> {
    let name = display_name(path);
    let file = File::open(path).map_err(|e| unreadable(&name, &e))?;
    let mut input = BufReader::with_capacity(
        1 << 20,
        Counted {
            inner: file,
            read: Arc::clone(read),
        },
    );
    let bom = input
        .fill_buf()
        .map_err(|e| unreadable(&name, &e))?
        .starts_with(b"\xEF\xBB\xBF");
    if bom {
        input.consume(3);
    }
    Ok(input)
}

fn unreadable(name: &str, e: &std::io::Error) -> Problem {
    Problem {
        source: Source::line(name, 1),
        field: None,
        message: format!("cannot read: {e}"),
    }
}

/// A file that counts the bytes read from it.
pub struct Counted {
    inner: File,
    read: Arc<AtomicU64>,
}

impl Read for Counted {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

fn has_ext(path: &Path, ext: &str) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// Bytes an import may still read.
struct Budget {
    max: u64,
    used: u64,
}

impl Budget {
    fn take(&mut self, path: &Path) -> anyhow::Result<()> {
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
        Ok(())
    }
}

fn display_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
