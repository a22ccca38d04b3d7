//! GET `/api/v1/search`: the directory's own search, in the client's language: text in any
//! of the vocabulary's languages, place and radius, filters, facet counts.

use std::collections::{BTreeMap, HashMap};

use super::labels;
use super::search_answer::{self as answer, Coded, FacetValue, Facets, SearchHit, SearchPage};
use super::search_query::SearchQuery;
use crate::AppState;
use crate::chrome::error::AppError;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, Uri, header};
use axum::response::{IntoResponse, Response};
use beratungsnetz_core::clock::{self, Now};
use beratungsnetz_core::freshness;
use beratungsnetz_core::geo::{self, Resolved, haversine_km};
use beratungsnetz_core::taxonomy::{self, Facet};
use beratungsnetz_search::{Hit, Near, SearchRequest, SearchResponse, Sort};

/// Every parameter the search accepts; anything else is rejected, naming it.
pub const SEARCH_PARAMS: &[&str] = &[
    "q",
    "near",
    "radius_km",
    "need",
    "kind",
    "target",
    "language",
    "district",
    "free",
    "barrier_free",
    "mode",
    "open_now",
    "open_on",
    "sort",
    "page",
    "per_page",
    "lang",
];

/// Longest query text, in characters.
pub const MAX_Q_CHARS: usize = 200;
pub const DEFAULT_RADIUS_KM: f64 = 25.0;
pub const MAX_RADIUS_KM: f64 = 500.0;
const DEFAULT_PER_PAGE: u64 = 20;
const MAX_PER_PAGE: u64 = 100;
const MODES: [&str; 3] = ["in_person", "phone", "video"];
const WEEKDAYS: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];
/// The facets of the response, in this order.
const FACETS: [&str; 7] = [
    "need", "kind", "target", "language", "district", "flag", "mode",
];

/// A search as the client asked for it.
#[derive(Debug)]
pub struct Parsed {
    pub request: SearchRequest,
    /// Language of the labels: one of [`taxonomy::LANGUAGES`].
    pub lang: &'static str,
    pub near: Option<(Resolved, f64)>,
    pub page: u64,
    pub per_page: u64,
    /// The moment of the request ("open now", "possibly outdated").
    pub now: Now,
}

/// Query parameters by name; empty values count as absent.
struct Params(HashMap<String, Vec<String>>);

impl Params {
    fn new(pairs: Vec<(String, String)>, known: &[&str]) -> Result<Params, AppError> {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for (k, v) in pairs {
            if !known.contains(&k.as_str()) {
                let name: String = k.chars().take(64).collect();
                return Err(AppError::bad_request(
                    name,
                    format!("unknown parameter; known are: {}", known.join(", ")),
                ));
            }
            let v = v.trim();
            if !v.is_empty() {
                map.entry(k).or_default().push(v.to_string());
            }
        }
        Ok(Params(map))
    }

    /// A parameter that may be given once.
    fn one(&self, name: &str) -> Result<Option<&str>, AppError> {
        match self.0.get(name).map(Vec::as_slice) {
            None | Some([]) => Ok(None),
            Some([v]) => Ok(Some(v)),
            Some(_) => Err(AppError::bad_request(name, "may be given only once")),
        }
    }

    /// A parameter that may be repeated (`need=a&need=b`) or list values (`need=a,b`).
    fn many(&self, name: &str) -> Vec<&str> {
        self.0
            .get(name)
            .into_iter()
            .flatten()
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect()
    }

    fn flag(&self, name: &str) -> Result<bool, AppError> {
        match self.one(name)? {
            None => Ok(false),
            Some(v) => match v.to_ascii_lowercase().as_str() {
                "true" | "1" | "yes" | "on" => Ok(true),
                "false" | "0" | "no" | "off" => Ok(false),
                _ => Err(AppError::bad_request(name, "must be true or false")),
            },
        }
    }

    fn number(&self, name: &str, min: u64, max: u64) -> Result<Option<u64>, AppError> {
        self.one(name)?
            .map(|raw| {
                raw.parse::<u64>()
                    .ok()
                    .filter(|n| (min..=max).contains(n))
                    .ok_or_else(|| {
                        let range = if max == u64::MAX {
                            format!("a whole number of at least {min}")
                        } else {
                            format!("a whole number from {min} to {max}")
                        };
                        AppError::bad_request(name, format!("must be {range}"))
                    })
            })
            .transpose()
    }
}

/// The query text: at most [`MAX_Q_CHARS`] characters.
pub fn check_text(name: &str, q: Option<&str>) -> Result<String, AppError> {
    let q = q.unwrap_or_default();
    if q.chars().count() > MAX_Q_CHARS {
        return Err(AppError::bad_request(
            name,
            format!("must be at most {MAX_Q_CHARS} characters"),
        ));
    }
    Ok(q.to_string())
}

/// Vocabulary codes of one facet, with or without their prefix ("debts", "need:debts").
fn codes(params: &Params, name: &str, facet: Facet) -> Result<Vec<String>, AppError> {
    let prefix = match facet {
        Facet::Need => "need",
        Facet::ServiceKind => "kind",
        Facet::TargetGroup => "target",
    };
    let mut out: Vec<String> = Vec::new();
    for raw in params.many(name) {
        let lower = raw.to_lowercase();
        let code = if lower.contains(':') {
            lower
        } else {
            format!("{prefix}:{lower}")
        };
        match taxonomy::term(&code) {
            Some(t) if t.facet == facet => {
                if !out.iter().any(|c| c == t.code) {
                    out.push(t.code.to_string());
                }
            }
            _ => {
                let known: Vec<&str> = taxonomy::terms_of(facet).map(|t| t.code).collect();
                return Err(AppError::bad_request(
                    name,
                    format!("unknown code `{raw}`; known are: {}", known.join(", ")),
                ));
            }
        }
    }
    Ok(out)
}

/// Reads and checks every parameter; `now` is the moment of the request.
pub fn parse(pairs: Vec<(String, String)>, now: Now) -> Result<Parsed, AppError> {
    let p = Params::new(pairs, SEARCH_PARAMS)?;
    let q = check_text("q", p.one("q")?)?;

    let radius = match p.one("radius_km")? {
        None => None,
        Some(raw) => Some(
            raw.parse::<f64>()
                .ok()
                .filter(|r| r.is_finite() && *r > 0.0 && *r <= MAX_RADIUS_KM)
                .ok_or_else(|| {
                    AppError::bad_request(
                        "radius_km",
                        format!(
                            "must be a number of kilometres above 0 and at most {MAX_RADIUS_KM}"
                        ),
                    )
                })?,
        ),
    };
    let near = match p.one("near")? {
        None if radius.is_some() => {
            return Err(AppError::bad_request(
                "radius_km",
                "needs `near`: a postcode, a town or \"lat,lon\"",
            ));
        }
        None => None,
        Some(place) => {
            let resolved = geo::gazetteer().resolve(place).ok_or_else(|| {
                AppError::bad_request(
                    "near",
                    "unknown place: give a German postcode (\"06108\"), a town (\"Halle (Saale)\") or \"lat,lon\"",
                )
            })?;
            Some((resolved, radius.unwrap_or(DEFAULT_RADIUS_KM)))
        }
    };

    let mut languages: Vec<String> = Vec::new();
    for raw in p.many("language") {
        let code = raw.to_ascii_lowercase();
        let ok = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
        if !ok {
            return Err(AppError::bad_request(
                "language",
                format!("`{raw}` is not a language code (ISO 639, e.g. \"ar\")"),
            ));
        }
        if !languages.contains(&code) {
            languages.push(code);
        }
    }

    let mut districts: Vec<String> = Vec::new();
    for raw in p.many("district") {
        let code = if raw.len() == 5 && raw.bytes().all(|b| b.is_ascii_digit()) {
            labels::is_district(raw).then(|| raw.to_string())
        } else {
            labels::district_by_name(raw)
        };
        let code = code.ok_or_else(|| {
            AppError::bad_request(
                "district",
                format!("unknown district `{raw}`: give its key (\"15002\") or its name"),
            )
        })?;
        if !districts.contains(&code) {
            districts.push(code);
        }
    }

    let mut modes: Vec<String> = Vec::new();
    for raw in p.many("mode") {
        let m = raw.to_ascii_lowercase();
        if !MODES.contains(&m.as_str()) {
            return Err(AppError::bad_request(
                "mode",
                format!("must be one of {}", MODES.join(", ")),
            ));
        }
        if !modes.contains(&m) {
            modes.push(m);
        }
    }

    let weekday = match p.one("open_on")? {
        None => None,
        Some(raw) => {
            let d = raw.to_ascii_lowercase();
            let i = WEEKDAYS.iter().position(|w| *w == d).ok_or_else(|| {
                AppError::bad_request("open_on", format!("must be one of {}", WEEKDAYS.join(", ")))
            })?;
            // At most 6.
            Some(i as u8)
        }
    };
    let open_at = p.flag("open_now")?.then(|| now.berlin_weekday_minute());

    let sort = match p.one("sort")? {
        None | Some("relevance") => Sort::Relevance,
        Some("distance") if near.is_some() => Sort::Distance,
        Some("distance") => {
            return Err(AppError::bad_request(
                "sort",
                "sorting by distance needs `near`",
            ));
        }
        Some("name") => Sort::Name,
        Some(_) => {
            return Err(AppError::bad_request(
                "sort",
                "must be one of relevance, distance, name",
            ));
        }
    };
    let page = p.number("page", 1, u64::MAX)?.unwrap_or(1);
    let per_page = p
        .number("per_page", 1, MAX_PER_PAGE)?
        .unwrap_or(DEFAULT_PER_PAGE);
    let lang = match p.one("lang")? {
        None => "de",
        Some(raw) => taxonomy::LANGUAGES
            .iter()
            .copied()
            .find(|l| l.eq_ignore_ascii_case(raw))
            .ok_or_else(|| {
                AppError::bad_request(
                    "lang",
                    format!("must be one of {}", taxonomy::LANGUAGES.join(", ")),
                )
            })?,
    };

    let request = SearchRequest {
        q,
        near: near.as_ref().map(|(r, radius_km)| Near {
            lat: r.lat,
            lon: r.lon,
            radius_km: *radius_km,
        }),
        needs: codes(&p, "need", Facet::Need)?,
        kinds: codes(&p, "kind", Facet::ServiceKind)?,
        targets: codes(&p, "target", Facet::TargetGroup)?,
        languages,
        districts,
        free: p.flag("free")?,
        barrier_free: p.flag("barrier_free")?,
        modes,
        open_at,
        weekday,
        sort,
        offset: 0,
        limit: 0,
        today: now.today(),
        facets: true,
    };
    Ok(Parsed {
        request,
        lang,
        near,
        page,
        per_page,
        now,
    })
}

/// Runs a search for one page (1-based) of `per_page` hits.
pub fn run(
    state: &AppState,
    mut request: SearchRequest,
    page: u64,
    per_page: u64,
) -> Result<SearchResponse, AppError> {
    // Pages past the end are empty; this also keeps huge offsets away from the index.
    let docs = usize::try_from(state.search.num_docs()).unwrap_or(usize::MAX);
    let offset = (page.saturating_sub(1)).saturating_mul(per_page);
    request.offset = usize::try_from(offset).unwrap_or(usize::MAX).min(docs);
    request.limit = usize::try_from(per_page).unwrap_or(usize::MAX);
    let started = std::time::Instant::now();
    let answer = state.search.search(&request).map_err(AppError::internal);
    state.metrics.search(started.elapsed().as_secs_f64());
    answer
}

/// GET `/api/v1/search`. The same query string within the same minute on the same index
/// is answered from the cache.
#[utoipa::path(
    get,
    path = "/api/v1/search",
    tag = "directory",
    operation_id = "search",
    summary = "Search counselling services",
    description = "Full text (German stemming, compounds, synonyms in seven languages), place and radius, filters and facet counts. Within one filter any value may match; across filters all must. Unknown parameters are rejected with 400 naming them. Empty values count as absent.",
    params(SearchQuery),
    responses((status = 200, description = "One page of hits with facets.", body = SearchPage)),
)]
pub async fn search(State(state): State<AppState>, uri: Uri) -> Result<Response, AppError> {
    let now = state.clock.now();
    let (raw, generation, minute) = (
        uri.query().unwrap_or_default(),
        state.search.generation(),
        now.minute(),
    );
    if state.config.search_cache
        && let Some(body) = state.search_cache.get(raw, generation, minute)
    {
        return Ok(json_bytes(body));
    }
    // Parsed only now: an answer from the cache needs no parsing.
    let Query(pairs) = Query::<Vec<(String, String)>>::try_from_uri(&uri)
        .map_err(|_| AppError::bad_request("query", "malformed query string"))?;
    let parsed = parse(pairs, now)?;
    let resp = run(&state, parsed.request.clone(), parsed.page, parsed.per_page)?;
    let body =
        Bytes::from(serde_json::to_vec(&response(&resp, &parsed)).map_err(AppError::internal)?);
    if state.config.search_cache {
        state
            .search_cache
            .put(raw, generation, minute, body.clone());
    }
    Ok(json_bytes(body))
}

fn json_bytes(body: Bytes) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response()
}

/// The JSON answer: an HSDS-style page of hits, facets, what the text was understood as.
pub fn response(resp: &SearchResponse, parsed: &Parsed) -> SearchPage {
    let lang = parsed.lang;
    // Read once: every hit says whether it is open at the same moment.
    let local = parsed.now.berlin_weekday_minute();
    let contents: Vec<SearchHit> = resp.hits.iter().map(|h| hit(h, parsed, local)).collect();
    let mut facets = Facets::default();
    for name in FACETS {
        if let Some(slot) = facets.slot(name) {
            *slot = facet(resp.facets.get(name), name, lang);
        }
    }
    let understood = resp
        .understood
        .iter()
        .map(|code| Coded {
            code: code.clone(),
            label: labels::term_label(code, lang),
        })
        .collect();
    let near = parsed.near.as_ref().map(|(r, radius_km)| answer::Near {
        label: r.label.clone(),
        lat: r.lat,
        lon: r.lon,
        radius_km: *radius_km,
    });
    let window = super::Window {
        page: parsed.page,
        per_page: parsed.per_page,
    };
    let total_pages = window.total_pages(resp.total);
    SearchPage {
        total_items: resp.total,
        total_pages,
        page_number: window.page,
        size: contents.len() as u64,
        first_page: window.page == 1,
        last_page: window.page >= total_pages,
        empty: contents.is_empty(),
        contents,
        facets,
        understood,
        near,
    }
}

/// Values with their labels and counts, most frequent first.
fn facet(values: Option<&BTreeMap<String, u64>>, name: &str, lang: &str) -> Vec<FacetValue> {
    facet_items(values, name, lang)
        .into_iter()
        .map(|(value, label, count)| FacetValue {
            value,
            label,
            count,
        })
        .collect()
}

/// (value, label in `lang`, count) of one facet, most frequent first.
pub fn facet_items(
    values: Option<&BTreeMap<String, u64>>,
    name: &str,
    lang: &str,
) -> Vec<(String, String, u64)> {
    let mut items: Vec<(String, String, u64)> = values
        .into_iter()
        .flatten()
        .map(|(value, n)| {
            let (value, label) = match name {
                "need" | "kind" | "target" => (value.clone(), labels::term_label(value, lang)),
                "language" => (value.clone(), labels::language_label(value, lang)),
                "district" => (value.clone(), labels::district_label(value)),
                "mode" => {
                    let m = value.strip_prefix("mode:").unwrap_or(value).to_string();
                    let label = labels::mode_label(&m, lang);
                    (m, label)
                }
                _ => (value.clone(), labels::flag_label(value, lang)),
            };
            (value, label, *n)
        })
        .collect();
    items.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    items
}

/// The town of the place nearest the searched place, else of the first place naming one.
pub fn hit_city(h: &Hit, parsed: &Parsed) -> Option<String> {
    let s = &h.summary;
    let nearest = parsed.near.as_ref().and_then(|(r, _)| {
        s.places
            .iter()
            .min_by(|a, b| {
                haversine_km(r.lat, r.lon, a.lat, a.lon)
                    .total_cmp(&haversine_km(r.lat, r.lon, b.lat, b.lon))
            })
            .and_then(|p| p.city.clone())
    });
    nearest.or_else(|| s.places.iter().find_map(|p| p.city.clone()))
}

fn hit(h: &Hit, parsed: &Parsed, (day, minute): (u8, u16)) -> SearchHit {
    let s = &h.summary;
    let lang = parsed.lang;
    let city = hit_city(h, parsed);
    let mut by_facet: [Vec<Coded>; 3] = Default::default();
    for code in &s.tags {
        let Some(t) = taxonomy::term(code) else {
            continue;
        };
        let i = match t.facet {
            Facet::Need => 0,
            Facet::ServiceKind => 1,
            Facet::TargetGroup => 2,
        };
        by_facet[i].push(Coded {
            code: t.code.to_string(),
            label: t.label(lang).to_string(),
        });
    }
    let [needs, kinds, targets] = by_facet;
    let languages = s
        .languages
        .iter()
        .map(|c| Coded {
            code: c.clone(),
            label: labels::language_label(c, lang),
        })
        .collect();
    let modes = s
        .modes
        .iter()
        .map(|m| Coded {
            code: m.clone(),
            label: labels::mode_label(m, lang),
        })
        .collect();
    let open_now = s.open_at(day, minute);
    SearchHit {
        id: s.id.clone(),
        name: s.name.clone(),
        organization: s.organization.clone(),
        description: s.description.clone(),
        distance_km: h.distance_km.map(|d| (d * 10.0).round() / 10.0),
        statewide: s.statewide,
        city,
        needs,
        kinds,
        targets,
        languages,
        free: s.free,
        barrier_free: s.barrier_free,
        modes,
        last_verified: s.verified_day.map(clock::iso_date),
        possibly_outdated: freshness::outdated(s.verified_day, parsed.now.today()),
        open_now,
        score: (f64::from(h.score) * 1000.0).round() / 1000.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2025-01-15 (a Wednesday) 09:30 UTC, 10:30 in Berlin.
    const NOW: i64 = 20_103 * 86_400 + 9 * 3600 + 30 * 60;

    fn parse_str(query: &str) -> Result<Parsed, AppError> {
        let pairs: Vec<(String, String)> = query
            .split('&')
            .filter(|s| !s.is_empty())
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                (k.to_string(), v.to_string())
            })
            .collect();
        parse(pairs, Now::at(NOW))
    }

    fn rejected(query: &str) -> String {
        match parse_str(query) {
            Err(AppError::BadRequest { param, .. }) => param,
            other => panic!("{query}: {other:?}"),
        }
    }

    #[test]
    fn defaults() {
        let p = parse_str("").unwrap();
        assert_eq!((p.page, p.per_page, p.lang), (1, 20, "de"));
        assert_eq!(p.request.sort, Sort::Relevance);
        assert_eq!(p.request.today, 20_103);
        assert!(p.near.is_none() && p.request.open_at.is_none());
    }

    #[test]
    fn reads_every_parameter() {
        let p = parse_str(
            "q=Schulden&near=06108&radius_km=10&need=debts&need=need:housing,family\
             &kind=kind:debt&target=women&language=AR,fa&district=15002&district=Harz\
             &free=true&barrier_free=1&mode=phone,video&open_now=true&open_on=sa\
             &sort=distance&page=2&per_page=5&lang=ar",
        )
        .unwrap();
        let r = &p.request;
        assert_eq!(r.q, "Schulden");
        assert_eq!(r.needs, ["need:debts", "need:housing", "need:family"]);
        assert_eq!(r.kinds, ["kind:debt"]);
        assert_eq!(r.targets, ["target:women"]);
        assert_eq!(r.languages, ["ar", "fa"]);
        assert_eq!(r.districts, ["15002", "15085"]);
        assert!(r.free && r.barrier_free);
        assert_eq!(r.modes, ["phone", "video"]);
        assert_eq!(r.open_at, Some((2, 630)));
        assert_eq!(r.weekday, Some(5));
        assert_eq!(r.sort, Sort::Distance);
        let near = r.near.unwrap();
        assert_eq!(near.radius_km, 10.0);
        assert!((near.lat - 51.48).abs() < 0.1);
        assert_eq!((p.page, p.per_page, p.lang), (2, 5, "ar"));
        assert_eq!(
            parse_str("near=Halle (Saale)").unwrap().near.unwrap().1,
            DEFAULT_RADIUS_KM
        );
        assert!(parse_str("near=Lutherstadt Wittenberg").is_ok());
        assert!(parse_str("near=51.48,11.97&sort=name").is_ok());
        // Empty values count as absent, as HTML forms send them.
        assert!(parse_str("q=&near=&need=&page=").is_ok());
    }

    #[test]
    fn rejects_bad_values_naming_the_parameter() {
        let long = format!("q={}", "x".repeat(MAX_Q_CHARS + 1));
        for (query, param) in [
            (long.as_str(), "q"),
            ("q=a&q=b", "q"),
            ("near=Nowhereville", "near"),
            ("radius_km=5", "radius_km"),
            ("near=06108&radius_km=0", "radius_km"),
            ("near=06108&radius_km=501", "radius_km"),
            ("near=06108&radius_km=NaN", "radius_km"),
            ("need=unknown", "need"),
            ("need=kind:debt", "need"),
            ("kind=debts", "kind"),
            ("target=martians", "target"),
            ("language=arabic", "language"),
            ("language=a1", "language"),
            ("district=99999", "district"),
            ("district=Atlantis", "district"),
            ("free=maybe", "free"),
            ("mode=fax", "mode"),
            ("open_now=soon", "open_now"),
            ("open_on=monday", "open_on"),
            ("sort=distance", "sort"),
            ("sort=random", "sort"),
            ("page=0", "page"),
            ("per_page=0", "per_page"),
            ("per_page=101", "per_page"),
            ("lang=xx", "lang"),
            ("colour=blue", "colour"),
        ] {
            assert_eq!(rejected(query), param, "{query}");
        }
    }
}
