//! GET `/verwaltung/berichte/luecken?need=&sprache=&km=&einzug=` (coordinators): where
//! help is missing in Sachsen-Anhalt. The worst gaps over every need, each said in a
//! sentence; for the chosen need (and language) a map of the places coloured by the
//! accessibility index and, beside it, the same figures by district: people beyond the
//! distance, services inside, the index, and the nearest alternative.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use beratungsnetz_core::directory::edit::LANGUAGE_CODES;
use beratungsnetz_core::geo::district_label;
use beratungsnetz_core::reports::coverage::{
    Coverage, DEFAULT_BEYOND_KM, DEFAULT_CATCHMENT_KM, DemandPoint, DistrictCoverage, Params,
    Supply, coverage, demand_points,
};
use beratungsnetz_core::reports::population::{SHIPPED_SOURCE, shipped};
use beratungsnetz_core::taxonomy::{self, Facet};

use super::map;
use crate::AppState;
use crate::accounts::render;
use crate::accounts::session::Staff;
use crate::chrome::error::{AppError, HtmlError};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::Frame;
use crate::chrome::staff::Nav;
use crate::directory::labels::language_label;
use crate::directory::results::km;

/// The state the reports cover (district keys starting with it): Sachsen-Anhalt.
const STATE_PREFIX: &str = "15";
/// How many of the worst gaps the page lists.
const WORST: usize = 12;
/// Distances a coordinator may choose, km.
const DISTANCES: [u32; 6] = [10, 20, 30, 40, 50, 75];

/// What the coordinator asked.
#[derive(Clone, Debug, PartialEq)]
pub struct Asked {
    pub need: String,
    pub language: Option<String>,
    pub beyond_km: u32,
    pub catchment_km: u32,
}

fn number(q: &HashMap<String, String>, name: &str, default: u32) -> Result<u32, AppError> {
    match q.get(name).map(String::as_str) {
        None | Some("") => Ok(default),
        Some(raw) => raw
            .parse::<u32>()
            .ok()
            .filter(|n| (5..=200).contains(n))
            .ok_or_else(|| AppError::bad_request(name, "a whole number of km from 5 to 200")),
    }
}

/// Reads the query: an unknown need or language, or a distance out of range, is a 400
/// naming the parameter.
pub fn read(q: &HashMap<String, String>) -> Result<Asked, AppError> {
    let need = q
        .get("need")
        .filter(|n| !n.is_empty())
        .cloned()
        .unwrap_or_else(|| "need:debts".to_string());
    let known =
        taxonomy::term(&need).is_some_and(|t| matches!(t.facet, Facet::Need | Facet::ServiceKind));
    if !known {
        return Err(AppError::bad_request("need", "a need or service kind code"));
    }
    let language = match q.get("sprache").map(String::as_str) {
        None | Some("") => None,
        Some(code) if LANGUAGE_CODES.contains(&code) => Some(code.to_string()),
        Some(_) => return Err(AppError::bad_request("sprache", "a language code")),
    };
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let (beyond, catchment) = (DEFAULT_BEYOND_KM as u32, DEFAULT_CATCHMENT_KM as u32);
    Ok(Asked {
        need,
        language,
        beyond_km: number(q, "km", beyond)?,
        catchment_km: number(q, "einzug", catchment)?,
    })
}

impl Asked {
    fn params(&self, need: &str) -> Params {
        let mut p = Params::new(need, self.language.as_deref());
        p.beyond_km = f64::from(self.beyond_km);
        p.catchment_km = f64::from(self.catchment_km);
        p
    }
}

/// A district's line of the table.
pub struct DistrictRow {
    pub name: String,
    pub population: String,
    pub inside: usize,
    pub beyond: String,
    pub access: String,
    pub nearest: String,
    pub gap: bool,
}

#[derive(Template)]
#[template(path = "report_gaps.html")]
struct GapsPage {
    tr: Tr,
    frame: Frame,
    nav: Nav,
    /// (code, label, chosen) of needs and kinds.
    needs: Vec<(&'static str, String, bool)>,
    kinds: Vec<(&'static str, String, bool)>,
    languages: Vec<(&'static str, String, bool)>,
    distances: Vec<(u32, bool)>,
    catchments: Vec<(u32, bool)>,
    need_label: String,
    /// The worst gaps over every need, each a sentence.
    worst: Vec<String>,
    map: String,
    rows: Vec<DistrictRow>,
    remote: String,
    source: &'static str,
}

/// "1.234" / "1,234": whole people, grouped.
fn people(n: f64, lang: Lang) -> String {
    // Population figures stay far below u64's range.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let whole = n.round().max(0.0) as u64;
    let digits = whole.to_string();
    let sep = match lang {
        Lang::En | Lang::Ar | Lang::Fa => ',',
        Lang::Ru | Lang::Uk => '\u{a0}',
        _ => '.',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn decimal(x: f64, lang: Lang) -> String {
    let s = format!("{x:.1}");
    match lang {
        Lang::En | Lang::Ar | Lang::Fa => s,
        _ => s.replace('.', ","),
    }
}

fn percent(share: f64, lang: Lang) -> String {
    format!("{} %", decimal(share * 100.0, lang))
}

fn label_of(code: &str, lang: Lang) -> String {
    taxonomy::term(code).map_or_else(|| code.to_string(), |t| t.label(lang.code()).to_string())
}

/// The nearest alternative, said: "Schuldnerberatung X (Halle), 41,2 km".
fn alternative(supply: &[Supply], d: &DistrictCoverage, lang: Lang) -> Option<(String, String)> {
    d.nearest.map(|(j, dist)| {
        let s = &supply[j];
        let name = if s.town.is_empty() {
            s.name.clone()
        } else {
            format!("{} ({})", s.name, s.town)
        };
        (name, km(dist, lang))
    })
}

/// A gap said in a sentence.
fn sentence(tr: &Tr, need: &str, d: &DistrictCoverage, supply: &[Supply], asked: &Asked) -> String {
    let lang = tr.lang();
    let mut args = vec![
        ("district", district_label(&d.key)),
        ("need", label_of(need, lang)),
        ("share", percent(d.beyond_share(), lang)),
        ("people", people(d.beyond, lang)),
        ("km", asked.beyond_km.to_string()),
    ];
    match alternative(supply, d, lang) {
        Some((name, dist)) => {
            args.push(("nearest", name));
            args.push(("distance", dist));
            tr.plain("report-gap-sentence", &args)
        }
        None => tr.plain("report-gap-none", &args),
    }
}

/// The worst gaps over every need, for the asked language and distances.
fn worst(tr: &Tr, demand: &[DemandPoint], supply: &[Supply], asked: &Asked) -> Vec<String> {
    let mut all: Vec<(String, DistrictCoverage)> = Vec::new();
    for term in taxonomy::terms_of(Facet::Need) {
        let c = coverage(demand, supply, &asked.params(term.code));
        // A need nobody in the state offers at all is a gap of its own kind; the
        // vocabulary has needs the sample data does not cover, so only needs with
        // some service in reach of someone are ranked here.
        if c.points.iter().all(|p| p.nearest.is_none()) {
            continue;
        }
        all.extend(
            c.gaps()
                .into_iter()
                .map(|d| (term.code.to_string(), d.clone())),
        );
    }
    all.sort_by(|(_, a), (_, b)| {
        b.beyond
            .total_cmp(&a.beyond)
            .then((a.services_inside > 0).cmp(&(b.services_inside > 0)))
    });
    all.iter()
        .take(WORST)
        .map(|(need, d)| sentence(tr, need, d, supply, asked))
        .collect()
}

pub async fn page(
    State(state): State<AppState>,
    staff: Staff,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, HtmlError> {
    staff.coordinator_only()?;
    let asked = read(&q).map_err(|e| staff.html_error(e))?;
    let supply = super::supply(&state)
        .await
        .map_err(|e| staff.html_error(e))?;
    let population: BTreeMap<String, u64> = shipped()
        .iter()
        .map(|(k, d)| (k.clone(), d.population))
        .collect();
    let lang = staff.lang;
    let tr = Tr::new(lang);
    let (cov, demand, worst): (Coverage, Vec<DemandPoint>, Vec<String>) = {
        let asked = asked.clone();
        let supply = supply.clone();
        let tr = Tr::new(lang);
        tokio::task::spawn_blocking(move || {
            let demand = demand_points(STATE_PREFIX, &population);
            let cov = coverage(&demand, &supply, &asked.params(&asked.need));
            let worst = worst(&tr, &demand, &supply, &asked);
            (cov, demand, worst)
        })
        .await
        .map_err(|e| staff.html_error(AppError::internal(e)))?
    };
    let need_label = label_of(&asked.need, lang);
    let legend = [
        tr.t("report-class-0"),
        tr.t("report-class-1"),
        tr.t("report-class-2"),
        tr.t("report-class-3"),
        tr.t("report-class-4"),
    ];
    let title = match &asked.language {
        Some(l) => format!("{need_label} · {}", language_label(l, lang.code())),
        None => need_label.clone(),
    };
    let mut districts: Vec<&DistrictCoverage> = cov.districts.iter().collect();
    districts.sort_by_key(|d| district_label(&d.key));
    let rows = districts
        .into_iter()
        .map(|d| DistrictRow {
            name: district_label(&d.key),
            population: people(d.population, lang),
            inside: d.services_inside,
            beyond: percent(d.beyond_share(), lang),
            access: decimal(d.access, lang),
            nearest: alternative(&supply, d, lang)
                .map(|(name, dist)| format!("{name}, {dist}"))
                .unwrap_or_else(|| tr.t("report-none")),
            gap: d.is_gap(),
        })
        .collect();
    let chosen = |code: &str| code == asked.need;
    let page = GapsPage {
        frame: Frame::new(lang, "/verwaltung/berichte/luecken", &[]),
        nav: Nav::new(&staff, &state),
        needs: taxonomy::terms_of(Facet::Need)
            .map(|t| (t.code, t.label(lang.code()).to_string(), chosen(t.code)))
            .collect(),
        kinds: taxonomy::terms_of(Facet::ServiceKind)
            .map(|t| (t.code, t.label(lang.code()).to_string(), chosen(t.code)))
            .collect(),
        languages: LANGUAGE_CODES
            .iter()
            .map(|c| {
                (
                    *c,
                    language_label(c, lang.code()),
                    asked.language.as_deref() == Some(c),
                )
            })
            .collect(),
        distances: DISTANCES
            .iter()
            .map(|d| (*d, *d == asked.beyond_km))
            .collect(),
        catchments: DISTANCES
            .iter()
            .map(|d| (*d, *d == asked.catchment_km))
            .collect(),
        map: map::svg(&demand, &cov.points, 640.0, &title, &legend),
        need_label,
        worst,
        rows,
        remote: tr.num(
            "report-remote",
            "count",
            u64::try_from(cov.remote).unwrap_or(u64::MAX),
        ),
        source: SHIPPED_SOURCE,
        tr,
    };
    Ok(render(page, lang, StatusCode::OK, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn the_query_is_read_or_refused_by_name() {
        let a = read(&query(&[])).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(
            (a.need.as_str(), a.beyond_km, a.catchment_km),
            ("need:debts", 30, 50)
        );
        let a = read(&query(&[
            ("need", "kind:debt"),
            ("sprache", "ar"),
            ("km", "50"),
        ]))
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!((a.language.as_deref(), a.beyond_km), (Some("ar"), 50));
        for (name, bad) in [
            ("need", "need:nope"),
            ("sprache", "xx"),
            ("km", "0"),
            ("einzug", "abc"),
        ] {
            let e = read(&query(&[(name, bad)])).err();
            assert!(
                matches!(e, Some(AppError::BadRequest { ref param, .. }) if param == name),
                "{name}"
            );
        }
        assert_eq!(people(1_234_567.4, Lang::De), "1.234.567");
        assert_eq!(people(950.0, Lang::En), "950");
    }
}
