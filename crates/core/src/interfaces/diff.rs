//! What changed between two versions of a sheet, word by word and section by section.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use super::Sections;

/// A run of text that stayed, went or came.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "op", content = "text", rename_all = "lowercase")]
pub enum Piece {
    Same(String),
    Removed(String),
    Added(String),
}

/// The word diff of `old` and `new`, neighbouring words of the same kind joined.
pub fn words(old: &str, new: &str) -> Vec<Piece> {
    let diff = TextDiff::from_words(old, new);
    let mut out: Vec<Piece> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value();
        match (out.last_mut(), change.tag()) {
            (Some(Piece::Same(s)), ChangeTag::Equal)
            | (Some(Piece::Removed(s)), ChangeTag::Delete)
            | (Some(Piece::Added(s)), ChangeTag::Insert) => s.push_str(text),
            (_, ChangeTag::Equal) => out.push(Piece::Same(text.into())),
            (_, ChangeTag::Delete) => out.push(Piece::Removed(text.into())),
            (_, ChangeTag::Insert) => out.push(Piece::Added(text.into())),
        }
    }
    out
}

/// One section compared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SectionDiff {
    pub section: &'static str,
    pub changed: bool,
    pub pieces: Vec<Piece>,
}

/// Every section of two versions compared, in order.
pub fn sheets(old: &Sections, new: &Sections) -> Vec<SectionDiff> {
    old.iter()
        .zip(new.iter())
        .map(|((section, a), (_, b))| SectionDiff {
            section,
            changed: a != b,
            pieces: words(a, b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_changed_are_marked() {
        assert_eq!(
            words("Wartezeit 4 bis 6 Wochen", "Wartezeit 8 bis 10 Wochen"),
            vec![
                Piece::Same("Wartezeit ".into()),
                Piece::Removed("4".into()),
                Piece::Added("8".into()),
                Piece::Same(" bis ".into()),
                Piece::Removed("6".into()),
                Piece::Added("10".into()),
                Piece::Same(" Wochen".into()),
            ]
        );
        assert_eq!(words("", ""), vec![]);
        assert_eq!(words("", "neu"), vec![Piece::Added("neu".into())]);
    }

    #[test]
    fn sections_compared_in_order() {
        let old = Sections {
            documents: "Mahnungen".into(),
            ..Sections::default()
        };
        let new = old.with("documents", "Mahnungen Kontoauszüge").unwrap();
        let d = sheets(&old, &new);
        assert_eq!(d.len(), 7);
        let changed: Vec<&str> = d.iter().filter(|s| s.changed).map(|s| s.section).collect();
        assert_eq!(changed, vec!["documents"]);
        assert_eq!(
            serde_json::to_value(&d[2].pieces[1]).unwrap(),
            serde_json::json!({"op": "added", "text": " Kontoauszüge"})
        );
    }
}
