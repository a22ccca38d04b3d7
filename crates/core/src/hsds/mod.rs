//! Open Referral HSDS 3.1 (reading 3.0 too): the tables, the two exchange forms, validation.

/// The HSDS version that exports and the API say they write.
pub const VERSION: &str = "3.1";
/// No profile narrows HSDS here, so the profile is the specification itself.
pub const PROFILE: &str = "https://docs.openreferral.org/en/latest/";
/// The file beside a JSON export that says which HSDS version it is (the HSDS API's
/// metadata object); an import reads it to check the version and takes no records from it.
pub const METADATA_FILE: &str = "hsds.json";

/// The HSDS versions the importer reads: 3.1 only adds to 3.0.
pub fn readable_version(version: &str) -> bool {
    let mut parts = version.trim_start_matches('v').split('.');
    parts.next() == Some("3") && matches!(parts.next(), None | Some("0") | Some("1"))
}

pub mod constraints;
pub mod dataset;
pub mod entity;
pub mod error;
pub mod ingest;
pub mod nested;
pub mod package;
pub mod schema;
pub mod stream;
pub mod tabular;
pub mod temporal;

use std::collections::BTreeMap;

pub use dataset::{Dataset, Record, Unresolved};
pub use entity::Entity;
pub use error::{Problem, Rejected, Source};

use error::Problems;

/// Parses and reads one HSDS JSON document (see [`nested::read_document`]), one
/// top-level object at a time ([`stream`]).
pub fn read_json(file: &str, text: &str, kind: Option<Entity>) -> Result<Dataset, Rejected> {
    stream::read_json(file, text, kind)
}

/// Reads a tabular data package given as file name → contents. `datapackage.json`, when
/// present, declares the types of extension columns; CSV files of unknown tables are
/// refused so that nothing is silently dropped.
pub fn read_package(files: &BTreeMap<String, Vec<u8>>) -> Result<Dataset, Rejected> {
    let mut problems = Problems::default();
    let declared = match files.get("datapackage.json") {
        Some(bytes) => match serde_json::from_slice::<serde_json::Value>(bytes) {
            Ok(v) => {
                problems
                    .0
                    .extend(tabular::listed_resources(&v, |p| files.contains_key(p)));
                tabular::declared(&v)
            }
            Err(e) => {
                return Err(Rejected::one(
                    Source::line("datapackage.json", e.line() as u64),
                    None,
                    format!("not valid JSON: {e}"),
                ));
            }
        },
        None => Default::default(),
    };
    let mut ds = Dataset::new();
    for (name, bytes) in files {
        if name == "datapackage.json" {
            continue;
        }
        let Some(entity) = package_entity(name, &declared) else {
            problems.push(
                Source::line(name, 1),
                None,
                "not a table of the HSDS data package",
            );
            continue;
        };
        tabular::read_csv(
            name,
            entity,
            bytes,
            declared.get(&entity),
            &mut ds,
            &mut problems,
        );
    }
    problems.into_result()?;
    Ok(ds)
}

/// The table a CSV file of a data package holds, by its name (the official one or the
/// one its `datapackage.json` declares).
pub fn package_entity(name: &str, declared: &tabular::Declared) -> Option<Entity> {
    Entity::ALL.into_iter().find(|e| {
        tabular::file_name(*e) == name || declared.get(e).is_some_and(|t| t.path == *name)
    })
}

/// Checks a data set on its own; references it does not satisfy are returned.
pub fn check(ds: &Dataset) -> Result<Vec<Unresolved>, Rejected> {
    let (problems, unresolved) = ds.check();
    problems.into_result()?;
    Ok(unresolved)
}
