//! The search field's hint ("For example: debts, pregnancy, residence") only offers words
//! that find something: each example word of every language's `search-q-hint` is
//! understood by the vocabulary. A word that finds nothing belongs in the vocabulary
//! (`crates/core/src/taxonomy`) as a synonym of the term it means.
// Helpers outside `#[test]` functions are test code too; clippy.toml cannot see that.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use beratungsnetz_core::taxonomy::{LANGUAGES, match_terms};

const MESSAGE: &str = "search-q-hint";

fn main_ftl(lang: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang)
        .join("main.ftl");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The value of a Fluent message: the text after `id =` and its indented continuation
/// lines (attributes left out), placeables `{ … }` removed.
fn message(ftl: &str, id: &str) -> Option<String> {
    let mut lines = ftl.lines();
    let first = lines.find_map(|line| {
        let (key, value) = line.split_once('=')?;
        (key.trim() == id && !line.starts_with([' ', '\t'])).then_some(value)
    })?;
    let mut value = first.trim().to_string();
    for line in lines.take_while(|l| l.starts_with([' ', '\t'])) {
        if !line.trim_start().starts_with('.') {
            value.push(' ');
            value.push_str(line.trim());
        }
    }
    let mut text = String::new();
    let mut depth = 0usize;
    for c in value.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    Some(text.trim().to_string())
}

/// The example words of a hint: what follows its lead-in ("For example:", "مثلاً:"),
/// split at commas (Latin and Arabic), semicolons and slashes.
fn examples(hint: &str) -> Vec<String> {
    let list = hint.rsplit_once([':', '：']).map_or(hint, |(_, list)| list);
    list.split([',', '،', ';', '؛', '/', '、'])
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

#[test]
fn hint_words_find_something() {
    let mut nothing = Vec::new();
    for lang in LANGUAGES {
        let ftl = main_ftl(lang);
        let hint = message(&ftl, MESSAGE).unwrap_or_else(|| panic!("{lang}: no {MESSAGE}"));
        let words = examples(&hint);
        assert!(words.len() >= 2, "{lang}: examples of {hint:?}: {words:?}");
        for word in words {
            if match_terms(&word).is_empty() {
                nothing.push(format!("{lang}: {word:?} (from {hint:?})"));
            }
        }
    }
    assert!(
        nothing.is_empty(),
        "hint words that find nothing:\n{}",
        nothing.join("\n")
    );
}

#[test]
fn hint_parsing() {
    let ftl = "a = x\nsearch-q-hint = For example: debts, pregnancy,\n    residence\n    .title = t\nnext = y\n";
    let hint = message(ftl, MESSAGE).unwrap();
    assert_eq!(hint, "For example: debts, pregnancy, residence");
    assert_eq!(examples(&hint), ["debts", "pregnancy", "residence"]);
    assert_eq!(examples("مثلاً: ديون، حمل، إقامة"), ["ديون", "حمل", "إقامة"]);
    assert_eq!(
        message("search-q-hint = { $n } Beispiele: Miete", MESSAGE).unwrap(),
        "Beispiele: Miete"
    );
    assert!(message(ftl, "missing").is_none());
}
