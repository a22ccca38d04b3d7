//! A search request → a tantivy query → ranked hits with distances and facet counts.

use std::collections::BTreeMap;

use beratungsnetz_core::{geo::haversine_km, taxonomy};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, Query, TermQuery,
    TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value as _};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader, TantivyDocument, Term};

use crate::geo::{cells_for_circle, unpack};
use crate::index::{
    FLAG_BARRIER_FREE, FLAG_FREE, FLAG_STATEWIDE, GERMAN, MIN_PREFIX, RAW, SearchIndex, analyze,
    slot_term,
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

/// The facet fields counted for every search.
const FACET_FIELDS: [&str; 4] = ["tag", "language", "district", "flag"];

impl SearchIndex {
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResponse> {
        let understood: Vec<&'static taxonomy::Term> = if req.q.trim().is_empty() {
            Vec::new()
        } else {
            let mut terms = taxonomy::match_terms(&req.q);
            for t in self.curated_terms(&req.q) {
                if !terms.iter().any(|x| x.code == t.code) {
                    terms.push(t);
                }
            }
            terms
        };
        let mut resp = self.run(req, &understood, false)?;
        // Typos: only when the words as typed find nothing, to keep common queries fast.
        if resp.total == 0 && !req.q.trim().is_empty() {
            resp = self.run(req, &understood, true)?;
        }
        resp.understood = understood.iter().map(|t| t.code.to_string()).collect();
        Ok(resp)
    }

    fn run(
        &self,
        req: &SearchRequest,
        understood: &[&taxonomy::Term],
        fuzzy: bool,
    ) -> Result<SearchResponse> {
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
            Some(Box::new(ConstScoreQuery::new(
                Box::new(TermSetQuery::new(terms)),
                0.0,
            )))
        };
        let modes: Vec<String> = req.modes.iter().map(|m| format!("mode:{m}")).collect();
        let mut flags = Vec::new();
        if req.free {
            flags.push(FLAG_FREE.to_string());
        }
        if req.barrier_free {
            flags.push(FLAG_BARRIER_FREE.to_string());
        }
        let mut filters: Vec<Option<Box<dyn Query>>> = vec![
            any_of(f.tag, &req.needs),
            any_of(f.tag, &req.kinds),
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
        if let Some(near) = req.near
            && let Some(cells) = cells_for_circle(near.lat, near.lon, near.radius_km)
        {
            let mut terms: Vec<Term> = cells
                .iter()
                .map(|c| Term::from_field_text(f.cell, c))
                .collect();
            terms.push(Term::from_field_text(f.flag, FLAG_STATEWIDE));
            filters.push(Some(Box::new(ConstScoreQuery::new(
                Box::new(TermSetQuery::new(terms)),
                0.0,
            ))));
        }
        clauses.extend(filters.into_iter().flatten().map(|q| (Occur::Must, q)));
        let query: Box<dyn Query> = if clauses.is_empty() {
            Box::new(AllQuery)
        } else {
            Box::new(BooleanQuery::new(clauses))
        };

        let searcher = self.reader.searcher();
        let collector = HitCollector {
            near: req.near,
            sort: req.sort,
            keep: req.offset + req.limit,
            has_text,
            today: req.today,
            facets: req.facets,
        };
        let fruit = searcher.search(query.as_ref(), &collector)?;
        let mut hits = Vec::new();
        for c in fruit.top.into_iter().skip(req.offset).take(req.limit) {
            let doc: TantivyDocument = searcher.doc(c.address)?;
            let json = doc
                .get_first(f.summary)
                .and_then(|v| v.as_str())
                .ok_or(SearchError::Corrupt)?;
            let summary: Summary = serde_json::from_str(json).map_err(|_| SearchError::Corrupt)?;
            hits.push(Hit {
                summary,
                score: c.score,
                distance_km: c.distance,
            });
        }
        Ok(SearchResponse {
            total: fruit.total,
            hits,
            facets: split_facets(fruit.facets),
            understood: Vec::new(),
        })
    }

    /// Every word as typed (stemmed, with compounds found by prefix, typos by edit
    /// distance when asked), plus what the vocabulary understood: the tag, boosted, and
    /// the German words that describe it, for data that carries no tags of ours.
    fn text_query(&self, q: &str, understood: &[&taxonomy::Term], fuzzy: bool) -> Box<dyn Query> {
        let f = &self.fields;
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let stem_queries = |word: &str, weight: f32, out: &mut Vec<(Occur, Box<dyn Query>)>| {
            for stem in analyze(&self.index, GERMAN, word) {
                let name = TermQuery::new(
                    Term::from_field_text(f.name, &stem),
                    IndexRecordOption::WithFreqs,
                );
                let text = TermQuery::new(
                    Term::from_field_text(f.text, &stem),
                    IndexRecordOption::WithFreqs,
                );
                out.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(name), 2.0 * weight)),
                ));
                out.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(text), weight)),
                ));
            }
        };
        let prefix = |word: &str, score: f32| -> Option<Box<dyn Query>> {
            // Compounds: "schulden" → stem "schuld" → a word beginning so: "Schuldnerberatung".
            let stem = analyze(&self.index, GERMAN, word).into_iter().next()?;
            let n = stem.chars().count();
            if !(MIN_PREFIX..=24).contains(&n) {
                return None;
            }
            let tq = TermQuery::new(
                Term::from_field_text(f.prefix, &stem),
                IndexRecordOption::Basic,
            );
            Some(Box::new(ConstScoreQuery::new(Box::new(tq), score)))
        };
        for word in analyze(&self.index, RAW, q) {
            stem_queries(&word, 1.0, &mut should);
            if let Some(p) = prefix(&word, 0.5) {
                should.push((Occur::Should, p));
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
        // The German words of understood terms, once each (terms share many): they are
        // for data without our tags, and every clause costs on every query.
        let mut expansion = std::collections::BTreeSet::new();
        for t in understood {
            let tag = TermQuery::new(
                Term::from_field_text(f.tag, t.code),
                IndexRecordOption::Basic,
            );
            should.push((
                Occur::Should,
                Box::new(ConstScoreQuery::new(Box::new(tag), 3.0)),
            ));
            for g in t.german {
                for stem in analyze(&self.index, GERMAN, g) {
                    expansion.insert(stem);
                }
            }
        }
        for stem in expansion {
            for field in [f.name, f.text] {
                let q = TermQuery::new(
                    Term::from_field_text(field, &stem),
                    IndexRecordOption::WithFreqs,
                );
                should.push((Occur::Should, Box::new(BoostQuery::new(Box::new(q), 0.5))));
            }
        }
        if should.is_empty() {
            // Nothing searchable in the text (only punctuation): match nothing.
            return Box::new(tantivy::query::EmptyQuery);
        }
        Box::new(BooleanQuery::new(should))
    }
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
    near: Option<Near>,
    sort: Sort,
    keep: usize,
    has_text: bool,
    today: i64,
    facets: bool,
}

#[derive(Clone, Debug)]
struct Candidate {
    address: DocAddress,
    /// Smaller is better.
    key: f64,
    score: f32,
    distance: Option<f64>,
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
    loc: Column<u64>,
    verified: Column<i64>,
    statewide: Option<u64>,
    flag: Option<StrColumn>,
    name_key: Option<StrColumn>,
    facets: Vec<(String, StrColumn, Vec<u64>)>,
    total: u64,
    top: std::collections::BinaryHeap<Worst>,
}

/// Orders candidates so that the heap's top is the one to drop first.
struct Worst(Candidate);

impl PartialEq for Worst {
    fn eq(&self, other: &Self) -> bool {
        self.0.key.total_cmp(&other.0.key).is_eq()
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
        self.0.key.total_cmp(&other.0.key)
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
        let mut facets = Vec::new();
        for name in FACET_FIELDS.iter().filter(|_| self.facets) {
            if let Some(col) = ff.str(name)? {
                let n = col.num_terms();
                facets.push((name.to_string(), col, vec![0; n]));
            }
        }
        let flag = ff.str("flag")?;
        let statewide = flag
            .as_ref()
            .and_then(|c| c.dictionary().term_ord(FLAG_STATEWIDE).ok().flatten());
        Ok(SegmentHits {
            segment,
            params: (self.near, self.sort, self.keep, self.has_text, self.today),
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

fn sort_candidates(top: &mut [Candidate], sort: Sort) {
    if sort == Sort::Name {
        top.sort_by(|a, b| a.name.cmp(&b.name).then(a.key.total_cmp(&b.key)));
    } else {
        top.sort_by(|a, b| a.key.total_cmp(&b.key));
    }
}

impl SegmentCollector for SegmentHits {
    type Fruit = Fruit;

    fn collect(&mut self, doc: DocId, score: Score) {
        let (near, sort, keep, has_text, today) = self.params;
        let keep = keep.max(1);
        let statewide = match (self.statewide, &self.flag) {
            (Some(ord), Some(col)) => col.term_ords(doc).any(|o| o == ord),
            _ => false,
        };
        let distance = near.and_then(|n| {
            self.loc
                .values_for_doc(doc)
                .map(|v| {
                    let (lat, lon) = unpack(v);
                    haversine_km(n.lat, n.lon, lat, lon)
                })
                .min_by(f64::total_cmp)
        });
        if let Some(n) = near
            && !statewide
            && !distance.is_some_and(|d| d <= n.radius_km)
        {
            return;
        }
        self.total += 1;
        for (_, col, counts) in &mut self.facets {
            for ord in col.term_ords(doc) {
                if let Some(c) = counts.get_mut(ord as usize) {
                    *c += 1;
                }
            }
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
        let age = today - verified;
        let freshness = if verified <= 0 {
            0.7
        } else if age <= 365 {
            1.0
        } else if age <= 730 {
            0.85
        } else {
            0.7
        };
        let relevance = base * proximity * freshness;
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
        // A bounded heap whose top is the worst kept: most documents are rejected by
        // one comparison.
        if self.top.len() >= keep {
            match self.top.peek() {
                Some(worst) if key < worst.0.key => {
                    self.top.pop();
                }
                _ => return,
            }
        }
        self.top.push(Worst(Candidate {
            address: DocAddress::new(self.segment, doc),
            key,
            score: relevance as f32,
            distance,
            name: None,
        }));
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
        let mut facets = BTreeMap::new();
        for (field, col, counts) in self.facets {
            let mut values = BTreeMap::new();
            for (ord, n) in counts.into_iter().enumerate() {
                let mut s = String::new();
                if n > 0 && col.ord_to_str(ord as u64, &mut s).unwrap_or(false) {
                    values.insert(s, n);
                }
            }
            facets.insert(field, values);
        }
        Fruit {
            total: self.total,
            top,
            facets,
        }
    }
}
