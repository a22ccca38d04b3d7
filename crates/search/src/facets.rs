//! Facet values of every document of a segment in one flat table, built once per segment
//! (segments never change): counting the facets of a search is then a walk over a few
//! integers per match instead of four multi-valued column lookups.

use std::collections::BTreeMap;

use tantivy::{DocId, SegmentReader};

use crate::Result;
use crate::segments::all_terms;

/// The facet fields counted for every search.
pub const FACET_FIELDS: [&str; 4] = ["tag", "language", "district", "flag"];

pub struct FacetTable {
    /// Values of document `d`: `values[offsets[d]..offsets[d + 1]]`.
    offsets: Vec<u32>,
    values: Vec<u32>,
    /// Value number → (index into [`FACET_FIELDS`], value).
    names: Vec<(usize, String)>,
}

impl FacetTable {
    pub(crate) fn build(reader: &SegmentReader) -> Result<FacetTable> {
        let ff = reader.fast_fields();
        let mut columns = Vec::new();
        let mut names = Vec::new();
        for (i, field) in FACET_FIELDS.iter().enumerate() {
            let Some(col) = ff.str(field)? else { continue };
            let base = names.len() as u64;
            names.extend(all_terms(&col)?.into_iter().map(|s| (i, s)));
            columns.push((col, base));
        }
        let max_doc = reader.max_doc();
        let mut offsets = Vec::with_capacity(max_doc as usize + 1);
        let mut values = Vec::new();
        offsets.push(0);
        for doc in 0..max_doc {
            for (col, base) in &columns {
                values.extend(col.term_ords(doc).map(|o| (base + o) as u32));
            }
            offsets.push(values.len() as u32);
        }
        Ok(FacetTable {
            offsets,
            values,
            names,
        })
    }

    pub fn counter(&self) -> Vec<u32> {
        vec![0; self.names.len()]
    }

    pub fn count(&self, doc: DocId, counts: &mut [u32]) {
        let d = doc as usize;
        let (Some(&from), Some(&to)) = (self.offsets.get(d), self.offsets.get(d + 1)) else {
            return;
        };
        for &v in self
            .values
            .get(from as usize..to as usize)
            .unwrap_or_default()
        {
            if let Some(c) = counts.get_mut(v as usize) {
                *c += 1;
            }
        }
    }

    /// Field → value → count, leaving out values no match had.
    pub fn named(&self, counts: &[u32]) -> BTreeMap<String, BTreeMap<String, u64>> {
        let mut out: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
        for ((field, value), &n) in self.names.iter().zip(counts) {
            if n > 0 {
                out.entry(FACET_FIELDS[*field].to_string())
                    .or_default()
                    .insert(value.clone(), u64::from(n));
            }
        }
        out
    }
}
