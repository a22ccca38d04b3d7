//! `beratungsnetz demo`: loads the sample data of Sachsen-Anhalt.

use beratungsnetz_core::hsds::{Dataset, nested};
use beratungsnetz_store::{ImportMode, ImportStats, Store};
use clap::Args;
use serde_json::Value;

use crate::Db;

#[derive(Args)]
pub struct DemoArgs {
    #[command(flatten)]
    db: Db,
    /// Remove everything else from the directory first.
    #[arg(long)]
    replace: bool,
}

pub async fn run(a: DemoArgs) -> anyhow::Result<()> {
    let store = a.db.open().await?;
    let mode = if a.replace {
        ImportMode::Replace
    } else {
        ImportMode::Merge
    };
    let stats = load(store.as_ref(), mode).await?;
    println!(
        "loaded the sample data: {} services of {} organizations ({} records)",
        stats.services, stats.organizations, stats.records
    );
    Ok(())
}

/// The sample data as one HSDS data set: the services and the whole vocabulary.
pub fn dataset() -> anyhow::Result<Dataset> {
    let mut items = beratungsnetz_core::demo::demo_services();
    items.extend(
        beratungsnetz_core::taxonomy::terms()
            .iter()
            .map(beratungsnetz_core::taxonomy::term_json),
    );
    Ok(nested::read_document(
        "sample data",
        &Value::Array(items),
        None,
    )?)
}

pub async fn load(store: &dyn Store, mode: ImportMode) -> anyhow::Result<ImportStats> {
    crate::import::write(store, &dataset()?, mode).await
}
