//! What is built once per segment of the index (segments never change) and kept while
//! searchers read that segment: the facet tables, the columns matching reads.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tantivy::columnar::StrColumn;
use tantivy::index::SegmentId;
use tantivy::{Searcher, SegmentReader};

use crate::{Result, SearchError};

pub(crate) struct SegmentCache<T>(Mutex<HashMap<SegmentId, Arc<T>>>);

impl<T> Default for SegmentCache<T> {
    fn default() -> SegmentCache<T> {
        SegmentCache(Mutex::default())
    }
}

impl<T> SegmentCache<T> {
    /// What `build` makes of `reader`'s segment, built on first use; what was built for
    /// segments `searcher` no longer reads (merged away) is dropped then.
    pub(crate) fn get(
        &self,
        searcher: &Searcher,
        reader: &SegmentReader,
        build: impl FnOnce(&SegmentReader) -> Result<T>,
    ) -> Result<Arc<T>> {
        let id = reader.segment_id();
        if let Some(built) = self.lock().get(&id) {
            return Ok(built.clone());
        }
        let built = Arc::new(build(reader)?);
        let mut all = self.lock();
        all.retain(|k, _| {
            searcher
                .segment_readers()
                .iter()
                .any(|r| r.segment_id() == *k)
        });
        all.insert(id, built.clone());
        Ok(built)
    }

    /// The map holds only whole entries, so a thread that panicked while holding the
    /// lock left it as sound as before.
    fn lock(&self) -> MutexGuard<'_, HashMap<SegmentId, Arc<T>>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Every term of a dictionary-encoded column, by ordinal, in one pass: the dictionary's
/// blocks are compressed, and decompressing one per lookup cost more than the rest of a
/// matching case together.
pub(crate) fn all_terms(column: &StrColumn) -> Result<Vec<String>> {
    let mut words = Vec::with_capacity(column.num_terms());
    let mut stream = column
        .dictionary()
        .stream()
        .map_err(|e| SearchError::Io(e.to_string()))?;
    while stream.advance() {
        words.push(String::from_utf8_lossy(stream.key()).into_owned());
    }
    Ok(words)
}
