//! The tantivy index: schema, analyzers, writing documents.

use std::path::Path;
use std::sync::Mutex;

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};
use tantivy::{
    Index, IndexReader, IndexSettings, IndexWriter, ReloadPolicy, TantivyDocument, Term,
};

use crate::doc::{ServiceDoc, weekday_code};
use crate::geo::{cells_for_point, pack};
use crate::{Result, SearchError};

/// German text: stemmed, then folded (the stemmer knows umlauts, folding makes
/// "Strasse" meet "Straße").
pub const GERMAN: &str = "de_stem";
/// Unstemmed, folded words: for prefixes (compounds) and typos.
pub const RAW: &str = "de_raw";

/// Bump when the schema or the analyzers change: an index of another version is rebuilt.
pub const SCHEMA_VERSION: u32 = 7;

/// Words are indexed under each of their beginnings of this many letters and more, so a
/// compound is found by its first part with one term lookup ("schuld" → "schuldnerberatung").
pub const MIN_PREFIX: usize = 4;
pub const MAX_PREFIX: usize = 24;

#[derive(Clone, Copy)]
pub struct Fields {
    pub id: Field,
    pub name: Field,
    pub text: Field,
    pub raw: Field,
    pub prefix: Field,
    pub tag: Field,
    /// Vocabulary terms a service is about: its own tags (weighted) and those its German
    /// text names, so a query understood as a term needs one posting list for it.
    pub about: Field,
    pub language: Field,
    pub district: Field,
    pub flag: Field,
    pub open: Field,
    pub cell: Field,
    /// A tag and a cell (or `statewide`) in one term, `need:debts@1:257:71`: a search
    /// for a need around a place reads the postings of that need there, not every
    /// service of the need in the country meeting every service of the place.
    pub tag_cell: Field,
    pub loc: Field,
    pub verified: Field,
    pub name_key: Field,
    /// What case matching weighs besides tags, languages and flags, as columns: matching
    /// weighs a hundred services per need without reading one document.
    pub ages: Field,
    pub capacity: Field,
    pub slot: Field,
    pub summary: Field,
}

pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |analyzer: &str, record: IndexRecordOption| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzer)
                .set_index_option(record),
        )
    };
    let fields = Fields {
        id: b.add_text_field("id", STRING | STORED | FAST),
        name: b.add_text_field("name", text(GERMAN, IndexRecordOption::WithFreqs)),
        text: b.add_text_field("text", text(GERMAN, IndexRecordOption::WithFreqs)),
        raw: b.add_text_field("raw", text(RAW, IndexRecordOption::Basic)),
        // With frequencies: a union of plain scored terms lets tantivy skip whole blocks
        // that cannot reach the top hits (block-max WAND).
        prefix: b.add_text_field("prefix", text("raw", IndexRecordOption::WithFreqs)),
        tag: b.add_text_field("tag", STRING | FAST),
        about: b.add_text_field("about", text("raw", IndexRecordOption::WithFreqs)),
        language: b.add_text_field("language", STRING | FAST),
        district: b.add_text_field("district", STRING | FAST),
        flag: b.add_text_field("flag", STRING | FAST),
        open: b.add_text_field("open", STRING),
        cell: b.add_text_field("cell", STRING),
        tag_cell: b.add_text_field("tag_cell", STRING),
        loc: b.add_u64_field("loc", FAST),
        verified: b.add_i64_field("verified", FAST | INDEXED),
        name_key: b.add_text_field("name_key", STRING | FAST),
        ages: b.add_u64_field("ages", FAST),
        capacity: b.add_f64_field("capacity", FAST),
        slot: b.add_u64_field("slot", FAST),
        summary: b.add_text_field("summary", STORED),
    };
    (b.build(), fields)
}

/// The stored summaries are read for every hit shown: uncompressed, in small blocks, a
/// hit costs a copy instead of decompressing 16 KB (the index grows by about a third).
fn settings() -> IndexSettings {
    IndexSettings {
        docstore_compression: tantivy::store::Compressor::None,
        docstore_blocksize: 4096,
        ..IndexSettings::default()
    }
}

fn register_analyzers(index: &Index) {
    let german = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(Stemmer::new(Language::German))
        .filter(AsciiFoldingFilter)
        .build();
    let raw = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    index.tokenizers().register(GERMAN, german);
    index.tokenizers().register(RAW, raw);
}

/// Runs a string through one of our analyzers.
pub fn analyze(index: &Index, analyzer: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(mut a) = index.tokenizers().get(analyzer) {
        let mut stream = a.token_stream(text);
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
    }
    out
}

/// Takes the lock every writer of the index in `dir` holds (a running `serve` or
/// `reindex`), so that none starts while it is kept; None when one holds it now. Both
/// are advisory `flock`s on tantivy's own lock file.
pub fn hold_writer_lock(dir: &Path) -> Result<Option<std::fs::File>> {
    let io = |e: std::io::Error| SearchError::Io(e.to_string());
    std::fs::create_dir_all(dir).map_err(io)?;
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(dir.join(&tantivy::directory::INDEX_WRITER_LOCK.filepath))
        .map_err(io)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(e)) => Err(io(e)),
    }
}

pub use crate::flags::{FLAG_BARRIER_FREE, FLAG_FREE, FLAG_STATEWIDE};

pub struct SearchIndex {
    pub(crate) index: Index,
    pub(crate) reader: IndexReader,
    writer: Mutex<IndexWriter>,
    pub(crate) fields: Fields,
    /// The German words of every vocabulary term, as stems (each phrase all its words).
    topics: Vec<(&'static str, Vec<Vec<String>>)>,
    pub(crate) facet_tables: crate::segments::SegmentCache<crate::facets::FacetTable>,
    pub(crate) profile_columns: crate::segments::SegmentCache<crate::profile::Columns>,
    /// Moves on whenever what a search answers may change (commit, merge, vocabulary).
    generation: std::sync::atomic::AtomicU64,
    /// The change-log position of the last commit (0 before the first).
    position: std::sync::atomic::AtomicI64,
    /// Synonyms coordinators added: (normalized word or phrase, term).
    curated: std::sync::RwLock<Vec<(String, &'static beratungsnetz_core::taxonomy::Term)>>,
    /// The index's files when it lives on disk. tantivy's `MmapDirectory` remembers every
    /// file it ever mapped, a path and a weak reference each, and forgets the dead ones
    /// only when asked for its cache info. Every commit writes new files (an edit: a
    /// segment and a deletion file), so unasked the map grew with every edit for the
    /// server's life: the soak's climbing memory.
    mapped: Option<tantivy::directory::MmapDirectory>,
}

impl SearchIndex {
    /// An index in memory (tests, and nodes that rebuild on start).
    pub fn in_memory() -> Result<SearchIndex> {
        let (schema, fields) = schema();
        let index = Index::builder()
            .schema(schema)
            .settings(settings())
            .create_in_ram()?;
        Self::from_index(index, fields, None)
    }

    /// Opens the index in `dir`, creating it (or recreating it, if it was written by
    /// another schema version).
    pub fn open_dir(dir: &Path) -> Result<(SearchIndex, Option<i64>)> {
        let (schema, fields) = schema();
        std::fs::create_dir_all(dir).map_err(|e| SearchError::Io(e.to_string()))?;
        let mapped = tantivy::directory::MmapDirectory::open(dir)
            .map_err(|e| SearchError::Io(e.to_string()))?;
        let existing = Index::open(mapped.clone()).ok();
        if let Some(index) = existing
            && index.schema() == schema
        {
            let payload = index.load_metas()?.payload;
            let seq = payload.as_deref().and_then(parse_payload);
            if let Some(seq) = seq {
                let opened = Self::from_index(index, fields, Some(mapped))?;
                opened
                    .position
                    .store(seq, std::sync::atomic::Ordering::Release);
                return Ok((opened, Some(seq)));
            }
        }
        // Missing, foreign or unfinished: start afresh.
        for entry in std::fs::read_dir(dir).map_err(|e| SearchError::Io(e.to_string()))? {
            let Ok(entry) = entry else { continue };
            let _ = std::fs::remove_file(entry.path());
        }
        let index = Index::create(mapped.clone(), schema, settings())?;
        Ok((Self::from_index(index, fields, Some(mapped))?, None))
    }

    fn from_index(
        index: Index,
        fields: Fields,
        mapped: Option<tantivy::directory::MmapDirectory>,
    ) -> Result<SearchIndex> {
        register_analyzers(&index);
        let writer = index.writer(64_000_000)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let topics = beratungsnetz_core::taxonomy::terms()
            .iter()
            .map(|t| {
                let phrases = t
                    .german
                    .iter()
                    .map(|g| analyze(&index, GERMAN, g))
                    .filter(|stems| !stems.is_empty())
                    .collect();
                (t.code, phrases)
            })
            .collect();
        Ok(SearchIndex {
            index,
            reader,
            writer: Mutex::new(writer),
            fields,
            topics,
            facet_tables: Default::default(),
            profile_columns: Default::default(),
            generation: Default::default(),
            position: Default::default(),
            curated: std::sync::RwLock::new(Vec::new()),
            mapped,
        })
    }

    /// Lets tantivy forget the files no reader maps any more (see `mapped`); called
    /// whenever the readers move on to other files.
    fn forget_unmapped(&self) {
        if let Some(mapped) = &self.mapped {
            mapped.get_cache_info();
        }
    }

    /// Sets the synonyms coordinators added ((term code, word) pairs; unknown codes are
    /// left out).
    pub fn set_curated(&self, pairs: &[(String, String)]) {
        use beratungsnetz_core::taxonomy;
        let curated = pairs
            .iter()
            .filter_map(|(code, word)| {
                let w = taxonomy::normalize(word);
                (!w.is_empty()).then_some(w).zip(taxonomy::term(code))
            })
            .collect();
        if let Ok(mut c) = self.curated.write() {
            *c = curated;
        }
        self.bump();
    }

    /// The terms whose curated synonyms stand in the query as whole words.
    pub(crate) fn curated_terms(
        &self,
        query: &str,
    ) -> Vec<&'static beratungsnetz_core::taxonomy::Term> {
        let q = format!(" {} ", beratungsnetz_core::taxonomy::normalize(query));
        let Ok(curated) = self.curated.read() else {
            return Vec::new();
        };
        curated
            .iter()
            .filter(|(w, _)| q.contains(&format!(" {w} ")))
            .map(|(_, t)| *t)
            .collect()
    }

    /// Replaces (or adds) the documents of these services and removes `deleted`; then
    /// commits with the change-log position reached and makes it searchable.
    pub fn apply(&self, docs: &[ServiceDoc], deleted: &[String], seq: i64) -> Result<()> {
        let writer = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        for id in deleted {
            writer.delete_term(Term::from_field_text(self.fields.id, id));
        }
        for d in docs {
            writer.delete_term(Term::from_field_text(self.fields.id, &d.id));
            writer.add_document(self.to_document(d))?;
        }
        drop(writer);
        self.commit(seq)
    }

    /// Adds documents without committing (a rebuild commits once at the end).
    pub fn add(&self, docs: &[ServiceDoc]) -> Result<()> {
        let writer = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        for d in docs {
            writer.add_document(self.to_document(d))?;
        }
        Ok(())
    }

    /// Empties the index (before a full rebuild).
    pub fn clear(&self) -> Result<()> {
        let writer = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        writer.delete_all_documents()?;
        Ok(())
    }

    /// Drops every change not committed yet (a rebuild that failed half-way).
    pub fn rollback(&self) -> Result<()> {
        let mut writer = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        writer.rollback()?;
        Ok(())
    }

    fn commit(&self, seq: i64) -> Result<()> {
        let mut writer = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(&format!("v{SCHEMA_VERSION}:{seq}"));
        prepared.commit()?;
        drop(writer);
        self.position
            .store(seq, std::sync::atomic::Ordering::Release);
        self.reader.reload()?;
        self.forget_unmapped();
        self.bump();
        Ok(())
    }

    /// The change-log position the searchable index reflects (its lag behind the log is
    /// a metric).
    pub fn position(&self) -> i64 {
        self.position.load(std::sync::atomic::Ordering::Acquire)
    }

    /// Changes whenever a search may answer differently: caches of answers key on it.
    pub fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::Acquire)
    }

    fn bump(&self) {
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    }

    /// Merges every segment into one (after a full rebuild: each segment costs every query
    /// a term lookup per word and its own postings setup), then makes it searchable.
    pub fn merge_all(&self) -> Result<()> {
        let ids = self.index.searchable_segment_ids()?;
        if ids.len() <= 1 {
            return Ok(());
        }
        let mut writer = self.writer.lock().map_err(|_| SearchError::Poisoned)?;
        // Refused while a background merge holds some of them: those end up merged
        // anyway, so this only costs the query time it was meant to save.
        if let Err(e) = writer.merge(&ids).wait() {
            tracing::debug!(error = %e, "merging all segments skipped");
            return Ok(());
        }
        drop(writer);
        self.reader.reload()?;
        self.forget_unmapped();
        self.bump();
        Ok(())
    }

    /// Segments the searcher reads (each costs a term lookup per query word).
    pub fn segments(&self) -> usize {
        self.reader.searcher().segment_readers().len()
    }

    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// The vocabulary terms a service is about, with a weight (as term frequency): 3 for
    /// its own tags, 1 for a term whose German words (every word of one phrase) stand in
    /// its name or text. Imported data without our tags is found through the second.
    pub(crate) fn topics_of(&self, d: &ServiceDoc) -> Vec<(&'static str, u32)> {
        let stems: std::collections::HashSet<String> =
            analyze(&self.index, GERMAN, &format!("{}\n{}", d.name, d.text))
                .into_iter()
                .collect();
        self.topics
            .iter()
            .filter_map(|(code, phrases)| {
                if d.tags.iter().any(|t| t == code) {
                    Some((*code, 3))
                } else if phrases
                    .iter()
                    .any(|p| p.iter().all(|stem| stems.contains(stem)))
                {
                    Some((*code, 1))
                } else {
                    None
                }
            })
            .collect()
    }

    fn to_document(&self, d: &ServiceDoc) -> TantivyDocument {
        let f = &self.fields;
        let mut doc = TantivyDocument::default();
        doc.add_text(f.id, &d.id);
        doc.add_text(f.name, &d.name);
        doc.add_text(f.text, &d.text);
        // The name again in the text: BM25 over the text sees the whole service, and a
        // word of the name weighs in both fields.
        doc.add_text(f.text, &d.name);
        let raw = format!("{}\n{}\n{}", d.name, d.organization, d.text);
        let mut prefixes = std::collections::BTreeSet::new();
        for word in analyze(&self.index, RAW, &raw) {
            let chars: Vec<char> = word.chars().collect();
            for n in MIN_PREFIX..=chars.len().min(MAX_PREFIX) {
                prefixes.insert(chars[..n].iter().collect::<String>());
            }
        }
        for p in prefixes {
            doc.add_text(f.prefix, p);
        }
        doc.add_text(f.raw, raw);
        for t in &d.tags {
            doc.add_text(f.tag, t);
        }
        for (code, weight) in self.topics_of(d) {
            for _ in 0..weight {
                doc.add_text(f.about, code);
            }
        }
        for l in &d.languages {
            doc.add_text(f.language, l);
        }
        for x in &d.districts {
            doc.add_text(f.district, x);
        }
        let flags = [
            (d.free, FLAG_FREE),
            (d.barrier_free, FLAG_BARRIER_FREE),
            (d.statewide, FLAG_STATEWIDE),
        ];
        for (on, flag) in flags {
            if on {
                doc.add_text(f.flag, flag);
            }
        }
        for m in &d.modes {
            doc.add_text(f.flag, format!("mode:{m}"));
        }
        let mut days = std::collections::BTreeSet::new();
        let mut half_hours = std::collections::BTreeSet::new();
        for s in &d.slots {
            days.insert(s.weekday);
            let mut t = s.opens - s.opens % 30;
            while t < s.closes {
                half_hours.insert((s.weekday, t));
                t += 30;
            }
        }
        for day in days {
            doc.add_text(f.open, weekday_code(day));
        }
        for (day, t) in half_hours {
            doc.add_text(f.open, slot_term(day, t));
        }
        for s in &d.slots {
            doc.add_u64(f.slot, crate::packed::pack_slot(s));
        }
        if let Some(ages) = crate::packed::pack_ages(d.min_age, d.max_age) {
            doc.add_u64(f.ages, ages);
        }
        if let Some(n) = d.capacity {
            doc.add_f64(f.capacity, n);
        }
        let mut cells = std::collections::BTreeSet::new();
        for p in &d.places {
            doc.add_u64(f.loc, pack(p.lat, p.lon));
            cells.extend(cells_for_point(p.lat, p.lon));
        }
        for t in &d.tags {
            for c in &cells {
                doc.add_text(f.tag_cell, tag_cell(t, c));
            }
            if d.statewide {
                doc.add_text(f.tag_cell, tag_cell(t, FLAG_STATEWIDE));
            }
        }
        for c in cells {
            doc.add_text(f.cell, c);
        }
        doc.add_i64(f.verified, d.verified_day.unwrap_or(0));
        doc.add_text(f.name_key, beratungsnetz_core::taxonomy::normalize(&d.name));
        doc.add_text(f.summary, crate::summary::Summary::of(d).to_json());
        doc
    }
}

/// The term of a tag in a cell (or statewide).
pub fn tag_cell(tag: &str, cell: &str) -> String {
    format!("{tag}@{cell}")
}

/// The term of one half-hour a service is open: `MO-0930`.
pub fn slot_term(day: u8, minute: u16) -> String {
    let m = minute - minute % 30;
    format!("{}-{:02}{:02}", weekday_code(day), m / 60, m % 60)
}

fn parse_payload(p: &str) -> Option<i64> {
    let (version, seq) = p.split_once(':')?;
    (version == format!("v{SCHEMA_VERSION}")).then_some(())?;
    seq.parse().ok()
}
