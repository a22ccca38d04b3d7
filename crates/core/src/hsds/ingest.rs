//! Importing in bounded memory (issue 14): readers hand records over in [`Batch`]es as
//! they go; the [`Ledger`] remembers a fingerprint per
//! id, not the records, so repeated copies, duplicates and references are checked across
//! the whole input while memory grows by some bytes per record, not by the file.

use std::collections::{BTreeMap, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};

pub use super::dataset::merge_copy;
use super::dataset::{Dataset, Record, Unresolved, id_key};
use super::entity::Entity;
use super::error::{At, MAX_PROBLEMS, Problem, Problems, Source};
use super::package;

/// Records per batch: large enough for multi-row inserts, small enough that a few
/// batches in flight stay some megabytes.
pub const BATCH_RECORDS: usize = 4096;

/// Records read, and problems found while reading them.
#[derive(Debug, Default)]
pub struct Batch {
    pub records: Vec<(Entity, Record)>,
    pub problems: Vec<Problem>,
    /// The JSON text each record is stored as, in order, once [`Batch::prepare`] ran.
    pub prepared: Option<Vec<String>>,
}

impl Batch {
    /// Checks each record on its own ([`check_record`]) and writes the JSON text it is
    /// stored as: the part of writing that needs no store, so the reader's thread can do
    /// it while the writer writes the batch before.
    pub fn prepare(&mut self) {
        if self.prepared.is_some() {
            return;
        }
        let mut problems = Problems::default();
        let json = self
            .records
            .iter()
            .map(|(entity, record)| {
                check_record(*entity, record, &mut problems);
                fields_json(record)
            })
            .collect();
        self.problems.extend(problems.0);
        self.prepared = Some(json);
    }
}

/// How a second record with an id already seen is treated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repeat {
    /// The nested JSON form repeats an organization under each of its services: the
    /// copies are merged, and a field they disagree on is a problem.
    Merge,
    /// A table row: a second row with the same id is a problem.
    Reject,
}

impl Dataset {
    /// Checks what the HSDS tabular schema demands of each record: required fields, ids
    /// as UUIDs, references — the rules a streamed import applies ([`super::ingest`]).
    /// References this data set does not satisfy are returned for the store to check
    /// against what it already holds.
    pub fn check(&self) -> (Problems, Vec<Unresolved>) {
        let mut problems = Problems::default();
        let mut ledger = Ledger::default();
        for entity in Entity::ALL {
            for record in self.records(entity) {
                if problems.full() {
                    return (problems, Vec::new());
                }
                check_record(entity, record, &mut problems);
                ledger.note(entity, &record.id, 0);
            }
        }
        for entity in Entity::ALL {
            for record in self.records(entity) {
                ledger.references(entity, record, &mut problems);
            }
        }
        (problems, ledger.unresolved())
    }
}

/// Hands records on in batches (the store checks each record, [`check_record`]). The
/// sink answers `false` when it wants nothing more (the import has failed); reading
/// stops then.
pub struct Batcher<'s> {
    batch: Batch,
    sink: &'s mut dyn FnMut(Batch) -> bool,
    problems: usize,
    stopped: bool,
}

impl<'s> Batcher<'s> {
    pub fn new(sink: &'s mut dyn FnMut(Batch) -> bool) -> Batcher<'s> {
        Batcher {
            batch: Batch::default(),
            sink,
            problems: 0,
            stopped: false,
        }
    }

    /// True once the sink refused a batch or enough problems were found: a reader
    /// stops reading.
    pub fn stopped(&self) -> bool {
        self.stopped || self.problems >= MAX_PROBLEMS
    }

    pub fn record(&mut self, entity: Entity, record: Record) {
        self.batch.records.push((entity, record));
        if self.batch.records.len() >= BATCH_RECORDS {
            self.flush();
        }
    }

    pub fn problem(&mut self, problem: Problem) {
        self.problems += 1;
        self.batch.problems.push(problem);
    }

    pub fn problems(&mut self, problems: Problems) {
        for p in problems.0 {
            self.problem(p);
        }
    }

    /// Every record of a data set, parents first.
    pub fn dataset(&mut self, ds: Dataset) {
        for (entity, record) in ds.into_records() {
            self.record(entity, record);
        }
    }

    pub fn flush(&mut self) {
        if self.stopped || (self.batch.records.is_empty() && self.batch.problems.is_empty()) {
            return;
        }
        let batch = std::mem::take(&mut self.batch);
        if !(self.sink)(batch) {
            self.stopped = true;
        }
    }

    /// Hands on what is left; false if the sink stopped taking batches.
    pub fn finish(mut self) -> bool {
        self.flush();
        !self.stopped
    }
}

/// What the HSDS tabular schema demands of one record on its own: an id that is a UUID,
/// required fields, no control characters.
pub fn check_record(entity: Entity, record: &Record, problems: &mut Problems) {
    if uuid::Uuid::parse_str(&record.id).is_err() {
        problems.push(
            record.source.clone(),
            Some("id"),
            format!("`{}` is not a UUID (HSDS 3 ids are UUIDs)", record.id),
        );
    }
    // The rule the editing forms apply too (`directory::rules`).
    for name in crate::directory::rules::fields_with_control(&record.fields) {
        problems.push(
            record.source.clone(),
            Some(name),
            "contains control characters (only line breaks and tabs are text)",
        );
    }
    for f in package::table(entity).fields.iter().filter(|f| f.required) {
        if !record.fields.contains_key(&f.name) {
            problems.push(
                record.source.clone(),
                Some(&f.name),
                format!("required in {entity} but missing"),
            );
        }
    }
}

/// Foreign keys that a third party's `datapackage.json` declares, per table: (field,
/// referenced table). Those beyond the official ones (on extension columns, say) are
/// checked as the official ones are.
pub type DeclaredKeys = BTreeMap<Entity, Vec<(String, Entity)>>;

/// What an import has seen: per table, id → a tag (the fingerprint of the fields, or
/// where a table row was read); and the references not yet satisfied.
#[derive(Debug)]
pub struct Ledger {
    seen: Vec<HashMap<u128, u64>>,
    pending: Vec<Unresolved>,
    /// Declared foreign keys the official package does not have.
    extra_keys: DeclaredKeys,
}

impl Default for Ledger {
    fn default() -> Ledger {
        Ledger::with_keys(DeclaredKeys::new())
    }
}

/// A fingerprint of a record's fields in their JSON form.
pub fn fingerprint(json: &str) -> u64 {
    let mut h = DefaultHasher::new();
    json.hash(&mut h);
    h.finish()
}

impl Ledger {
    /// A ledger that also checks the foreign keys an input's own package declares.
    pub fn with_keys(declared: DeclaredKeys) -> Ledger {
        let mut extra_keys = declared;
        for (entity, keys) in &mut extra_keys {
            let official = &package::table(*entity).foreign_keys;
            keys.retain(|k| !official.contains(k));
        }
        extra_keys.retain(|_, keys| !keys.is_empty());
        Ledger {
            seen: vec![HashMap::new(); Entity::ALL.len()],
            pending: Vec::new(),
            extra_keys,
        }
    }

    /// Notes an id with its tag; the tag it had if it was seen before.
    pub fn note(&mut self, entity: Entity, id: &str, tag: u64) -> Option<u64> {
        self.seen[entity as usize].insert(id_key(id), tag)
    }

    pub fn contains(&self, entity: Entity, id: &str) -> bool {
        self.seen[entity as usize].contains_key(&id_key(id))
    }

    fn contains_any(&self, id: &str) -> bool {
        let k = id_key(id);
        self.seen.iter().any(|t| t.contains_key(&k))
    }

    /// Records seen, all tables together.
    pub fn len(&self) -> usize {
        self.seen.iter().map(HashMap::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn count(&self, entity: Entity) -> usize {
        self.seen[entity as usize].len()
    }

    /// Checks the references of a record; those pointing at nothing seen yet wait for
    /// [`Ledger::unresolved`]. Call it once the batch the record came in is noted.
    pub fn references(&mut self, entity: Entity, record: &Record, problems: &mut Problems) {
        let polymorphic = match entity {
            Entity::Attribute => Some("link_id"),
            Entity::Metadata => Some("resource_id"),
            _ => None,
        };
        let refs = package::table(entity)
            .foreign_keys
            .iter()
            .chain(self.extra_keys.get(&entity).into_iter().flatten())
            .map(|(f, e)| (f.as_str(), Some(*e)))
            .chain(polymorphic.map(|f| (f, None)));
        // Noted after the walk, which reads the ledger's keys and tables.
        let mut unresolved = Vec::new();
        for (field, target) in refs {
            let Some(value) = record.fields.get(field) else {
                continue;
            };
            let Some(id) = value.as_str() else {
                problems.push(record.source.clone(), Some(field), "must be a string id");
                continue;
            };
            let found = match target {
                Some(e) => self.contains(e, id),
                None => self.contains_any(id),
            };
            if !found {
                unresolved.push(Unresolved {
                    target,
                    id: id.to_string(),
                    source: record.source.clone(),
                    field: field.to_string(),
                });
            }
        }
        self.pending.extend(unresolved);
    }

    /// References that nothing in the input satisfies (the store checks them against
    /// what it already holds).
    pub fn unresolved(&mut self) -> Vec<Unresolved> {
        let pending = std::mem::take(&mut self.pending);
        pending
            .into_iter()
            .filter(|u| match u.target {
                Some(e) => !self.contains(e, &u.id),
                None => !self.contains_any(&u.id),
            })
            .collect()
    }
}

/// The problem of a second row with the same id; `first` is where the first was read.
pub fn duplicate(record: &Record, first: &Source) -> Problem {
    Problem {
        source: record.source.clone(),
        field: Some("id".into()),
        message: format!("duplicate id `{}`: already used in {first}", record.id),
    }
}

/// Where table rows were read, as ledger tags: a file number and a line, so that a
/// duplicate can name its first row without the ledger holding sources.
#[derive(Debug, Default)]
pub struct Places {
    files: Vec<String>,
}

impl Places {
    const LINE_BITS: u32 = 40;

    pub fn tag(&mut self, source: &Source) -> u64 {
        let file = match self.files.iter().position(|f| *f == source.file) {
            Some(i) => i,
            None => {
                self.files.push(source.file.clone());
                self.files.len() - 1
            }
        };
        let line = match source.at {
            At::Line(n) => n.min((1 << Self::LINE_BITS) - 1),
            _ => 0,
        };
        ((file as u64) << Self::LINE_BITS) | line
    }

    pub fn source(&self, tag: u64) -> Source {
        let file = usize::try_from(tag >> Self::LINE_BITS).unwrap_or(usize::MAX);
        let name = self.files.get(file).map_or("", String::as_str);
        match tag & ((1 << Self::LINE_BITS) - 1) {
            0 => Source::pointer(name, ""),
            line => Source::line(name, line),
        }
    }
}

/// The JSON text a record's fields are stored as (written from the fields themselves,
/// not from a copy of them).
pub fn fields_json(record: &Record) -> String {
    // Cannot fail: the keys are strings and the values JSON.
    serde_json::to_string(&record.fields).unwrap_or_else(|_| "{}".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hsds::dataset::tests::rec;
    use serde_json::json;

    const ORG: &str = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
    const SVC: &str = "ac148810-d857-441c-9679-408f346de14b";

    #[test]
    fn the_ledger_remembers_a_tag_per_id_and_table() {
        let mut l = Ledger::default();
        assert_eq!(l.note(Entity::Organization, ORG, 1), None);
        assert_eq!(l.note(Entity::Organization, ORG, 1), Some(1));
        assert_eq!(l.note(Entity::Organization, ORG, 2), Some(1));
        // The same id in another table is another record.
        assert_eq!(l.note(Entity::Service, ORG, 1), None);
        // Ids that are not UUIDs are told apart too.
        assert_eq!(l.note(Entity::Program, "p1", 1), None);
        assert_eq!(l.note(Entity::Program, "p2", 1), None);
        assert_eq!(l.len(), 4);
    }

    #[test]
    fn references_wait_until_the_end_of_the_input() {
        let mut l = Ledger::default();
        let mut problems = Problems::default();
        let svc = rec(SVC, json!({"id": SVC, "organization_id": ORG}));
        l.note(Entity::Service, SVC, 0);
        l.references(Entity::Service, &svc, &mut problems);
        // The organization comes later in the input: resolved at the end.
        l.note(Entity::Organization, ORG, 0);
        assert!(l.unresolved().is_empty());
        let other = rec(SVC, json!({"id": SVC, "organization_id": SVC}));
        l.references(Entity::Service, &other, &mut problems);
        let left = l.unresolved();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].field, "organization_id");
        assert!(problems.is_empty());
    }

    #[test]
    fn declared_keys_are_checked_besides_the_official_ones_and_never_twice() {
        let declared = DeclaredKeys::from([(
            Entity::Service,
            vec![
                ("organization_id".to_string(), Entity::Organization),
                ("x_partner_id".to_string(), Entity::Organization),
            ],
        )]);
        let mut l = Ledger::with_keys(declared);
        let mut problems = Problems::default();
        let svc = rec(
            SVC,
            json!({"id": SVC, "organization_id": SVC, "x_partner_id": SVC}),
        );
        l.references(Entity::Service, &svc, &mut problems);
        let mut fields: Vec<String> = l.unresolved().into_iter().map(|u| u.field).collect();
        fields.sort();
        assert_eq!(fields, ["organization_id", "x_partner_id"]);
        // A partner given as a number is no id.
        let odd = rec(SVC, json!({"id": SVC, "x_partner_id": 7}));
        l.references(Entity::Service, &odd, &mut problems);
        assert_eq!(problems.0.len(), 1);
    }

    #[test]
    fn batches_carry_records_and_problems_and_stop_when_refused() {
        let mut got: Vec<Batch> = Vec::new();
        let mut sink = |b: Batch| {
            got.push(b);
            false
        };
        let mut batcher = Batcher::new(&mut sink);
        batcher.record(Entity::Program, rec("p1", json!({"id": "p1"})));
        batcher.problem(Problem {
            source: Source::line("t.csv", 3),
            field: None,
            message: "broken".into(),
        });
        assert!(!batcher.finish(), "the sink refused");
        assert!(batcher_stops_when_refused());
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].records.len(), 1);
        assert_eq!(got[0].problems.len(), 1);
    }

    fn batcher_stops_when_refused() -> bool {
        let mut refuse = |_: Batch| false;
        let mut b = Batcher::new(&mut refuse);
        b.problem(Problem {
            source: Source::line("t.csv", 2),
            field: None,
            message: "x".into(),
        });
        b.flush();
        b.stopped()
    }

    #[test]
    fn places_name_the_first_row() {
        let mut p = Places::default();
        let a = p.tag(&Source::line("services.csv", 2));
        let b = p.tag(&Source::line("phones.csv", 7));
        assert_eq!(p.source(a), Source::line("services.csv", 2));
        assert_eq!(p.source(b), Source::line("phones.csv", 7));
    }

    #[test]
    fn merging_copies_takes_missing_fields_and_refuses_conflicts() {
        let mut a = rec(ORG, json!({"id": ORG, "name": "A"}));
        let gained = merge_copy(
            Entity::Organization,
            &mut a,
            rec(
                ORG,
                json!({"id": ORG, "name": "A", "email": "x@example.org"}),
            ),
        );
        assert_eq!(gained, Ok(true));
        let err = merge_copy(
            Entity::Organization,
            &mut a,
            rec(ORG, json!({"id": ORG, "name": "B"})),
        )
        .unwrap_err();
        assert_eq!(err.field.as_deref(), Some("name"));
    }
}
