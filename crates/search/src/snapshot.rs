//! One reading of the index for several searches. A case's needs search side by side
//! through the same documents; each weighs the nearest few first and more only when those
//! hold too little; and a service found for several needs or in several rounds is read
//! from the document store once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tantivy::DocAddress;

use crate::query::{Candidate, Hit, SearchRequest};
use crate::{Result, SearchError, SearchIndex, Summary};

pub struct Snapshot<'a> {
    index: &'a SearchIndex,
    searcher: tantivy::Searcher,
    read: Mutex<HashMap<DocAddress, Arc<Summary>>>,
}

/// The candidates of one search in their order, read only when asked.
pub struct Ranked(Vec<Candidate>);

impl SearchIndex {
    /// A snapshot of the index as it is now; later changes do not reach it.
    pub fn snapshot(&self) -> Snapshot<'_> {
        Snapshot {
            index: self,
            searcher: self.reader.searcher(),
            read: Mutex::new(HashMap::new()),
        }
    }
}

impl Snapshot<'_> {
    /// The best `offset + limit` candidates of `req` in order, as [`SearchIndex::search`]
    /// ranks them (without its second try for typos), no document read yet.
    pub fn ranked(&self, req: &SearchRequest) -> Result<Ranked> {
        let understood = self.index.understood(&req.q);
        let (_, top, _) = self
            .index
            .candidates(&self.searcher, req, &understood, false)?;
        Ok(Ranked(top))
    }

    /// The `i`th candidate with its summary.
    pub fn hit(&self, ranked: &Ranked, i: usize) -> Result<Hit> {
        let c = ranked.0.get(i).ok_or(SearchError::Corrupt)?;
        let known = self
            .read
            .lock()
            .map_err(|_| SearchError::Poisoned)?
            .get(&c.address)
            .cloned();
        let summary = match known {
            Some(s) => s,
            None => {
                let s = Arc::new(self.index.summary_at(&self.searcher, c.address)?);
                self.read
                    .lock()
                    .map_err(|_| SearchError::Poisoned)?
                    .insert(c.address, s.clone());
                s
            }
        };
        Ok(Hit {
            summary: Summary::clone(&summary),
            score: c.score,
            distance_km: c.distance,
        })
    }
}

impl Ranked {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
