//! `beratungsnetz bench matching`: case matching in-process over N generated services —
//! a long tail of different cases (one to five needs, places all over Sachsen-Anhalt,
//! every radius, languages, ages, constraints), latency by the number of needs.

use std::time::{Duration, Instant};

use beratungsnetz_core::geo::{self, SACHSEN_ANHALT};
use beratungsnetz_core::matching::Case;
use beratungsnetz_core::taxonomy::{self, Facet};
use beratungsnetz_search::{SearchIndex, ServiceDoc};
use beratungsnetz_web::matching::case::{Asked, RADII, answer};
use clap::Args;

#[derive(Args)]
pub struct MatchingBench {
    /// Number of generated services.
    #[arg(long, default_value_t = 100_000)]
    services: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Cases to answer, each different.
    #[arg(long, default_value_t = 2000)]
    cases: usize,
}

/// A small deterministic generator: the same cases for the same seed, no dependency.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap_or(0)
    }
}

const LANGUAGES: [&str; 10] = ["ar", "fa", "uk", "ru", "tr", "en", "ti", "ku", "ro", "de"];

fn cases(n: usize, seed: u64) -> Vec<Asked> {
    let needs: Vec<&str> = taxonomy::terms_of(Facet::Need).map(|t| t.code).collect();
    let places: Vec<&geo::Place> = geo::gazetteer()
        .places()
        .iter()
        .filter(|p| p.state_code == SACHSEN_ANHALT)
        .collect();
    let mut rng = XorShift(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    (0..n)
        .map(|i| {
            // One to five needs, evenly: every count is measured.
            let k = i % 5 + 1;
            let mut chosen: Vec<String> = Vec::new();
            while chosen.len() < k {
                let need = needs[rng.below(needs.len())].to_string();
                if !chosen.contains(&need) {
                    chosen.push(need);
                }
            }
            let place = places[rng.below(places.len())];
            let languages = (0..rng.below(3))
                .map(|_| LANGUAGES[rng.below(LANGUAGES.len())].to_string())
                .collect();
            Asked {
                case: Case {
                    needs: chosen,
                    languages,
                    age: (rng.below(3) > 0).then(|| u8::try_from(rng.below(80)).unwrap_or(30)),
                    free_only: rng.below(4) == 0,
                    barrier_free: rng.below(5) == 0,
                    radius_km: f64::from(RADII[rng.below(RADII.len())]),
                    remote_ok: rng.below(3) == 0,
                },
                situation: String::new(),
                near: place.plz.clone(),
                place: Some((place.plz.clone(), place.lat, place.lon)),
            }
        })
        .collect()
}

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() - 1) as f64 * q).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

pub async fn run(b: MatchingBench) -> anyhow::Result<()> {
    println!(
        "bench matching: {} services, seed {}, {} different cases (1–5 needs each)",
        b.services, b.seed, b.cases
    );
    let t = Instant::now();
    let index = SearchIndex::in_memory()?;
    let mut stream = beratungsnetz_demo::generate::generate(b.services, b.seed).peekable();
    while stream.peek().is_some() {
        let batch: Vec<ServiceDoc> = stream
            .by_ref()
            .take(2000)
            .filter_map(|v| ServiceDoc::from_nested(&v))
            .collect();
        index.add(&batch)?;
    }
    index.apply(&[], &[], 1)?;
    index.merge_all()?;
    println!(
        "  index built and merged in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let now = beratungsnetz_core::clock::Clock::now(&beratungsnetz_core::clock::SystemClock);
    let asked = cases(b.cases, b.seed);
    // Warm up once, as a serving node is.
    for a in asked.iter().take(20) {
        answer(&index, a, now).map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    let mut by_needs: Vec<Vec<Duration>> = vec![Vec::new(); 6];
    let mut listed = 0usize;
    for a in &asked {
        let t = Instant::now();
        let (answers, _) = answer(&index, a, now).map_err(|e| anyhow::anyhow!("{e}"))?;
        by_needs[a.case.needs.len()].push(t.elapsed());
        listed += answers.iter().map(|n| n.fitting.len()).sum::<usize>();
    }
    println!("  needs  cases   p50        p95        p99        max");
    let mut all: Vec<Duration> = Vec::new();
    for (k, times) in by_needs.iter_mut().enumerate().skip(1) {
        times.sort();
        all.extend(times.iter().copied());
        println!(
            "  {k}      {:<6}  {:<10} {:<10} {:<10} {}",
            times.len(),
            ms(percentile(times, 0.5)),
            ms(percentile(times, 0.95)),
            ms(percentile(times, 0.99)),
            ms(times.last().copied().unwrap_or_default())
        );
    }
    all.sort();
    println!(
        "  all    {:<6}  {:<10} {:<10} {:<10} {}",
        all.len(),
        ms(percentile(&all, 0.5)),
        ms(percentile(&all, 0.95)),
        ms(percentile(&all, 0.99)),
        ms(all.last().copied().unwrap_or_default())
    );
    println!(
        "  {:.1} fitting services listed per case on average",
        listed as f64 / asked.len().max(1) as f64
    );
    Ok(())
}
