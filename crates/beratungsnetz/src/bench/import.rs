//! `beratungsnetz bench import`: import, export and round trips of a generated dataset.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::bail;
use beratungsnetz_core::hsds;
use beratungsnetz_store::ImportMode;
use clap::Args;

use crate::{Db, Format};

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
}

fn secs(t: Instant) -> String {
    format!("{:.2} s", t.elapsed().as_secs_f64())
}

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
        "  generate          {:>10}   ({} MB of HSDS JSON)",
        secs(t),
        size / 1_000_000
    );

    let t = Instant::now();
    let ds = crate::import::read_path(&input, None, u64::MAX)?;
    println!(
        "  parse + validate  {:>10}   ({} records)",
        secs(t),
        ds.len()
    );
    let t = Instant::now();
    let unresolved = hsds::check(&ds)?;
    println!("  check references  {:>10}", secs(t));
    let t = Instant::now();
    let stats = store.import(&ds, &unresolved, ImportMode::Replace).await?;
    println!(
        "  write to database {:>10}   ({} records)",
        secs(t),
        stats.records
    );
    println!(
        "  database size     {:>7} MB",
        store.size_bytes().await? / 1_000_000
    );

    for (format, name) in [(Format::HsdsJson, "json"), (Format::HsdsCsv, "csv")] {
        let out = dir.join(format!("export-{name}"));
        let t = Instant::now();
        crate::export::export(store.as_ref(), format, &out).await?;
        println!("  export hsds-{name:<5}{:>10}", secs(t));
        let t = Instant::now();
        let again = crate::import::read_path(&out, None, u64::MAX)?;
        let unresolved = hsds::check(&again)?;
        store
            .import(&again, &unresolved, ImportMode::Replace)
            .await?;
        let stored = store.load_all().await?;
        println!("  re-import {name:<7} {:>10}", secs(t));
        if let Err(diff) = ds.same_records(&stored) {
            bail!("round trip through hsds-{name} lost data: {diff}");
        }
        println!(
            "  round trip hsds-{name}: lossless ({} records)",
            stored.len()
        );
    }
    Ok(())
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
    fn path(&self) -> &std::path::Path {
        match self {
            Scratch::Kept(p) => p,
            Scratch::Temp(t) => t.path(),
        }
    }
}
