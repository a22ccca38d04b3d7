//! PDF documents typeset with Typst: the handout a counsellor hands over the desk, in the
//! client's language beside German. Typst shapes Arabic and Persian and sets them right
//! to left; the fonts (Noto Sans, Noto Naskh Arabic; SIL Open Font License) are embedded.

use std::sync::OnceLock;

use serde::Serialize;
use thiserror::Error;
use typst::foundations::{Dict, IntoValue};
use typst_as_lib::{TypstEngine, TypstTemplateMainFile};
use typst_layout::PagedDocument;

mod sheet;

#[cfg(feature = "render")]
pub use sheet::sheet_picture;
pub use sheet::{Part, Section, Sheet, sheet};

static TEMPLATE: &str = include_str!("handout.typ");
static FONTS: [&[u8]; 4] = [
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf"),
];

#[derive(Debug, Error)]
pub enum PdfError {
    #[error("cannot serialize the handout: {0}")]
    Data(#[from] serde_json::Error),
    #[error("typesetting failed: {0}")]
    Typeset(String),
}

/// One column of a handout entry: a service described in one language.
#[derive(Clone, Debug, Serialize)]
pub struct Column {
    /// BCP 47 code of the column's language.
    pub lang: String,
    pub rtl: bool,
    pub name: String,
    /// (label, value, left-to-right) lines: organization, needs, languages, cost, address,
    /// phone. Addresses and phone numbers run left to right also in an Arabic column.
    pub rows: Vec<(String, String, bool)>,
    #[serde(rename = "hours-label")]
    pub hours_label: String,
    /// (day, times) of the opening hours; empty: `no_hours` is shown.
    pub hours: Vec<(String, String)>,
    #[serde(rename = "no-hours")]
    pub no_hours: String,
}

/// A handout: a title and intro per language, and for each service its columns.
#[derive(Clone, Debug, Serialize)]
pub struct Handout {
    pub lang: String,
    pub rtl: bool,
    pub title: String,
    pub intro: String,
    /// The German title and intro beside a translated one (None for a German handout).
    pub german: Option<(String, String)>,
    pub items: Vec<Vec<Column>>,
    /// "Stand: 02.12.2026".
    pub date: String,
    /// The label of the line to write an appointment on.
    pub appointment: String,
    /// Per item: the live entry's address and its QR code as SVG (empty: none).
    pub links: Vec<(String, String)>,
}

/// A Typst engine for one template with our fonts, built once.
type Engine = OnceLock<TypstEngine<TypstTemplateMainFile>>;

/// Lays `data` (as JSON in `sys.inputs.data`) out in pages with `template`.
fn layout(
    engine: &'static Engine,
    template: &'static str,
    data: &impl Serialize,
) -> Result<PagedDocument, PdfError> {
    let engine = engine.get_or_init(|| {
        TypstEngine::builder()
            .main_file(template)
            .fonts(FONTS)
            .build()
    });
    let mut input = Dict::new();
    input.insert("data".into(), serde_json::to_string(data)?.into_value());
    engine
        .compile_with_input(input)
        .output
        .map_err(|e| PdfError::Typeset(format!("{e:?}")))
}

/// Typesets `data` (as JSON in `sys.inputs.data`) with `template` as PDF.
fn typeset(
    engine: &'static Engine,
    template: &'static str,
    data: &impl Serialize,
) -> Result<Vec<u8>, PdfError> {
    let doc = layout(engine, template, data)?;
    typst_pdf::pdf(&doc, &typst_pdf::PdfOptions::default())
        .map_err(|e| PdfError::Typeset(format!("{e:?}")))
}

/// A page rendered: as PNG to look at, and its pixels (RGBA, row by row) to measure.
#[cfg(feature = "render")]
pub struct Picture {
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

/// A page of a laid-out document rendered at 2 pixels per point, for tests.
#[cfg(feature = "render")]
fn picture(doc: &PagedDocument, page: usize) -> Result<Picture, PdfError> {
    let page = doc
        .pages()
        .get(page)
        .ok_or_else(|| PdfError::Typeset(format!("no page {page}")))?;
    let pixmap = typst_render::render(page, &typst_render::RenderOptions::default());
    Ok(Picture {
        png: pixmap
            .encode_png()
            .map_err(|e| PdfError::Typeset(e.to_string()))?,
        width: pixmap.width(),
        height: pixmap.height(),
        rgba: pixmap.data().to_vec(),
    })
}

/// Typesets the handout as PDF.
pub fn handout(h: &Handout) -> Result<Vec<u8>, PdfError> {
    static ENGINE: Engine = OnceLock::new();
    typeset(&ENGINE, TEMPLATE, h)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(lang: &str, rtl: bool, name: &str) -> Column {
        Column {
            lang: lang.into(),
            rtl,
            name: name.into(),
            rows: vec![("Telefon".into(), "0000 123456".into(), true)],
            hours_label: "Öffnungszeiten".into(),
            hours: vec![("Montag".into(), "09:00–12:00".into())],
            no_hours: "–".into(),
        }
    }

    #[test]
    fn an_arabic_and_german_handout_is_a_pdf() {
        let h = Handout {
            lang: "ar".into(),
            rtl: true,
            title: "ورقة للتسليم".into(),
            intro: "الخدمات المختارة".into(),
            german: Some(("Handzettel".into(), "Die ausgewählten Angebote".into())),
            items: vec![vec![
                column("ar", true, "استشارة الديون"),
                column("de", false, "Schuldnerberatung"),
            ]],
            date: "Stand: 02.12.2026".into(),
            appointment: "Termin:".into(),
            links: vec![(
                "https://example.org/angebot/x".into(),
                r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="5"/></svg>"#.into(),
            )],
        };
        let pdf = handout(&h).unwrap_or_default();
        assert!(pdf.starts_with(b"%PDF-"), "a PDF");
        assert!(pdf.len() > 1000);
    }
}
