//! Loads the records around one service: what its nested HSDS form needs.

use std::collections::BTreeSet;

use beratungsnetz_core::hsds::{Dataset, Entity, Record};

use super::Ask;
use crate::{Result, Store};

/// The service `id` with its children (capacities with their units), locations,
/// organization, program, attributes, taxonomy terms and metadata; `None` if there is no such service.
pub async fn service_graph(store: &dyn Store, id: &str) -> Result<Option<Dataset>> {
    let ds = services_graph(store, &[id.to_string()]).await?;
    Ok(ds.get(Entity::Service, id).is_some().then_some(ds))
}

/// The records around many services at once, level by level: each level is one statement
/// over all its tables ([`Directory::fetch_each`]), so one service costs nine round trips
/// to the database, not one per table.
pub async fn services_graph(store: &dyn Store, service_ids: &[String]) -> Result<Dataset> {
    let mut ds = Dataset::new();
    let service = store.fetch_by(Entity::Service, "id", service_ids).await?;
    if service.is_empty() {
        return Ok(ds);
    }
    let mut all_ids: BTreeSet<String> = BTreeSet::new();
    let ids = add(&mut ds, Entity::Service, service);
    all_ids.extend(ids.iter().cloned());

    // Their organizations, programs and what is nested in them.
    let orgs = refs(&ds, Entity::Service, "organization_id");
    let programs = refs(&ds, Entity::Service, "program_id");
    let mut asks = vec![
        Ask::new(Entity::Organization, "id", &orgs),
        Ask::new(Entity::Program, "id", &programs),
    ];
    asks.extend(children(Entity::Service, &ids));
    fetch_level(store, &mut ds, &asks, &mut all_ids).await?;

    // The units of their capacities, their locations and what is nested in the
    // service-at-locations.
    let units = refs(&ds, Entity::ServiceCapacity, "unit_id");
    let location_ids = refs(&ds, Entity::ServiceAtLocation, "location_id");
    let sals = sorted_ids(&ds, Entity::ServiceAtLocation);
    let mut asks = vec![
        Ask::new(Entity::Unit, "id", &units),
        Ask::new(Entity::Location, "id", &location_ids),
    ];
    asks.extend(children(Entity::ServiceAtLocation, &sals));
    fetch_level(store, &mut ds, &asks, &mut all_ids).await?;

    // What is nested in the locations.
    let asks = children(Entity::Location, &location_ids);
    fetch_level(store, &mut ds, &asks, &mut all_ids).await?;

    // The phones of all their contacts, then the languages of all phones.
    let contacts = sorted_ids(&ds, Entity::Contact);
    let asks = [Ask::new(Entity::Phone, "contact_id", &contacts)];
    fetch_level(store, &mut ds, &asks, &mut all_ids).await?;
    let phones = sorted_ids(&ds, Entity::Phone);
    let asks = [Ask::new(Entity::Language, "phone_id", &phones)];
    fetch_level(store, &mut ds, &asks, &mut all_ids).await?;

    tags_and_metadata(store, &mut ds, all_ids).await?;
    Ok(ds)
}

/// The organizations `ids` with everything nested below them, their services left out
/// (a few queries per table, not per organization).
pub async fn organizations_graph(store: &dyn Store, ids: &[String]) -> Result<Dataset> {
    records_below(store, Entity::Organization, ids).await
}

/// The records `ids` of `entity` with everything nested below them (services left out),
/// their attributes and metadata.
pub async fn records_below(store: &dyn Store, entity: Entity, ids: &[String]) -> Result<Dataset> {
    let mut ds = Dataset::new();
    let top = store.fetch_by(entity, "id", ids).await?;
    let mut all_ids: BTreeSet<String> = BTreeSet::new();
    let mut todo = vec![(entity, add(&mut ds, entity, top))];
    // The nesting is a tree (organization, location, contact, phone, language), so this ends.
    while let Some((entity, parents)) = todo.pop() {
        if parents.is_empty() {
            continue;
        }
        let asks: Vec<Ask<'_>> = children(entity, &parents)
            .into_iter()
            .filter(|a| a.entity != Entity::Service)
            .collect();
        let found = fetch_level(store, &mut ds, &asks, &mut all_ids).await?;
        todo.extend(asks.iter().map(|a| a.entity).zip(found));
        all_ids.extend(parents);
    }
    tags_and_metadata(store, &mut ds, all_ids).await?;
    Ok(ds)
}

/// The asks for what is nested directly in the `parents` of `entity` (attributes and
/// metadata are left to [`tags_and_metadata`]).
fn children(entity: Entity, parents: &[String]) -> Vec<Ask<'_>> {
    entity
        .many()
        .iter()
        .filter(|child| !matches!(child.entity, Entity::Attribute | Entity::Metadata))
        .map(|child| Ask::new(child.entity, child.fk, parents))
        .collect()
}

/// Answers one level of asks in one statement and adds what it found to `ds`, noting
/// the ids in `all_ids`.
async fn fetch_level(
    store: &dyn Store,
    ds: &mut Dataset,
    asks: &[Ask<'_>],
    all_ids: &mut BTreeSet<String>,
) -> Result<Vec<Vec<String>>> {
    let answers = store.fetch_each(asks).await?;
    let mut found = Vec::with_capacity(asks.len());
    for (ask, records) in asks.iter().zip(answers) {
        let ids = add(ds, ask.entity, records);
        all_ids.extend(ids.iter().cloned());
        found.push(ids);
    }
    Ok(found)
}

/// The distinct values of `field` in the records of `entity`, ordered.
fn refs(ds: &Dataset, entity: Entity, field: &str) -> Vec<String> {
    let set: BTreeSet<&str> = ds.records(entity).filter_map(|r| r.str(field)).collect();
    set.into_iter().map(str::to_string).collect()
}

/// The ids of `entity` in `ds`, ordered.
fn sorted_ids(ds: &Dataset, entity: Entity) -> Vec<String> {
    let mut ids: Vec<String> = ds.ids(entity).into_iter().map(str::to_string).collect();
    ids.sort_unstable();
    ids
}

/// Adds records to `ds` (a record already there is kept), returning their ids.
fn add(ds: &mut Dataset, entity: Entity, records: Vec<Record>) -> Vec<String> {
    let ids: Vec<String> = records.iter().map(|r| r.id.clone()).collect();
    for r in records {
        let _ = ds.insert_unique(entity, r);
    }
    ids
}

/// The attributes of the records `all_ids` with their terms and taxonomies, and the
/// metadata of all of them: three statements, each level's metadata asked with the next
/// level (a reference in the store always resolves, so the ids asked are the ids found).
async fn tags_and_metadata(
    store: &dyn Store,
    ds: &mut Dataset,
    all_ids: BTreeSet<String>,
) -> Result<()> {
    let linked: Vec<String> = all_ids.into_iter().collect();
    let mut none = BTreeSet::new();
    let asks = [
        Ask::new(Entity::Attribute, "link_id", &linked),
        Ask::new(Entity::Metadata, "resource_id", &linked),
    ];
    let found = fetch_level(store, ds, &asks, &mut none).await?;
    let attribute_ids = found.into_iter().next().unwrap_or_default();

    let term_ids = refs(ds, Entity::Attribute, "taxonomy_term_id");
    let asks = [
        Ask::new(Entity::TaxonomyTerm, "id", &term_ids),
        Ask::new(Entity::Metadata, "resource_id", &attribute_ids),
    ];
    let found = fetch_level(store, ds, &asks, &mut none).await?;
    let mut resources = found.into_iter().next().unwrap_or_default();

    let taxonomy_ids = refs(ds, Entity::TaxonomyTerm, "taxonomy_id");
    resources.extend(taxonomy_ids.iter().cloned());
    let asks = [
        Ask::new(Entity::Taxonomy, "id", &taxonomy_ids),
        Ask::new(Entity::Metadata, "resource_id", &resources),
    ];
    fetch_level(store, ds, &asks, &mut none).await?;
    Ok(())
}
