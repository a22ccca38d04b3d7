//! `beratungsnetz export`: writes the directory as HSDS JSON or as the HSDS CSV package.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use beratungsnetz_core::hsds::nested::{Nester, Seen};
use beratungsnetz_core::hsds::{self, Entity, Record, tabular};
use beratungsnetz_store::{Store, records_below, services_graph};
use clap::Args;
use serde_json::Value;

use crate::progress::{Progress, Unit};
use crate::{Db, Format};

#[derive(Args)]
pub struct ExportArgs {
    #[command(flatten)]
    db: Db,
    /// hsds-json: OUT/services.json (HSDS service_package), organizations.json,
    /// locations.json (those of neither), taxonomy_terms.json, taxonomies.json, and
    /// hsds.json naming the HSDS version. hsds-csv: OUT/datapackage.json and one CSV per table.
    #[arg(long, value_enum)]
    format: Format,
    /// Output directory (created if needed).
    out: PathBuf,
    /// Records read from the database at a time (small values exercise the paging).
    #[arg(long, default_value_t = PAGE, hide = true, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    page_size: u64,
}

pub async fn run(a: ExportArgs) -> anyhow::Result<()> {
    let store = a.db.open().await?;
    let report = export(store.as_ref(), a.format, &a.out, a.page_size).await?;
    println!("{report}");
    Ok(())
}

/// Records read from the database at a time: the export holds a page and what nests in
/// it, never a whole table.
const PAGE: u64 = 500;

pub async fn export(
    store: &dyn Store,
    format: Format,
    out: &Path,
    page: u64,
) -> anyhow::Result<String> {
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    match format {
        Format::HsdsCsv => write_csv(store, out, page).await,
        Format::HsdsJson => write_json(store, out, page).await,
    }
}

fn create(path: &Path) -> anyhow::Result<std::io::BufWriter<std::fs::File>> {
    Ok(std::io::BufWriter::new(
        std::fs::File::create(path).with_context(|| format!("cannot write {}", path.display()))?,
    ))
}

/// Every record of one table, a page at a time, in id order.
struct Pages<'s> {
    store: &'s dyn Store,
    entity: Entity,
    after: Option<String>,
    page: u64,
    done: bool,
}

impl<'s> Pages<'s> {
    fn new(store: &'s dyn Store, entity: Entity, page: u64) -> Pages<'s> {
        Pages {
            store,
            entity,
            after: None,
            page,
            done: false,
        }
    }

    async fn next(&mut self) -> anyhow::Result<Option<Vec<Record>>> {
        if self.done {
            return Ok(None);
        }
        let page = self
            .store
            .records_after(self.entity, self.after.as_deref(), self.page)
            .await?;
        Ok(self.turn(page, |r| &r.id))
    }

    /// The next page's ids only, where the records are read with what belongs to them.
    async fn next_ids(&mut self) -> anyhow::Result<Option<Vec<String>>> {
        if self.done {
            return Ok(None);
        }
        let page = self
            .store
            .ids_after(self.entity, self.after.as_deref(), self.page)
            .await?;
        Ok(self.turn(page, |id| id))
    }

    /// Notes where the next page starts; `None` once a page is empty.
    fn turn<T>(&mut self, page: Vec<T>, id: impl Fn(&T) -> &String) -> Option<Vec<T>> {
        self.done = (page.len() as u64) < self.page;
        self.after = Some(id(page.last()?).clone());
        Some(page)
    }
}

async fn total(store: &dyn Store, entities: &[Entity]) -> anyhow::Result<u64> {
    let mut n = 0;
    for e in entities {
        n += store.count(*e).await?;
    }
    Ok(n)
}

async fn write_csv(store: &dyn Store, out: &Path, page: u64) -> anyhow::Result<String> {
    let progress = Progress::start("export", total(store, &Entity::ALL).await?, Unit::Items);
    let mut all_columns = HashMap::new();
    let mut written = 0u64;
    for e in Entity::ALL {
        // Extension columns are known only after a look at every record: a first pass
        // finds them, the second writes.
        let mut finder = tabular::ColumnFinder::new(e);
        let mut pages = Pages::new(store, e, page);
        while let Some(page) = pages.next().await? {
            page.iter().for_each(|r| finder.add(r));
        }
        let columns = finder.finish();
        let mut w = tabular::CsvOut::new(create(&out.join(tabular::file_name(e)))?, &columns)?;
        let mut pages = Pages::new(store, e, page);
        while let Some(page) = pages.next().await? {
            for r in &page {
                w.write(r)?;
            }
            written += page.len() as u64;
            progress.add(page.len() as u64);
        }
        w.finish()?;
        all_columns.insert(e, columns);
    }
    let mut w = create(&out.join("datapackage.json"))?;
    serde_json::to_writer_pretty(&mut w, &tabular::datapackage(&all_columns))?;
    w.flush()?;
    progress.finish();
    Ok(format!(
        "exported {written} records as an HSDS {} CSV data package to {}",
        hsds::VERSION,
        out.display()
    ))
}

/// A JSON array written one item at a time, one item per line.
pub struct ArrayOut<W: Write> {
    w: W,
    items: u64,
}

impl<W: Write> ArrayOut<W> {
    pub fn new(mut w: W) -> anyhow::Result<ArrayOut<W>> {
        w.write_all(b"[")?;
        Ok(ArrayOut { w, items: 0 })
    }

    pub fn item(&mut self, item: &Value) -> anyhow::Result<()> {
        self.w
            .write_all(if self.items == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut self.w, item)?;
        self.items += 1;
        Ok(())
    }

    pub fn finish(mut self) -> anyhow::Result<W> {
        self.w.write_all(b"\n]\n")?;
        self.w.flush()?;
        Ok(self.w)
    }
}

/// Writes items as a JSON array, one item per line, without holding them all.
pub fn write_array(w: &mut impl Write, items: impl Iterator<Item = Value>) -> anyhow::Result<()> {
    let mut out = ArrayOut::new(w)?;
    for item in items {
        out.item(&item)?;
    }
    out.finish()?;
    Ok(())
}

async fn write_json(store: &dyn Store, out: &Path, page: u64) -> anyhow::Result<String> {
    // Says which version the files are, in the form of the HSDS API's metadata.
    let mut w = create(&out.join(hsds::METADATA_FILE))?;
    serde_json::to_writer_pretty(
        &mut w,
        &serde_json::json!({ "version": hsds::VERSION, "profile": hsds::PROFILE }),
    )?;
    w.flush()?;
    let tops = [
        Entity::Service,
        Entity::Organization,
        Entity::Location,
        Entity::TaxonomyTerm,
        Entity::Taxonomy,
    ];
    let progress = Progress::start("export", total(store, &tops).await?, Unit::Items);
    // What has been written, to find what the nested form cannot hold.
    let mut seen = Seen::default();

    let mut w = ArrayOut::new(create(&out.join("services.json"))?)?;
    let mut pages = Pages::new(store, Entity::Service, page);
    while let Some(ids) = pages.next_ids().await? {
        let graph = services_graph(store, &ids).await?;
        let nester = Nester::new(&graph);
        for id in &ids {
            if let Some(item) = nester.service(id, &mut seen) {
                w.item(&item)?;
            }
        }
        progress.add(ids.len() as u64);
    }
    w.finish()?;

    // An organization nests the locations no service is offered at (the rest nest there).
    let mut w = ArrayOut::new(create(&out.join("organizations.json"))?)?;
    let mut pages = Pages::new(store, Entity::Organization, page);
    while let Some(ids) = pages.next_ids().await? {
        let mut graph = records_below(store, Entity::Organization, &ids).await?;
        let locations: Vec<String> = graph
            .ids(Entity::Location)
            .into_iter()
            .map(str::to_string)
            .collect();
        for sal in store
            .fetch_by(Entity::ServiceAtLocation, "location_id", &locations)
            .await?
        {
            let _ = graph.insert_unique(Entity::ServiceAtLocation, sal);
        }
        let nester = Nester::new(&graph);
        for id in &ids {
            if let Some(item) = nester.organization(id, &mut seen) {
                w.item(&item)?;
            }
        }
        progress.add(ids.len() as u64);
    }
    w.finish()?;

    // Locations of no organization that no service is offered at.
    let mut w = ArrayOut::new(create(&out.join("locations.json"))?)?;
    let mut pages = Pages::new(store, Entity::Location, page);
    while let Some(page) = pages.next_ids().await? {
        progress.add(page.len() as u64);
        let lone: Vec<String> = page
            .into_iter()
            .filter(|id| !seen.contains(Entity::Location, id))
            .collect();
        if lone.is_empty() {
            continue;
        }
        let graph = records_below(store, Entity::Location, &lone).await?;
        let nester = Nester::new(&graph);
        for r in graph.records(Entity::Location) {
            w.item(&nester.record(Entity::Location, r, &mut seen))?;
        }
    }
    w.finish()?;

    // Vocabularies are small; each term carries its taxonomy.
    for (name, entity) in [
        ("taxonomy_terms.json", Entity::TaxonomyTerm),
        ("taxonomies.json", Entity::Taxonomy),
    ] {
        let mut w = ArrayOut::new(create(&out.join(name))?)?;
        let mut pages = Pages::new(store, entity, page);
        while let Some(ids) = pages.next_ids().await? {
            let mut graph = records_below(store, entity, &ids).await?;
            let taxonomies: Vec<String> = graph
                .records(Entity::TaxonomyTerm)
                .filter_map(|r| r.str("taxonomy_id").map(str::to_string))
                .collect();
            for t in store.fetch_by(Entity::Taxonomy, "id", &taxonomies).await? {
                let _ = graph.insert_unique(Entity::Taxonomy, t);
            }
            let nester = Nester::new(&graph);
            for id in &ids {
                if let Some(r) = graph.get(entity, id) {
                    w.item(&nester.record(entity, r, &mut seen))?;
                }
            }
            progress.add(ids.len() as u64);
        }
        w.finish()?;
    }
    progress.finish();

    let mut written = 0u64;
    let mut left_out: Vec<String> = Vec::new();
    let mut left_out_count = 0u64;
    for e in Entity::ALL {
        for id in store.ids(e).await? {
            if seen.contains(e, &id) {
                written += 1;
            } else {
                left_out_count += 1;
                if left_out.len() < 10 {
                    left_out.push(format!("{e} {id}"));
                }
            }
        }
    }
    let mut report = format!(
        "exported {written} records as HSDS {} JSON to {}",
        hsds::VERSION,
        out.display()
    );
    if left_out_count > 0 {
        report.push_str(&format!(
            "\nwarning: {left_out_count} records belong to nothing the nested JSON form can hold \
             (use --format hsds-csv to keep them): {}",
            left_out.join(", ")
        ));
    }
    Ok(report)
}
