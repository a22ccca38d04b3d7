//! GET `/suche`: search results as a page, with the same parameters as `/api/v1/search`.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use beratungsnetz_core::{freshness, geo};
use beratungsnetz_search::Hit;

use super::labels;
use super::request::{PageQuery, excerpt};
use super::search::{self, Parsed};
use crate::AppState;
use crate::accounts::session::Staff;
use crate::chrome::error::{AppError, HtmlError};
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::{self, Frame, href};
use crate::chrome::numbers::km;

/// Characters of a description a hit shows.
const EXCERPT_CHARS: usize = 160;

pub struct HitView {
    pub id: String,
    pub href: String,
    pub name: String,
    pub organization: String,
    pub distance: Option<String>,
    pub city: Option<String>,
    pub languages: String,
    pub open_now: bool,
    /// "Closed – opens Tuesday at 13:00" when not open now.
    pub opens_next: Option<String>,
    /// What the service is, in the reader's language: its kinds, else its needs.
    pub what: String,
    /// A phone number to call, with its `tel:` link.
    pub phone: Option<(String, String)>,
    pub free: bool,
    pub barrier_free: bool,
    pub statewide: bool,
    /// Not verified for twelve months: shown as possibly outdated.
    pub outdated: bool,
    pub excerpt: Option<String>,
    /// For a signed-in counsellor: the interface sheets of its kinds.
    pub sheets: Vec<crate::interfaces::SheetView>,
}

pub struct Opt {
    pub id: String,
    pub param: String,
    pub value: String,
    pub label: String,
    pub count: u64,
    pub checked: bool,
}

pub struct Group {
    pub legend_key: &'static str,
    pub options: Vec<Opt>,
}

pub struct PageLink {
    pub href: String,
    pub page: u64,
}

#[derive(Template)]
#[template(path = "results.html")]
struct ResultsPage {
    tr: Tr,
    frame: Frame,
    q: String,
    near: String,
    radius: String,
    sort: &'static str,
    has_near: bool,
    total: u64,
    hits: Vec<HitView>,
    groups: Vec<Group>,
    open_now: bool,
    understood: String,
    page: u64,
    total_pages: u64,
    prev: Option<PageLink>,
    next: Option<PageLink>,
    handout_href: Option<String>,
    /// A counsellor is signed in: each hit offers to start a referral.
    refer: bool,
    map: Option<MapView>,
    /// A place typed that was not found, and the towns it might mean (with their links).
    unknown_place: Option<String>,
    did_you_mean: Vec<(String, String)>,
    /// Ways forward when nothing was found.
    offers: Vec<super::way_forward::Offer>,
    /// The filters in force, each with the link that removes it; and the search without any.
    active: Vec<(String, String)>,
    reset_href: Option<String>,
}

/// `keep` without one value of one filter (`need=debts,housing` loses only `debts`).
fn without_value<'a>(
    keep: &[(&'a str, String)],
    param: &str,
    value: &str,
) -> Vec<(&'a str, String)> {
    let bare = |v: &str| -> String {
        let v = v.trim();
        v.strip_prefix(&format!("{param}:"))
            .unwrap_or(v)
            .to_string()
    };
    let target = bare(value);
    keep.iter()
        .filter_map(|(k, v)| {
            if *k != param {
                return Some((*k, v.clone()));
            }
            let rest: Vec<&str> = v.split(',').filter(|x| bare(x) != target).collect();
            (!rest.is_empty()).then(|| (*k, rest.join(",")))
        })
        .collect()
}

/// Parameters that are the search itself, not a filter: kept by "reset all filters".
const NOT_FILTERS: [&str; 4] = ["q", "near", "radius_km", "sort"];

/// The optional map: where its tiles come from, and the hits that have a place (JSON).
pub struct MapView {
    pub tiles: String,
    pub attribution: String,
    pub points: String,
}

pub async fn page(
    State(state): State<AppState>,
    staff: Option<Staff>,
    PageQuery {
        pairs,
        lang,
        set_cookie,
    }: PageQuery,
) -> Response {
    let refer = staff.is_some_and(|s| s.grants.is_counsellor());
    let sheets = if refer {
        match crate::interfaces::shown::Shown::load(&state).await {
            Ok(s) => Some(s),
            Err(error) => return HtmlError { error, lang }.into_response(),
        }
    } else {
        None
    };
    match render(&state, pairs, lang, sheets.as_ref()) {
        Ok(html) if refer => layout::private(layout::page(html, lang, set_cookie)),
        Ok(html) => layout::page(html, lang, set_cookie),
        Err(error) => HtmlError { error, lang }.into_response(),
    }
}

/// The form sends the radius and "sort by distance" even after the place was cleared;
/// without a place they mean nothing, so they are dropped rather than rejected.
fn without_placeless(mut pairs: Vec<(String, String)>) -> Vec<(String, String)> {
    let has_near = pairs
        .iter()
        .any(|(k, v)| k == "near" && !v.trim().is_empty());
    if !has_near {
        pairs.retain(|(k, v)| k != "radius_km" && !(k == "sort" && v == "distance"));
    }
    pairs
}

/// Most parameters a results page reads; more is not a search a person made.
const MAX_PAGE_PAIRS: usize = 100;

/// What a shared link carries besides the search (`fbclid`, `utm_source`, …) is ignored,
/// and a repeated pair counts once: pages must open, and their language links must not
/// copy whatever was appended (the JSON API stays strict).
fn known_pairs(pairs: Vec<(String, String)>) -> Result<Vec<(String, String)>, AppError> {
    let mut kept: Vec<(String, String)> = Vec::new();
    for (k, v) in pairs {
        if search::SEARCH_PARAMS.contains(&k.as_str())
            && !kept.iter().any(|(a, b)| *a == k && *b == v)
        {
            kept.push((k, v));
        }
    }
    if kept.len() > MAX_PAGE_PAIRS {
        return Err(AppError::bad_request(
            "query",
            format!("at most {MAX_PAGE_PAIRS} parameters"),
        ));
    }
    Ok(kept)
}

/// A place the gazetteer does not know (a misspelling, a village abroad) is not a dead
/// end: the search runs without it, and the page says so and offers what it might mean.
fn without_unknown_place(
    mut pairs: Vec<(String, String)>,
) -> (Vec<(String, String)>, Option<String>) {
    let unknown = pairs
        .iter()
        .find(|(k, v)| k == "near" && !v.trim().is_empty())
        .filter(|(_, v)| geo::gazetteer().resolve(v).is_none())
        .map(|(_, v)| v.trim().chars().take(100).collect::<String>());
    if unknown.is_some() {
        pairs.retain(|(k, _)| k != "near");
    }
    (pairs, unknown)
}

fn render(
    state: &AppState,
    pairs: Vec<(String, String)>,
    lang: Lang,
    sheets: Option<&crate::interfaces::shown::Shown>,
) -> Result<String, AppError> {
    // Only a signed-in counsellor gets the sheets, and the offer to refer.
    let refer = sheets.is_some();
    let (pairs, unknown_place) = without_unknown_place(known_pairs(pairs)?);
    let pairs = without_placeless(pairs);
    let parsed = search::parse(pairs.clone(), state.clock.now())?;
    let resp = search::run(state, parsed.request.clone(), parsed.page, parsed.per_page)?;
    let code = lang.code();
    // Under the open-now filter every hit is open; otherwise each says so itself.
    let now = parsed
        .request
        .open_at
        .unwrap_or_else(|| parsed.now.berlin_weekday_minute());
    let filtered = parsed.request.open_at.is_some();
    let tr = Tr::new(lang);
    let hits: Vec<HitView> = resp
        .hits
        .iter()
        .map(|h| {
            let open = filtered || h.summary.open_at(now.0, now.1);
            let mut v = hit_view(h, &parsed, lang, open);
            if let Some(shown) = sheets {
                v.sheets = shown.of(h.summary.tags.iter().map(String::as_str), &tr);
            }
            if !open {
                v.opens_next = super::detail::opens_next(&tr, &h.summary.slots, now);
            }
            v
        })
        .collect();

    let req = &parsed.request;
    let selected: [(&str, &'static str, Vec<String>); 6] = [
        ("need", "filter-need", req.needs.clone()),
        ("kind", "filter-kind", req.kinds.clone()),
        ("target", "filter-target", req.targets.clone()),
        ("language", "filter-language", req.languages.clone()),
        ("district", "filter-district", req.districts.clone()),
        (
            "mode",
            "filter-mode",
            req.modes.iter().map(|m| format!("mode:{m}")).collect(),
        ),
    ];
    let mut groups: Vec<Group> = Vec::new();
    for (name, legend_key, chosen) in selected {
        let mut values: BTreeMap<String, u64> = resp.facets.get(name).cloned().unwrap_or_default();
        for c in &chosen {
            values.entry(c.clone()).or_insert(0);
        }
        let options: Vec<Opt> = search::facet_items(Some(&values), name, code)
            .into_iter()
            .enumerate()
            .map(|(i, (value, label, count))| {
                let checked = match name {
                    "mode" => req.modes.contains(&value),
                    _ => chosen.contains(&value),
                };
                Opt {
                    id: format!("f-{name}-{i}"),
                    param: name.to_string(),
                    value,
                    label,
                    count,
                    checked,
                }
            })
            // A choice that would find nothing is not offered.
            .filter(|o| o.count > 0 || o.checked)
            .collect();
        if !options.is_empty() {
            groups.push(Group {
                legend_key,
                options,
            });
        }
    }
    // Flags: `free=true`, `barrier_free=true`.
    let flags = resp.facets.get("flag");
    let flag_opts: Vec<Opt> = [("free", req.free), ("barrier_free", req.barrier_free)]
        .into_iter()
        .map(|(flag, checked)| Opt {
            id: format!("f-flag-{flag}"),
            param: flag.to_string(),
            value: "true".to_string(),
            label: labels::flag_label(flag, code),
            count: flags.and_then(|f| f.get(flag)).copied().unwrap_or(0),
            checked,
        })
        .filter(|o| o.count > 0 || o.checked)
        .collect();
    groups.insert(
        groups.len().min(3),
        Group {
            legend_key: "filter-flags",
            options: flag_opts,
        },
    );

    let understood: Vec<String> = resp
        .understood
        .iter()
        .map(|c| labels::term_label(c, code))
        .collect();
    let total_pages = resp.total.div_ceil(parsed.per_page).max(1);
    // The query to keep in links: everything but the page and the language.
    let keep: Vec<(&str, String)> = pairs
        .iter()
        .filter(|(k, v)| k != "page" && k != "lang" && !v.trim().is_empty())
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    let link = |page: u64| {
        let mut p = keep.clone();
        p.push(("page", page.to_string()));
        PageLink {
            href: href(lang, "/suche", &p),
            page,
        }
    };
    let page = parsed.page;
    let one = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let handout_ids: Vec<(&str, String)> = resp
        .hits
        .iter()
        .take(super::HANDOUT_LIMIT)
        .map(|h| ("id", h.summary.id.clone()))
        .collect();
    let handout_href = (!handout_ids.is_empty()).then(|| href(lang, "/handzettel", &handout_ids));
    let map = state.config.map_tiles.as_ref().map(|tiles| {
        let points: Vec<serde_json::Value> = resp
            .hits
            .iter()
            .zip(&hits)
            .filter_map(|(h, v)| {
                let p = h.summary.places.first()?;
                Some(
                    serde_json::json!({"lat": p.lat, "lon": p.lon, "name": v.name, "href": v.href}),
                )
            })
            .collect();
        MapView {
            tiles: tiles.clone(),
            attribution: state.config.map_attribution.clone(),
            points: serde_json::Value::Array(points).to_string(),
        }
    });
    let mut active: Vec<(String, String)> = Vec::new();
    if filtered {
        let rest: Vec<(&str, String)> = keep
            .iter()
            .filter(|(k, _)| *k != "open_now")
            .cloned()
            .collect();
        active.push((tr.t("filter-open-now"), href(lang, "/suche", &rest)));
    }
    for o in groups.iter().flat_map(|g| &g.options).filter(|o| o.checked) {
        let rest = without_value(&keep, &o.param, &o.value);
        active.push((o.label.clone(), href(lang, "/suche", &rest)));
    }
    let reset_href = (!active.is_empty()).then(|| {
        let base: Vec<(&str, String)> = keep
            .iter()
            .filter(|(k, _)| NOT_FILTERS.contains(k))
            .cloned()
            .collect();
        href(lang, "/suche", &base)
    });
    let did_you_mean = unknown_place
        .as_deref()
        .map(|p| geo::gazetteer().did_you_mean(p))
        .unwrap_or_default()
        .into_iter()
        .map(|name| {
            let mut p = keep.clone();
            p.push(("near", name.clone()));
            (name, href(lang, "/suche", &p))
        })
        .collect();
    let offers = if resp.total == 0 {
        super::way_forward::offers(state, &parsed, &keep, lang)
    } else {
        Vec::new()
    };
    ResultsPage {
        refer,
        active,
        reset_href,
        unknown_place: unknown_place.clone(),
        did_you_mean,
        offers,
        map,
        handout_href,
        tr: Tr::new(lang),
        frame: Frame::new(lang, "/suche", &keep),
        q: req.q.clone(),
        near: unknown_place.clone().unwrap_or_else(|| one("near")),
        radius: parsed
            .near
            .as_ref()
            .map(|(_, r)| format!("{r}"))
            .unwrap_or_else(|| format!("{}", search::DEFAULT_RADIUS_KM)),
        sort: match req.sort {
            beratungsnetz_search::Sort::Relevance => "relevance",
            beratungsnetz_search::Sort::Distance => "distance",
            beratungsnetz_search::Sort::Name => "name",
        },
        has_near: parsed.near.is_some(),
        total: resp.total,
        hits,
        groups,
        open_now: filtered,
        understood: understood.join(lang.list_sep()),
        page,
        total_pages,
        prev: (page > 1 && page <= total_pages).then(|| link(page - 1)),
        next: (page < total_pages).then(|| link(page + 1)),
    }
    .render()
    .map_err(AppError::from)
}

/// The kinds of a service in `lang` ("Schuldnerberatung"), else its needs: what a reader
/// who cannot read the German name learns first.
fn what_it_is(tags: &[String], lang: &str) -> String {
    let of = |prefix: &str| -> Vec<String> {
        tags.iter()
            .filter(|t| t.starts_with(prefix))
            .map(|t| labels::term_label(t, lang))
            .collect()
    };
    let kinds = of("kind:");
    let list = if kinds.is_empty() { of("need:") } else { kinds };
    list.into_iter().take(3).collect::<Vec<_>>().join(" · ")
}

fn hit_view(h: &Hit, parsed: &Parsed, lang: Lang, open_now: bool) -> HitView {
    let s = &h.summary;
    let code = lang.code();
    let languages: Vec<String> = s
        .languages
        .iter()
        .map(|l| labels::language_label(l, code))
        .collect();
    HitView {
        id: s.id.clone(),
        href: href(lang, &format!("/angebot/{}", s.id), &[]),
        name: s.name.clone(),
        organization: s.organization.clone(),
        distance: h.distance_km.map(|d| km(d, lang)),
        city: search::hit_city(h, parsed),
        languages: languages.join(lang.list_sep()),
        open_now,
        opens_next: None,
        what: what_it_is(&s.tags, code),
        phone: s
            .phone
            .as_ref()
            .map(|n| (n.clone(), super::detail::tel_href(n))),
        free: s.free,
        barrier_free: s.barrier_free,
        statewide: s.statewide,
        outdated: freshness::outdated(s.verified_day, parsed.request.today),
        excerpt: Some(s.description.trim())
            .filter(|d| !d.is_empty())
            .map(|d| excerpt(d, EXCERPT_CHARS)),
        sheets: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_and_placeless_queries() {
        assert_eq!(excerpt("kurz", 10), "kurz");
        assert_eq!(excerpt("ein zwei drei vier", 9), "ein zwei…");
        let pairs = |q: &[(&str, &str)]| -> Vec<(String, String)> {
            q.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        assert_eq!(
            without_placeless(pairs(&[
                ("near", ""),
                ("radius_km", "5"),
                ("sort", "distance")
            ])),
            pairs(&[("near", "")])
        );
        let kept = pairs(&[("near", "06108"), ("radius_km", "5"), ("sort", "distance")]);
        assert_eq!(without_placeless(kept.clone()), kept);
    }
}
