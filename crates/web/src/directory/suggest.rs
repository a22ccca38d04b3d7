//! GET `/api/v1/suggest?field=q|near&q=…&lang=…`: suggestions while typing — needs and
//! service kinds in the reader's language (matched in any of the seven languages, by
//! label or synonym) for the search box, towns and postal codes for the place box.
//! The pages work without it; `static/suggest.js` only fills a `<datalist>`.

use axum::Json;
use axum::extract::Query;
use axum::extract::rejection::QueryRejection;
use beratungsnetz_core::geo;
use beratungsnetz_core::taxonomy::{self, Facet};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::chrome::error::AppError;
use crate::chrome::i18n::Lang;

/// Suggestions at most.
const LIMIT: usize = 8;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SuggestQuery {
    /// What was typed so far (at most 100 characters).
    #[serde(default)]
    #[param(max_length = 100, required = false)]
    q: String,
    /// q (search box, default) or near (place box).
    #[serde(default)]
    #[param(value_type = Option<SuggestField>, inline)]
    field: Option<String>,
    /// Language of the labels (default de).
    #[serde(default)]
    #[param(value_type = Option<crate::chrome::i18n::Lang>, inline)]
    lang: Option<String>,
}

/// Which box the suggestions are for.
#[derive(ToSchema)]
#[allow(dead_code)] // Only describes the parameter; the handler reads the text.
#[schema(rename_all = "lowercase")]
pub enum SuggestField {
    Q,
    Near,
}

/// The suggestions, at most 8.
#[derive(Serialize, ToSchema)]
pub struct Suggestions {
    #[schema(max_items = 8)]
    pub suggestions: Vec<String>,
}

/// Suggestions while typing
///
/// For the search box (field=q): needs, service kinds and target groups whose label or
/// synonym in any of the seven languages has a word starting with q, labelled in lang.
/// For the place box (field=near): towns (Sachsen-Anhalt first) or postal codes starting
/// with q. At most 8; fewer than 2 characters suggest nothing.
#[utoipa::path(
    get,
    path = "/api/v1/suggest",
    tag = "directory",
    operation_id = "suggest",
    params(SuggestQuery),
    responses((status = 200, description = "The suggestions.", body = Suggestions)),
)]
pub async fn suggest(
    query: Result<Query<SuggestQuery>, QueryRejection>,
) -> Result<Json<Suggestions>, AppError> {
    // Whatever the query string's fault (a repeated or malformed parameter), the answer
    // is the API's JSON error.
    let Query(p) = query.map_err(|e| AppError::bad_request("query", e.body_text()))?;
    if p.q.chars().count() > 100 {
        return Err(AppError::bad_request("q", "at most 100 characters"));
    }
    let lang = match p.lang.as_deref() {
        None | Some("") => Lang::De,
        Some(code) => Lang::from_code(code)
            .ok_or_else(|| AppError::bad_request("lang", "one of de, en, ar, fa, uk, ru, tr"))?,
    };
    let suggestions = match p.field.as_deref().unwrap_or("q") {
        "q" => terms(&p.q, lang),
        "near" => places(&p.q),
        _ => return Err(AppError::bad_request("field", "q or near")),
    };
    Ok(Json(Suggestions { suggestions }))
}

/// Labels (in `lang`) of the terms one of whose labels or synonyms has a word starting
/// with what was typed.
pub fn terms(typed: &str, lang: Lang) -> Vec<String> {
    let typed = taxonomy::normalize(typed);
    if typed.chars().count() < 2 {
        return Vec::new();
    }
    let starts = |text: &str| {
        let n = taxonomy::normalize(text);
        n.starts_with(&typed) || n.contains(&format!(" {typed}"))
    };
    let mut out: Vec<String> = Vec::new();
    for facet in [Facet::Need, Facet::ServiceKind, Facet::TargetGroup] {
        for t in taxonomy::terms_of(facet) {
            let hit =
                t.labels.iter().any(|(_, l)| starts(l)) || t.synonyms.iter().any(|s| starts(s));
            let label = t.label(lang.code()).to_string();
            if hit && !out.contains(&label) {
                out.push(label);
            }
        }
    }
    out.truncate(LIMIT);
    out
}

/// Towns (Sachsen-Anhalt first) whose name starts with what was typed, or postal codes
/// starting with the digits typed.
pub fn places(typed: &str) -> Vec<String> {
    let typed = typed.trim();
    let gazetteer = geo::gazetteer();
    let mut out: Vec<String> = Vec::new();
    if typed.len() >= 2 && typed.chars().all(|c| c.is_ascii_digit()) {
        for p in gazetteer
            .places()
            .iter()
            .filter(|p| p.plz.starts_with(typed) && !p.institution)
        {
            let s = format!("{} {}", p.plz, p.name);
            if !out.contains(&s) {
                out.push(s);
            }
            if out.len() >= LIMIT {
                break;
            }
        }
        return out;
    }
    let folded = geo::fold(typed);
    if folded.chars().count() < 2 {
        return Vec::new();
    }
    let hits: Vec<&geo::Place> = gazetteer
        .places()
        .iter()
        .filter(|p| !p.institution && geo::fold(&p.name).starts_with(&folded))
        .collect();
    // Towns with many postal codes are the bigger ones.
    let mut size: std::collections::HashMap<(&str, &str), usize> = Default::default();
    for p in &hits {
        *size.entry((&p.name, &p.district)).or_default() += 1;
    }
    let mut towns: Vec<(&geo::Place, usize)> = Vec::new();
    for p in hits {
        if !towns
            .iter()
            .any(|(t, _)| t.name == p.name && t.district == p.district)
        {
            towns.push((
                p,
                size.get(&(&p.name[..], &p.district[..]))
                    .copied()
                    .unwrap_or(1),
            ));
        }
    }
    towns.sort_by_key(|(p, n)| {
        (
            p.state_code != geo::SACHSEN_ANHALT,
            std::cmp::Reverse(*n),
            p.name.len(),
        )
    });
    for (p, _) in towns.into_iter().take(LIMIT) {
        out.push(with_district(p));
    }
    out
}

/// "Bernburg · Salzlandkreis": the district tells same-named towns apart and says where
/// a town is; left out where it only repeats the town ("Halle (Saale)").
fn with_district(p: &geo::Place) -> String {
    let label = geo::district_label(&p.district_code);
    let district = if label.is_empty() || label == p.district_code {
        p.district.as_str()
    } else {
        label.as_str()
    };
    if district.is_empty() || district.contains(&p.name) || p.name.contains(district) {
        p.name.clone()
    } else {
        format!("{} · {district}", p.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_in_any_language_and_towns() {
        assert!(
            terms("schul", Lang::De).iter().any(|s| s == "Schulden"),
            "{:?}",
            terms("schul", Lang::De)
        );
        let en = terms("debt", Lang::En);
        assert!(
            en.iter().any(|s| s.to_lowercase().contains("debt")),
            "{en:?}"
        );
        assert!(!terms("ديون", Lang::Ar).is_empty());
        assert!(
            terms("s", Lang::De).is_empty(),
            "one letter suggests nothing"
        );
        let towns = places("halle");
        assert_eq!(
            towns.first().map(String::as_str),
            Some("Halle (Saale)"),
            "{towns:?}"
        );
        // Issue 12: the state's own towns first, each with its district.
        let bern = places("bernb");
        assert_eq!(
            bern.first().map(String::as_str),
            Some("Bernburg · Salzlandkreis"),
            "{bern:?}"
        );
        let hal = places("hal");
        let first_outside = hal
            .iter()
            .position(|t| t.contains("Westf"))
            .unwrap_or(usize::MAX);
        let last_inside = hal
            .iter()
            .rposition(|t| t.starts_with("Halberstadt"))
            .unwrap_or(0);
        assert!(last_inside < first_outside, "{hal:?}");
        for t in &bern {
            assert!(geo::gazetteer().resolve(t).is_some(), "{t} resolves");
        }
        assert!(places("0610").iter().all(|s| s.starts_with("0610")));
        assert!(
            places("lutherstadt w")
                .iter()
                .any(|s| s.contains("Wittenberg"))
        );
    }
}
