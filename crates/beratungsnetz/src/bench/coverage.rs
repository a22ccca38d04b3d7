//! `beratungsnetz bench coverage`: recomputing where help is missing, in-process — every
//! need of the vocabulary over every populated place, once for the sample data over
//! Sachsen-Anhalt and once for N generated services over the whole of Germany (every
//! postal-code place), with any language and with each of a few languages.

use std::collections::BTreeMap;
use std::time::Instant;

use beratungsnetz_core::hsds::Entity;
use beratungsnetz_core::hsds::nested::{Nester, Seen};
use beratungsnetz_core::reports::coverage::{DemandPoint, Params, Supply, coverage, demand_points};
use beratungsnetz_core::reports::population::shipped;
use beratungsnetz_core::taxonomy::{self, Facet};
use beratungsnetz_search::ServiceDoc;
use clap::Args;

#[derive(Args)]
pub struct CoverageBench {
    /// Number of generated services for the Germany-wide run.
    #[arg(long, default_value_t = 100_000)]
    services: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

/// Languages computed besides "any": the most asked in the network.
const LANGUAGES: [&str; 3] = ["ar", "uk", "fa"];

/// Every need, with any language and with each of [`LANGUAGES`]: returns (runs, gaps).
fn recompute(demand: &[DemandPoint], supply: &[Supply]) -> (usize, usize) {
    let mut runs = 0;
    let mut gaps = 0;
    for term in taxonomy::terms_of(Facet::Need) {
        for language in std::iter::once(None).chain(LANGUAGES.iter().map(|l| Some(*l))) {
            let c = coverage(demand, supply, &Params::new(term.code, language));
            runs += 1;
            gaps += c.gaps().len();
        }
    }
    (runs, gaps)
}

fn report(label: &str, demand: &[DemandPoint], supply: &[Supply]) {
    let t = Instant::now();
    let (runs, gaps) = recompute(demand, supply);
    let took = t.elapsed().as_secs_f64();
    println!(
        "  {label}: {} services, {} places, {runs} needs × languages: {:.3} s in all \
         ({:.1} ms per need and language), {gaps} district gaps",
        supply.len(),
        demand.len(),
        took,
        took * 1000.0 / runs.max(1) as f64
    );
}

pub async fn run(b: CoverageBench) -> anyhow::Result<()> {
    println!("bench coverage: E2SFCA, nearest service and gaps for every need");
    let population: BTreeMap<String, u64> = shipped()
        .iter()
        .map(|(k, d)| (k.clone(), d.population))
        .collect();

    // The sample data over Sachsen-Anhalt.
    let ds = crate::demo::dataset()?;
    let nester = Nester::new(&ds);
    let mut seen = Seen::default();
    let sample: Vec<Supply> = ds
        .ids(Entity::Service)
        .into_iter()
        .filter_map(|id| nester.service(id, &mut seen))
        .filter_map(|v| ServiceDoc::from_nested(&v))
        .map(|d| Supply::of(&d))
        .collect();
    report(
        "sample data, Sachsen-Anhalt",
        &demand_points("15", &population),
        &sample,
    );

    // N generated services over Germany.
    let t = Instant::now();
    let generated: Vec<Supply> = beratungsnetz_demo::generate::generate(b.services, b.seed)
        .filter_map(|v| ServiceDoc::from_nested(&v))
        .map(|d| Supply::of(&d))
        .collect();
    println!(
        "  {} services generated in {:.1} s",
        generated.len(),
        t.elapsed().as_secs_f64()
    );
    report(
        "generated, Germany",
        &demand_points("", &population),
        &generated,
    );
    Ok(())
}
