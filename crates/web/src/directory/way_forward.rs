//! What a results page offers when it found nothing: the same search wider, without the
//! words, by phone or video from anywhere, and the general migration counselling nearby —
//! each with how many it would find, and only when that is more than none.

use beratungsnetz_search::Near;

use super::search::{self, MAX_RADIUS_KM, Parsed};
use crate::AppState;
use crate::chrome::i18n::{Lang, Tr};
use crate::chrome::layout::href;

/// One way forward: what it is (with its count) and the search it opens.
pub struct Offer {
    pub label: String,
    pub href: String,
}

/// Radii a search widens to, in km.
const WIDER: [f64; 3] = [50.0, 100.0, 200.0];

fn count(state: &AppState, request: beratungsnetz_search::SearchRequest) -> u64 {
    let mut request = request;
    request.facets = false;
    search::run(state, request, 1, 1).map_or(0, |r| r.total)
}

/// A search parameter's name as the search knows it (links outlive the request).
fn search_param(name: &str) -> Option<&'static str> {
    search::SEARCH_PARAMS.iter().copied().find(|p| *p == name)
}

/// `keep` with `drop` removed and `add` appended.
fn changed(
    keep: &[(&str, String)],
    drop: &[&str],
    add: &[(&'static str, String)],
) -> Vec<(&'static str, String)> {
    keep.iter()
        .filter(|(k, _)| !drop.contains(k))
        .filter_map(|(k, v)| search_param(k).map(|k| (k, v.clone())))
        .chain(add.iter().cloned())
        .collect()
}

/// The offers for a search that found nothing.
pub fn offers(
    state: &AppState,
    parsed: &Parsed,
    keep: &[(&str, String)],
    lang: Lang,
) -> Vec<Offer> {
    let tr = Tr::new(lang);
    let mut out = Vec::new();
    let req = &parsed.request;
    let link = |params: Vec<(&'static str, String)>| href(lang, "/suche", &params);
    if let Some(near) = &req.near
        && let Some((radius, n)) = WIDER
            .iter()
            .copied()
            .filter(|r| *r > near.radius_km && *r <= MAX_RADIUS_KM)
            .map(|r| {
                let mut wider = req.clone();
                wider.near = Some(Near {
                    radius_km: r,
                    ..*near
                });
                (r, count(state, wider))
            })
            .find(|(_, n)| *n > 0)
    {
        out.push(Offer {
            label: tr.plain(
                "offer-wider",
                &[("radius", format!("{radius}")), ("count", n.to_string())],
            ),
            href: link(changed(
                keep,
                &["radius_km"],
                &[("radius_km", format!("{radius}"))],
            )),
        });
    }
    if !req.q.is_empty() {
        let mut plain = req.clone();
        plain.q.clear();
        let n = count(state, plain);
        if n > 0 {
            out.push(Offer {
                label: tr.plain("offer-without-words", &[("count", n.to_string())]),
                href: link(changed(keep, &["q"], &[])),
            });
        }
    }
    let mut remote = req.clone();
    remote.near = None;
    remote.districts.clear();
    remote.open_at = None;
    remote.modes = vec!["phone".into(), "video".into()];
    let n = count(state, remote);
    if n > 0 {
        out.push(Offer {
            label: tr.plain("offer-remote", &[("count", n.to_string())]),
            href: link(changed(
                keep,
                &["near", "radius_km", "district", "mode", "open_now", "sort"],
                &[("mode", "phone,video".into())],
            )),
        });
    }
    if req.near.is_some() {
        let general = beratungsnetz_search::SearchRequest {
            near: req.near,
            kinds: vec!["kind:mbe".into(), "kind:jmd".into()],
            today: req.today,
            ..beratungsnetz_search::SearchRequest::default()
        };
        let n = count(state, general);
        if n > 0 {
            let near: Vec<(&'static str, String)> = keep
                .iter()
                .filter(|(k, _)| matches!(*k, "near" | "radius_km"))
                .filter_map(|(k, v)| search_param(k).map(|k| (k, v.clone())))
                .chain([("kind", "mbe,jmd".to_string())])
                .collect();
            out.push(Offer {
                label: tr.plain("offer-migration", &[("count", n.to_string())]),
                href: link(near),
            });
        }
    }
    out
}
