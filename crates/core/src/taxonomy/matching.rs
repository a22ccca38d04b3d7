//! From a typed query to vocabulary terms: words and phrases as listed, their word forms
//! (see `stem`), prefixes and German compounds.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::{TERMS, Term, normalize, stem, words_as_typed};

/// Everyday short words of English and German. A synonym that only folds onto one of them
/// ("iş" → "is") matches a query word typed with its own letters, so that "what is debt"
/// is not about work.
const COMMON_WORDS: &[&str] = &[
    "a", "i", "am", "an", "as", "at", "be", "by", "do", "in", "is", "it", "me", "my", "no", "of",
    "on", "or", "so", "to", "up", "us", "we", "ab", "da", "du", "er", "es", "im", "ja", "um", "zu",
    "and", "the", "for", "how", "was", "who", "der", "die", "das", "den", "dem", "ein", "und",
    "mit", "bei", "von", "fur", "ist",
];

/// Normalised synonym, label or German word → indexes into [`TERMS`], built once.
struct SynonymIndex {
    exact: HashMap<String, Vec<usize>>,
    /// The keys with Cyrillic words, by `stem::stem_key`, so case forms meet.
    stemmed: HashMap<String, Vec<usize>>,
    /// Synonyms that fold onto a [`COMMON_WORDS`] word, by their spelling as typed.
    as_typed: HashMap<String, Vec<usize>>,
    /// The keys without a space, sorted, for prefix lookups.
    single_words: Vec<(String, Vec<usize>)>,
}

fn add(map: &mut HashMap<String, Vec<usize>>, key: String, term: usize) {
    let entry = map.entry(key).or_default();
    if !entry.contains(&term) {
        entry.push(term);
    }
}

fn synonym_index() -> &'static SynonymIndex {
    static INDEX: OnceLock<SynonymIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut exact = HashMap::new();
        let mut as_typed = HashMap::new();
        for (i, t) in TERMS.iter().enumerate() {
            let words = t
                .synonyms
                .iter()
                .chain(t.german)
                .chain(t.labels.iter().map(|(_, label)| label));
            for word in words {
                let key = normalize(word);
                if key.is_empty() {
                    continue;
                }
                if COMMON_WORDS.contains(&key.as_str()) {
                    let typed = words_as_typed(word).join(" ");
                    if typed != key {
                        add(&mut as_typed, typed, i);
                        continue;
                    }
                }
                add(&mut exact, key, i);
            }
        }
        let mut stemmed = HashMap::new();
        for (key, hits) in &exact {
            if stem::has_cyrillic(key) {
                for &i in hits {
                    add(&mut stemmed, stem::stem_key(key), i);
                }
            }
        }
        let mut single_words: Vec<(String, Vec<usize>)> = exact
            .iter()
            .filter(|(k, _)| !k.contains(' '))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        single_words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        SynonymIndex {
            exact,
            stemmed,
            as_typed,
            single_words,
        }
    })
}

impl SynonymIndex {
    /// The terms a normalised word or phrase names: as listed (`true`), else in another
    /// form of its words (`false`).
    fn lookup(&self, unit: &str) -> Option<(&[usize], bool)> {
        if let Some(hits) = self.exact.get(unit) {
            return Some((hits, true));
        }
        let stemmed = stem::has_cyrillic(unit)
            .then(|| self.stemmed.get(&stem::stem_key(unit)))
            .flatten();
        let stripped = || {
            stem::strip_affixes(unit)
                .into_iter()
                .find_map(|reduced| self.exact.get(&reduced))
        };
        stemmed
            .or_else(stripped)
            .map(|hits| (hits.as_slice(), false))
    }
}

/// How a term matched a query; compared field by field, best first.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Score {
    whole_query: u32,
    phrases: u32,
    words: u32,
    forms: u32,
    prefixes: u32,
    compounds: u32,
    /// Letters of the query that matched: among equals, "debt" outranks "is".
    matched_chars: u32,
}

/// How one query word matched a term; the better variant is the greater.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum WordMatch {
    Compound,
    Prefix,
    Form,
    Exact,
}

/// Shortest query word that may match a longer synonym by prefix ("schwanger" →
/// "schwangerschaft").
const MIN_PREFIX_CHARS: usize = 5;
/// Shortest synonym that may match as the head of a longer query word
/// ("suchtberatungsstelle" → "suchtberatung").
const MIN_COMPOUND_HEAD_CHARS: usize = 6;
/// Longest run of query words tried as a phrase.
const MAX_PHRASE_WORDS: usize = 4;

fn chars(s: &str) -> u32 {
    u32::try_from(s.chars().count()).unwrap_or(u32::MAX)
}

/// Terms whose synonyms, labels (any language) or German words match the normalised query
/// text, each once, best first:
/// 1. the whole query equals one (e.g. "häusliche gewalt", "بدهی ها");
/// 2. more runs of 2–4 consecutive query words equal one;
/// 3. more single query words equal one;
/// 4. more single query words equal one in another form: a Russian or Ukrainian case
///    form ("долгами"), an Arabic word with its article ("الديون"), a Persian plural
///    ("بدهیها"); phrases match in these forms too, and count as phrases;
/// 5. more query words of ≥ 5 letters start a one-word synonym ("schwanger");
/// 6. more query words (that matched nothing above) start with a one-word synonym of ≥ 6
///    letters (German compounds: "schuldnerberatungsstelle");
/// 7. more letters of the query matched; then vocabulary order.
///
/// Each query word counts once per term, at its best kind of match. A word inside a
/// phrase that matched counts on its own only if one of its terms is one of the phrase's
/// (then it is read in the phrase's sense): "домашнее насилие" is violence as a service
/// kind and as a need, but "ведомство по делам иностранцев" is the foreigners' office
/// (residence), not "ведомство" (authorities), and "çocuk aldırma" is not about children.
pub fn match_terms(query: &str) -> Vec<&'static Term> {
    let normalized = normalize(query);
    if normalized.is_empty() {
        return Vec::new();
    }
    let index = synonym_index();
    let mut scores = vec![Score::default(); TERMS.len()];
    let words: Vec<&str> = normalized.split(' ').collect();
    let typed = words_as_typed(query);
    // Per query word: the terms of the phrases it stands in.
    let mut covered: Vec<Vec<usize>> = vec![Vec::new(); words.len()];

    if let Some((hits, _)) = index.lookup(&normalized) {
        for &i in hits {
            if let Some(score) = scores.get_mut(i) {
                score.whole_query += 1;
                score.matched_chars += chars(&normalized);
            }
        }
        if words.len() > 1 {
            for c in &mut covered {
                c.extend_from_slice(hits);
            }
        }
    }
    for n in 2..=MAX_PHRASE_WORDS.min(words.len().saturating_sub(1)) {
        for (start, run) in words.windows(n).enumerate() {
            let phrase = run.join(" ");
            let Some((hits, _)) = index.lookup(&phrase) else {
                continue;
            };
            for &i in hits {
                if let Some(score) = scores.get_mut(i) {
                    score.phrases += 1;
                    score.matched_chars += chars(&phrase);
                }
            }
            for c in covered.iter_mut().skip(start).take(n) {
                c.extend_from_slice(hits);
            }
        }
    }
    for (at, word) in words.iter().enumerate() {
        let mut best: HashMap<usize, WordMatch> = HashMap::new();
        let note = |best: &mut HashMap<usize, WordMatch>, hits: &[usize], how: WordMatch| {
            for &i in hits {
                best.entry(i)
                    .and_modify(|m| *m = (*m).max(how))
                    .or_insert(how);
            }
        };
        if let Some((hits, as_listed)) = index.lookup(word) {
            let how = if as_listed {
                WordMatch::Exact
            } else {
                WordMatch::Form
            };
            note(&mut best, hits, how);
        }
        if let Some(hits) = typed.get(at).and_then(|t| index.as_typed.get(t)) {
            note(&mut best, hits, WordMatch::Exact);
        }
        if word.chars().count() >= MIN_PREFIX_CHARS {
            let start = index
                .single_words
                .partition_point(|(k, _)| k.as_str() < *word);
            for (key, hits) in index.single_words.iter().skip(start) {
                if !key.starts_with(*word) {
                    break;
                }
                note(&mut best, hits, WordMatch::Prefix);
            }
        }
        if best.is_empty() {
            // Longest head first: the most specific synonym wins.
            let head = word
                .char_indices()
                .map(|(at, _)| at)
                .skip(MIN_COMPOUND_HEAD_CHARS)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .find_map(|at| word.get(..at).and_then(|head| index.exact.get(head)));
            if let Some(hits) = head {
                note(&mut best, hits, WordMatch::Compound);
            }
        }
        let phrase_terms = covered.get(at).map_or(&[][..], Vec::as_slice);
        if !phrase_terms.is_empty() && !best.keys().any(|i| phrase_terms.contains(i)) {
            continue;
        }
        for (i, how) in best {
            if let Some(score) = scores.get_mut(i) {
                match how {
                    WordMatch::Exact => score.words += 1,
                    WordMatch::Form => score.forms += 1,
                    WordMatch::Prefix => score.prefixes += 1,
                    WordMatch::Compound => score.compounds += 1,
                }
                score.matched_chars += chars(word);
            }
        }
    }

    let mut ranked: Vec<(Score, usize)> = scores
        .into_iter()
        .enumerate()
        .filter(|(_, s)| *s != Score::default())
        .map(|(i, s)| (s, i))
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked
        .into_iter()
        .filter_map(|(_, i)| TERMS.get(i))
        .collect()
}
