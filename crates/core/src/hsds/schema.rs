//! Validation against the official, self-contained HSDS 3.1 JSON schemas (3.1 only adds
//! to 3.0, so 3.0 documents pass them too).

use std::sync::OnceLock;

use jsonschema::Validator;
use serde_json::Value;

use super::entity::Entity;

const SERVICE: &str = include_str!("../../schemas/hsds/compiled/service.json");
const ORGANIZATION: &str = include_str!("../../schemas/hsds/compiled/organization.json");
const SERVICE_AT_LOCATION: &str =
    include_str!("../../schemas/hsds/compiled/service_at_location.json");

/// The compiled schema for a top-level object of this kind, if HSDS defines one.
/// Location, taxonomy and taxonomy term have no compiled file of their own; their
/// inlined definitions inside the compiled service schema are used.
pub fn schema(entity: Entity) -> Option<Value> {
    let parse = |text: &str| serde_json::from_str::<Value>(text).ok();
    match entity {
        Entity::Service => parse(SERVICE),
        Entity::Organization => parse(ORGANIZATION),
        Entity::ServiceAtLocation => parse(SERVICE_AT_LOCATION),
        Entity::Location => parse(SERVICE)?
            .pointer("/properties/service_at_locations/items/properties/location")
            .cloned(),
        Entity::TaxonomyTerm => parse(SERVICE)?
            .pointer("/properties/attributes/items/properties/taxonomy_term")
            .cloned(),
        Entity::Taxonomy => parse(SERVICE)?
            .pointer(
                "/properties/attributes/items/properties/taxonomy_term/properties/taxonomy_detail",
            )
            .cloned(),
        _ => None,
    }
}

fn build(entity: Entity) -> Option<Validator> {
    let schema = schema(entity)?;
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .ok()
}

/// The validator for a top-level object of this kind, built once.
pub fn validator(entity: Entity) -> Option<&'static Validator> {
    macro_rules! cached {
        ($e:expr) => {{
            static CELL: OnceLock<Option<Validator>> = OnceLock::new();
            CELL.get_or_init(|| build($e)).as_ref()
        }};
    }
    match entity {
        Entity::Service => cached!(Entity::Service),
        Entity::Organization => cached!(Entity::Organization),
        Entity::ServiceAtLocation => cached!(Entity::ServiceAtLocation),
        Entity::Location => cached!(Entity::Location),
        Entity::TaxonomyTerm => cached!(Entity::TaxonomyTerm),
        Entity::Taxonomy => cached!(Entity::Taxonomy),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_top_level_kind_has_a_working_validator() {
        for e in [
            Entity::Service,
            Entity::Organization,
            Entity::ServiceAtLocation,
            Entity::Location,
            Entity::TaxonomyTerm,
            Entity::Taxonomy,
        ] {
            assert!(validator(e).is_some(), "{e}");
        }
        assert!(validator(Entity::Phone).is_none());
    }

    #[test]
    fn wrong_types_are_reported_with_a_pointer() {
        let v = validator(Entity::Service).unwrap();
        let bad = json!({"id": "ac148810-d857-441c-9679-408f346de14b", "name": "x",
                         "status": "active", "minimum_age": "zwölf"});
        let errors: Vec<String> = v
            .iter_errors(&bad)
            .map(|e| e.instance_path().as_str().to_string())
            .collect();
        assert_eq!(errors, vec!["/minimum_age".to_string()]);
    }
}
