//! Answers of `/api/v1/search` kept for the rest of the minute: the same question within a
//! minute, on the same index, gets the same bytes. Popular searches ("Schulden" near Halle)
//! repeat far more often than the index changes; a burst of them then costs a lookup each.
//!
//! The minute is part of the answer ("open now", "possibly outdated"), so the whole cache
//! is dropped when the minute or the index generation (every commit, every vocabulary
//! change) moves on: nothing stale can be served and no expiry bookkeeping is needed.

use std::collections::HashMap;
use std::sync::Mutex;

use axum::body::Bytes;

/// Answers kept at most per minute; beyond, new ones are not kept.
const MAX_ENTRIES: usize = 2048;
/// Larger answers (a page of 100 hits) are not kept.
const MAX_BYTES: usize = 256 * 1024;

#[derive(Default)]
pub struct ResponseCache {
    inner: Mutex<Epoch>,
}

#[derive(Default)]
struct Epoch {
    /// (index generation, minute since 1970) the entries belong to.
    at: (u64, i64),
    entries: HashMap<String, Bytes>,
}

impl ResponseCache {
    pub fn get(&self, query: &str, generation: u64, minute: i64) -> Option<Bytes> {
        let epoch = self.inner.lock().ok()?;
        if epoch.at != (generation, minute) {
            return None;
        }
        epoch.entries.get(query).cloned()
    }

    pub fn put(&self, query: &str, generation: u64, minute: i64, body: Bytes) {
        if body.len() > MAX_BYTES {
            return;
        }
        let Ok(mut epoch) = self.inner.lock() else {
            return;
        };
        if epoch.at != (generation, minute) {
            // Only move forward: a slow request of the previous minute must not empty
            // the cache of the current one.
            if (generation, minute) < epoch.at {
                return;
            }
            epoch.at = (generation, minute);
            epoch.entries.clear();
        }
        if epoch.entries.len() < MAX_ENTRIES {
            epoch.entries.insert(query.to_string(), body);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_live_for_one_minute_of_one_generation() {
        let c = ResponseCache::default();
        c.put("q=a", 1, 100, Bytes::from_static(b"A"));
        assert_eq!(c.get("q=a", 1, 100).as_deref(), Some(&b"A"[..]));
        assert_eq!(c.get("q=b", 1, 100), None);
        // Next minute, or a new index generation: gone.
        assert_eq!(c.get("q=a", 1, 101), None);
        assert_eq!(c.get("q=a", 2, 100), None);
        c.put("q=b", 2, 100, Bytes::from_static(b"B"));
        assert_eq!(c.get("q=a", 2, 100), None);
        // A late answer of an older epoch is not kept and does not clear the new one.
        c.put("q=c", 1, 100, Bytes::from_static(b"C"));
        assert_eq!(c.get("q=b", 2, 100).as_deref(), Some(&b"B"[..]));
        assert_eq!(c.get("q=c", 1, 100), None);
    }

    #[test]
    fn large_answers_are_not_kept() {
        let c = ResponseCache::default();
        c.put("q=a", 1, 1, Bytes::from(vec![b' '; MAX_BYTES + 1]));
        assert_eq!(c.get("q=a", 1, 1), None);
    }
}
