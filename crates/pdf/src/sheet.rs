//! Sheets: documents of labelled rows, paragraphs and tables, each part in its own
//! language. The record of a client's referrals and the consent form are sheets.

use std::sync::OnceLock;

use serde::Serialize;

use crate::{Engine, PdfError, typeset};

static ENGINE: Engine = OnceLock::new();

static TEMPLATE: &str = include_str!("sheet.typ");

/// A sheet: its parts one after the other, each on a new page.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Sheet {
    pub parts: Vec<Part>,
    /// Under every page: what the sheet is and when it was made.
    pub footer: String,
}

/// One part in one language.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Part {
    /// BCP 47 code.
    pub lang: String,
    pub rtl: bool,
    pub title: String,
    pub intro: Vec<String>,
    pub sections: Vec<Section>,
}

/// A section: a heading, then (label, value, left-to-right) rows, paragraphs, a picture
/// (SVG, the page's width), a table (its first row the header; fewer than two rows:
/// none) and lines to sign on.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Section {
    pub heading: String,
    pub rows: Vec<(String, String, bool)>,
    pub paragraphs: Vec<String>,
    pub svg: Option<String>,
    pub table: Vec<Vec<String>>,
    pub signatures: Vec<String>,
}

/// Typesets a sheet as PDF.
pub fn sheet(s: &Sheet) -> Result<Vec<u8>, PdfError> {
    typeset(&ENGINE, TEMPLATE, s)
}

/// A page of the sheet (0: the first) rendered: what a test looks at.
#[cfg(feature = "render")]
pub fn sheet_picture(s: &Sheet, page: usize) -> Result<crate::Picture, PdfError> {
    crate::picture(&crate::layout(&ENGINE, TEMPLATE, s)?, page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_persian_and_german_sheet_with_a_table_is_a_pdf() {
        let part = |lang: &str, rtl: bool, title: &str| Part {
            lang: lang.into(),
            rtl,
            title: title.into(),
            intro: vec!["…".into()],
            sections: vec![Section {
                heading: "1".into(),
                rows: vec![("Code".into(), "K7PX-3M9Q".into(), true)],
                paragraphs: vec!["Text".into()],
                svg: Some(
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\
                     <circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#b2182b\"/></svg>"
                        .into(),
                ),
                table: vec![vec!["a".into(), "b".into()], vec!["1".into(), "2".into()]],
                signatures: vec!["Unterschrift".into()],
            }],
        };
        let s = Sheet {
            parts: vec![
                part("fa", true, "رضایت‌نامه"),
                part("de", false, "Einwilligung"),
            ],
            footer: "Stand 03.12.2026".into(),
        };
        let pdf = sheet(&s).unwrap_or_default();
        assert!(pdf.starts_with(b"%PDF-"), "a PDF");
        assert!(pdf.len() > 1000);
    }
}
