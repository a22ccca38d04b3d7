//! `beratungsnetz bench import`: import, export and round trips of a generated dataset,
//! each step run as the command a user runs (a child process), so that the time and the
//! peak memory reported are that command's own.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, bail};
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_store::Store;
use clap::Args;

use crate::Db;

#[derive(Args)]
pub struct ImportBench {
    #[command(flatten)]
    db: Db,
    #[arg(long, default_value_t = 100_000)]
    services: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Scratch directory for the generated and exported files (default: a temporary one).
    #[arg(long)]
    work_dir: Option<PathBuf>,
    /// Only generate and import (no export and round trips): for the largest sizes.
    #[arg(long)]
    import_only: bool,
}

/// The environment variable naming the file a command writes its peak memory to when
/// it ends (see `main`).
pub const PEAK_MEMORY_FILE: &str = "BERATUNGSNETZ_PEAK_MEMORY_FILE";

pub async fn run(b: ImportBench) -> anyhow::Result<()> {
    let tmp = tempfile_dir(b.work_dir.as_ref())?;
    let dir = tmp.path().to_path_buf();
    let store = b.db.open().await?;
    println!(
        "bench import: {} services, seed {}, engine {}",
        b.services,
        b.seed,
        store.engine().name()
    );
    let input = dir.join("generated.json");
    let t = Instant::now();
    {
        let mut w = std::io::BufWriter::new(std::fs::File::create(&input)?);
        crate::export::write_array(
            &mut w,
            beratungsnetz_demo::generate::generate(b.services, b.seed),
        )?;
        std::io::Write::flush(&mut w)?;
    }
    let size = std::fs::metadata(&input)?.len();
    println!(
        "  generate          {:>8.1} s   ({} MB of HSDS JSON)",
        t.elapsed().as_secs_f64(),
        size / 1_000_000
    );
    let import = |from: &Path| {
        vec![
            "import".to_string(),
            "--replace".into(),
            "--max-mb".into(),
            "1048576".into(),
            from.display().to_string(),
        ]
    };
    let m = child(&b.db, &dir, &import(&input))?;
    println!(
        "  import            {:>8.1} s   peak memory {} MB",
        m.secs, m.peak_mb
    );
    println!(
        "  database size     {:>8} MB",
        store.size_bytes().await? / 1_000_000
    );
    if b.import_only {
        return Ok(());
    }
    let first = digest(store.as_ref()).await?;
    for name in ["json", "csv"] {
        let out = dir.join(format!("export-{name}"));
        let m = child(
            &b.db,
            &dir,
            &[
                "export".into(),
                "--format".into(),
                format!("hsds-{name}"),
                out.display().to_string(),
            ],
        )?;
        println!(
            "  export hsds-{name:<5}{:>8.1} s   peak memory {} MB",
            m.secs, m.peak_mb
        );
        let m = child(&b.db, &dir, &import(&out))?;
        println!(
            "  re-import {name:<7} {:>8.1} s   peak memory {} MB",
            m.secs, m.peak_mb
        );
        let again = digest(store.as_ref()).await?;
        if again != first {
            bail!("round trip through hsds-{name} changed the data: {first:?} vs {again:?}");
        }
        println!(
            "  round trip hsds-{name}: lossless ({} records)",
            first.records
        );
    }
    Ok(())
}

/// What one command took.
struct Measured {
    secs: f64,
    peak_mb: u64,
}

/// Runs this binary with `args` against the bench's database, as a user would.
fn child(db: &Db, dir: &Path, args: &[String]) -> anyhow::Result<Measured> {
    let peak_file = dir.join("peak-memory");
    let _ = std::fs::remove_file(&peak_file);
    let mut cmd = Command::new(std::env::current_exe()?);
    cmd.args(&args[..1]);
    match &db.database_url {
        Some(url) => cmd.args(["--database-url", url]),
        None => cmd.arg("--data-dir").arg(&db.data_dir),
    };
    cmd.args(&args[1..]).env(PEAK_MEMORY_FILE, &peak_file);
    let t = Instant::now();
    let status = cmd.status().context("cannot run the child command")?;
    let secs = t.elapsed().as_secs_f64();
    if !status.success() {
        bail!("`beratungsnetz {}` failed: {status}", args.join(" "));
    }
    let kb: u64 = std::fs::read_to_string(&peak_file)
        .context("the child did not report its peak memory")?
        .trim()
        .parse()
        .context("unreadable peak memory")?;
    Ok(Measured {
        secs,
        peak_mb: kb / 1024,
    })
}

/// An order-independent digest of everything stored: equal digests mean equal records.
#[derive(Debug, PartialEq, Eq)]
struct Digest {
    records: u64,
    sum: u64,
}

async fn digest(store: &dyn Store) -> anyhow::Result<Digest> {
    let mut d = Digest { records: 0, sum: 0 };
    for e in Entity::ALL {
        let ids = store.ids(e).await?;
        for chunk in ids.chunks(5_000) {
            for r in store.fetch_by(e, "id", chunk).await? {
                let mut h = DefaultHasher::new();
                e.table().hash(&mut h);
                r.id.hash(&mut h);
                canonical(&serde_json::Value::Object(r.fields), &mut h);
                d.sum = d.sum.wrapping_add(h.finish());
                d.records += 1;
            }
        }
    }
    Ok(d)
}

/// Hashes a JSON value with object keys in sorted order (field order is not data).
fn canonical(v: &serde_json::Value, h: &mut DefaultHasher) {
    match v {
        serde_json::Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            for k in keys {
                k.hash(h);
                if let Some(v) = map.get(k) {
                    canonical(v, h);
                }
            }
        }
        serde_json::Value::Array(items) => {
            items.len().hash(h);
            for v in items {
                canonical(v, h);
            }
        }
        other => other.to_string().hash(h),
    }
}

/// A scratch directory removed at the end, or the one given (kept).
fn tempfile_dir(given: Option<&PathBuf>) -> anyhow::Result<Scratch> {
    match given {
        Some(p) => {
            std::fs::create_dir_all(p)?;
            Ok(Scratch::Kept(p.clone()))
        }
        None => Ok(Scratch::Temp(tempfile::tempdir()?)),
    }
}

enum Scratch {
    Kept(PathBuf),
    Temp(tempfile::TempDir),
}

impl Scratch {
    fn path(&self) -> &Path {
        match self {
            Scratch::Kept(p) => p,
            Scratch::Temp(t) => t.path(),
        }
    }
}
