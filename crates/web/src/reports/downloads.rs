//! The gap figures to save: GET `/verwaltung/berichte/luecken.csv` (by district) and
//! `…/luecken.xlsx` (by district, by place, the worst gaps, and what was asked with the
//! sources), for the same query as the page.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::Query;
use beratungsnetz_core::reports::coverage::Params;
use beratungsnetz_core::reports::export::{self, Question};
use beratungsnetz_core::reports::population::Basis;
use beratungsnetz_core::tables::xlsx;

use super::figures::{Asked, Computed, PAGE_PARAMS, compute, read};
use crate::AppState;
use crate::accounts::session::{Staff, StaffRequest};
use crate::chrome::error::{AppError, HtmlError, HtmlResult};
use crate::chrome::layout::{attachment, encode};

/// The query of the page for the same figures.
pub fn query_of(asked: &Asked) -> String {
    let mut q = format!(
        "need={}&km={}&einzug={}",
        encode(&asked.need),
        asked.beyond_km,
        asked.catchment_km
    );
    if let Some(l) = &asked.language {
        q.push_str(&format!("&sprache={}", encode(l)));
    }
    if asked.basis != Basis::Total {
        q.push_str(&format!("&bezug={}", asked.basis.code()));
    }
    q
}

fn basis_label(basis: Basis) -> &'static str {
    match basis {
        Basis::Total => "Einwohner",
        Basis::Foreign => "Ausländische Bevölkerung",
    }
}

/// A file name that says what the figures are of: `luecken-need-debts-ar.csv`.
fn file_name(asked: &Asked, ext: &str) -> String {
    let mut name = format!("luecken-{}", asked.need.replace(':', "-"));
    if let Some(l) = &asked.language {
        name.push('-');
        name.push_str(l);
    }
    format!("{name}.{ext}")
}

/// What was asked, its figures, and the parameters the tables name.
async fn figures(
    state: &AppState,
    staff: &Staff,
    q: &HashMap<String, String>,
) -> Result<(Asked, Arc<Computed>, Params), HtmlError> {
    staff.coordinator_only()?;
    let asked = read(q, &PAGE_PARAMS).map_err(|e| staff.html_error(e))?;
    let c = compute(state, &asked, &PAGE_PARAMS)
        .await
        .map_err(|e| staff.html_error(e))?;
    let params = asked.params(&asked.need);
    Ok((asked, c, params))
}

fn question<'a>(asked: &Asked, c: &'a Computed, params: &'a Params) -> Question<'a> {
    Question {
        params,
        basis_label: basis_label(asked.basis),
        source: &c.population.source,
    }
}

pub async fn csv(
    StaffRequest { state, staff }: StaffRequest,
    Query(q): Query<HashMap<String, String>>,
) -> HtmlResult {
    let (asked, c, params) = figures(&state, &staff, &q).await?;
    let question = question(&asked, &c, &params);
    let body = export::districts(&question, &c.coverage, &c.supply)
        .csv()
        .map_err(|e| staff.html_error(AppError::internal(e)))?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        &file_name(&asked, "csv"),
        body.into_bytes(),
    ))
}

pub async fn spreadsheet(
    StaffRequest { state, staff }: StaffRequest,
    Query(q): Query<HashMap<String, String>>,
) -> HtmlResult {
    let (asked, c, params) = figures(&state, &staff, &q).await?;
    let question = question(&asked, &c, &params);
    let tables = [
        export::districts(&question, &c.coverage, &c.supply),
        export::places(&question, &c.demand, &c.coverage, &c.supply),
        export::worst(&question, &c.worst, &c.supply),
        export::question(&question),
    ];
    let body = xlsx(&tables).map_err(|e| staff.html_error(AppError::internal(e)))?;
    Ok(attachment(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &file_name(&asked, "xlsx"),
        body,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_and_the_file_name_say_what_was_asked() {
        let asked = Asked {
            need: "need:debts".into(),
            language: Some("ar".into()),
            beyond_km: 30,
            catchment_km: 50,
            basis: Basis::Foreign,
        };
        assert_eq!(
            query_of(&asked),
            "need=need:debts&km=30&einzug=50&sprache=ar&bezug=foreign"
        );
        assert_eq!(file_name(&asked, "csv"), "luecken-need-debts-ar.csv");
    }
}
