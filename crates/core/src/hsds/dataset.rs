//! The flat, tabular form of HSDS data: every record of every table, keyed by id.
//! Both exchange forms (nested JSON, CSV package) convert to and from this.

use std::collections::{BTreeMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};

use serde_json::{Map, Value};

use super::entity::Entity;
use super::error::{Problem, Problems, Rejected, Source};

pub type Fields = Map<String, Value>;

/// One row of one HSDS table, with every field it carries (third-party extension
/// fields included), and where it was read from.
#[derive(Clone, Debug)]
pub struct Record {
    pub id: String,
    pub fields: Fields,
    pub source: Source,
}

impl Record {
    pub fn str(&self, field: &str) -> Option<&str> {
        self.fields.get(field).and_then(Value::as_str)
    }
    pub fn f64(&self, field: &str) -> Option<f64> {
        self.fields.get(field).and_then(Value::as_f64)
    }
}

/// A reference that the data set itself does not satisfy; the store checks it.
#[derive(Clone, Debug)]
pub struct Unresolved {
    /// The table it must be found in; `None` means any table (polymorphic links).
    pub target: Option<Entity>,
    pub id: String,
    pub source: Source,
    pub field: String,
}

impl Unresolved {
    pub fn problem(&self) -> Problem {
        let target = self.target.map_or("record", Entity::table);
        Problem {
            source: self.source.clone(),
            field: Some(self.field.clone()),
            message: format!("refers to {target} `{}`, which does not exist", self.id),
        }
    }
}

/// Merges a later copy of a record into the earlier one (the nested JSON form repeats
/// shared records): fields missing on one side are taken, a field the copies disagree on
/// is a problem. Answers whether the earlier copy gained fields.
pub fn merge_copy(entity: Entity, earlier: &mut Record, later: Record) -> Result<bool, Problem> {
    let mut gained = false;
    for (key, value) in later.fields {
        match earlier.fields.get(&key) {
            Some(old) if *old != value => {
                return Err(Problem {
                    source: later.source,
                    field: Some(key),
                    message: format!(
                        "{entity} `{}` appears twice with different values ({} and {}); first seen in {}",
                        later.id, old, value, earlier.source
                    ),
                });
            }
            Some(_) => {}
            None => {
                earlier.fields.insert(key, value);
                gained = true;
            }
        }
    }
    Ok(gained)
}

/// An id as 16 bytes: a UUID as itself, anything else (already a problem) hashed.
pub fn id_key(id: &str) -> u128 {
    uuid::Uuid::parse_str(id).map_or_else(
        |_| {
            let half = |salt: u8| {
                let mut h = DefaultHasher::new();
                (salt, id).hash(&mut h);
                u128::from(h.finish())
            };
            (half(0) << 64) | half(1)
        },
        |u| u.as_u128(),
    )
}

#[derive(Clone, Debug, Default)]
pub struct Dataset {
    tables: BTreeMap<Entity, BTreeMap<String, Record>>,
}

impl Dataset {
    pub fn new() -> Dataset {
        Dataset::default()
    }

    /// Adds a record. The same id twice is allowed in the nested JSON form, where one
    /// organization or location appears under many services: the copies are merged,
    /// and any field they disagree on is a problem.
    pub fn merge_record(&mut self, entity: Entity, record: Record) -> Result<(), Problem> {
        let table = self.tables.entry(entity).or_default();
        match table.get_mut(&record.id) {
            Some(existing) => merge_copy(entity, existing, record).map(|_| ()),
            None => {
                table.insert(record.id.clone(), record);
                Ok(())
            }
        }
    }

    /// Adds a record whose id must be new (a table row: duplicate primary keys are errors).
    pub fn insert_unique(&mut self, entity: Entity, record: Record) -> Result<(), Problem> {
        let table = self.tables.entry(entity).or_default();
        if let Some(existing) = table.get(&record.id) {
            return Err(Problem {
                source: record.source,
                field: Some("id".into()),
                message: format!(
                    "duplicate id `{}`: already used in {}",
                    record.id, existing.source
                ),
            });
        }
        table.insert(record.id.clone(), record);
        Ok(())
    }

    /// Adds every record of `other`, merging like `merge_record`.
    pub fn absorb(&mut self, other: Dataset) -> Result<(), Rejected> {
        let mut problems = Problems::default();
        for (entity, table) in other.tables {
            for (_, record) in table {
                if let Err(p) = self.merge_record(entity, record) {
                    problems.0.push(p);
                }
            }
        }
        problems.into_result()
    }

    pub fn get(&self, entity: Entity, id: &str) -> Option<&Record> {
        self.tables.get(&entity)?.get(id)
    }

    pub fn get_mut(&mut self, entity: Entity, id: &str) -> Option<&mut Record> {
        self.tables.get_mut(&entity)?.get_mut(id)
    }

    pub fn records(&self, entity: Entity) -> impl Iterator<Item = &Record> {
        self.tables
            .get(&entity)
            .into_iter()
            .flat_map(|t| t.values())
    }

    pub fn count(&self, entity: Entity) -> usize {
        self.tables.get(&entity).map_or(0, BTreeMap::len)
    }

    pub fn len(&self) -> usize {
        self.tables.values().map(BTreeMap::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every record, table by table in [`Entity::ALL`] order (parents first).
    pub fn into_records(self) -> impl Iterator<Item = (Entity, Record)> {
        self.tables
            .into_iter()
            .flat_map(|(e, t)| t.into_values().map(move |r| (e, r)))
    }

    /// Compares the records (not where they were read from) with another data set;
    /// the error names the first difference.
    pub fn same_records(&self, other: &Dataset) -> Result<(), String> {
        for e in Entity::ALL {
            if self.count(e) != other.count(e) {
                return Err(format!(
                    "{e}: {} records here, {} there",
                    self.count(e),
                    other.count(e)
                ));
            }
            for r in self.records(e) {
                match other.get(e, &r.id) {
                    None => return Err(format!("{e} `{}` is missing", r.id)),
                    Some(o) if o.fields != r.fields => {
                        return Err(format!(
                            "{e} `{}` differs: {} vs {}",
                            r.id,
                            Value::Object(r.fields.clone()),
                            Value::Object(o.fields.clone())
                        ));
                    }
                    Some(_) => {}
                }
            }
        }
        Ok(())
    }

    /// All ids of one table (for reachability accounting).
    pub fn ids(&self, entity: Entity) -> HashSet<&str> {
        self.records(entity).map(|r| r.id.as_str()).collect()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde_json::json;

    /// A record read from line 2 of `t.csv` (the tests of the ingest module use it too).
    pub(crate) fn rec(id: &str, fields: Value) -> Record {
        let Value::Object(fields) = fields else {
            panic!("fields must be an object")
        };
        Record {
            id: id.into(),
            fields,
            source: Source::line("t.csv", 2),
        }
    }

    const ORG: &str = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
    const SVC: &str = "ac148810-d857-441c-9679-408f346de14b";

    #[test]
    fn merging_identical_or_partial_copies_is_fine_but_conflicts_are_not() {
        let mut ds = Dataset::new();
        ds.merge_record(
            Entity::Organization,
            rec(ORG, json!({"id": ORG, "name": "A"})),
        )
        .unwrap();
        ds.merge_record(
            Entity::Organization,
            rec(ORG, json!({"id": ORG, "name": "A", "description": "d"})),
        )
        .unwrap();
        assert_eq!(
            ds.get(Entity::Organization, ORG)
                .unwrap()
                .str("description"),
            Some("d")
        );
        let err = ds
            .merge_record(
                Entity::Organization,
                rec(ORG, json!({"id": ORG, "name": "B"})),
            )
            .unwrap_err();
        assert_eq!(err.field.as_deref(), Some("name"));
        let dup = ds
            .insert_unique(Entity::Organization, rec(ORG, json!({"id": ORG})))
            .unwrap_err();
        assert!(dup.message.contains("duplicate id"));
    }

    #[test]
    fn check_finds_missing_fields_bad_ids_and_dangling_references() {
        let mut ds = Dataset::new();
        ds.insert_unique(
            Entity::Service,
            rec(SVC, json!({"id": SVC, "name": "S", "organization_id": ORG})),
        )
        .unwrap();
        ds.insert_unique(Entity::Program, rec("p1", json!({"id": "p1"})))
            .unwrap();
        let (problems, unresolved) = ds.check();
        let text: Vec<String> = problems.0.iter().map(ToString::to_string).collect();
        assert!(text.iter().any(|t| t.contains("`status`")), "{text:?}");
        assert!(text.iter().any(|t| t.contains("not a UUID")), "{text:?}");
        assert_eq!(unresolved.len(), 1);
        assert_eq!(unresolved[0].field, "organization_id");
        assert_eq!(unresolved[0].target, Some(Entity::Organization));
    }
}
