//! `/verwaltung/taxonomie`: coordinators curate the vocabulary — the needs, service kinds
//! and target groups with their labels in seven languages, and the words search
//! understands for each. Added words work on every node at once (through the change log).

use askama::Template;
use axum::http::StatusCode;
use beratungsnetz_core::taxonomy::{self, Facet};

use crate::AppState;
use crate::accounts::see_other;
use crate::accounts::session::{Staff, StaffForm, StaffRequest};
use crate::audit::audit;
use crate::chrome::error::{HtmlError, HtmlResult};
use crate::chrome::form::FormData;
use crate::chrome::i18n::Tr;
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;

/// Longest word or phrase a coordinator may add.
const MAX_WORD_CHARS: usize = 60;

pub struct TermLine {
    pub code: &'static str,
    pub label: String,
    /// Labels in the other languages: (language, label).
    pub labels: Vec<(&'static str, &'static str)>,
    pub builtin: usize,
    pub curated: Vec<String>,
}

pub struct FacetBlock {
    pub legend: &'static str,
    pub terms: Vec<TermLine>,
}

#[derive(Template)]
#[template(path = "admin_vocabulary.html")]
struct VocabularyPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    facets: Vec<FacetBlock>,
    error_key: Option<&'static str>,
    word: String,
    code: String,
}

async fn page_of(
    state: &AppState,
    staff: &Staff,
    error_key: Option<&'static str>,
    form: &FormData,
) -> Result<VocabularyPage, HtmlError> {
    let tr = Tr::new(staff.lang);
    let lang = staff.lang.code();
    let curated = state
        .store
        .synonyms()
        .await
        .map_err(|e| staff.html_error(e))?;
    let facets = [
        (Facet::Need, "detail-needs"),
        (Facet::ServiceKind, "detail-kinds"),
        (Facet::TargetGroup, "detail-for-whom"),
    ]
    .into_iter()
    .map(|(facet, legend)| FacetBlock {
        legend,
        terms: taxonomy::terms_of(facet)
            .map(|t| TermLine {
                code: t.code,
                label: t.label(lang).to_string(),
                labels: t
                    .labels
                    .iter()
                    .copied()
                    .filter(|(l, _)| *l != lang)
                    .collect(),
                builtin: t.synonyms.len(),
                curated: curated
                    .iter()
                    .filter(|(c, _)| c == t.code)
                    .map(|(_, w)| w.clone())
                    .collect(),
            })
            .collect(),
    })
    .collect();
    Ok(VocabularyPage {
        frame: Frame::new(staff.lang, "/verwaltung/taxonomie", &[]),
        nav: Nav::new(staff, state),
        facets,
        error_key,
        word: form.get("word").to_string(),
        code: form.get("code").to_string(),
        tr,
    })
}

pub async fn page(StaffRequest { state, staff }: StaffRequest) -> HtmlResult {
    staff.coordinator_only()?;
    let page = page_of(&state, &staff, None, &FormData::parse(b"")).await?;
    Ok(staff.render(page, StatusCode::OK))
}

/// POST `/verwaltung/taxonomie`: adds (`add`) or removes (`remove`) a word of a term.
pub async fn change(StaffForm { state, staff, form }: StaffForm) -> HtmlResult {
    staff.coordinator_only()?;
    let code = form.get("code");
    let word = form.get("word").to_lowercase();
    let add = form.get("action") != "remove";
    let problem = if taxonomy::term(code).is_none() {
        Some("field-choice-invalid")
    } else if taxonomy::normalize(&word).is_empty() {
        Some("field-required")
    } else if word.chars().count() > MAX_WORD_CHARS || word.chars().any(char::is_control) {
        Some("field-too-long")
    } else {
        None
    };
    if let Some(key) = problem {
        let page = page_of(&state, &staff, Some(key), &form).await?;
        return Ok(staff.render(page, StatusCode::UNPROCESSABLE_ENTITY));
    }
    let change = serde_json::json!({ "code": code, "word": word }).to_string();
    let (before, after) = if add {
        (None, Some(change))
    } else {
        (Some(change), None)
    };
    let entry = audit(
        &staff,
        if add { "add-synonym" } else { "remove-synonym" },
        "vocabulary",
        code,
        None,
        before,
        after,
    );
    state
        .store
        .change_synonym(code, &word, add, &entry)
        .await
        .map_err(|e| staff.html_error(e))?;
    tracing::info!("vocabulary changed");
    Ok(see_other(&format!("/verwaltung/taxonomie#{code}"), None))
}
