//! The JSON importer: any bytes as an import file, read as `import` reads it (a top-level
//! array item by item, anything else whole), then checked as a whole data set.
#![no_main]

use beratungsnetz_core::hsds::Dataset;
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_core::hsds::ingest::{Batch, Batcher};
use beratungsnetz_core::hsds::stream::stream_json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks `--kind` (most often none), as a user may.
    let (kind, input) = match data.split_first() {
        Some((k, rest)) => (Entity::ALL.get(usize::from(*k)).copied(), rest),
        None => (None, data),
    };
    let mut ds = Dataset::new();
    let mut problems = 0usize;
    let mut sink = |batch: Batch| {
        problems += batch.problems.len();
        for (entity, record) in batch.records {
            if ds.merge_record(entity, record).is_err() {
                problems += 1;
            }
        }
        true
    };
    let mut batcher = Batcher::new(&mut sink);
    stream_json("fuzz.json", input, kind, &mut batcher);
    batcher.finish();
    if problems == 0 {
        let _ = ds.check();
    }
});
