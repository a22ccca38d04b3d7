//! What the reports keep between requests, per generation of the search index (it
//! changes with every change of the directory) and per population figures in force: the
//! services as the reports weigh them, and the figures computed for each question. The
//! `reports-refresh` job fills it with the standard questions after every change
//! ([`super::figures::refresh`]); other questions are kept from their first request until
//! the next change.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use beratungsnetz_core::reports::coverage::Supply;
use beratungsnetz_core::reports::population::Figures;

use super::figures::{Asked, Computed, Worst};

/// At most this many questions are kept; past it the kept ones are dropped and kept anew.
const KEPT: usize = 512;

#[derive(Default)]
pub struct Cache(Mutex<Held>);

#[derive(Default)]
struct Held {
    generation: u64,
    supply: Option<Arc<Vec<Supply>>>,
    population: Option<Figures>,
    figures: HashMap<Asked, Arc<Computed>>,
    /// The worst gaps over every need, by the question without its need.
    worst: HashMap<Asked, Arc<Worst>>,
}

impl Held {
    /// Forgets everything computed before `generation` or from other population figures.
    fn at(&mut self, generation: u64, population: Option<&Figures>) -> bool {
        if generation < self.generation {
            return false;
        }
        if generation > self.generation {
            *self = Held {
                generation,
                ..Held::default()
            };
        }
        if let Some(p) = population
            && self.population.as_ref() != Some(p)
        {
            self.population = Some(p.clone());
            self.figures.clear();
            self.worst.clear();
        }
        true
    }
}

impl Cache {
    pub fn supply(&self, generation: u64) -> Option<Arc<Vec<Supply>>> {
        let held = self.0.lock().ok()?;
        (held.generation == generation)
            .then(|| held.supply.clone())
            .flatten()
    }

    pub fn put_supply(&self, generation: u64, supply: Arc<Vec<Supply>>) {
        if let Ok(mut held) = self.0.lock()
            && held.at(generation, None)
        {
            held.supply = Some(supply);
        }
    }

    fn kept<T>(
        &self,
        generation: u64,
        population: &Figures,
        pick: impl FnOnce(&Held) -> Option<T>,
    ) -> Option<T> {
        let held = self.0.lock().ok()?;
        let current = held.generation == generation && held.population.as_ref() == Some(population);
        current.then(|| pick(&held)).flatten()
    }

    pub fn figures(
        &self,
        generation: u64,
        population: &Figures,
        asked: &Asked,
    ) -> Option<Arc<Computed>> {
        self.kept(generation, population, |h| h.figures.get(asked).cloned())
    }

    pub fn worst(
        &self,
        generation: u64,
        population: &Figures,
        asked: &Asked,
    ) -> Option<Arc<Worst>> {
        self.kept(generation, population, |h| {
            h.worst.get(&asked.without_need()).cloned()
        })
    }

    /// Keeps figures computed for `generation` (unless a newer one is held already).
    pub fn put(&self, generation: u64, computed: &[(Asked, Arc<Computed>)]) {
        let Ok(mut held) = self.0.lock() else { return };
        for (asked, c) in computed {
            if !held.at(generation, Some(&c.population)) {
                return;
            }
            if held.figures.len() >= KEPT {
                held.figures.clear();
                held.worst.clear();
            }
            held.worst.insert(asked.without_need(), c.worst.clone());
            held.figures.insert(asked.clone(), c.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use beratungsnetz_core::reports::coverage::Coverage;

    fn computed(population: &Figures) -> Arc<Computed> {
        Arc::new(Computed {
            supply: Arc::default(),
            demand: Arc::default(),
            coverage: Coverage::default(),
            worst: Arc::default(),
            population: population.clone(),
        })
    }

    fn asked(need: &str) -> Asked {
        Asked::standard(need)
    }

    #[test]
    fn figures_are_kept_per_generation_and_population() {
        let cache = Cache::default();
        let shipped = Figures::shipped();
        cache.put(3, &[(asked("need:debts"), computed(&shipped))]);
        assert!(cache.figures(3, &shipped, &asked("need:debts")).is_some());
        // The worst gaps do not depend on the need asked.
        assert!(cache.worst(3, &shipped, &asked("need:food")).is_some());
        assert!(cache.figures(3, &shipped, &asked("need:food")).is_none());
        assert!(cache.figures(4, &shipped, &asked("need:debts")).is_none());
        let mut uploaded = shipped.clone();
        uploaded.uploaded_at = Some(1);
        assert!(cache.figures(3, &uploaded, &asked("need:debts")).is_none());
        // Older figures never replace newer ones.
        cache.put(5, &[(asked("need:food"), computed(&shipped))]);
        cache.put(4, &[(asked("need:debts"), computed(&shipped))]);
        assert!(cache.figures(4, &shipped, &asked("need:debts")).is_none());
        assert!(cache.figures(5, &shipped, &asked("need:food")).is_some());
        // Other population figures drop what was computed from the former.
        cache.put(5, &[(asked("need:debts"), computed(&uploaded))]);
        assert!(cache.figures(5, &shipped, &asked("need:food")).is_none());
        assert!(cache.figures(5, &uploaded, &asked("need:debts")).is_some());
    }

    #[test]
    fn the_services_are_kept_for_their_generation() {
        let cache = Cache::default();
        cache.put_supply(2, Arc::default());
        assert!(cache.supply(2).is_some());
        assert!(cache.supply(3).is_none());
        cache.put_supply(3, Arc::default());
        assert!(cache.supply(2).is_none());
    }

    #[test]
    fn past_the_limit_the_kept_questions_are_dropped() {
        let cache = Cache::default();
        let shipped = Figures::shipped();
        for km in 0..=KEPT {
            let mut a = asked("need:debts");
            a.beyond_km = u32::try_from(km).unwrap_or(0);
            cache.put(1, &[(a, computed(&shipped))]);
        }
        let held = cache.0.lock().map(|h| h.figures.len()).unwrap_or(0);
        assert_eq!(held, 1);
    }
}
