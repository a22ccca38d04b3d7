//! A case as the form and the address carry it, and its answer from the search index.

use std::sync::OnceLock;

use beratungsnetz_core::clock::Now;
use beratungsnetz_core::geo;
use beratungsnetz_core::matching::{Case, NeedAnswer, Offer, PER_NEED, answer_need};
use beratungsnetz_core::taxonomy::{self, Facet};
use beratungsnetz_search::query::{Near, SearchRequest, Sort};
use beratungsnetz_search::snapshot::FIRST_CIRCLE_KM;
use beratungsnetz_search::{Handle, Profile, Ranked, SearchIndex, Summary};
use rayon::prelude::*;

use crate::chrome::error::AppError;

/// Candidates weighed per need first, and when those hold too little that fits.
const FEW: usize = 50;
const MANY: usize = 150;

/// Radii a client can be asked to travel, in kilometres.
pub const RADII: [u32; 4] = [10, 25, 50, 100];
/// Most needs in one case.
const MAX_NEEDS: usize = 8;

/// A case read from the query, with the place it is around.
#[derive(Clone, Debug, Default)]
pub struct Asked {
    pub case: Case,
    /// The situation as typed, if it was.
    pub situation: String,
    /// The place as typed, and where it resolved to (label, lat, lon).
    pub near: String,
    pub place: Option<(String, f64, f64)>,
}

/// Reads `need` (repeated), `situation` (free text whose needs are added), `near`, `radius_km`, `language` (comma-separated or
/// repeated), `age`, `free`, `barrier_free`, `remote`; `lang` is the page's. Anything else
/// is refused, naming it.
pub fn read(pairs: &[(String, String)]) -> Result<Asked, AppError> {
    let mut asked = Asked {
        case: Case {
            radius_km: 25.0,
            ..Case::default()
        },
        ..Asked::default()
    };
    let yes = |v: &str| matches!(v, "1" | "true" | "on" | "yes");
    for (k, v) in pairs {
        let v = v.trim();
        match k.as_str() {
            "need" => {
                let code = if v.starts_with("need:") {
                    v.to_string()
                } else {
                    format!("need:{v}")
                };
                let known = taxonomy::term(&code).is_some_and(|t| t.facet == Facet::Need);
                if !known {
                    return Err(AppError::bad_request("need", "unknown need"));
                }
                if !asked.case.needs.contains(&code) {
                    asked.case.needs.push(code);
                }
            }
            // The situation in the client's or counsellor's words, in any of the seven
            // languages: the needs it names are ticked.
            "situation" => {
                if v.chars().count() > 500 {
                    return Err(AppError::bad_request("situation", "at most 500 characters"));
                }
                asked.situation = v.to_string();
                for term in taxonomy::match_terms(v) {
                    if term.facet == Facet::Need && !asked.case.needs.iter().any(|n| n == term.code)
                    {
                        asked.case.needs.push(term.code.to_string());
                    }
                }
            }
            "near" => asked.near = v.to_string(),
            "radius_km" => {
                let r: u32 = v
                    .parse()
                    .map_err(|_| AppError::bad_request("radius_km", "a whole number"))?;
                if !(1..=500).contains(&r) {
                    return Err(AppError::bad_request("radius_km", "1 to 500"));
                }
                asked.case.radius_km = f64::from(r);
            }
            "language" => {
                for code in v.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                    let ok = (2..=3).contains(&code.len())
                        && code.chars().all(|c| c.is_ascii_alphabetic());
                    if !ok {
                        return Err(AppError::bad_request("language", "ISO 639 codes"));
                    }
                    asked.case.languages.push(code.to_ascii_lowercase());
                }
            }
            "age" if v.is_empty() => {}
            "age" => {
                let age: u8 = v
                    .parse()
                    .map_err(|_| AppError::bad_request("age", "years, 0 to 120"))?;
                if age > 120 {
                    return Err(AppError::bad_request("age", "years, 0 to 120"));
                }
                asked.case.age = Some(age);
            }
            "free" => asked.case.free_only = yes(v),
            "barrier_free" => asked.case.barrier_free = yes(v),
            "remote" => asked.case.remote_ok = yes(v),
            "lang" => {}
            other => return Err(AppError::bad_request(other, "unknown parameter")),
        }
    }
    if asked.case.needs.len() > MAX_NEEDS {
        return Err(AppError::bad_request("need", "at most 8 needs"));
    }
    if !asked.near.is_empty() {
        let r = geo::gazetteer()
            .resolve(&asked.near)
            .ok_or_else(|| AppError::bad_request("near", "unknown place"))?;
        asked.place = Some((r.label, r.lat, r.lon));
    }
    Ok(asked)
}

/// The candidates of one need weighed so far, each with where to read it whole.
#[derive(Default)]
struct Weighed {
    offers: Vec<Offer>,
    handles: Vec<Handle>,
}

/// A service found for the case, with what the page shows of it.
pub struct Found {
    pub summary: Summary,
    pub distance_km: Option<f64>,
}

/// Cases answered at once: more wait their turn, so a burst of cases cannot queue
/// without end on the needs' threads.
static AT_ONCE: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(4);

/// The threads a case's needs are answered on, one per core, kept for the life of the
/// process. A thread started per need cost more than many a need's search: each began
/// with fresh allocator pages for the kernel to zero (measured by `bench matching`).
/// None where no thread could be started: the needs are then answered one by one.
fn needs_pool() -> Option<&'static rayon::ThreadPool> {
    static POOL: OnceLock<Option<rayon::ThreadPool>> = OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .thread_name(|i| format!("matching-{i}"))
            .build()
            .map_err(|e| tracing::warn!(error = %e, "no threads for case matching"))
            .ok()
    })
    .as_ref()
}

/// [`answer`] off the async threads: the needs' searches block, side by side.
pub async fn answer_blocking(
    search: std::sync::Arc<SearchIndex>,
    asked: Asked,
    now: Now,
) -> Result<(Vec<NeedAnswer>, Vec<Found>), AppError> {
    let _turn = AT_ONCE.acquire().await.map_err(AppError::internal)?;
    tokio::task::spawn_blocking(move || answer(&search, &asked, now))
        .await
        .map_err(AppError::internal)?
}

/// The answer per need, and every service it names.
pub fn answer(
    search: &SearchIndex,
    asked: &Asked,
    now: Now,
) -> Result<(Vec<NeedAnswer>, Vec<Found>), AppError> {
    let today = now.today();
    let (weekday, minute) = now.berlin_weekday_minute();
    let Some((_, lat, lon)) = asked.place else {
        return Ok((Vec::new(), Vec::new()));
    };
    // One reading of the index for every need: candidates are weighed from its columns,
    // and only the services an answer names are read whole.
    let snapshot = search.snapshot();
    let nearest = |need: &str, radius_km: f64, limit: usize, from_km: f64| {
        let request = SearchRequest {
            needs: vec![need.to_string()],
            near: Some(Near {
                lat,
                lon,
                radius_km,
            }),
            sort: Sort::Distance,
            limit,
            today,
            ..SearchRequest::default()
        };
        snapshot
            .nearest_from(&request, from_km)
            .map_err(AppError::internal)
    };
    let offer = |p: Profile| Offer {
        open_now: p.open_now(weekday, minute),
        next_opening: p.next_opening(weekday, minute),
        remote: p.modes.iter().any(|m| m == "phone" || m == "video"),
        id: p.id,
        tags: p.tags,
        languages: p.languages,
        free: p.free,
        barrier_free: p.barrier_free,
        statewide: p.statewide,
        min_age: p.min_age,
        max_age: p.max_age,
        distance_km: p.distance_km,
        capacity: p.capacity,
    };
    // The candidates `from..to` of `ranked`, weighed, each with where to read it whole.
    let weigh_more = |weighed: &mut Weighed, ranked: &Ranked, from: usize, to: usize| {
        for i in from..to.min(ranked.len()) {
            let (handle, profile) = snapshot.profile(ranked, i).map_err(AppError::internal)?;
            weighed.handles.push(handle);
            weighed.offers.push(offer(profile));
        }
        Ok::<(), AppError>(())
    };
    // Beyond the radius: where nothing fits in it (the nearest alternative is part of
    // the answer), and where help by phone or video from anywhere counts.
    let wide = (asked.case.radius_km * 4.0).max(100.0);
    let one_need = |need: &str| -> Result<(NeedAnswer, Vec<Found>), AppError> {
        let first = if asked.case.remote_ok {
            wide
        } else {
            asked.case.radius_km
        };
        let weigh = |w: &Weighed| answer_need(&asked.case, need, &w.offers);
        // The FEW nearest first; the rules weigh after the search, so where those hold
        // too little that fits and there are more, the MANY nearest (the FEW first
        // among them, in the same order).
        let few = nearest(need, first, FEW, FIRST_CIRCLE_KM)?;
        let mut weighed = Weighed::default();
        weigh_more(&mut weighed, &few.ranked, 0, FEW)?;
        let mut answer = weigh(&weighed);
        let mut many = None;
        if answer.fitting.len() < PER_NEED && few.ranked.len() >= FEW {
            // The MANY nearest lie at least as far out as the FEW.
            let found = nearest(need, first, MANY, few.radius_km)?;
            weigh_more(&mut weighed, &found.ranked, FEW, MANY)?;
            answer = weigh(&weighed);
            many = Some(found);
        }
        // Wider only where it can find more: MANY already found within the radius are
        // the MANY nearest within any wider one too.
        let settled = many.as_ref().is_some_and(|m| m.holds(MANY));
        if answer.fitting.is_empty() && first < wide && !settled {
            let from = many.as_ref().map_or(few.radius_km, |m| m.radius_km);
            weighed = Weighed::default();
            weigh_more(
                &mut weighed,
                &nearest(need, wide, MANY, from)?.ranked,
                0,
                MANY,
            )?;
            answer = weigh(&weighed);
        }
        // Only what the answer names is read whole.
        let mut found: Vec<Found> = Vec::new();
        let named = answer
            .fitting
            .iter()
            .chain(&answer.left_out)
            .chain(&answer.nearest);
        for a in named {
            if found.iter().any(|f| f.summary.id == a.id) {
                continue;
            }
            let at = weighed.offers.iter().position(|o| o.id == a.id);
            if let Some((offer, handle)) =
                at.and_then(|i| weighed.offers.get(i).zip(weighed.handles.get(i)))
            {
                found.push(Found {
                    summary: snapshot.summary(*handle).map_err(AppError::internal)?,
                    distance_km: offer.distance_km,
                });
            }
        }
        Ok((answer, found))
    };
    // The needs are searched side by side, on every core (measured by `bench matching`).
    let guarded = |need: &String| {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| one_need(need)))
            .unwrap_or_else(|_| Err(AppError::internal("a need's search panicked")))
    };
    let needs = &asked.case.needs;
    let results: Vec<Result<(NeedAnswer, Vec<Found>), AppError>> = match needs_pool() {
        Some(pool) => pool.install(|| needs.par_iter().map(guarded).collect()),
        None => needs.iter().map(guarded).collect(),
    };
    let mut found: Vec<Found> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut answers = Vec::new();
    for result in results {
        let (answer, named) = result?;
        answers.push(answer);
        for f in named {
            if seen.insert(f.summary.id.clone()) {
                found.push(f);
            }
        }
    }
    Ok((answers, found))
}
