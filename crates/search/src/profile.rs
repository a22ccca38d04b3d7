//! What case matching weighs of a service, read from the index's columns (fast fields)
//! rather than its stored summary: weighing a hundred services per need then reads no
//! document and parses no JSON; only the few services an answer names are read whole.

use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocId, SegmentReader};

use crate::doc::Slot;
use crate::flags::{FLAG_BARRIER_FREE, FLAG_FREE, FLAG_STATEWIDE};
use crate::packed::{unpack_ages, unpack_slot};
use crate::segments::all_terms;
use crate::{Result, SearchError};

/// A service as matching weighs it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Profile {
    pub id: String,
    /// Vocabulary codes.
    pub tags: Vec<String>,
    pub languages: Vec<String>,
    pub free: bool,
    pub barrier_free: bool,
    pub statewide: bool,
    /// `in_person`, `phone`, `video`.
    pub modes: Vec<String>,
    pub min_age: Option<u8>,
    pub max_age: Option<u8>,
    pub capacity: Option<f64>,
    pub slots: Vec<Slot>,
    /// Kilometres to its nearest place, when a place was searched.
    pub distance_km: Option<f64>,
}

impl Profile {
    /// Open on `weekday` (0 = Monday) at `minute` after midnight.
    pub fn open_now(&self, weekday: u8, minute: u16) -> bool {
        crate::doc::open_at(&self.slots, weekday, minute)
    }

    /// When it next opens after `weekday` at `minute`, within a week.
    pub fn next_opening(&self, weekday: u8, minute: u16) -> Option<(u8, u16)> {
        crate::doc::next_opening(&self.slots, weekday, minute)
    }
}

/// A dictionary-encoded column with all its terms decoded once per segment: tags,
/// languages and flags have tens of distinct values, ids one per service.
struct Terms {
    column: StrColumn,
    words: Vec<String>,
}

impl Terms {
    fn open(reader: &SegmentReader, field: &str) -> Result<Option<Terms>> {
        let Some(column) = reader.fast_fields().str(field)? else {
            return Ok(None);
        };
        let words = all_terms(&column)?;
        Ok(Some(Terms { column, words }))
    }

    fn of(&self, doc: DocId) -> impl Iterator<Item = &str> + '_ {
        self.column
            .term_ords(doc)
            .filter_map(|o| usize::try_from(o).ok().and_then(|o| self.words.get(o)))
            .map(String::as_str)
    }
}

/// The columns of one segment that a profile is read from, with the service ids decoded
/// once (segments never change).
pub(crate) struct Columns {
    id: Option<Terms>,
    tag: Option<Terms>,
    language: Option<Terms>,
    flag: Option<Terms>,
    ages: Column<u64>,
    capacity: Column<f64>,
    slot: Column<u64>,
}

impl Columns {
    pub(crate) fn open(reader: &SegmentReader) -> Result<Columns> {
        let ff = reader.fast_fields();
        Ok(Columns {
            id: Terms::open(reader, "id")?,
            tag: Terms::open(reader, "tag")?,
            language: Terms::open(reader, "language")?,
            flag: Terms::open(reader, "flag")?,
            ages: ff.u64("ages")?,
            capacity: ff.f64("capacity")?,
            slot: ff.u64("slot")?,
        })
    }

    pub(crate) fn profile(&self, doc: DocId, distance_km: Option<f64>) -> Result<Profile> {
        let id = self
            .id
            .as_ref()
            .and_then(|t| t.of(doc).next())
            .ok_or(SearchError::Corrupt)?
            .to_string();
        let all = |t: &Option<Terms>| -> Vec<String> {
            t.as_ref()
                .map(|t| t.of(doc).map(str::to_string).collect())
                .unwrap_or_default()
        };
        let mut p = Profile {
            id,
            tags: all(&self.tag),
            languages: all(&self.language),
            distance_km,
            ..Profile::default()
        };
        if let Some(flags) = &self.flag {
            for f in flags.of(doc) {
                match f {
                    FLAG_FREE => p.free = true,
                    FLAG_BARRIER_FREE => p.barrier_free = true,
                    FLAG_STATEWIDE => p.statewide = true,
                    _ => {
                        if let Some(mode) = f.strip_prefix("mode:") {
                            p.modes.push(mode.to_string());
                        }
                    }
                }
            }
        }
        (p.min_age, p.max_age) = self.ages.first(doc).map(unpack_ages).unwrap_or_default();
        p.capacity = self.capacity.first(doc);
        p.slots = self.slot.values_for_doc(doc).map(unpack_slot).collect();
        Ok(p)
    }
}
