//! A search request → a tantivy query → ranked hits with distances and facet counts.

use std::collections::BTreeMap;
use std::sync::Arc;

use beratungsnetz_core::freshness::ranking_factor;
use beratungsnetz_core::{geo::haversine_km, taxonomy};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value as _};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader, TantivyDocument, Term};

use crate::facets::FacetTable;
use crate::geo::{cells_for_circle, unpack};
use crate::index::{
    FLAG_BARRIER_FREE, FLAG_FREE, FLAG_STATEWIDE, GERMAN, MAX_PREFIX, MIN_PREFIX, RAW, SearchIndex,
    analyze, slot_term, tag_cell,
};
use crate::summary::Summary;
use crate::{Result, SearchError};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Text relevance weighed with distance and freshness.
    #[default]
    Relevance,
    Distance,
    Name,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Near {
    pub lat: f64,
    pub lon: f64,
    pub radius_km: f64,
}

#[derive(Clone, Debug, Default)]
pub struct SearchRequest {
    pub q: String,
    pub near: Option<Near>,
    /// Vocabulary codes; within one facet any may match, across facets all must.
    pub needs: Vec<String>,
    pub kinds: Vec<String>,
    pub targets: Vec<String>,
    /// Languages offered (ISO 639-1), any of them.
    pub languages: Vec<String>,
    /// District keys, any of them.
    pub districts: Vec<String>,
    pub free: bool,
    pub barrier_free: bool,
    /// `in_person`, `phone`, `video`: any of them.
    pub modes: Vec<String>,
    /// Open at (weekday 0 = Monday, minute of the day).
    pub open_at: Option<(u8, u16)>,
    /// Open at some time on this weekday.
    pub weekday: Option<u8>,
    pub sort: Sort,
    pub offset: usize,
    pub limit: usize,
    /// Today as days since 1970-01-01, for freshness.
    pub today: i64,
    /// Count facets over all matches (what a result page with filters shows).
    pub facets: bool,
}

#[derive(Clone, Debug)]
pub struct Hit {
    pub summary: Summary,
    pub score: f32,
    /// Kilometres to the nearest place of the service, when a place was searched.
    pub distance_km: Option<f64>,
}

#[derive(Clone, Debug, Default)]
pub struct SearchResponse {
    pub total: u64,
    pub hits: Vec<Hit>,
    /// Facet → value → number of matching services.
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
    /// Vocabulary terms the query text was understood as.
    pub understood: Vec<String>,
}

impl SearchIndex {
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResponse> {
        let understood = self.understood(&req.q);
        let mut resp = self.run(req, &understood, false)?;
        // Typos: only when the words as typed find nothing, to keep common queries fast.
        if resp.total == 0 && !req.q.trim().is_empty() {
            resp = self.run(req, &understood, true)?;
        }
        resp.understood = understood.iter().map(|t| t.code.to_string()).collect();
        Ok(resp)
    }

    /// The vocabulary terms the query text names, built in and curated.
    pub(crate) fn understood(&self, q: &str) -> Vec<&'static taxonomy::Term> {
        if q.trim().is_empty() {
            return Vec::new();
        }
        let mut terms = taxonomy::match_terms(q);
        for t in self.curated_terms(q) {
            if !terms.iter().any(|x| x.code == t.code) {
                terms.push(t);
            }
        }
        terms
    }

    fn run(
        &self,
        req: &SearchRequest,
        understood: &[&taxonomy::Term],
        fuzzy: bool,
    ) -> Result<SearchResponse> {
        let searcher = self.reader.searcher();
        let (total, top, facets) = self.candidates(&searcher, req, understood, fuzzy)?;
        let mut hits = Vec::new();
        for c in top.into_iter().skip(req.offset).take(req.limit) {
            let summary = self.summary_at(&searcher, c.address)?;
            hits.push(Hit {
                summary,
                score: c.score,
                distance_km: c.distance,
            });
        }
        Ok(SearchResponse {
            total,
            hits,
            facets: split_facets(facets),
            understood: Vec::new(),
        })
    }

    /// The request as a tantivy query, run through `searcher`: the ranked candidates (and,
    /// when asked, the facet counts), without reading any document.
    pub(crate) fn candidates(
        &self,
        searcher: &tantivy::Searcher,
        req: &SearchRequest,
        understood: &[&taxonomy::Term],
        fuzzy: bool,
    ) -> Result<Candidates> {
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let has_text = !req.q.trim().is_empty();
        if has_text {
            clauses.push((Occur::Must, self.text_query(&req.q, understood, fuzzy)));
        }
        let any_of = |field: Field, values: &[String]| -> Option<Box<dyn Query>> {
            if values.is_empty() {
                return None;
            }
            let terms: Vec<Term> = values
                .iter()
                .map(|v| Term::from_field_text(field, v))
                .collect();
            Some(any_term(terms))
        };
        let modes: Vec<String> = req.modes.iter().map(|m| format!("mode:{m}")).collect();
        let mut flags = Vec::new();
        if req.free {
            flags.push(FLAG_FREE.to_string());
        }
        if req.barrier_free {
            flags.push(FLAG_BARRIER_FREE.to_string());
        }
        let cells = req
            .near
            .and_then(|near| cells_for_circle(near.lat, near.lon, near.radius_km));
        // Around a place, the needs (or else the kinds) are searched there in one union
        // of tag-in-cell terms; the other facets filter as usual.
        let placed_tags = cells.as_ref().and(req.placed_tags());
        let with_needs = placed_tags.is_some() && !req.needs.is_empty();
        let with_kinds = placed_tags.is_some() && !with_needs;
        let mut filters: Vec<Option<Box<dyn Query>>> = vec![
            any_of(f.tag, if with_needs { &[] } else { &req.needs }),
            any_of(f.tag, if with_kinds { &[] } else { &req.kinds }),
            any_of(f.tag, &req.targets),
            any_of(f.language, &req.languages),
            any_of(f.district, &req.districts),
            any_of(f.flag, &modes),
        ];
        for flag in &flags {
            filters.push(any_of(f.flag, std::slice::from_ref(flag)));
        }
        if let Some((day, minute)) = req.open_at {
            filters.push(any_of(f.open, &[slot_term(day, minute)]));
        }
        if let Some(day) = req.weekday {
            filters.push(any_of(f.open, &[crate::doc::weekday_code(day).to_string()]));
        }
        if let Some(cells) = &cells {
            let terms: Vec<Term> = match placed_tags {
                Some(tags) => tags
                    .iter()
                    .flat_map(|t| {
                        cells
                            .iter()
                            .map(String::as_str)
                            .chain([FLAG_STATEWIDE])
                            .map(move |c| Term::from_field_text(f.tag_cell, &tag_cell(t, c)))
                    })
                    .collect(),
                None => cells
                    .iter()
                    .map(|c| Term::from_field_text(f.cell, c))
                    .chain([Term::from_field_text(f.flag, FLAG_STATEWIDE)])
                    .collect(),
            };
            filters.push(Some(any_term(terms)));
        }
        let only_text = filters.iter().all(Option::is_none) && req.near.is_none() && !fuzzy;
        clauses.extend(filters.into_iter().flatten().map(|q| (Occur::Must, q)));
        let query: Box<dyn Query> = if clauses.is_empty() {
            Box::new(AllQuery)
        } else {
            Box::new(BooleanQuery::new(clauses))
        };

        // Text alone, ranked by relevance, without facets: the pruned path.
        let (total, top, facets) =
            if has_text && only_text && req.sort == Sort::Relevance && !req.facets {
                let (total, top) = self.top_by_relevance(searcher, query.as_ref(), req)?;
                (total, top, BTreeMap::new())
            } else {
                let tables = if req.facets {
                    searcher
                        .segment_readers()
                        .iter()
                        .map(|r| self.facet_tables.get(searcher, r, FacetTable::build))
                        .collect::<Result<Vec<_>>>()?
                } else {
                    Vec::new()
                };
                let collector = HitCollector {
                    tables,
                    near: req.near,
                    sort: req.sort,
                    keep: req.offset + req.limit,
                    has_text,
                    today: req.today,
                };
                let fruit = searcher.search(query.as_ref(), &collector)?;
                (fruit.total, fruit.top, fruit.facets)
            };
        Ok((total, top, facets))
    }

    /// How far around the request's place its `keep` nearest matches should lie, judged
    /// by how many services of its needs (or else kinds) the coarse cells around the
    /// place hold: one term looked up per tag and cell, where each circle of
    /// `Snapshot::nearest` looks up one per tag and cell it covers.
    /// A little wider than the estimate, since a circle too small costs a second search
    /// and one too wide only a few more candidates. None: no estimate.
    pub(crate) fn expected_radius(
        &self,
        searcher: &tantivy::Searcher,
        req: &SearchRequest,
        keep: usize,
    ) -> Result<Option<f64>> {
        let (Some(tags), Some(near)) = (req.placed_tags(), req.near.filter(|_| keep > 0)) else {
            return Ok(None);
        };
        for (cell, area) in crate::geo::density_cells(near.lat, near.lon) {
            let mut n = 0;
            for t in tags {
                let term = Term::from_field_text(self.fields.tag_cell, &tag_cell(t, &cell));
                n += searcher.doc_freq(&term)?;
            }
            // Too few in the smaller cell say little about its density: the wider one.
            if n >= DENSITY_MIN {
                let density = n as f64 / area;
                let radius = (keep as f64 / (std::f64::consts::PI * density)).sqrt();
                return Ok(Some(radius * 1.5));
            }
        }
        // Hardly any around: the nearest lie far out.
        Ok(Some(near.radius_km))
    }

    /// The summary stored with the document at `address`.
    pub(crate) fn summary_at(
        &self,
        searcher: &tantivy::Searcher,
        address: DocAddress,
    ) -> Result<Summary> {
        let doc: TantivyDocument = searcher.doc(address)?;
        let json = doc
            .get_first(self.fields.summary)
            .and_then(|v| v.as_str())
            .ok_or(SearchError::Corrupt)?;
        serde_json::from_str(json).map_err(|_| SearchError::Corrupt)
    }

    /// The best hits of a text query by relevance and its number of matches, without
    /// scoring every match: the count runs unscored, and the ranking lets tantivy skip
    /// blocks of postings whose best text score cannot beat the worst hit kept (block-max
    /// WAND). Sound because freshness only lowers a score (a factor ≤ 1).
    fn top_by_relevance(
        &self,
        searcher: &tantivy::Searcher,
        query: &dyn Query,
        req: &SearchRequest,
    ) -> Result<(u64, Vec<Candidate>)> {
        use tantivy::query::EnableScoring;
        let counting = query.weight(EnableScoring::disabled_from_searcher(searcher))?;
        let scoring = query.weight(EnableScoring::enabled_from_searcher(searcher))?;
        let keep = (req.offset + req.limit).max(1);
        let mut top: std::collections::BinaryHeap<Worst> = std::collections::BinaryHeap::new();
        let mut total = 0u64;
        for (ord, reader) in searcher.segment_readers().iter().enumerate() {
            total += u64::from(counting.count(reader)?);
            let verified = reader.fast_fields().i64("verified")?;
            let alive = reader.alive_bitset();
            let threshold = |top: &std::collections::BinaryHeap<Worst>| -> Score {
                match top.peek() {
                    Some(worst) if top.len() >= keep => (-worst.0.key) as Score,
                    _ => Score::MIN,
                }
            };
            let start = threshold(&top);
            scoring.for_each_pruning(start, reader, &mut |doc, score| {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    let relevance =
                        score as f64 * ranking_factor(verified.first(doc).unwrap_or(0), req.today);
                    push_bounded(
                        &mut top,
                        keep,
                        Candidate {
                            address: DocAddress::new(ord as SegmentOrdinal, doc),
                            key: -relevance,
                            score: relevance as f32,
                            distance: None,
                            name: None,
                        },
                    );
                }
                threshold(&top)
            })?;
        }
        let mut top: Vec<Candidate> = top.into_iter().map(|w| w.0).collect();
        sort_candidates(&mut top, Sort::Relevance);
        Ok((total, top))
    }

    /// Every word as typed (stemmed, with compounds found by prefix, typos by edit
    /// distance when asked), plus what the vocabulary understood: the terms the services
    /// are about (their tags, and what their German text names; see `topics_of`).
    ///
    /// Without typos every clause is a plain scored term, which lets a search without
    /// filters skip the blocks of postings that cannot reach the top hits.
    fn text_query(&self, q: &str, understood: &[&taxonomy::Term], fuzzy: bool) -> Box<dyn Query> {
        let f = &self.fields;
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let scored = |field: Field, text: &str, boost: f32| -> (Occur, Box<dyn Query>) {
            let q = TermQuery::new(
                Term::from_field_text(field, text),
                IndexRecordOption::WithFreqs,
            );
            (Occur::Should, Box::new(BoostQuery::new(Box::new(q), boost)))
        };
        let mut seen = std::collections::BTreeSet::new();
        let words = analyze(&self.index, RAW, q);
        for (i, word) in words.iter().enumerate() {
            // A word that is part of what the vocabulary understood ("Jobcenter", "job
            // center" → benefits) counts mostly as that term: as a literal word it would
            // favour services that merely mention it ("… Kosten übernimmt das Jobcenter")
            // over those for the need. A word is part of it when the rest of the query
            // alone is no longer understood so.
            let explained = !understood.is_empty()
                && (words.len() == 1 || {
                    let rest: Vec<&str> = words
                        .iter()
                        .enumerate()
                        .filter(|(j, _)| *j != i)
                        .map(|(_, w)| w.as_str())
                        .collect();
                    let without = taxonomy::match_terms(&rest.join(" "));
                    understood
                        .iter()
                        .any(|u| !without.iter().any(|t| t.code == u.code))
                });
            let weight = if explained {
                EXPLAINED_WORD_WEIGHT
            } else {
                1.0
            };
            let word = word.clone();
            let stems = analyze(&self.index, GERMAN, &word);
            for stem in &stems {
                if seen.insert(stem.clone()) {
                    should.push(scored(f.name, stem, 2.0 * weight));
                    should.push(scored(f.text, stem, weight));
                }
            }
            // Compounds: "schulden" → stem "schuld" → a word beginning so: "Schuldnerberatung".
            if let Some(stem) = stems.first()
                && (MIN_PREFIX..=MAX_PREFIX).contains(&stem.chars().count())
                && seen.insert(format!("prefix:{stem}"))
            {
                should.push(scored(f.prefix, stem, 0.5 * weight));
            }
            let len = word.chars().count();
            if fuzzy && len >= 5 {
                let distance = if len >= 8 { 2 } else { 1 };
                let fq = FuzzyTermQuery::new(Term::from_field_text(f.raw, &word), distance, true);
                should.push((
                    Occur::Should,
                    Box::new(ConstScoreQuery::new(Box::new(fq), 0.3)),
                ));
            }
        }
        for t in understood {
            should.push(scored(f.about, t.code, ABOUT_BOOST));
            // Curated tags weigh again: a service *for* the need outranks one whose text
            // merely names the word ("… Kosten übernimmt das Jobcenter").
            let tagged = TermQuery::new(
                Term::from_field_text(f.tag, t.code),
                IndexRecordOption::Basic,
            );
            should.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(tagged), TAG_BOOST)),
            ));
        }
        if should.is_empty() {
            // Nothing searchable in the text (only punctuation): match nothing.
            return Box::new(tantivy::query::EmptyQuery);
        }
        Box::new(BooleanQuery::new(should))
    }
}

/// Weight of a vocabulary term the query was understood as. Above the name's 2: a word
/// the vocabulary knows ("Jobcenter") is a need first, and a service that merely mentions
/// the word in its text ("… Kosten übernimmt das Jobcenter") must not outrank the
/// services for that need.
const ABOUT_BOOST: f32 = 3.0;

/// Weight of a curated tag matching an understood term, on top of [`ABOUT_BOOST`].
const TAG_BOOST: f32 = 1.5;

/// How much a word the vocabulary explains still counts as the word it is.
const EXPLAINED_WORD_WEIGHT: f32 = 0.3;

impl SearchRequest {
    /// The tags searched in their cells around a place: the needs, or else the kinds.
    fn placed_tags(&self) -> Option<&[String]> {
        [&self.needs, &self.kinds]
            .into_iter()
            .find(|tags| !tags.is_empty())
            .map(Vec::as_slice)
    }
}

/// Matches a coarse cell must hold for its density to be trusted.
const DENSITY_MIN: u64 = 8;

/// Documents carrying any of the terms, unscored. A union of term postings rather than a
/// `TermSetQuery`: that builds an FST of the terms on every query, which cost more than
/// the whole search of a place.
fn any_term(terms: Vec<Term>) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = terms
        .into_iter()
        .map(|t| {
            let q: Box<dyn Query> = Box::new(TermQuery::new(t, IndexRecordOption::Basic));
            (Occur::Should, q)
        })
        .collect();
    let inner = if clauses.len() == 1 {
        clauses.remove(0).1
    } else {
        Box::new(BooleanQuery::new(clauses))
    };
    Box::new(ConstScoreQuery::new(inner, 0.0))
}

/// `tag` values are split by their prefix into the facets need / kind / target.
fn split_facets(
    raw: BTreeMap<String, BTreeMap<String, u64>>,
) -> BTreeMap<String, BTreeMap<String, u64>> {
    let mut out: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for (field, values) in raw {
        for (value, n) in values {
            let facet = match field.as_str() {
                "tag" => match value.split_once(':') {
                    Some(("need", _)) => "need",
                    Some(("kind", _)) => "kind",
                    Some(("target", _)) => "target",
                    _ => "tag",
                },
                "flag" => match value.split_once(':') {
                    Some(("mode", _)) => "mode",
                    _ => "flag",
                },
                other => other,
            };
            *out.entry(facet.to_string())
                .or_default()
                .entry(value)
                .or_default() += n;
        }
    }
    out
}

// ---------------------------------------------------------------------------
// The collector: filters by exact distance, scores, keeps the best, counts facets.

struct HitCollector {
    /// Facet tables by segment ordinal; empty when facets are not counted.
    tables: Vec<Arc<FacetTable>>,
    near: Option<Near>,
    sort: Sort,
    keep: usize,
    has_text: bool,
    today: i64,
}

/// How many matched, the best of them in order, and the facet counts.
pub(crate) type Candidates = (u64, Vec<Candidate>, BTreeMap<String, BTreeMap<String, u64>>);

#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub(crate) address: DocAddress,
    /// Smaller is better.
    key: f64,
    pub(crate) score: f32,
    pub(crate) distance: Option<f64>,
    name: Option<String>,
}

struct Fruit {
    total: u64,
    top: Vec<Candidate>,
    facets: BTreeMap<String, BTreeMap<String, u64>>,
}

struct SegmentHits {
    segment: SegmentOrdinal,
    params: (Option<Near>, Sort, usize, bool, i64),
    /// A box around the circle searched: a place outside it is beyond the radius
    /// without working out the distance.
    bounds: Option<Bounds>,
    loc: Column<u64>,
    verified: Column<i64>,
    statewide: Option<u64>,
    flag: Option<StrColumn>,
    name_key: Option<StrColumn>,
    facets: Option<(Arc<FacetTable>, Vec<u32>)>,
    total: u64,
    top: std::collections::BinaryHeap<Worst>,
}

/// Latitudes and longitudes (degrees) that a point within a circle must lie between.
#[derive(Clone, Copy, Debug)]
struct Bounds {
    lat: (f64, f64),
    lon: (f64, f64),
}

impl Bounds {
    /// The box around `near`; none where it would reach a pole or the date line.
    fn around(near: Near) -> Option<Bounds> {
        // A hair wider than exact, so rounding never drops a place on the circle.
        let angle = near.radius_km / beratungsnetz_core::geo::EARTH_RADIUS_KM * 1.0001;
        let dlat = angle.to_degrees();
        let (south, north) = (near.lat - dlat, near.lat + dlat);
        if south <= -90.0 || north >= 90.0 {
            return None;
        }
        // On a great circle between two points of these latitudes, the difference in
        // longitude is at most this (from the haversine formula, at the widest latitude).
        let widest = south.abs().max(north.abs()).to_radians().cos();
        let s = (angle / 2.0).sin() / widest;
        if s >= 1.0 {
            return None;
        }
        let dlon = (2.0 * s.asin()).to_degrees();
        let (west, east) = (near.lon - dlon, near.lon + dlon);
        if west <= -180.0 || east >= 180.0 {
            return None;
        }
        Some(Bounds {
            lat: (south, north),
            lon: (west, east),
        })
    }

    fn contains(&self, lat: f64, lon: f64) -> bool {
        (self.lat.0..=self.lat.1).contains(&lat) && (self.lon.0..=self.lon.1).contains(&lon)
    }
}

/// Orders candidates so that the heap's top is the one to drop first.
struct Worst(Candidate);

/// Best first, and a total order: hits that rank equally keep one order (by their place
/// in the index), so that pages of one search neither repeat nor skip them.
fn rank_order(a: &Candidate, b: &Candidate) -> std::cmp::Ordering {
    a.key
        .total_cmp(&b.key)
        .then_with(|| a.address.cmp(&b.address))
}

impl PartialEq for Worst {
    fn eq(&self, other: &Self) -> bool {
        rank_order(&self.0, &other.0).is_eq()
    }
}
impl Eq for Worst {}
impl PartialOrd for Worst {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Worst {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        rank_order(&self.0, &other.0)
    }
}

impl Collector for HitCollector {
    type Fruit = Fruit;
    type Child = SegmentHits;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentHits> {
        let ff = reader.fast_fields();
        let facets = self
            .tables
            .get(segment as usize)
            .map(|t| (t.clone(), t.counter()));
        let flag = ff.str("flag")?;
        let statewide = flag
            .as_ref()
            .and_then(|c| c.dictionary().term_ord(FLAG_STATEWIDE).ok().flatten());
        Ok(SegmentHits {
            segment,
            params: (self.near, self.sort, self.keep, self.has_text, self.today),
            bounds: self.near.and_then(Bounds::around),
            loc: ff.u64("loc")?,
            verified: ff.i64("verified")?,
            statewide,
            flag,
            name_key: if self.sort == Sort::Name {
                ff.str("name_key")?
            } else {
                None
            },
            facets,
            total: 0,
            top: std::collections::BinaryHeap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.has_text
    }

    fn merge_fruits(&self, fruits: Vec<Fruit>) -> tantivy::Result<Fruit> {
        let mut total = 0;
        let mut top = Vec::new();
        let mut facets: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
        for f in fruits {
            total += f.total;
            top.extend(f.top);
            for (field, values) in f.facets {
                let into = facets.entry(field).or_default();
                for (v, n) in values {
                    *into.entry(v).or_default() += n;
                }
            }
        }
        sort_candidates(&mut top, self.sort);
        top.truncate(self.keep);
        Ok(Fruit { total, top, facets })
    }
}

/// A bounded heap whose top is the worst kept: most candidates are rejected by one
/// comparison.
fn push_bounded(top: &mut std::collections::BinaryHeap<Worst>, keep: usize, c: Candidate) {
    if top.len() >= keep {
        match top.peek() {
            Some(worst) if rank_order(&c, &worst.0).is_lt() => {
                top.pop();
            }
            _ => return,
        }
    }
    top.push(Worst(c));
}

fn sort_candidates(top: &mut [Candidate], sort: Sort) {
    if sort == Sort::Name {
        top.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| rank_order(a, b)));
    } else {
        top.sort_by(rank_order);
    }
}

impl SegmentCollector for SegmentHits {
    type Fruit = Fruit;

    fn collect(&mut self, doc: DocId, score: Score) {
        let (near, sort, keep, has_text, today) = self.params;
        let keep = keep.max(1);
        // Only a search by place asks whether a service works statewide.
        let statewide = match (near, self.statewide, &self.flag) {
            (Some(_), Some(ord), Some(col)) => col.term_ords(doc).any(|o| o == ord),
            _ => false,
        };
        // A statewide service shows its distance even beyond the radius.
        let bounds = if statewide { None } else { self.bounds };
        let distance = near.and_then(|n| {
            self.loc
                .values_for_doc(doc)
                .map(unpack)
                .filter(|&(lat, lon)| bounds.is_none_or(|b| b.contains(lat, lon)))
                .map(|(lat, lon)| haversine_km(n.lat, n.lon, lat, lon))
                .min_by(f64::total_cmp)
        });
        if let Some(n) = near
            && !statewide
            && !distance.is_some_and(|d| d <= n.radius_km)
        {
            return;
        }
        self.total += 1;
        if let Some((table, counts)) = &mut self.facets {
            table.count(doc, counts);
        }
        let base = if has_text { score as f64 } else { 1.0 };
        let proximity = match (near, distance) {
            (Some(n), Some(d)) => {
                let f = 1.0 / (1.0 + d / (n.radius_km / 2.0).max(5.0));
                if statewide { f.max(0.6) } else { f }
            }
            (Some(_), None) => 0.6,
            (None, _) => 1.0,
        };
        let verified = self.verified.first(doc).unwrap_or(0);
        let relevance = base * proximity * ranking_factor(verified, today);
        let key = match sort {
            Sort::Relevance => -relevance,
            Sort::Distance => distance.unwrap_or(f64::MAX),
            // Within a segment, term ordinals sort like the names themselves.
            Sort::Name => self
                .name_key
                .as_ref()
                .and_then(|c| c.term_ords(doc).next())
                .map_or(f64::MAX, |o| o as f64),
        };
        push_bounded(
            &mut self.top,
            keep,
            Candidate {
                address: DocAddress::new(self.segment, doc),
                key,
                score: relevance as f32,
                distance,
                name: None,
            },
        );
    }

    fn harvest(self) -> Fruit {
        let mut top: Vec<Candidate> = self
            .top
            .into_sorted_vec()
            .into_iter()
            .map(|w| w.0)
            .collect();
        if let Some(col) = &self.name_key {
            for c in &mut top {
                let mut s = String::new();
                if let Some(ord) = col.term_ords(c.address.doc_id).next()
                    && col.ord_to_str(ord, &mut s).unwrap_or(false)
                {
                    c.name = Some(s);
                }
            }
        }
        let facets = self
            .facets
            .map(|(table, counts)| table.named(&counts))
            .unwrap_or_default();
        Fruit {
            total: self.total,
            top,
            facets,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every place within the radius lies in the box, wherever the circle is (the box
    /// may only ever save work, never drop a hit).
    #[test]
    fn the_box_holds_every_place_within_the_radius() {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 11) as f64 / (1u64 << 53) as f64
        };
        let mut checked = 0;
        for _ in 0..2000 {
            let near = Near {
                lat: next() * 170.0 - 85.0,
                lon: next() * 350.0 - 175.0,
                radius_km: 1.0 + next() * 500.0,
            };
            let Some(b) = Bounds::around(near) else {
                continue;
            };
            for _ in 0..200 {
                let lat = near.lat + (next() * 2.0 - 1.0) * (b.lat.1 - b.lat.0);
                let lon = near.lon + (next() * 2.0 - 1.0) * (b.lon.1 - b.lon.0);
                if haversine_km(near.lat, near.lon, lat, lon) <= near.radius_km {
                    assert!(b.contains(lat, lon), "{near:?} drops {lat}, {lon}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 10_000, "only {checked} places inside");
        // Sachsen-Anhalt: Halle with 25 km is boxed, and Magdeburg (75 km) lies outside.
        let b = Bounds::around(Near {
            lat: 51.48,
            lon: 11.97,
            radius_km: 25.0,
        })
        .unwrap();
        assert!(b.contains(51.355, 11.99) && !b.contains(52.13, 11.62));
    }
}
