//! GET `/api/v1/openapi.json`: the OpenAPI 3.1 document of the JSON API, generated from
//! the code. Each feature registers its routes through utoipa-axum's `OpenApiRouter`, so a
//! route and its operation are declared once, on the handler; response bodies are derived
//! from the types the handlers answer with. Two parts are added here by rule:
//! - the HSDS record schemas (`openapi/hsds-schemas.json`): the HSDS 3.1 API description's
//!   shapes of the records the store holds, which the handlers pass on as JSON;
//! - the error answers: 400 and 500 for every operation that takes parameters, 404 for
//!   every path with an `{id}`, all with the [`ErrorBody`] shape.
//!
//! `openapi.json` next to `Cargo.toml` is a snapshot of the document, checked by a test
//! (`BERATUNGSNETZ_UPDATE_OPENAPI=1 cargo test -p beratungsnetz-web openapi` rewrites it).

use std::sync::LazyLock;

use axum::http::header;
use axum::response::IntoResponse;
use serde_json::{Map, Value, json};
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::chrome::error::{AppError, ErrorBody};

/// The HSDS record schemas, in the form of our document's components.
const HSDS_SCHEMAS: &str = include_str!("../openapi/hsds-schemas.json");

#[derive(OpenApi)]
#[openapi(
    info(
        title = "beratungsnetz API",
        version = "1",
        description = "The directory of counselling services in Sachsen-Anhalt: our search API, and the HSDS API (Open Referral Human Services Data Specification 3.1 API description) under /hsds, every read endpoint with the parameters it defines. /services and /api/v1/services are kept as aliases of /hsds/services. Postcodes: GeoNames, CC BY 4.0.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    tags(
        (name = "directory", description = "Our JSON API."),
        (name = "hsds", description = "The HSDS 3.1 API, under /hsds."),
        (name = "referrals", description = "Referrals, for counsellors of the two organisations of each: signed in with the session cookie of the pages."),
        (name = "interfaces", description = "Interface sheets (Schnittstellenblätter) of the service kinds, for anyone signed in: signed in with the session cookie of the pages."),
        (name = "reports", description = "Reports for the network's coordinators: signed in with the session cookie of the pages."),
        (name = "operations", description = "Probes for load balancers and orchestrators."),
        (name = "meta", description = "This document."),
    ),
    components(schemas(ErrorBody)),
    modifiers(&SessionCookie),
)]
struct ApiDoc;

/// The session cookie the signed-in pages set, which the referral endpoints read too.
struct SessionCookie;

impl utoipa::Modify for SessionCookie {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                crate::accounts::session::SESSION_COOKIE,
                "Set by signing in at /anmelden.",
            ))),
        );
    }
}

/// The document's own route.
pub fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi()).routes(routes!(serve))
}

static DOCUMENT: LazyLock<Result<String, String>> = LazyLock::new(|| {
    document()
        .and_then(|doc| serde_json::to_string_pretty(&doc).map_err(|e| e.to_string()))
        .map(|text| text + "\n")
});

/// This document
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    tag = "meta",
    operation_id = "openapi",
    responses((status = 200, description = "OpenAPI 3.1", body = Object)),
)]
pub async fn serve() -> Result<impl IntoResponse, AppError> {
    let text = DOCUMENT
        .as_ref()
        .map_err(|e| AppError::internal(e.clone()))?;
    Ok(([(header::CONTENT_TYPE, "application/json")], text.as_str()))
}

/// The whole document: the operations of every route of [`crate::api`], the HSDS record
/// schemas and the error answers.
pub fn document() -> Result<Value, String> {
    let (_, api) = crate::api().split_for_parts();
    let mut doc = serde_json::to_value(api).map_err(|e| e.to_string())?;
    let hsds: Map<String, Value> = serde_json::from_str(HSDS_SCHEMAS).map_err(|e| e.to_string())?;
    let schemas = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
        .ok_or("the generated document has no schemas")?;
    for (name, schema) in hsds {
        if schemas.insert(name.clone(), schema).is_some() {
            return Err(format!(
                "schema {name} is both generated and an HSDS schema"
            ));
        }
    }
    add_error_answers(&mut doc)?;
    Ok(doc)
}

/// 400 and 500 for operations with parameters, 404 for paths with an id.
fn add_error_answers(doc: &mut Value) -> Result<(), String> {
    let answer = |description: &str| {
        json!({
            "description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
        })
    };
    let components = doc
        .get_mut("components")
        .and_then(Value::as_object_mut)
        .ok_or("the generated document has no components")?;
    components.insert(
        "responses".into(),
        json!({
            "BadRequest": answer("A parameter is missing, unknown or invalid; `error.parameter` names it."),
            "NotFound": answer("No such record or path."),
            "InternalError": answer("Something failed on the server; details are logged, not shown."),
        }),
    );
    let paths = doc
        .get_mut("paths")
        .and_then(Value::as_object_mut)
        .ok_or("the generated document has no paths")?;
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for operation in item.values_mut() {
            let takes_parameters = operation["parameters"]
                .as_array()
                .is_some_and(|p| !p.is_empty());
            let Some(responses) = operation
                .get_mut("responses")
                .and_then(Value::as_object_mut)
            else {
                continue;
            };
            let mut add = |status: &str, name: &str| {
                responses.insert(
                    status.into(),
                    json!({"$ref": format!("#/components/responses/{name}")}),
                );
            };
            if takes_parameters {
                add("400", "BadRequest");
            }
            if path.contains("{id}") {
                add("404", "NotFound");
            }
            if takes_parameters {
                add("500", "InternalError");
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::Value;

    use super::document;
    use crate::directory::hsds::{organizations, service_at_locations, services, taxonomies};
    use crate::directory::search::SEARCH_PARAMS;
    use crate::matching::api::MATCH_PARAMS;
    use crate::referrals::api::WORK_PARAMS;

    fn doc() -> Value {
        document().unwrap()
    }

    /// The names of an operation's parameters, following `$ref`s into the components.
    fn parameter_names(doc: &Value, path: &str, method: &str) -> BTreeSet<String> {
        let op = &doc["paths"][path][method];
        op["parameters"]
            .as_array()
            .unwrap_or_else(|| panic!("{path} has no parameters"))
            .iter()
            .map(|p| {
                let p = match p["$ref"].as_str() {
                    Some(r) => {
                        let name = r.trim_start_matches("#/components/parameters/");
                        &doc["components"]["parameters"][name]
                    }
                    None => p,
                };
                assert!(p["schema"].is_object(), "{path}: {p}");
                assert!(p["description"].is_string(), "{path}: {p}");
                p["name"].as_str().unwrap().to_string()
            })
            .collect()
    }

    /// Every `$ref` in `value`.
    fn refs(value: &Value, found: &mut BTreeSet<String>) {
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    match (key.as_str(), v) {
                        ("$ref", Value::String(r)) => {
                            found.insert(r.clone());
                        }
                        _ => refs(v, found),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|v| refs(v, found)),
            _ => {}
        }
    }

    #[test]
    fn the_committed_snapshot_is_the_generated_document() {
        let generated = super::DOCUMENT.as_ref().unwrap();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.json");
        if std::env::var_os("BERATUNGSNETZ_UPDATE_OPENAPI").is_some() {
            std::fs::write(path, generated).unwrap();
        }
        let committed = std::fs::read_to_string(path).unwrap();
        assert!(
            committed == *generated,
            "openapi.json differs from the document the code generates; \
             run with BERATUNGSNETZ_UPDATE_OPENAPI=1 and review the diff"
        );
    }

    #[test]
    fn is_openapi_3_1() {
        let doc = doc();
        assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
        assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());
    }

    #[test]
    fn every_reference_resolves() {
        let doc = doc();
        let mut found = BTreeSet::new();
        refs(&doc, &mut found);
        assert!(found.len() > 20, "{found:?}");
        for r in found {
            let pointer = r.trim_start_matches('#');
            assert!(doc.pointer(pointer).is_some(), "{r} does not resolve");
        }
    }

    #[test]
    fn operation_ids_are_unique() {
        let doc = doc();
        let mut seen = BTreeSet::new();
        for item in doc["paths"].as_object().unwrap().values() {
            for op in item.as_object().unwrap().values() {
                let id = op["operationId"].as_str().unwrap().to_string();
                assert!(seen.insert(id.clone()), "{id} twice");
            }
        }
        assert_eq!(seen.len(), 34, "{seen:?}");
    }

    #[test]
    fn documents_every_parameter_the_handlers_read() {
        let doc = doc();
        let names = parameter_names(&doc, "/api/v1/search", "get");
        let expected: BTreeSet<String> = SEARCH_PARAMS.iter().map(|s| s.to_string()).collect();
        assert_eq!(names, expected);
        let names = parameter_names(&doc, "/api/v1/matching", "get");
        let expected: BTreeSet<String> = MATCH_PARAMS.iter().map(|s| s.to_string()).collect();
        assert_eq!(names, expected);
        let names = parameter_names(&doc, "/api/v1/referrals", "get");
        let expected: BTreeSet<String> = WORK_PARAMS.iter().map(|s| s.to_string()).collect();
        assert_eq!(names, expected);
        let names = parameter_names(&doc, "/api/v1/reports/gaps", "get");
        let expected: BTreeSet<String> = crate::reports::figures::API_PARAMS
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(names, expected);
        // The work list is behind the session cookie, and says so.
        assert_eq!(
            doc["paths"]["/api/v1/referrals"]["get"]["security"][0]["session"],
            serde_json::json!([])
        );
        assert_eq!(
            doc["components"]["securitySchemes"]["session"]["in"],
            "cookie"
        );
        // The HSDS lists document exactly the parameters their handlers read.
        let hsds: [(&str, &[&str]); 7] = [
            ("/api/v1/services", &services::PARAMS),
            ("/services", &services::PARAMS),
            ("/hsds/services", &services::PARAMS),
            ("/hsds/organizations", &organizations::PARAMS),
            ("/hsds/taxonomies", &taxonomies::TAXONOMY_PARAMS),
            ("/hsds/taxonomy_terms", &taxonomies::TERM_PARAMS),
            ("/hsds/service_at_locations", &service_at_locations::PARAMS),
        ];
        for (path, params) in hsds {
            let expected: BTreeSet<String> = params.iter().map(|s| s.to_string()).collect();
            assert_eq!(parameter_names(&doc, path, "get"), expected, "{path}");
            if path.starts_with("/hsds/") {
                assert_eq!(parameter_names(&doc, path, "post"), expected, "{path}");
            }
        }
    }

    /// A parameter's schema is one plain schema: utoipa wraps an inline enum with a
    /// parameter-level default in an `allOf` with `type: object`, which no value meets.
    #[test]
    fn parameter_schemas_can_be_met() {
        let doc = doc();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for op in item.as_object().unwrap().values() {
                for p in op["parameters"].as_array().into_iter().flatten() {
                    let schema = p["schema"].to_string();
                    assert!(!schema.contains("allOf"), "{path} {}: {schema}", p["name"]);
                    assert!(
                        p["schema"]["type"].is_string(),
                        "{path} {}: {schema}",
                        p["name"]
                    );
                }
            }
        }
    }

    #[test]
    fn errors_have_the_error_shape() {
        let doc = doc();
        let mut with_400 = 0;
        for (path, item) in doc["paths"].as_object().unwrap() {
            for op in item.as_object().unwrap().values() {
                let responses = &op["responses"];
                if op["parameters"].as_array().is_some_and(|p| !p.is_empty()) {
                    assert_eq!(
                        responses["400"]["$ref"], "#/components/responses/BadRequest",
                        "{path}"
                    );
                    with_400 += 1;
                }
                if path.contains("{id}") {
                    assert_eq!(
                        responses["404"]["$ref"], "#/components/responses/NotFound",
                        "{path}"
                    );
                }
            }
        }
        assert!(with_400 >= 20, "{with_400}");
        let error = &doc["components"]["schemas"]["Error"];
        assert_eq!(error["required"], serde_json::json!(["error"]));
    }
}
