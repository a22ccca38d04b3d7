//! The nested JSON exchange form (HSDS compiled schemas) ⇄ the flat data set.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::dataset::{Dataset, Record, id_key};
use super::entity::Entity;
use super::error::{Problems, Rejected, Source};
use super::schema;

/// Reads one JSON document: a single HSDS object, an array of them, an HSDS API page
/// (`{"contents": [...]}`), or the tabular form as JSON (`{"services.csv": [...]}`).
/// `kind` forces the kind of the top-level objects; otherwise it is recognised.
pub fn read_document(file: &str, doc: &Value, kind: Option<Entity>) -> Result<Dataset, Rejected> {
    let mut ds = Dataset::new();
    let mut problems = Problems::default();
    let (items, base): (Vec<&Value>, &str) = match doc {
        Value::Array(items) => (items.iter().collect(), ""),
        Value::Object(obj) if obj.get("contents").is_some_and(Value::is_array) => (
            obj.get("contents")
                .and_then(Value::as_array)
                .map(|a| a.iter().collect())
                .unwrap_or_default(),
            "/contents",
        ),
        Value::Object(obj) if obj.keys().any(|k| k.ends_with(".csv")) => {
            super::tabular::read_tabular_json(file, obj, &mut ds, &mut problems);
            problems.into_result()?;
            return Ok(ds);
        }
        Value::Object(_) => (vec![doc], "<root>"),
        _ => {
            return Err(Rejected::one(
                Source::pointer(file, ""),
                None,
                "expected an HSDS object or an array of them",
            ));
        }
    };
    let single = base == "<root>";
    for (i, item) in items.into_iter().enumerate() {
        if problems.full() {
            break;
        }
        let pointer = if single {
            String::new()
        } else {
            format!("{base}/{i}")
        };
        read_item(file, &pointer, item, kind, &mut ds, &mut problems);
    }
    problems.into_result()?;
    Ok(ds)
}

/// Reads one top-level HSDS object at `pointer`: checked against its schema, flattened
/// into `ds`.
pub(crate) fn read_item(
    file: &str,
    pointer: &str,
    item: &Value,
    kind: Option<Entity>,
    ds: &mut Dataset,
    problems: &mut Problems,
) {
    let Some(entity) = kind.or_else(|| recognise(item)) else {
        problems.push(
            Source::pointer(file, pointer.to_string()),
            None,
            "cannot tell which HSDS object this is (service, organization, location, \
             service_at_location, taxonomy, taxonomy_term); name it with --kind",
        );
        return;
    };
    match schema::validator(entity) {
        Some(v) => {
            for err in v.iter_errors(item).take(20) {
                let field = err
                    .instance_path()
                    .as_str()
                    .rsplit('/')
                    .next()
                    .filter(|s| !s.is_empty())
                    .map(str::to_string);
                problems.push(
                    Source::pointer(file, format!("{pointer}{}", err.instance_path().as_str())),
                    field.as_deref(),
                    format!("{err} (HSDS {entity} schema)"),
                );
            }
        }
        None => problems.push(
            Source::pointer(file, pointer.to_string()),
            None,
            format!("{entity} is not a top-level HSDS object"),
        ),
    }
    flatten(file, entity, item, pointer, None, ds, problems);
}

/// Recognises the kind of a top-level HSDS object by the fields only it has.
pub fn recognise(item: &Value) -> Option<Entity> {
    let obj = item.as_object()?;
    let has = |keys: &[&str]| keys.iter().any(|k| obj.contains_key(*k));
    if has(&["status", "service_at_locations", "eligibility_description"]) {
        Some(Entity::Service)
    } else if has(&["location", "service"]) || has(&["service_id"]) && has(&["location_id"]) {
        Some(Entity::ServiceAtLocation)
    } else if has(&[
        "taxonomy_detail",
        "code",
        "term_uri",
        "parent_id",
        "taxonomy_id",
    ]) {
        Some(Entity::TaxonomyTerm)
    } else if has(&[
        "location_type",
        "latitude",
        "longitude",
        "addresses",
        "accessibility",
    ]) {
        Some(Entity::Location)
    } else if has(&[
        "website",
        "tax_status",
        "tax_id",
        "legal_status",
        "year_incorporated",
        "locations",
        "services",
        "programs",
        "organization_identifiers",
        "parent_organization_id",
    ]) {
        Some(Entity::Organization)
    } else if has(&["version", "uri"]) {
        Some(Entity::Taxonomy)
    } else {
        None
    }
}

struct Parent<'a> {
    entity: Entity,
    id: &'a str,
    fk: &'static str,
}

/// Turns one nested object into records; returns its id when it has one.
fn flatten(
    file: &str,
    entity: Entity,
    value: &Value,
    pointer: &str,
    parent: Option<Parent<'_>>,
    ds: &mut Dataset,
    problems: &mut Problems,
) -> Option<String> {
    let source = || Source::pointer(file, pointer.to_string());
    let Value::Object(obj) = value else {
        problems.push(source(), None, format!("expected a {entity} object"));
        return None;
    };
    let id = match obj.get("id") {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        _ => {
            problems.push(
                source(),
                Some("id"),
                format!("a {entity} needs a string id"),
            );
            return None;
        }
    };
    let mut fields = Map::new();
    for (k, v) in obj {
        // Nulls and empty strings mean "no value" in both exchange forms.
        if entity.is_nested_key(k) || v.is_null() || v.as_str() == Some("") {
            continue;
        }
        fields.insert(k.clone(), v.clone());
    }
    if let Some(p) = &parent {
        link(&mut fields, p.fk, p.id, p.entity, source(), problems);
        if let Some(kind_field) = entity.link_kind_field() {
            fields
                .entry(kind_field)
                .or_insert_with(|| Value::String(p.entity.table().to_string()));
        }
    }
    for one in entity.one() {
        let Some(child) = obj.get(one.key).filter(|v| !v.is_null()) else {
            continue;
        };
        let child_pointer = format!("{pointer}/{}", one.key);
        if let Some(child_id) = flatten(file, one.entity, child, &child_pointer, None, ds, problems)
        {
            link(
                &mut fields,
                one.fk,
                &child_id,
                one.entity,
                source(),
                problems,
            );
            // A program nested in a service belongs to the service's organization; the
            // tabular form requires it to say so.
            if one.entity == Entity::Program
                && let Some(org) = fields.get("organization_id")
                && let Some(program) = ds.get_mut(Entity::Program, &child_id)
            {
                program
                    .fields
                    .entry("organization_id")
                    .or_insert_with(|| org.clone());
            }
        }
    }
    for many in entity.many() {
        match obj.get(many.key) {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    let parent = Parent {
                        entity,
                        id: &id,
                        fk: many.fk,
                    };
                    let child_pointer = format!("{pointer}/{}/{i}", many.key);
                    flatten(
                        file,
                        many.entity,
                        item,
                        &child_pointer,
                        Some(parent),
                        ds,
                        problems,
                    );
                }
            }
            Some(_) => problems.push(source(), Some(many.key), "expected an array"),
        }
    }
    let record = Record {
        id: id.clone(),
        fields,
        source: source(),
    };
    if let Err(p) = ds.merge_record(entity, record) {
        problems.0.push(p);
    }
    Some(id)
}

/// Sets `fields[fk] = id` unless it already names something else, which is a problem.
fn link(
    fields: &mut Map<String, Value>,
    fk: &str,
    id: &str,
    target: Entity,
    source: Source,
    problems: &mut Problems,
) {
    match fields.get(fk) {
        None => {
            fields.insert(fk.to_string(), Value::String(id.to_string()));
        }
        Some(Value::String(s)) if s == id => {}
        Some(other) => problems.push(
            source,
            Some(fk),
            format!("is {other} but the nesting says {target} `{id}`"),
        ),
    }
}

/// Builds nested JSON objects out of a flat data set.
pub struct Nester<'a> {
    ds: &'a Dataset,
    /// (child table, foreign key field) → parent id → children.
    children: HashMap<(Entity, &'static str), HashMap<&'a str, Vec<&'a Record>>>,
    /// Locations that some service_at_location points at.
    located: HashSet<&'a str>,
}

impl<'a> Nester<'a> {
    pub fn new(ds: &'a Dataset) -> Nester<'a> {
        let mut children: HashMap<(Entity, &'static str), HashMap<&'a str, Vec<&'a Record>>> =
            HashMap::new();
        let mut wanted: HashSet<(Entity, &'static str)> = HashSet::new();
        for e in Entity::ALL {
            for m in e.many() {
                wanted.insert((m.entity, m.fk));
            }
        }
        for (entity, fk) in wanted {
            let index = children.entry((entity, fk)).or_default();
            for r in ds.records(entity) {
                if let Some(parent) = r.str(fk) {
                    index.entry(parent).or_default().push(r);
                }
            }
        }
        let located = ds
            .records(Entity::ServiceAtLocation)
            .filter_map(|r| r.str("location_id"))
            .collect();
        Nester {
            ds,
            children,
            located,
        }
    }

    /// A service as the HSDS API and `service_package.json` show it: all its children,
    /// its locations in full, its organization and program as plain records.
    pub fn service(&self, id: &str, seen: &mut Seen) -> Option<Value> {
        let r = self.ds.get(Entity::Service, id)?;
        Some(self.full(Entity::Service, r, seen))
    }

    /// An organization with its own children; its services are left to `service`, and
    /// of its locations only those no service is offered at (the rest nest there).
    pub fn organization(&self, id: &str, seen: &mut Seen) -> Option<Value> {
        let r = self.ds.get(Entity::Organization, id)?;
        Some(self.full(Entity::Organization, r, seen))
    }

    /// Any record with everything nested below it.
    pub fn record(&self, entity: Entity, r: &'a Record, seen: &mut Seen) -> Value {
        self.full(entity, r, seen)
    }

    fn full(&self, entity: Entity, r: &'a Record, seen: &mut Seen) -> Value {
        seen.mark(entity, &r.id);
        let mut obj = r.fields.clone();
        for one in entity.one() {
            let Some(target) = r.str(one.fk).and_then(|id| self.ds.get(one.entity, id)) else {
                continue;
            };
            let nested = match (entity, one.key) {
                // The enclosing service of a service_at_location is where we came from.
                (Entity::ServiceAtLocation, "service") => continue,
                (Entity::Service, _) => Value::Object(target.fields.clone()),
                _ => self.full(one.entity, target, seen),
            };
            obj.insert(one.key.to_string(), nested);
        }
        for many in entity.many() {
            if entity == Entity::Organization && many.key == "services" {
                continue;
            }
            let Some(kids) = self
                .children
                .get(&(many.entity, many.fk))
                .and_then(|idx| idx.get(r.id.as_str()))
            else {
                continue;
            };
            let items: Vec<Value> = kids
                .iter()
                .filter(|k| {
                    !(entity == Entity::Organization
                        && many.entity == Entity::Location
                        && self.located.contains(k.id.as_str()))
                })
                .map(|k| self.full(many.entity, k, seen))
                .collect();
            if !items.is_empty() {
                obj.insert(many.key.to_string(), Value::Array(items));
            }
        }
        Value::Object(obj)
    }
}

/// Which records an export has written, to find those the nested form cannot hold. Ids
/// are kept as 16 bytes, so an export in pieces can remember a whole directory.
#[derive(Default)]
pub struct Seen {
    set: HashSet<(Entity, u128)>,
}

impl Seen {
    fn mark(&mut self, entity: Entity, id: &str) {
        self.set.insert((entity, id_key(id)));
    }
    pub fn contains(&self, entity: Entity, id: &str) -> bool {
        self.set.contains(&(entity, id_key(id)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ORG: &str = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
    const SVC: &str = "ac148810-d857-441c-9679-408f346de14b";
    const SVC2: &str = "bc148810-d857-441c-9679-408f346de14b";
    const PHONE: &str = "ec148810-d857-441c-9679-408f346de14b";

    fn service(id: &str, org_name: &str) -> Value {
        json!({
            "id": id, "name": "Schuldnerberatung", "status": "active",
            "organization": {"id": ORG, "name": org_name, "description": "d"},
            "phones": [{"id": PHONE, "number": "0000 1"}]
        })
    }

    #[test]
    fn flattening_links_children_to_parents() {
        let ds = read_document("s.json", &json!([service(SVC, "AWO")]), None).unwrap();
        assert_eq!(ds.count(Entity::Service), 1);
        let svc = ds.get(Entity::Service, SVC).unwrap();
        assert_eq!(svc.str("organization_id"), Some(ORG));
        assert!(!svc.fields.contains_key("phones"));
        assert_eq!(
            ds.get(Entity::Phone, PHONE).unwrap().str("service_id"),
            Some(SVC)
        );
    }

    #[test]
    fn conflicting_copies_of_one_organization_are_rejected_with_a_pointer() {
        let doc = json!([service(SVC, "AWO"), service(SVC2, "Caritas")]);
        let err = read_document("s.json", &doc, None).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("s.json at /1/organization"), "{text}");
        assert!(text.contains("`name`"), "{text}");
    }

    #[test]
    fn nesting_inverts_flattening() {
        let doc = service(SVC, "AWO");
        let ds = read_document("s.json", &doc, None).unwrap();
        let nester = Nester::new(&ds);
        let mut seen = Seen::default();
        let back = nester.service(SVC, &mut seen).unwrap();
        let again = read_document("t.json", &back, None).unwrap();
        for e in Entity::ALL {
            let a: Vec<_> = ds.records(e).map(|r| &r.fields).collect();
            let b: Vec<_> = again.records(e).map(|r| &r.fields).collect();
            assert_eq!(a, b, "{e}");
        }
        assert!(seen.contains(Entity::Phone, PHONE));
    }

    #[test]
    fn unknown_objects_are_named() {
        let err = read_document("x.json", &json!([{"id": "x"}]), None).unwrap_err();
        assert!(err.to_string().contains("x.json at /0"), "{err}");
    }
}
