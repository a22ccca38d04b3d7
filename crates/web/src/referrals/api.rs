//! GET `/api/v1/referrals`: a counsellor's work list as JSON, signed in with the session
//! cookie as on the pages. Never cached, by anyone: it answers per person.

use axum::extract::RawQuery;
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::list::{Filter, Side, WorkItem, work};
use crate::AppState;
use crate::accounts::session::ApiStaff;
use crate::chrome::error::{AppError, ErrorBody};
use crate::chrome::layout::personal_json;

/// The query of `/api/v1/referrals`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // Describes the parameters; `filter` reads them.
pub struct WorkQuery {
    /// Only one side: the referrals the reader's organisations sent, or those sent to them.
    #[param(value_type = Option<Side>, inline)]
    side: Option<String>,
    /// Only referrals in these states (without reason or outcome: `declined` is every
    /// declined one). Repeat the parameter or separate by commas.
    #[param(value_type = Option<Vec<StateBase>>, inline, style = Form, explode)]
    state: Option<Vec<String>>,
}

/// The names [`WorkQuery`] documents, which [`filter`] reads.
pub const WORK_PARAMS: [&str; 2] = ["side", "state"];

/// A state without its reason or outcome.
#[derive(ToSchema)]
#[allow(dead_code)] // Describes a parameter's values.
#[schema(rename_all = "kebab-case")]
pub enum StateBase {
    Draft,
    Sent,
    Accepted,
    Declined,
    InProgress,
    Closed,
    Withdrawn,
    Expired,
}

/// A work list.
#[derive(Serialize, ToSchema)]
pub struct WorkList {
    /// Overdue first, then what waits for the reader's side, then last changed first.
    pub referrals: Vec<WorkItem>,
}

fn filter(query: Option<&str>) -> Result<Filter, AppError> {
    let mut filter = Filter::default();
    for (name, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        match name.as_ref() {
            "side" => filter.sides.push(
                Side::parse(&value)
                    .ok_or_else(|| AppError::bad_request("side", "incoming or outgoing"))?,
            ),
            "state" => {
                for code in value.split(',').filter(|c| !c.is_empty()) {
                    filter.states.push(
                        Filter::state(code)
                            .ok_or_else(|| AppError::bad_request("state", "unknown state"))?,
                    );
                }
            }
            other => return Err(AppError::bad_request(other, "unknown parameter")),
        }
    }
    Ok(filter)
}

/// The work list of the signed-in counsellor
///
/// The referrals the counsellor's organisations sent or receive; for anyone else the
/// list does not exist. Signed in with the session cookie of the pages.
#[utoipa::path(
    get,
    path = "/api/v1/referrals",
    tag = "referrals",
    operation_id = "referral_work_list",
    params(WorkQuery),
    security(("session" = [])),
    responses(
        (status = 200, description = "The work list.", body = WorkList),
        (status = 401, description = "Not signed in.", body = ErrorBody),
        (status = 403, description = "Signed in, but not a counsellor of any organisation.", body = ErrorBody),
    ),
)]
pub async fn work_list(
    ApiStaff { state, staff }: ApiStaff,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    let filter = filter(query.as_deref())?;
    let orgs = staff.grants.counselling_organizations();
    if orgs.is_empty() {
        return Err(AppError::refused(
            StatusCode::FORBIDDEN,
            "referral-counsellors-only",
        ));
    }
    let referrals = work(&state, &orgs, staff.now, &filter).await?;
    Ok(personal_json(WorkList { referrals }))
}

pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::default().routes(routes!(work_list))
}

#[cfg(test)]
mod tests {
    use super::filter;

    #[test]
    fn the_filter_names_what_it_refuses() {
        let f = filter(Some("side=incoming&state=sent,declined&state=closed")).unwrap();
        assert_eq!(f.states, ["sent", "declined", "closed"]);
        assert_eq!(f.sides.len(), 1);
        for (query, param) in [
            ("side=both", "side"),
            ("state=declined:other", "state"),
            ("zustand=sent", "zustand"),
        ] {
            match filter(Some(query)) {
                Err(crate::chrome::error::AppError::BadRequest { param: p, .. }) => {
                    assert_eq!(p, param, "{query}")
                }
                other => panic!("{query}: {other:?}"),
            }
        }
        assert!(filter(None).unwrap().states.is_empty());
    }
}
