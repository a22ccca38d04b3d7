//! One reading of the index for several searches. A case's needs search side by side
//! through the same documents; each weighs its candidates from the columns (see
//! [`crate::profile`]), and only the services an answer names are read whole.

use std::sync::{Arc, OnceLock};

use tantivy::DocAddress;

use crate::profile::{Columns, Profile};
use crate::query::{Candidate, Near, SearchRequest, Sort};
use crate::{Result, SearchError, SearchIndex, Summary};

/// The first circle [`Snapshot::nearest`] tries; each next one is at least twice as
/// wide, so the circles before the last cost at most about a third of it together.
pub const FIRST_CIRCLE_KM: f64 = 10.0;

pub struct Snapshot<'a> {
    index: &'a SearchIndex,
    searcher: tantivy::Searcher,
    /// Per segment, taken from the index's cache on first use.
    columns: Vec<OnceLock<Arc<Columns>>>,
}

/// The candidates of one search in their order, read only when asked.
pub struct Ranked(Vec<Candidate>);

/// The nearest candidates, and the circle they were found in.
pub struct Nearest {
    pub ranked: Ranked,
    /// Every candidate of the search within this distance is ranked.
    pub radius_km: f64,
}

impl Nearest {
    /// Whether a search for as many in a wider circle would find the same: it already
    /// holds `keep`, all within a circle smaller than the whole radius.
    pub fn holds(&self, keep: usize) -> bool {
        self.ranked.len() >= keep
            && self
                .ranked
                .0
                .get(keep.saturating_sub(1))
                .and_then(|c| c.distance)
                .is_some_and(|d| d <= self.radius_km)
    }
}

/// Where a candidate's document is, to read its summary later.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Handle(DocAddress);

impl SearchIndex {
    /// A snapshot of the index as it is now; later changes do not reach it.
    pub fn snapshot(&self) -> Snapshot<'_> {
        let searcher = self.reader.searcher();
        let columns = searcher
            .segment_readers()
            .iter()
            .map(|_| OnceLock::new())
            .collect();
        Snapshot {
            index: self,
            searcher,
            columns,
        }
    }
}

impl Snapshot<'_> {
    /// The best `offset + limit` candidates of `req` in order, as [`SearchIndex::search`]
    /// ranks them (without its second try for typos), no document read yet.
    pub fn ranked(&self, req: &SearchRequest) -> Result<Ranked> {
        Ok(self.counted(req)?.1)
    }

    /// [`Snapshot::ranked`] with the number of all matches.
    fn counted(&self, req: &SearchRequest) -> Result<(u64, Ranked)> {
        let understood = self.index.understood(&req.q);
        let (total, top, _) = self
            .index
            .candidates(&self.searcher, req, &understood, false)?;
        Ok((total, Ranked(top)))
    }

    /// The `req.limit` nearest candidates of `req` (sorted by distance), as
    /// [`Snapshot::ranked`] finds them, but through widening circles: every candidate
    /// in the circle is visited, so the nearest fifty within 400 km are found in about
    /// the time of those within 30. A smaller circle answers exactly when its last
    /// candidate kept lies within it: anything it left out is farther.
    pub fn nearest(&self, req: &SearchRequest) -> Result<Nearest> {
        self.nearest_from(req, FIRST_CIRCLE_KM)
    }

    /// As [`Snapshot::nearest`], the first circle `from_km` wide: where a search for
    /// fewer of the same candidates already needed that circle, a search for more
    /// needs it too.
    pub fn nearest_from(&self, req: &SearchRequest, from_km: f64) -> Result<Nearest> {
        let keep = req.offset + req.limit;
        let Some(near) = req.near.filter(|_| req.sort == Sort::Distance && keep > 0) else {
            return Ok(Nearest {
                ranked: self.ranked(req)?,
                radius_km: f64::INFINITY,
            });
        };
        // Where the matches should lie, judged from how many the cells around hold:
        // most searches then need one circle instead of two or three.
        let expected = self
            .index
            .expected_radius(&self.searcher, req, keep)?
            .unwrap_or(0.0);
        let mut radius_km = from_km.max(expected).max(1.0).min(near.radius_km);
        loop {
            let circle = SearchRequest {
                near: Some(Near { radius_km, ..near }),
                ..req.clone()
            };
            let (total, ranked) = self.counted(&circle)?;
            let found = Nearest { ranked, radius_km };
            if radius_km >= near.radius_km || found.holds(keep) {
                return Ok(found);
            }
            // Matches grow with the circle's area: aim a little beyond where `keep`
            // should lie, at least twice as wide and at most four times.
            let aim = (keep as f64 / total.max(1) as f64).sqrt() * 1.2;
            radius_km = (radius_km * aim.clamp(2.0, 4.0)).min(near.radius_km);
        }
    }

    /// The `i`th candidate as matching weighs it, from the columns.
    pub fn profile(&self, ranked: &Ranked, i: usize) -> Result<(Handle, Profile)> {
        let c = ranked.0.get(i).ok_or(SearchError::Corrupt)?;
        let segment = c.address.segment_ord as usize;
        let slot = self.columns.get(segment).ok_or(SearchError::Corrupt)?;
        let columns = match slot.get() {
            Some(c) => c,
            None => {
                let reader = self
                    .searcher
                    .segment_readers()
                    .get(segment)
                    .ok_or(SearchError::Corrupt)?;
                let opened =
                    self.index
                        .profile_columns
                        .get(&self.searcher, reader, Columns::open)?;
                // Another need's thread may have opened them first; either is the same.
                slot.get_or_init(|| opened)
            }
        };
        let profile = columns.profile(c.address.doc_id, c.distance)?;
        Ok((Handle(c.address), profile))
    }

    /// The stored summary of a candidate, to show it.
    pub fn summary(&self, handle: Handle) -> Result<Summary> {
        self.index.summary_at(&self.searcher, handle.0)
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
