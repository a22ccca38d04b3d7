//! GET `/api/v1/matching`: case matching as JSON — per need the services that fit with
//! why, those left out with why not, and the nearest alternative when nothing is in
//! reach; the services serving several needs. Directory data only: nothing about the
//! client is stored, and anyone may ask, as anyone may search.

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use beratungsnetz_core::matching::{Assessment, Why, WhyNot, serving_several};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::case::{Found, answer_blocking, read};
use crate::AppState;
use crate::chrome::error::AppError;
use crate::directory::search_query::{LanguageCode, NeedCode};

/// The query of `/api/v1/matching`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // Describes the parameters; `case::read` reads them.
pub struct MatchQuery {
    /// The client's needs, with or without the prefix ("need:debts" or "debts"); repeat
    /// the parameter for each. At most 8. Needed unless `situation` names some.
    #[param(value_type = Option<Vec<NeedCode>>, inline, style = Form, explode)]
    need: Option<Vec<String>>,
    /// The situation in words, in any of the seven languages ("der Strom wird
    /// abgestellt"): the needs it names are added to `need`.
    #[param(max_length = 500)]
    situation: Option<String>,
    /// Where the client lives: a German postcode ("06108"), a town or "lat,lon".
    #[param(example = "06108")]
    near: String,
    /// How far the client can travel, in kilometres.
    #[param(minimum = 1, maximum = 500, default = 25)]
    radius_km: Option<u32>,
    /// Languages the client speaks (ISO 639), comma-separated or repeated.
    #[param(value_type = Option<Vec<LanguageCode>>, inline, style = Form, explode)]
    language: Option<Vec<String>>,
    /// The client's age in years.
    #[param(minimum = 0, maximum = 120)]
    age: Option<u8>,
    /// Only services free of charge.
    #[param(default = false)]
    free: Option<bool>,
    /// Only services with barrier-free access.
    #[param(default = false)]
    barrier_free: Option<bool>,
    /// Help by phone or video counts as in reach.
    #[param(default = false)]
    remote: Option<bool>,
}

/// The names [`MatchQuery`] documents, which `case::read` reads.
pub const MATCH_PARAMS: [&str; 9] = [
    "need",
    "situation",
    "near",
    "radius_km",
    "language",
    "age",
    "free",
    "barrier_free",
    "remote",
];

/// A reason a service fits, or was left out.
#[derive(Serialize, ToSchema)]
pub struct Reason {
    /// `need`, `language`, `near`, `statewide`, `remote`, `also-serves`, `open-now`,
    /// `opens`, `capacity`; or, left out:
    /// `language`, `age`, `not-free`, `not-barrier-free`, `out-of-reach`, `full`.
    pub reason: String,
    /// The need or language meant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The other needs of the case it serves.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub codes: Option<Vec<String>>,
    /// The distance, for `near` and `out-of-reach`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub km: Option<f64>,
    /// The ages the service is for, for `age`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_age: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_age: Option<u8>,
    /// When it opens next, for `opens`: weekday (0 = Monday) and minute of the day,
    /// in Germany's time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weekday: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minute: Option<u16>,
    /// Places free now, for `capacity`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available: Option<f64>,
}

fn reason(name: &str) -> Reason {
    Reason {
        reason: name.into(),
        code: None,
        codes: None,
        km: None,
        min_age: None,
        max_age: None,
        weekday: None,
        minute: None,
        available: None,
    }
}

impl From<&Why> for Reason {
    fn from(w: &Why) -> Reason {
        match w {
            Why::Need { code } => Reason {
                code: Some(code.clone()),
                ..reason("need")
            },
            Why::Language { code } => Reason {
                code: Some(code.clone()),
                ..reason("language")
            },
            Why::Near { km } => Reason {
                km: Some(*km),
                ..reason("near")
            },
            Why::Statewide => reason("statewide"),
            Why::Remote => reason("remote"),
            Why::AlsoServes { codes } => Reason {
                codes: Some(codes.clone()),
                ..reason("also-serves")
            },
            Why::OpenNow => reason("open-now"),
            Why::Capacity { available } => Reason {
                available: Some(*available),
                ..reason("capacity")
            },
            Why::Opens { weekday, minute } => Reason {
                weekday: Some(*weekday),
                minute: Some(*minute),
                ..reason("opens")
            },
        }
    }
}

impl From<&WhyNot> for Reason {
    fn from(w: &WhyNot) -> Reason {
        match w {
            WhyNot::Language => reason("language"),
            WhyNot::Age { min, max } => Reason {
                min_age: *min,
                max_age: *max,
                ..reason("age")
            },
            WhyNot::NotFree => reason("not-free"),
            WhyNot::NotBarrierFree => reason("not-barrier-free"),
            WhyNot::Full => reason("full"),
            WhyNot::OutOfReach { km } => Reason {
                km: km.is_finite().then_some(*km),
                ..reason("out-of-reach")
            },
        }
    }
}

/// A service in the answer.
#[derive(Serialize, ToSchema)]
pub struct Matched {
    pub id: String,
    pub name: String,
    pub organization: String,
    /// To its nearest place; absent for a service without one.
    pub distance_km: Option<f64>,
    /// Why it fits (for fitting services and the nearest alternative).
    pub why: Vec<Reason>,
    /// Why it was left out (empty when it fits).
    pub why_not: Vec<Reason>,
}

fn matched(a: &Assessment, found: &[Found]) -> Matched {
    let f = found.iter().find(|f| f.summary.id == a.id);
    Matched {
        id: a.id.clone(),
        name: f.map(|f| f.summary.name.clone()).unwrap_or_default(),
        organization: f
            .map(|f| f.summary.organization.clone())
            .unwrap_or_default(),
        distance_km: a.distance_km.filter(|d| d.is_finite()),
        why: a.why.iter().map(Reason::from).collect(),
        why_not: a.why_not.iter().map(Reason::from).collect(),
    }
}

/// The answer for one need.
#[derive(Serialize, ToSchema)]
pub struct NeedMatch {
    pub need: String,
    /// What fits in reach, best first (more of the needs served, then nearer); at most 3.
    pub fitting: Vec<Matched>,
    /// Services in reach that were left out, nearest first; at most 3.
    pub left_out: Vec<Matched>,
    /// When nothing fits in reach: the nearest that fits but for the distance.
    pub nearest: Option<Matched>,
}

/// A service that fits several of the needs.
#[derive(Serialize, ToSchema)]
pub struct Several {
    pub id: String,
    pub needs: Vec<String>,
}

/// The answer to a case.
#[derive(Serialize, ToSchema)]
pub struct MatchAnswer {
    /// The place as understood ("06108 Halle (Saale)").
    pub place: String,
    pub radius_km: f64,
    /// Services fitting two or more of the needs, most first.
    pub several: Vec<Several>,
    /// One answer per need, in the order asked.
    pub needs: Vec<NeedMatch>,
}

/// Case matching: several needs at once
///
/// For each need, the services that fit near the place with the reasons, the ones left
/// out with the reasons, and the nearest alternative when nothing fits in reach.
#[utoipa::path(
    get,
    path = "/api/v1/matching",
    tag = "directory",
    operation_id = "matching",
    params(MatchQuery),
    responses((status = 200, description = "The answer per need.", body = MatchAnswer)),
)]
pub async fn matching(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    let pairs: Vec<(String, String)> =
        form_urlencoded::parse(query.as_deref().unwrap_or_default().as_bytes())
            .into_owned()
            .filter(|(k, _)| k != "lang")
            .collect();
    let asked = read(&pairs)?;
    if asked.case.needs.is_empty() {
        return Err(AppError::bad_request("need", "at least one need"));
    }
    let Some((place, _, _)) = asked.place.clone() else {
        return Err(AppError::bad_request("near", "a place is needed"));
    };
    let (answers, found) =
        answer_blocking(state.search.clone(), asked.clone(), state.clock.now()).await?;
    let body = MatchAnswer {
        place,
        radius_km: asked.case.radius_km,
        several: serving_several(&answers)
            .into_iter()
            .map(|(id, needs)| Several { id, needs })
            .collect(),
        needs: answers
            .iter()
            .map(|n| NeedMatch {
                need: n.need.clone(),
                fitting: n.fitting.iter().map(|a| matched(a, &found)).collect(),
                left_out: n.left_out.iter().map(|a| matched(a, &found)).collect(),
                nearest: n.nearest.as_ref().map(|a| matched(a, &found)),
            })
            .collect(),
    };
    let mut resp = Json(body).into_response();
    // The case is in the address: no cache keeps it.
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(resp)
}

pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::default().routes(routes!(matching))
}
