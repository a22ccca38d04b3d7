//! The coverage figures every gap report shows — the page, its downloads and the JSON
//! API: what the coordinator asked (read from the query, refused by parameter name), and
//! the figures computed for it from the directory and the population figures in force.

use std::collections::HashMap;
use std::sync::Arc;

use beratungsnetz_core::directory::edit::LANGUAGE_CODES;
use beratungsnetz_core::reports::coverage::{
    Coverage, DEFAULT_BEYOND_KM, DEFAULT_CATCHMENT_KM, DemandPoint, DistrictCoverage, Params,
    Supply, coverage, demand_points,
};
use beratungsnetz_core::reports::population::{Basis, Figures};
use beratungsnetz_core::taxonomy::{self, Facet};

use super::Cache;
use crate::AppState;
use crate::chrome::error::AppError;

/// The state the reports cover (district keys starting with it): Sachsen-Anhalt.
pub const STATE_PREFIX: &str = "15";
/// How many of the worst gaps are listed.
pub const WORST: usize = 12;
/// Distances a coordinator may choose on the page, km (the API takes any from 5 to 200).
pub const DISTANCES: [u32; 6] = [10, 20, 30, 40, 50, 75];
/// The names of the query parameters: need, language, distance, catchment, basis.
pub type Names = [&'static str; 5];
/// On the pages (German, as the addresses).
pub const PAGE_PARAMS: Names = ["need", "sprache", "km", "einzug", "bezug"];
/// In the JSON API (English, as the rest of the API).
pub const API_PARAMS: Names = ["need", "language", "beyond_km", "catchment_km", "basis"];

/// What the coordinator asked.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Asked {
    pub need: String,
    pub language: Option<String>,
    pub beyond_km: u32,
    pub catchment_km: u32,
    /// Whom the figures count: everyone, or the foreign population.
    pub basis: Basis,
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

/// Reads the query: an unknown parameter, need or language, a distance out of range, or
/// an unknown basis is a 400 naming the parameter.
pub fn read(q: &HashMap<String, String>, names: &Names) -> Result<Asked, AppError> {
    // `lang` chooses the page's language (read by the page frame).
    if let Some(unknown) = q
        .keys()
        .find(|k| !names.contains(&k.as_str()) && k.as_str() != "lang")
    {
        return Err(AppError::bad_request(unknown.clone(), "unknown parameter"));
    }
    let [need_p, language_p, km_p, catchment_p, basis_p] = *names;
    let need = q
        .get(need_p)
        .filter(|n| !n.is_empty())
        .cloned()
        .unwrap_or_else(|| "need:debts".to_string());
    let known =
        taxonomy::term(&need).is_some_and(|t| matches!(t.facet, Facet::Need | Facet::ServiceKind));
    if !known {
        return Err(AppError::bad_request(need_p, "a need or service kind code"));
    }
    let language = match q.get(language_p).map(String::as_str) {
        None | Some("") => None,
        Some(code) if LANGUAGE_CODES.contains(&code) => Some(code.to_string()),
        Some(_) => return Err(AppError::bad_request(language_p, "a language code")),
    };
    let basis = match q.get(basis_p).map(String::as_str) {
        None | Some("") => Basis::Total,
        Some(code) => {
            Basis::parse(code).ok_or_else(|| AppError::bad_request(basis_p, "total or foreign"))?
        }
    };
    let standard = Asked::standard(&need);
    Ok(Asked {
        language,
        beyond_km: number(q, km_p, standard.beyond_km)?,
        catchment_km: number(q, catchment_p, standard.catchment_km)?,
        basis,
        need,
    })
}

impl Asked {
    /// The question a coordinator's page starts with for a need: all languages together,
    /// the default distances, everyone counted.
    pub fn standard(need: &str) -> Asked {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let (beyond_km, catchment_km) = (DEFAULT_BEYOND_KM as u32, DEFAULT_CATCHMENT_KM as u32);
        Asked {
            need: need.to_string(),
            language: None,
            beyond_km,
            catchment_km,
            basis: Basis::Total,
        }
    }

    /// The question for the worst gaps over every need: this one without its need.
    pub fn without_need(&self) -> Asked {
        Asked {
            need: String::new(),
            ..self.clone()
        }
    }

    pub fn params(&self, need: &str) -> Params {
        let mut p = Params::new(need, self.language.as_deref());
        p.beyond_km = f64::from(self.beyond_km);
        p.catchment_km = f64::from(self.catchment_km);
        p
    }
}

/// The worst gaps over every need: (need code, district), worst first.
pub type Worst = Vec<(String, DistrictCoverage)>;

/// The figures for one question.
pub struct Computed {
    pub supply: Arc<Vec<Supply>>,
    pub demand: Arc<Vec<DemandPoint>>,
    /// Of the asked need.
    pub coverage: Coverage,
    /// The worst gaps over every need, whichever was asked.
    pub worst: Arc<Worst>,
    /// The population figures used.
    pub population: Figures,
}

/// The population figures in force: the uploaded ones, else the shipped ones.
pub async fn population(state: &AppState) -> Result<Figures, AppError> {
    Ok(state
        .store
        .uploaded_population()
        .await?
        .unwrap_or_else(Figures::shipped))
}

/// The worst gaps over every need.
fn worst(demand: &[DemandPoint], supply: &[Supply], asked: &Asked) -> Worst {
    let mut all: Worst = Vec::new();
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
    all.truncate(WORST);
    all
}

/// What every question of one round shares: the services, the population figures and
/// where the demand lies, by basis.
struct Round {
    generation: u64,
    supply: Arc<Vec<Supply>>,
    population: Figures,
    demand: HashMap<Basis, Arc<Vec<DemandPoint>>>,
    worst: HashMap<Asked, Arc<Worst>>,
}

impl Round {
    async fn start(state: &AppState) -> Result<Round, AppError> {
        let population = population(state).await?;
        let (generation, supply) = super::supply(state).await?;
        Ok(Round {
            generation,
            supply,
            population,
            demand: HashMap::new(),
            worst: HashMap::new(),
        })
    }

    /// Computes the figures of each question not kept yet (off the async threads), keeps
    /// them, and answers them in the order asked.
    async fn answer(
        mut self,
        state: &AppState,
        questions: Vec<Asked>,
    ) -> Result<Vec<Arc<Computed>>, AppError> {
        let cache = state.reports.clone();
        tokio::task::spawn_blocking(move || {
            let mut fresh = Vec::new();
            let answers = questions
                .into_iter()
                .map(|asked| {
                    if let Some(c) = cache.figures(self.generation, &self.population, &asked) {
                        return c;
                    }
                    let c = Arc::new(self.compute(&cache, &asked));
                    fresh.push((asked, c.clone()));
                    c
                })
                .collect();
            cache.put(self.generation, &fresh);
            answers
        })
        .await
        .map_err(AppError::internal)
    }

    fn compute(&mut self, cache: &Cache, asked: &Asked) -> Computed {
        let population = &self.population;
        let demand = self
            .demand
            .entry(asked.basis)
            .or_insert_with(|| {
                Arc::new(demand_points(STATE_PREFIX, &population.demand(asked.basis)))
            })
            .clone();
        let key = asked.without_need();
        let worst = match self.worst.get(&key) {
            Some(w) => w.clone(),
            None => {
                let w = cache
                    .worst(self.generation, population, asked)
                    .unwrap_or_else(|| Arc::new(worst(&demand, &self.supply, asked)));
                self.worst.insert(key, w.clone());
                w
            }
        };
        Computed {
            coverage: coverage(&demand, &self.supply, &asked.params(&asked.need)),
            supply: self.supply.clone(),
            demand,
            worst,
            population: population.clone(),
        }
    }
}

/// The figures for a question, kept ones where the directory and the population have not
/// changed since: foreign population asked where the figures do not give it for every
/// district is a 400 on the basis parameter.
pub async fn compute(
    state: &AppState,
    asked: &Asked,
    names: &Names,
) -> Result<Arc<Computed>, AppError> {
    let round = Round::start(state).await?;
    if asked.basis == Basis::Foreign && !round.population.has_foreign(STATE_PREFIX) {
        return Err(AppError::bad_request(
            names[4],
            "the population figures give no foreign population; upload figures that do",
        ));
    }
    let mut answers = round.answer(state, vec![asked.clone()]).await?;
    answers
        .pop()
        .ok_or_else(|| AppError::internal("no figures computed"))
}

/// The `reports-refresh` job: computes the standard question of every need and service
/// kind after a change of the directory or the population figures, so that a
/// coordinator's first look finds them ready. Cheap when nothing changed: the questions
/// are kept.
pub async fn refresh(state: &AppState) -> Result<(), AppError> {
    let round = Round::start(state).await?;
    let questions = taxonomy::terms_of(Facet::Need)
        .chain(taxonomy::terms_of(Facet::ServiceKind))
        .map(|t| Asked::standard(t.code))
        .collect();
    round.answer(state, questions).await.map(drop)
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
        let a = read(&query(&[]), &PAGE_PARAMS).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(
            (a.need.as_str(), a.beyond_km, a.catchment_km, a.basis),
            ("need:debts", 30, 50, Basis::Total)
        );
        let a = read(
            &query(&[
                ("need", "kind:debt"),
                ("sprache", "ar"),
                ("km", "50"),
                ("bezug", "foreign"),
            ]),
            &PAGE_PARAMS,
        )
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(
            (a.language.as_deref(), a.beyond_km, a.basis),
            (Some("ar"), 50, Basis::Foreign)
        );
        for (name, bad) in [
            ("need", "need:nope"),
            ("sprache", "xx"),
            ("km", "0"),
            ("einzug", "abc"),
            ("bezug", "alle"),
            ("radius", "5"),
        ] {
            let e = read(&query(&[(name, bad)]), &PAGE_PARAMS).err();
            assert!(
                matches!(e, Some(AppError::BadRequest { ref param, .. }) if param == name),
                "{name}"
            );
        }
        let e = read(&query(&[("sprache", "ar")]), &API_PARAMS).err();
        assert!(matches!(e, Some(AppError::BadRequest { ref param, .. }) if param == "sprache"));
        let a = read(
            &query(&[("language", "ar"), ("beyond_km", "40")]),
            &API_PARAMS,
        );
        assert!(matches!(a, Ok(Asked { beyond_km: 40, .. })));
    }
}
