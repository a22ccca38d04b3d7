//! `beratungsnetz export`: writes the directory as HSDS JSON or as the HSDS CSV package.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use beratungsnetz_core::hsds::nested::{Nester, Seen};
use beratungsnetz_core::hsds::{Dataset, Entity, tabular};
use beratungsnetz_store::Store;
use clap::Args;
use serde_json::Value;

use crate::{Db, Format};

#[derive(Args)]
pub struct ExportArgs {
    #[command(flatten)]
    db: Db,
    /// hsds-json: OUT/services.json (HSDS service_package), organizations.json,
    /// locations.json (those of neither), taxonomy_terms.json, taxonomies.json. hsds-csv: OUT/datapackage.json and one CSV per table.
    #[arg(long, value_enum)]
    format: Format,
    /// Output directory (created if needed).
    out: PathBuf,
}

pub async fn run(a: ExportArgs) -> anyhow::Result<()> {
    let store = a.db.open().await?;
    let report = export(store.as_ref(), a.format, &a.out).await?;
    println!("{report}");
    Ok(())
}

pub async fn export(store: &dyn Store, format: Format, out: &Path) -> anyhow::Result<String> {
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    let ds = store.load_all().await?;
    match format {
        Format::HsdsCsv => write_csv(&ds, out),
        Format::HsdsJson => write_json(&ds, out),
    }
}

fn create(path: &Path) -> anyhow::Result<std::io::BufWriter<std::fs::File>> {
    Ok(std::io::BufWriter::new(
        std::fs::File::create(path).with_context(|| format!("cannot write {}", path.display()))?,
    ))
}

fn write_csv(ds: &Dataset, out: &Path) -> anyhow::Result<String> {
    let mut all_columns = HashMap::new();
    for e in Entity::ALL {
        let columns = tabular::columns(e, ds.records(e));
        let mut w = create(&out.join(tabular::file_name(e)))?;
        tabular::write_csv(&mut w, &columns, ds.records(e))?;
        w.flush()?;
        all_columns.insert(e, columns);
    }
    let mut w = create(&out.join("datapackage.json"))?;
    serde_json::to_writer_pretty(&mut w, &tabular::datapackage(&all_columns))?;
    w.flush()?;
    Ok(format!(
        "exported {} records as an HSDS CSV data package to {}",
        ds.len(),
        out.display()
    ))
}

/// Writes items as a JSON array, one item per line, without holding them all.
pub fn write_array(w: &mut impl Write, items: impl Iterator<Item = Value>) -> anyhow::Result<()> {
    w.write_all(b"[")?;
    for (i, item) in items.enumerate() {
        w.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *w, &item)?;
    }
    w.write_all(b"\n]\n")?;
    Ok(())
}

fn write_json(ds: &Dataset, out: &Path) -> anyhow::Result<String> {
    let nester = Nester::new(ds);
    let mut seen = Seen::default();
    // Streamed item by item: a nested export is several times larger than the data set.
    let mut w = create(&out.join("services.json"))?;
    write_array(
        &mut w,
        ds.records(Entity::Service)
            .filter_map(|r| nester.service(&r.id, &mut seen)),
    )?;
    w.flush()?;
    let mut w = create(&out.join("organizations.json"))?;
    write_array(
        &mut w,
        ds.records(Entity::Organization)
            .filter_map(|r| nester.organization(&r.id, &mut seen)),
    )?;
    w.flush()?;
    // Locations of no organization that no service is offered at.
    let mut w = create(&out.join("locations.json"))?;
    let lone: Vec<_> = ds
        .records(Entity::Location)
        .filter(|r| !seen.contains(Entity::Location, &r.id))
        .collect();
    write_array(
        &mut w,
        lone.into_iter()
            .map(|r| nester.record(Entity::Location, r, &mut seen)),
    )?;
    w.flush()?;
    for (name, entity) in [
        ("taxonomy_terms.json", Entity::TaxonomyTerm),
        ("taxonomies.json", Entity::Taxonomy),
    ] {
        let mut w = create(&out.join(name))?;
        write_array(
            &mut w,
            ds.records(entity)
                .map(|r| nester.record(entity, r, &mut seen)),
        )?;
        w.flush()?;
    }
    let seen = &seen;
    let left_out: Vec<String> = Entity::ALL
        .into_iter()
        .flat_map(|e| {
            ds.records(e)
                .filter(move |r| !seen.contains(e, &r.id))
                .map(move |r| format!("{e} {}", r.id))
        })
        .collect();
    let mut report = format!(
        "exported {} records as HSDS JSON to {}",
        ds.len() - left_out.len(),
        out.display()
    );
    if !left_out.is_empty() {
        report.push_str(&format!(
            "\nwarning: {} records belong to nothing the nested JSON form can hold \
             (use --format hsds-csv to keep them): {}",
            left_out.len(),
            left_out
                .iter()
                .take(10)
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Ok(report)
}
