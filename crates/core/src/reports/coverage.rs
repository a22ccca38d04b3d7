//! Where help is missing: for one need (or service kind), optionally in one language, the
//! distance from every populated place to the nearest fitting service, the share of
//! people beyond a distance, and an accessibility index by the enhanced two-step floating
//! catchment area method (E2SFCA, Luo & Qi 2009, with the Gaussian decay of Dai 2010):
//!
//! - step 1, per service j: R_j = 1 / Σ_k P_k · G(d_kj) over the places k within the
//!   catchment d₀ (each service has capacity 1: the index counts services);
//! - step 2, per place i: A_i = 100 000 · Σ_j R_j · G(d_ij) over the services within d₀,
//!   i.e. fitting services per 100 000 people in reach;
//! - G(d) = (e^(−½(d/d₀)²) − e^(−½)) / (1 − e^(−½)) for d ≤ d₀, else 0.
//!
//! Services by phone, video or for the whole state have no distance: they are counted
//! apart and never close a gap on the map. A [`Grid`] of the services' places keeps the
//! work near-linear, so the whole of Germany recomputes in seconds.

use std::collections::BTreeMap;

use crate::geo::haversine_km;

/// A populated place: a postal-code place of the gazetteer with its share of its
/// district's population.
#[derive(Clone, Debug, PartialEq)]
pub struct DemandPoint {
    pub plz: String,
    pub name: String,
    pub district: String,
    pub lat: f64,
    pub lon: f64,
    pub population: f64,
}

/// A service as the reports weigh it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Supply {
    pub id: String,
    pub name: String,
    /// Where it is offered: the town of its first place.
    pub town: String,
    /// Vocabulary codes: needs and kinds.
    pub tags: Vec<String>,
    pub languages: Vec<String>,
    /// (lat, lon) of its places; empty: by phone, online or statewide only.
    pub places: Vec<(f64, f64)>,
    /// The districts its places are in.
    pub districts: Vec<String>,
    /// By phone, video or for the whole state.
    pub remote: bool,
    /// The organisation's name, for the network figures.
    pub organization: String,
    /// Day number of the last check of the entry.
    pub verified_day: Option<i64>,
}

impl Supply {
    /// A service of the directory as the reports weigh it: by phone or video only, or for
    /// the whole state, it is remote.
    pub fn of(d: &crate::directory::view::ServiceDoc) -> Supply {
        let in_person = d.modes.is_empty() || d.modes.iter().any(|m| m == "in_person");
        Supply {
            id: d.id.clone(),
            name: d.name.clone(),
            town: d
                .places
                .iter()
                .find_map(|p| p.city.clone())
                .unwrap_or_default(),
            tags: d.tags.clone(),
            languages: d.languages.clone(),
            places: d.places.iter().map(|p| (p.lat, p.lon)).collect(),
            districts: d.districts.clone(),
            remote: d.statewide || !in_person,
            organization: d.organization.clone(),
            verified_day: d.verified_day,
        }
    }
}

/// What to compute.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// A need or kind code (`need:debts`, `kind:debt`).
    pub need: String,
    /// ISO 639-1; None: any language.
    pub language: Option<String>,
    /// The catchment d₀ of the index, km.
    pub catchment_km: f64,
    /// People further than this from the nearest fitting service count as beyond reach.
    pub beyond_km: f64,
}

/// Default catchment of the index.
pub const DEFAULT_CATCHMENT_KM: f64 = 50.0;
/// Default distance beyond which people count as out of reach.
pub const DEFAULT_BEYOND_KM: f64 = 30.0;

impl Params {
    pub fn new(need: &str, language: Option<&str>) -> Params {
        Params {
            need: need.to_string(),
            language: language.map(str::to_string),
            catchment_km: DEFAULT_CATCHMENT_KM,
            beyond_km: DEFAULT_BEYOND_KM,
        }
    }

    /// Whether a service answers the need (in the language, if one is asked).
    pub fn fits(&self, s: &Supply) -> bool {
        s.tags.contains(&self.need)
            && self
                .language
                .as_ref()
                .is_none_or(|l| s.languages.iter().any(|x| x == l))
    }
}

/// The Gaussian distance decay of E2SFCA: 1 at the door, 0 at the catchment's edge.
pub fn gaussian(d: f64, d0: f64) -> f64 {
    if d > d0 || d0 <= 0.0 {
        return 0.0;
    }
    let edge = (-0.5f64).exp();
    ((-0.5 * (d / d0).powi(2)).exp() - edge) / (1.0 - edge)
}

/// One place's figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PointCoverage {
    /// Km to the nearest fitting service with a place, and which (index into the supply);
    /// None: there is none.
    pub nearest: Option<(usize, f64)>,
    /// Fitting services per 100 000 people in reach.
    pub access: f64,
}

/// One district's figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DistrictCoverage {
    pub key: String,
    pub population: f64,
    /// People further than `beyond_km` from the nearest fitting service.
    pub beyond: f64,
    /// Population-weighted mean of the places' index.
    pub access: f64,
    /// Fitting services with a place in the district.
    pub services_inside: usize,
    /// The fitting service nearest to the district's centre and its distance.
    pub nearest: Option<(usize, f64)>,
}

impl DistrictCoverage {
    pub fn beyond_share(&self) -> f64 {
        if self.population > 0.0 {
            self.beyond / self.population
        } else {
            0.0
        }
    }

    /// A gap: people beyond reach, or no fitting service in the district at all.
    pub fn is_gap(&self) -> bool {
        self.beyond > 0.0 || self.services_inside == 0
    }
}

/// The coverage of one need (and language).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Coverage {
    pub points: Vec<PointCoverage>,
    /// By district key.
    pub districts: Vec<DistrictCoverage>,
    /// Fitting services reached by phone, online or statewide (no distance).
    pub remote: usize,
}

impl Coverage {
    /// The districts that are gaps, worst first: most people beyond reach, then none
    /// inside, then the lowest index.
    pub fn gaps(&self) -> Vec<&DistrictCoverage> {
        let mut gaps: Vec<&DistrictCoverage> =
            self.districts.iter().filter(|d| d.is_gap()).collect();
        gaps.sort_by(|a, b| {
            b.beyond
                .total_cmp(&a.beyond)
                .then((a.services_inside > 0).cmp(&(b.services_inside > 0)))
                .then(a.access.total_cmp(&b.access))
                .then(a.key.cmp(&b.key))
        });
        gaps
    }
}

/// Service places (service index, lat, lon) by grid cell.
type Cells = std::collections::HashMap<(i32, i32), Vec<(usize, f64, f64)>>;

/// The services' places in square cells of a local flat projection: a query looks only
/// at the cells a circle touches.
pub struct Grid {
    cell_km: f64,
    cells: Cells,
    /// The outermost ring any entry is in, from the origin cell: bounds the nearest search.
    extent: i32,
}

/// Km per degree of latitude, and of longitude at the latitude of Germany's middle
/// (51°): a projection good enough to pick cells; distances are then exact.
const KM_PER_LAT: f64 = 111.2;
const KM_PER_LON: f64 = 70.0;

fn cell_of(lat: f64, lon: f64, cell_km: f64) -> (i32, i32) {
    // Coordinates are bounded (|lat| ≤ 90, |lon| ≤ 180), cells at least 1 km.
    #[allow(clippy::cast_possible_truncation)]
    let c = (
        (lat * KM_PER_LAT / cell_km).floor() as i32,
        (lon * KM_PER_LON / cell_km).floor() as i32,
    );
    c
}

impl Grid {
    /// The places of the given services.
    pub fn new(supply: &[Supply], which: &[usize], cell_km: f64) -> Grid {
        let cell_km = cell_km.max(1.0);
        let mut cells = Cells::new();
        let mut extent = 0;
        for &j in which {
            for &(lat, lon) in &supply[j].places {
                let c = cell_of(lat, lon, cell_km);
                extent = extent.max(c.0.abs()).max(c.1.abs());
                cells.entry(c).or_default().push((j, lat, lon));
            }
        }
        Grid {
            cell_km,
            cells,
            extent,
        }
    }

    /// Every service with a place within `radius` km, with the distance to its nearest
    /// place, by service index.
    pub fn within(&self, lat: f64, lon: f64, radius: f64) -> Vec<(usize, f64)> {
        let (ci, cj) = cell_of(lat, lon, self.cell_km);
        // The flat projection stretches longitude north of 51°: one cell of margin.
        #[allow(clippy::cast_possible_truncation)]
        let reach = (radius / self.cell_km).ceil() as i32 + 1;
        let mut found: Vec<(usize, f64)> = Vec::new();
        for di in -reach..=reach {
            for dj in -reach..=reach {
                let Some(entries) = self.cells.get(&(ci + di, cj + dj)) else {
                    continue;
                };
                for &(j, plat, plon) in entries {
                    let d = haversine_km(lat, lon, plat, plon);
                    if d <= radius {
                        found.push((j, d));
                    }
                }
            }
        }
        found.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
        found.dedup_by_key(|e| e.0);
        found
    }

    /// The nearest service with a place, searching rings of cells outwards.
    pub fn nearest(&self, lat: f64, lon: f64) -> Option<(usize, f64)> {
        if self.cells.is_empty() {
            return None;
        }
        let (ci, cj) = cell_of(lat, lon, self.cell_km);
        let mut best: Option<(usize, f64)> = None;
        let last = self.extent + ci.abs().max(cj.abs()) + 2;
        for ring in 0..=last {
            for di in -ring..=ring {
                for dj in -ring..=ring {
                    if di.abs() != ring && dj.abs() != ring {
                        continue;
                    }
                    let Some(entries) = self.cells.get(&(ci + di, cj + dj)) else {
                        continue;
                    };
                    for &(j, plat, plon) in entries {
                        let d = haversine_km(lat, lon, plat, plon);
                        if best.is_none_or(|(bj, bd)| d < bd || (d == bd && j < bj)) {
                            best = Some((j, d));
                        }
                    }
                }
            }
            // Anything in a further ring is at least (ring) cells away (with the margin
            // of the projection): stop once the best is nearer than that.
            if let Some((_, bd)) = best
                && bd < f64::from((ring - 1).max(0)) * self.cell_km * 0.8
            {
                break;
            }
        }
        best
    }
}

/// The coverage of `params` over `demand` by `supply`.
pub fn coverage(demand: &[DemandPoint], supply: &[Supply], params: &Params) -> Coverage {
    let fitting: Vec<usize> = (0..supply.len())
        .filter(|&j| params.fits(&supply[j]))
        .collect();
    let remote = fitting
        .iter()
        .filter(|&&j| supply[j].remote || supply[j].places.is_empty())
        .count();
    let placed: Vec<usize> = fitting
        .iter()
        .copied()
        .filter(|&j| !supply[j].places.is_empty() && !supply[j].remote)
        .collect();
    let grid = Grid::new(supply, &placed, params.catchment_km);
    let d0 = params.catchment_km;
    // Step 1: each service's demand in its catchment.
    let reach: Vec<Vec<(usize, f64)>> = demand
        .iter()
        .map(|p| grid.within(p.lat, p.lon, d0))
        .collect();
    let mut weighted = vec![0.0f64; supply.len()];
    for (p, in_reach) in demand.iter().zip(&reach) {
        for &(j, d) in in_reach {
            weighted[j] += p.population * gaussian(d, d0);
        }
    }
    // Step 2: each place's index, and its nearest service.
    let points: Vec<PointCoverage> = demand
        .iter()
        .zip(&reach)
        .map(|(p, in_reach)| {
            let access = in_reach
                .iter()
                .filter(|(j, _)| weighted[*j] > 0.0)
                .map(|&(j, d)| gaussian(d, d0) / weighted[j])
                .sum::<f64>()
                * 100_000.0;
            let nearest = in_reach
                .iter()
                .copied()
                .min_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)))
                .or_else(|| grid.nearest(p.lat, p.lon));
            PointCoverage { nearest, access }
        })
        .collect();
    let districts = by_district(demand, supply, &placed, &points, &grid, params.beyond_km);
    Coverage {
        points,
        districts,
        remote,
    }
}

fn by_district(
    demand: &[DemandPoint],
    supply: &[Supply],
    placed: &[usize],
    points: &[PointCoverage],
    grid: &Grid,
    beyond_km: f64,
) -> Vec<DistrictCoverage> {
    // (population, beyond, Σ P·A, Σ P·lat, Σ P·lon) per district.
    let mut sums: BTreeMap<&str, [f64; 5]> = BTreeMap::new();
    for (p, c) in demand.iter().zip(points) {
        let s = sums.entry(p.district.as_str()).or_default();
        s[0] += p.population;
        if c.nearest.is_none_or(|(_, d)| d > beyond_km) {
            s[1] += p.population;
        }
        s[2] += p.population * c.access;
        s[3] += p.population * p.lat;
        s[4] += p.population * p.lon;
    }
    sums.into_iter()
        .map(|(key, [population, beyond, pa, plat, plon])| {
            let (access, nearest) = if population > 0.0 {
                (
                    pa / population,
                    grid.nearest(plat / population, plon / population),
                )
            } else {
                (0.0, None)
            };
            DistrictCoverage {
                key: key.to_string(),
                population,
                beyond,
                access,
                services_inside: placed
                    .iter()
                    .filter(|&&j| supply[j].districts.iter().any(|d| d == key))
                    .count(),
                nearest,
            }
        })
        .collect()
}

/// The populated places of the districts whose key starts with `prefix` ("15":
/// Sachsen-Anhalt; "": Germany), each with an even share of its district's population.
pub fn demand_points(prefix: &str, population: &BTreeMap<String, u64>) -> Vec<DemandPoint> {
    let places: Vec<&crate::geo::Place> = crate::geo::gazetteer()
        .places()
        .iter()
        .filter(|p| !p.institution && p.district_code.starts_with(prefix))
        .collect();
    let mut per_district: BTreeMap<&str, usize> = BTreeMap::new();
    for p in &places {
        *per_district.entry(p.district_code.as_str()).or_default() += 1;
    }
    places
        .iter()
        .map(|p| {
            let n = per_district
                .get(p.district_code.as_str())
                .copied()
                .unwrap_or(1);
            // District figures stay far below f64's exact integers.
            #[allow(clippy::cast_precision_loss)]
            let share = population.get(&p.district_code).copied().unwrap_or(0) as f64 / n as f64;
            DemandPoint {
                plz: p.plz.clone(),
                name: p.name.clone(),
                district: p.district_code.clone(),
                lat: p.lat,
                lon: p.lon,
                population: share,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(name: &str, district: &str, lat: f64, lon: f64, population: f64) -> DemandPoint {
        DemandPoint {
            plz: String::new(),
            name: name.into(),
            district: district.into(),
            lat,
            lon,
            population,
        }
    }

    fn service(id: &str, lat: f64, lon: f64, district: &str, languages: &[&str]) -> Supply {
        Supply {
            id: id.into(),
            name: id.into(),
            tags: vec!["need:debts".into()],
            languages: languages.iter().map(|l| l.to_string()).collect(),
            places: vec![(lat, lon)],
            districts: vec![district.into()],
            ..Supply::default()
        }
    }

    #[test]
    fn the_index_matches_a_hand_computed_example() {
        // Three places on a meridian, 0, ~11.1 and ~55.6 km north; two services at the
        // first and the third; catchment 60 km.
        let places = [
            point("A", "1", 51.0, 11.0, 1000.0),
            point("B", "1", 51.1, 11.0, 2000.0),
            point("C", "2", 51.5, 11.0, 500.0),
        ];
        let supply = [
            service("s1", 51.0, 11.0, "1", &[]),
            service("s2", 51.5, 11.0, "2", &[]),
        ];
        let mut params = Params::new("need:debts", None);
        params.catchment_km = 60.0;
        let c = coverage(&places, &supply, &params);
        // By hand: distances and weights.
        let d = |a: &DemandPoint, (lat, lon): (f64, f64)| haversine_km(a.lat, a.lon, lat, lon);
        let g = |x: f64| gaussian(x, 60.0);
        let (s1, s2) = ((51.0, 11.0), (51.5, 11.0));
        let r1 = 1.0
            / (1000.0 * g(d(&places[0], s1))
                + 2000.0 * g(d(&places[1], s1))
                + 500.0 * g(d(&places[2], s1)));
        let r2 = 1.0
            / (1000.0 * g(d(&places[0], s2))
                + 2000.0 * g(d(&places[1], s2))
                + 500.0 * g(d(&places[2], s2)));
        for (i, p) in places.iter().enumerate() {
            let want = 100_000.0 * (r1 * g(d(p, s1)) + r2 * g(d(p, s2)));
            assert!(
                (c.points[i].access - want).abs() < 1e-9,
                "{i}: {} vs {want}",
                c.points[i].access
            );
        }
        // And in figures, computed apart (Python, the same formulas): G(11.12 km) = 0.95673,
        // G(44.48 km) = 0.38941, G(55.60 km) = 0.11290; A = 41.783, 60.195, 75.655.
        assert!((g(0.0) - 1.0).abs() < 1e-12);
        assert!((g(d(&places[1], s1)) - 0.95673).abs() < 1e-5);
        assert!((g(d(&places[1], s2)) - 0.38941).abs() < 1e-5);
        for (i, want) in [41.783, 60.195, 75.655].into_iter().enumerate() {
            assert!(
                (c.points[i].access - want).abs() < 1e-3,
                "{i}: {}",
                c.points[i].access
            );
        }
        // With the index: each service's capacity 1 is shared out, so Σ P·A = 2 · 100 000.
        let total: f64 = places
            .iter()
            .zip(&c.points)
            .map(|(p, c)| p.population * c.access)
            .sum();
        assert!((total - 200_000.0).abs() < 1e-6, "{total}");
        assert_eq!(c.points[1].nearest.map(|(j, _)| j), Some(0));
    }

    #[test]
    fn a_district_without_the_service_is_a_gap_with_the_nearest_alternative() {
        let places = [
            point("Nord", "1", 52.0, 11.0, 1000.0),
            point("Süd", "2", 51.0, 11.0, 1000.0),
            point("Süd 2", "2", 51.05, 11.0, 1000.0),
        ];
        let supply = [
            service("nord", 52.0, 11.0, "1", &["de", "ar"]),
            service("fern", 52.6, 11.0, "9", &["ar"]),
            Supply {
                remote: true,
                places: Vec::new(),
                ..service("telefon", 0.0, 0.0, "", &["ar"])
            },
        ];
        let c = coverage(&places, &supply, &Params::new("need:debts", None));
        assert_eq!(c.remote, 1, "the phone service counts apart");
        let gaps = c.gaps();
        assert_eq!(gaps.len(), 1);
        let south = gaps[0];
        assert_eq!(south.key, "2");
        assert_eq!((south.population, south.beyond), (2000.0, 2000.0));
        assert_eq!(south.services_inside, 0);
        let (j, km) = south.nearest.unwrap();
        assert_eq!(supply[j].id, "nord");
        assert!((km - 108.4).abs() < 0.5, "{km}");
        // In German, the north has its service; in Tigrinya nobody is served.
        let ti = coverage(&places, &supply, &Params::new("need:debts", Some("ti")));
        assert_eq!(ti.gaps().len(), 2);
        assert!(
            ti.points
                .iter()
                .all(|p| p.nearest.is_none() && p.access == 0.0)
        );
        // A language gap: without the Arabic service in the north, the nearest is 66 km away.
        let without: Vec<Supply> = supply.iter().filter(|s| s.id != "nord").cloned().collect();
        let ar = coverage(&places, &without, &Params::new("need:debts", Some("ar")));
        let north = ar.districts.iter().find(|d| d.key == "1").unwrap();
        assert!(north.is_gap() && north.beyond == 1000.0);
        assert!((north.nearest.unwrap().1 - 66.7).abs() < 0.5);
    }

    #[test]
    fn the_grid_finds_what_a_full_scan_finds() {
        let mut supply = Vec::new();
        for i in 0..300 {
            let f = f64::from(i);
            supply.push(service(
                &format!("s{i}"),
                47.5 + (f * 0.37) % 7.0,
                6.0 + (f * 0.73) % 9.0,
                "x",
                &[],
            ));
        }
        let all: Vec<usize> = (0..supply.len()).collect();
        let grid = Grid::new(&supply, &all, 25.0);
        for k in 0..50 {
            let (lat, lon) = (47.3 + f64::from(k) * 0.15, 5.9 + f64::from(k) * 0.19);
            let scan: Vec<(usize, f64)> = supply
                .iter()
                .enumerate()
                .map(|(j, s)| (j, haversine_km(lat, lon, s.places[0].0, s.places[0].1)))
                .collect();
            let best = scan
                .iter()
                .copied()
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .unwrap();
            assert_eq!(grid.nearest(lat, lon).map(|b| b.0), Some(best.0), "{k}");
            let mut near: Vec<usize> = scan.iter().filter(|e| e.1 <= 40.0).map(|e| e.0).collect();
            near.sort_unstable();
            let got: Vec<usize> = grid.within(lat, lon, 40.0).iter().map(|e| e.0).collect();
            assert_eq!(got, near, "{k}");
        }
    }

    #[test]
    fn sachsen_anhalt_has_its_places_and_population() {
        let pop = crate::reports::population::shipped()
            .iter()
            .map(|(k, d)| (k.clone(), d.population))
            .collect();
        let points = demand_points("15", &pop);
        assert!(points.len() > 500, "{}", points.len());
        let total: f64 = points.iter().map(|p| p.population).sum();
        assert!((total - 2_208_321.0).abs() < 1.0, "{total}");
    }
}
