//! GET `/api/v1/openapi.json`: the OpenAPI 3.1 document of the JSON API, written by hand
//! in `openapi.json` next to `Cargo.toml`.

use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::{MethodRouter, get};

use crate::AppState;

pub const DOCUMENT: &str = include_str!("../openapi.json");

pub async fn document() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], DOCUMENT)
}

pub fn api_routes() -> Vec<(&'static str, MethodRouter<AppState>)> {
    vec![("/api/v1/openapi.json", get(document))]
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::Value;

    use super::DOCUMENT;
    use crate::directory::hsds::{organizations, service_at_locations, services, taxonomies};
    use crate::directory::search::SEARCH_PARAMS;

    fn doc() -> Value {
        serde_json::from_str(DOCUMENT).unwrap()
    }

    /// The names of an operation's parameters, following `$ref`s into the components.
    fn parameter_names(doc: &Value, path: &str) -> BTreeSet<String> {
        let op = &doc["paths"][path]["get"];
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

    #[test]
    fn is_openapi_3_1() {
        let doc = doc();
        assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
        assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());
    }

    #[test]
    fn documents_every_api_route_and_no_other() {
        let doc = doc();
        let routes: BTreeSet<&str> = crate::api_routes().into_iter().map(|(p, _)| p).collect();
        assert!(routes.len() >= 9, "{routes:?}");
        for route in &routes {
            assert!(
                doc["paths"][route]["get"].is_object(),
                "{route} undocumented"
            );
        }
        let documented: BTreeSet<&str> = doc["paths"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            documented, routes,
            "documented paths the router does not serve"
        );
    }

    #[test]
    fn documents_every_search_parameter() {
        let doc = doc();
        let names = parameter_names(&doc, "/api/v1/search");
        let expected: BTreeSet<String> = SEARCH_PARAMS.iter().map(|s| s.to_string()).collect();
        assert_eq!(names, expected);
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
            assert_eq!(parameter_names(&doc, path), expected, "{path}");
        }
        // Every 400 answer has the error shape.
        for (path, item) in doc["paths"].as_object().unwrap() {
            if let Some(bad) = item["get"]["responses"].get("400") {
                assert_eq!(bad["$ref"], "#/components/responses/BadRequest", "{path}");
            }
        }
    }
}
