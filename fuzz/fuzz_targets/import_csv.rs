//! The CSV importer: one table of a data package, optionally under a `datapackage.json`
//! of the input's own. The input is `[table byte][package JSON] \0 [CSV]` (no NUL: no
//! package of its own, the official declarations apply).
#![no_main]

use beratungsnetz_core::hsds::error::Problems;
use beratungsnetz_core::hsds::tabular::{self, ShapeCheck};
use beratungsnetz_core::hsds::{Dataset, Entity, package};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((pick, rest)) = data.split_first() else {
        return;
    };
    let entity = Entity::ALL[usize::from(*pick) % Entity::ALL.len()];
    let (package_json, csv) = match rest.iter().position(|b| *b == 0) {
        Some(at) => (serde_json::from_slice(&rest[..at]).ok(), &rest[at + 1..]),
        None => (None, rest),
    };
    let declared = package_json.as_ref().map(|p| {
        let _ = tabular::listed_resources(p, |_| true);
        tabular::declared(p)
    });
    let table = match &declared {
        Some(d) => d.get(&entity),
        None => Some(package::table(entity)),
    };

    // The shape walked in pieces, as `import` feeds it from a file, finds what one
    // walk over the whole finds.
    let whole = ShapeCheck::default().feed(csv);
    let mut pieces = ShapeCheck::default();
    let mut found = Ok(());
    for chunk in csv.chunks(usize::from(*pick % 7) + 1) {
        found = pieces.feed(chunk);
        if found.is_err() {
            break;
        }
    }
    assert_eq!(
        whole, found,
        "the shape check depends on how the input is cut"
    );

    let mut ds = Dataset::new();
    let mut problems = Problems::default();
    tabular::read_csv("fuzz.csv", entity, csv, table, &mut ds, &mut problems);
    if problems.is_empty() {
        let _ = ds.check();
    }
});
