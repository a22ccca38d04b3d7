//! Interface sheets (Schnittstellenblätter): for each service kind, what migration
//! counselling and that kind of service agreed on handing a case over — when to refer,
//! what to clarify first, documents, consent, waiting time, the way in and what comes
//! back. Each Fachtag may revise a sheet: versions are kept, never changed, and compared
//! word by word. Counsellors comment and propose a section's new wording; a coordinator
//! accepts (a new version) or rejects.

pub mod diff;
pub mod form;
pub mod scope;

use serde::{Deserialize, Serialize};

use crate::taxonomy::{self, Facet, Term};

/// The sections of a sheet, in the order they are shown; also their field and column names.
pub const SECTIONS: [&str; 7] = [
    "when_to_refer",
    "clarify_first",
    "documents",
    "consent",
    "waiting_time",
    "contact",
    "reports_back",
];

/// Longest text of one section, of a comment and of a proposal.
pub const MAX_SECTION: usize = 2_000;
/// Longest source ("Fachtag 2025, Workshop Schuldnerberatung").
pub const MAX_SOURCE: usize = 200;
/// The first year a sheet may name.
pub const FIRST_YEAR: i32 = 2000;
/// A sheet agreed more than this many calendar years ago is due for revision.
pub const STALE_AFTER_YEARS: i32 = 2;

/// The text of a sheet's sections.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sections {
    pub when_to_refer: String,
    pub clarify_first: String,
    pub documents: String,
    pub consent: String,
    pub waiting_time: String,
    pub contact: String,
    pub reports_back: String,
}

impl Sections {
    /// The section of that name (one of [`SECTIONS`]).
    pub fn get(&self, name: &str) -> Option<&str> {
        Some(match name {
            "when_to_refer" => &self.when_to_refer,
            "clarify_first" => &self.clarify_first,
            "documents" => &self.documents,
            "consent" => &self.consent,
            "waiting_time" => &self.waiting_time,
            "contact" => &self.contact,
            "reports_back" => &self.reports_back,
            _ => return None,
        })
    }

    fn slot(&mut self, name: &str) -> Option<&mut String> {
        Some(match name {
            "when_to_refer" => &mut self.when_to_refer,
            "clarify_first" => &mut self.clarify_first,
            "documents" => &mut self.documents,
            "consent" => &mut self.consent,
            "waiting_time" => &mut self.waiting_time,
            "contact" => &mut self.contact,
            "reports_back" => &mut self.reports_back,
            _ => return None,
        })
    }

    /// (name, text) of every section, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        SECTIONS
            .iter()
            .map(move |name| (*name, self.get(name).unwrap_or_default()))
    }

    /// These sections with one replaced: what accepting a proposal makes. None for a
    /// name that is not a section.
    pub fn with(&self, name: &str, text: &str) -> Option<Sections> {
        let mut next = self.clone();
        *next.slot(name)? = text.to_string();
        Some(next)
    }
}

/// A version of a sheet as written: its year, source and sections.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetText {
    pub year: i32,
    pub source: String,
    #[serde(flatten)]
    pub sections: Sections,
}

/// Whether a sheet of `year` is due for revision in `this_year`.
pub fn is_stale(year: i32, this_year: i32) -> bool {
    this_year - year > STALE_AFTER_YEARS
}

/// The state of a comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CommentState {
    Open,
    Accepted,
    Rejected,
}

impl CommentState {
    pub fn code(self) -> &'static str {
        match self {
            CommentState::Open => "open",
            CommentState::Accepted => "accepted",
            CommentState::Rejected => "rejected",
        }
    }

    pub fn parse(code: &str) -> Option<CommentState> {
        [
            CommentState::Open,
            CommentState::Accepted,
            CommentState::Rejected,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }
}

/// The address part of a service kind: `kind:debt` → `debt`.
pub fn slug(kind: &str) -> &str {
    kind.strip_prefix("kind:").unwrap_or(kind)
}

/// The service kind an address part names; None for anything else.
pub fn kind_of_slug(slug: &str) -> Option<&'static Term> {
    taxonomy::term(&format!("kind:{slug}")).filter(|t| t.facet == Facet::ServiceKind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_in_order_and_replaced_one_at_a_time() {
        let s = Sections {
            documents: "Mahnungen".into(),
            ..Sections::default()
        };
        let names: Vec<&str> = s.iter().map(|(n, _)| n).collect();
        assert_eq!(names, SECTIONS);
        let next = s.with("waiting_time", "6 Wochen").unwrap();
        assert_eq!(next.waiting_time, "6 Wochen");
        assert_eq!(next.documents, "Mahnungen");
        assert_eq!(s.waiting_time, "");
        assert!(s.with("id", "x").is_none());
        assert!(s.get("nothing").is_none());
    }

    #[test]
    fn stale_after_two_years() {
        assert!(!is_stale(2026, 2026));
        assert!(!is_stale(2024, 2026));
        assert!(is_stale(2023, 2026));
    }

    #[test]
    fn slugs_name_service_kinds_only() {
        assert_eq!(slug("kind:debt"), "debt");
        assert_eq!(kind_of_slug("debt").map(|t| t.code), Some("kind:debt"));
        assert!(kind_of_slug("debts").is_none());
        assert!(kind_of_slug("").is_none());
        assert!(kind_of_slug("../need:debts").is_none());
    }

    #[test]
    fn comment_states_round_trip() {
        for s in [
            CommentState::Open,
            CommentState::Accepted,
            CommentState::Rejected,
        ] {
            assert_eq!(CommentState::parse(s.code()), Some(s));
        }
        assert_eq!(CommentState::parse("closed"), None);
    }
}
