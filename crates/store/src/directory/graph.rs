//! Loads the records around one service: what its nested HSDS form needs.

use std::collections::BTreeSet;

use beratungsnetz_core::hsds::{Dataset, Entity, Record};

use crate::{Result, Store};

/// The service `id` with its children (capacities with their units), locations,
/// organization, program, attributes, taxonomy terms and metadata; `None` if there is no such service.
pub async fn service_graph(store: &dyn Store, id: &str) -> Result<Option<Dataset>> {
    let ds = services_graph(store, &[id.to_string()]).await?;
    Ok(ds.get(Entity::Service, id).is_some().then_some(ds))
}

/// The records around many services at once (a few queries per table, not per service).
pub async fn services_graph(store: &dyn Store, service_ids: &[String]) -> Result<Dataset> {
    let mut ds = Dataset::new();
    let service = store.fetch_by(Entity::Service, "id", service_ids).await?;
    if service.is_empty() {
        return Ok(ds);
    }
    let mut all_ids: BTreeSet<String> = BTreeSet::new();
    let ids = add(&mut ds, Entity::Service, service);
    all_ids.extend(ids.iter().cloned());
    let refs = |ds: &Dataset, field: &str| -> Vec<String> {
        let set: BTreeSet<String> = ds
            .records(Entity::Service)
            .filter_map(|s| s.str(field).map(str::to_string))
            .collect();
        set.into_iter().collect()
    };
    let org = store
        .fetch_by(Entity::Organization, "id", &refs(&ds, "organization_id"))
        .await?;
    all_ids.extend(add(&mut ds, Entity::Organization, org));
    let program = store
        .fetch_by(Entity::Program, "id", &refs(&ds, "program_id"))
        .await?;
    all_ids.extend(add(&mut ds, Entity::Program, program));

    add_children(store, &mut ds, Entity::Service, &ids, &mut all_ids).await?;
    let sals: Vec<String> = ds
        .ids(Entity::ServiceAtLocation)
        .into_iter()
        .map(str::to_string)
        .collect();
    let location_ids: Vec<String> = ds
        .records(Entity::ServiceAtLocation)
        .filter_map(|r| r.str("location_id").map(str::to_string))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let unit_ids: Vec<String> = ds
        .records(Entity::ServiceCapacity)
        .filter_map(|r| r.str("unit_id").map(str::to_string))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let units = store.fetch_by(Entity::Unit, "id", &unit_ids).await?;
    all_ids.extend(add(&mut ds, Entity::Unit, units));
    add_children(
        store,
        &mut ds,
        Entity::ServiceAtLocation,
        &sals,
        &mut all_ids,
    )
    .await?;
    let locations = store
        .fetch_by(Entity::Location, "id", &location_ids)
        .await?;
    all_ids.extend(add(&mut ds, Entity::Location, locations));
    add_children(
        store,
        &mut ds,
        Entity::Location,
        &location_ids,
        &mut all_ids,
    )
    .await?;
    let contacts: Vec<String> = ds
        .ids(Entity::Contact)
        .into_iter()
        .map(str::to_string)
        .collect();
    let phones = store
        .fetch_by(Entity::Phone, "contact_id", &contacts)
        .await?;
    all_ids.extend(add(&mut ds, Entity::Phone, phones));
    let phone_ids: Vec<String> = ds
        .ids(Entity::Phone)
        .into_iter()
        .map(str::to_string)
        .collect();
    let languages = store
        .fetch_by(Entity::Language, "phone_id", &phone_ids)
        .await?;
    all_ids.extend(add(&mut ds, Entity::Language, languages));

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
        for child in entity.many() {
            if matches!(
                child.entity,
                Entity::Attribute | Entity::Metadata | Entity::Service
            ) {
                continue;
            }
            let records = store.fetch_by(child.entity, child.fk, &parents).await?;
            todo.push((child.entity, add(&mut ds, child.entity, records)));
        }
        all_ids.extend(parents);
    }
    tags_and_metadata(store, &mut ds, all_ids).await?;
    Ok(ds)
}

/// Adds the records nested directly in the `parents` of `entity` (attributes and metadata
/// are left to [`tags_and_metadata`]), noting their ids in `all_ids`.
async fn add_children(
    store: &dyn Store,
    ds: &mut Dataset,
    entity: Entity,
    parents: &[String],
    all_ids: &mut BTreeSet<String>,
) -> Result<()> {
    for child in entity.many() {
        if matches!(child.entity, Entity::Attribute | Entity::Metadata) {
            continue;
        }
        let records = store.fetch_by(child.entity, child.fk, parents).await?;
        all_ids.extend(add(ds, child.entity, records));
    }
    Ok(())
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
/// metadata of all of them.
async fn tags_and_metadata(
    store: &dyn Store,
    ds: &mut Dataset,
    all_ids: BTreeSet<String>,
) -> Result<()> {
    let linked: Vec<String> = all_ids.iter().cloned().collect();
    let attributes = store
        .fetch_by(Entity::Attribute, "link_id", &linked)
        .await?;
    let attribute_ids = add(ds, Entity::Attribute, attributes);
    let term_ids: Vec<String> = ds
        .records(Entity::Attribute)
        .filter_map(|r| r.str("taxonomy_term_id").map(str::to_string))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let terms = store
        .fetch_by(Entity::TaxonomyTerm, "id", &term_ids)
        .await?;
    let term_ids = add(ds, Entity::TaxonomyTerm, terms);
    let taxonomy_ids: Vec<String> = ds
        .records(Entity::TaxonomyTerm)
        .filter_map(|r| r.str("taxonomy_id").map(str::to_string))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let taxonomies = store
        .fetch_by(Entity::Taxonomy, "id", &taxonomy_ids)
        .await?;
    let taxonomy_ids = add(ds, Entity::Taxonomy, taxonomies);

    let mut resources = linked;
    resources.extend(attribute_ids);
    resources.extend(term_ids);
    resources.extend(taxonomy_ids);
    let metadata = store
        .fetch_by(Entity::Metadata, "resource_id", &resources)
        .await?;
    add(ds, Entity::Metadata, metadata);
    Ok(())
}
