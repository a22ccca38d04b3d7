//! Keeping the index current: a full rebuild from the store, and catching up with the
//! change log (which every node follows on its own).

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU64, Ordering};

use beratungsnetz_core::hsds::Entity;
use beratungsnetz_core::hsds::nested::{Nester, Seen};
use beratungsnetz_store::{Store, services_graph};

use crate::{Result, SearchIndex, ServiceDoc};

/// Rebuilds the whole index; returns the change-log position it reflects. If it fails,
/// the index stays as it was (nothing of the half-done rebuild is ever committed).
pub async fn rebuild(store: &dyn Store, index: &SearchIndex) -> Result<i64> {
    rebuild_counting(store, index, &AtomicU64::new(0)).await
}

/// [`rebuild`], adding the number of services indexed to `done` as it goes (progress).
pub async fn rebuild_counting(
    store: &dyn Store,
    index: &SearchIndex,
    done: &AtomicU64,
) -> Result<i64> {
    let rebuilt = refill(store, index, done).await;
    if rebuilt.is_err() {
        index.rollback()?;
    }
    rebuilt
}

async fn refill(store: &dyn Store, index: &SearchIndex, done: &AtomicU64) -> Result<i64> {
    // Read the position first: changes that land during the rebuild are replayed after.
    let seq = store.latest_change().await?;
    load_vocabulary(store, index).await?;
    index.clear()?;
    // In batches, so memory stays bounded whatever the size of the directory.
    let ids = store.ids(Entity::Service).await?;
    for chunk in ids.chunks(REBUILD_BATCH) {
        let ds = services_graph(store, chunk).await?;
        index.add(&docs_of(&ds, chunk))?;
        done.fetch_add(chunk.len() as u64, Ordering::Relaxed);
    }
    index.apply(&[], &[], seq)?;
    index.merge_all()?;
    Ok(seq)
}

const REBUILD_BATCH: usize = 2000;

/// Every service as a document, read in batches (what the reports compute from).
pub async fn all_docs(store: &dyn Store) -> Result<Vec<ServiceDoc>> {
    let ids = store.ids(Entity::Service).await?;
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(REBUILD_BATCH) {
        let ds = services_graph(store, chunk).await?;
        out.extend(docs_of(&ds, chunk));
    }
    Ok(out)
}

/// Loads the synonyms coordinators added into the index's query understanding.
pub async fn load_vocabulary(store: &dyn Store, index: &SearchIndex) -> Result<()> {
    index.set_curated(&store.synonyms().await?);
    Ok(())
}

/// The documents of these services, built from the records around them.
fn docs_of(ds: &beratungsnetz_core::hsds::Dataset, ids: &[String]) -> Vec<ServiceDoc> {
    let nester = Nester::new(ds);
    let mut seen = Seen::default();
    ids.iter()
        .filter_map(|id| nester.service(id, &mut seen))
        .filter_map(|v| ServiceDoc::from_nested(&v))
        .collect()
}

/// Applies the changes after `from`; returns the new position.
pub async fn catch_up(store: &dyn Store, index: &SearchIndex, from: i64) -> Result<i64> {
    let mut seq = from;
    loop {
        let changes = store.changes_since(seq, 20_000).await?;
        let Some(last) = changes.last().map(|c| c.seq) else {
            return Ok(seq);
        };
        if changes.iter().any(|c| c.op == "reset") {
            return rebuild(store, index).await;
        }
        if changes.iter().any(|c| c.entity == "term_synonym") {
            load_vocabulary(store, index).await?;
        }
        let mut by_entity: std::collections::BTreeMap<Entity, Vec<String>> = Default::default();
        for c in &changes {
            if let Some(e) = Entity::from_table(&c.entity) {
                by_entity.entry(e).or_default().push(c.entity_id.clone());
            }
        }
        let mut services = BTreeSet::new();
        for (entity, ids) in by_entity {
            services.extend(services_of(store, entity, ids).await?);
        }
        let ids: Vec<String> = services.into_iter().collect();
        let ds = services_graph(store, &ids).await?;
        let docs = docs_of(&ds, &ids);
        let deleted: Vec<String> = ids
            .iter()
            .filter(|id| ds.get(Entity::Service, id).is_none())
            .cloned()
            .collect();
        index.apply(&docs, &deleted, last)?;
        seq = last;
    }
}

/// The services whose documents a change of these records affects.
async fn services_of(
    store: &dyn Store,
    entity: Entity,
    ids: Vec<String>,
) -> Result<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    // Walk up the references, one table at a time, until services are reached.
    let mut frontier: Vec<(Entity, Vec<String>)> = vec![(entity, ids)];
    let mut steps = 0;
    while let Some((entity, ids)) = frontier.pop() {
        steps += 1;
        if ids.is_empty() || steps > 32 {
            continue;
        }
        match entity {
            Entity::Service => out.extend(ids),
            Entity::Organization => {
                let s = store
                    .fetch_by(Entity::Service, "organization_id", &ids)
                    .await?;
                out.extend(s.into_iter().map(|r| r.id));
            }
            Entity::Location => {
                let sals = store
                    .fetch_by(Entity::ServiceAtLocation, "location_id", &ids)
                    .await?;
                out.extend(
                    sals.iter()
                        .filter_map(|r| r.str("service_id").map(str::to_string)),
                );
            }
            Entity::Attribute => {
                let records = store.fetch_by(Entity::Attribute, "id", &ids).await?;
                let links: Vec<String> = records
                    .iter()
                    .filter_map(|r| r.str("link_id").map(str::to_string))
                    .collect();
                for target in [
                    Entity::Service,
                    Entity::Location,
                    Entity::Organization,
                    Entity::ServiceAtLocation,
                ] {
                    frontier.push((target, links.clone()));
                }
            }
            Entity::Unit => {
                let capacities = store
                    .fetch_by(Entity::ServiceCapacity, "unit_id", &ids)
                    .await?;
                out.extend(
                    capacities
                        .iter()
                        .filter_map(|r| r.str("service_id").map(str::to_string)),
                );
            }
            Entity::Taxonomy
            | Entity::TaxonomyTerm
            | Entity::Metadata
            | Entity::MetaTableDescription => {}
            other => {
                let records = store.fetch_by(other, "id", &ids).await?;
                let parents = [
                    ("service_id", Entity::Service),
                    ("service_at_location_id", Entity::ServiceAtLocation),
                    ("location_id", Entity::Location),
                    ("organization_id", Entity::Organization),
                    ("contact_id", Entity::Contact),
                    ("phone_id", Entity::Phone),
                ];
                for (field, parent) in parents {
                    let ids: Vec<String> = records
                        .iter()
                        .filter_map(|r| r.str(field).map(str::to_string))
                        .collect();
                    if !ids.is_empty() {
                        if parent == Entity::ServiceAtLocation {
                            let sals = store
                                .fetch_by(Entity::ServiceAtLocation, "id", &ids)
                                .await?;
                            out.extend(
                                sals.iter()
                                    .filter_map(|r| r.str("service_id").map(str::to_string)),
                            );
                        } else {
                            frontier.push((parent, ids));
                        }
                    }
                }
                if other == Entity::ServiceAtLocation {
                    out.extend(
                        records
                            .iter()
                            .filter_map(|r| r.str("service_id").map(str::to_string)),
                    );
                }
            }
        }
    }
    // A location's attribute links are not services; keep only ids that are.
    let ids: Vec<String> = out.into_iter().collect();
    let existing = store.fetch_by(Entity::Service, "id", &ids).await?;
    let mut result: BTreeSet<String> = existing.into_iter().map(|r| r.id).collect();
    // Services that no longer exist must still be named, so their documents go.
    if entity == Entity::Service {
        result.extend(ids);
    }
    Ok(result)
}
