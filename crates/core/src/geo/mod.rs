//! German postal codes and places: lookup by PLZ, town name or coordinates.
//!
//! Data: GeoNames (www.geonames.org), CC BY 4.0, see `data/README.md`.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

mod districts;
pub mod names;

pub use districts::{district_by_name, district_label, is_district};

/// State code of Sachsen-Anhalt in [`Place::state_code`].
pub const SACHSEN_ANHALT: &str = "ST";

const PLZ_CSV: &str = include_str!("../../data/plz.csv");

/// Mean earth radius (IUGG), km.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Coordinates further than this from any known place get no district.
const NEAREST_PLACE_MAX_KM: f64 = 30.0;

#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub plz: String,
    pub name: String,
    /// Two-letter state code, e.g. [`SACHSEN_ANHALT`]; empty for the one PLZ outside any state.
    pub state_code: String,
    pub district: String,
    /// Official district key (Kreisschlüssel), e.g. "15002" for Halle (Saale).
    pub district_code: String,
    pub lat: f64,
    pub lon: f64,
    /// A large-customer postal code (a firm or an authority), not a town.
    pub institution: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub lat: f64,
    pub lon: f64,
    pub label: String,
    pub district: Option<String>,
    pub district_code: Option<String>,
}

pub struct Gazetteer {
    places: Vec<Place>,
    /// `fold(name)` per place.
    folded: Vec<String>,
    /// Folded name without parenthetical and "Lutherstadt"-like prefixes, per place.
    base: Vec<String>,
    by_plz: HashMap<String, usize>,
}

/// The embedded gazetteer, parsed on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::parse(PLZ_CSV))
}

/// German name of a state given its two-letter code.
pub fn state_name(code: &str) -> Option<&'static str> {
    Some(match code {
        "BW" => "Baden-Württemberg",
        "BY" => "Bayern",
        "BE" => "Berlin",
        "BB" => "Brandenburg",
        "HB" => "Bremen",
        "HH" => "Hamburg",
        "HE" => "Hessen",
        "MV" => "Mecklenburg-Vorpommern",
        "NI" => "Niedersachsen",
        "NW" => "Nordrhein-Westfalen",
        "RP" => "Rheinland-Pfalz",
        "SL" => "Saarland",
        "SN" => "Sachsen",
        "ST" => "Sachsen-Anhalt",
        "SH" => "Schleswig-Holstein",
        "TH" => "Thüringen",
        _ => return None,
    })
}

/// Great-circle distance in km.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * a.sqrt().min(1.0).asin()
}

impl Gazetteer {
    /// Parses the CSV; bad lines are skipped rather than failing the whole lookup.
    fn parse(csv_text: &str) -> Self {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(true)
            .from_reader(csv_text.as_bytes());
        let mut places = Vec::new();
        for record in reader.records() {
            let Ok(r) = record else { continue };
            let (Some(plz), Some(name), Some(state), Some(district), Some(code)) =
                (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4))
            else {
                continue;
            };
            let (Some(Ok(lat)), Some(Ok(lon))) = (
                r.get(5).map(str::parse::<f64>),
                r.get(6).map(str::parse::<f64>),
            ) else {
                continue;
            };
            if plz.is_empty() || name.is_empty() || !lat.is_finite() || !lon.is_finite() {
                continue;
            }
            places.push(Place {
                plz: plz.to_owned(),
                name: name.to_owned(),
                state_code: state.to_owned(),
                district: district.to_owned(),
                district_code: code.to_owned(),
                lat,
                lon,
                institution: r.get(7) == Some("1"),
            });
        }
        let folded = places.iter().map(|p| fold(&p.name)).collect();
        let base = places.iter().map(|p| base_name(&p.name)).collect();
        let mut by_plz = HashMap::with_capacity(places.len());
        for (i, p) in places.iter().enumerate() {
            by_plz.entry(p.plz.clone()).or_insert(i);
        }
        Gazetteer {
            places,
            folded,
            base,
            by_plz,
        }
    }

    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The first row for a PLZ: a town where there is one, its centroid.
    pub fn by_plz(&self, plz: &str) -> Option<&Place> {
        self.by_plz.get(plz.trim()).map(|&i| &self.places[i])
    }

    /// Places whose name matches, best first: exact or nearly exact names (ignoring case,
    /// umlaut spelling, "(Saale)" and "Lutherstadt"), preferring Sachsen-Anhalt and bigger
    /// towns; then names starting with the query; then names containing it as words.
    /// Firms and authorities come last.
    pub fn by_name(&self, name: &str) -> Vec<&Place> {
        let q = fold(name);
        if q.is_empty() {
            return Vec::new();
        }
        let qb = base_name(name);
        let prefix = format!("{q} ");
        let mut hits: Vec<(usize, u8)> = Vec::new();
        for (i, f) in self.folded.iter().enumerate() {
            let b = &self.base[i];
            let tier = if *f == q {
                0
            } else if *b == q || (!qb.is_empty() && (*b == qb || *f == qb)) {
                1
            } else if f.starts_with(&prefix) {
                2
            } else if contains_words(f, &q) {
                3
            } else {
                continue;
            };
            hits.push((i, tier));
        }
        // Rows of the same town (one per PLZ) as a size proxy.
        let mut size: HashMap<(&str, &str), usize> = HashMap::new();
        for &(i, _) in &hits {
            let p = &self.places[i];
            *size.entry((&p.name, &p.district_code)).or_default() += 1;
        }
        hits.sort_by_key(|&(i, tier)| {
            let p = &self.places[i];
            let group = tier.saturating_sub(1);
            let n = size.get(&(&p.name[..], &p.district_code[..])).copied();
            (
                p.institution,
                group,
                p.state_code != SACHSEN_ANHALT,
                tier,
                std::cmp::Reverse(n),
                i,
            )
        });
        hits.into_iter().map(|(i, _)| &self.places[i]).collect()
    }

    /// Resolves a PLZ ("06108", also "6108" or "06108 Halle"), "lat,lon" or a town name.
    pub fn resolve(&self, query: &str) -> Option<Resolved> {
        let q = query.trim();
        if q.is_empty() {
            return None;
        }
        if let Some((lat, lon)) = parse_coordinates(q) {
            return Some(self.resolve_coordinates(lat, lon));
        }
        let digits: String = q.chars().take_while(char::is_ascii_digit).collect();
        let rest = q[digits.len()..].trim();
        if digits.len() == 5 || (digits.len() == 4 && rest.is_empty()) {
            let plz = if digits.len() == 4 {
                format!("0{digits}")
            } else {
                digits
            };
            if let Some(p) = self.by_plz(&plz) {
                return Some(Resolved {
                    lat: p.lat,
                    lon: p.lon,
                    label: format!("{} {}", p.plz, p.name),
                    district: non_empty(&p.district),
                    district_code: non_empty(&p.district_code),
                });
            }
            if rest.is_empty() {
                return None;
            }
            return self.resolve_name(rest);
        }
        if !digits.is_empty() {
            return None;
        }
        self.resolve_name(q)
    }

    /// A town by its name, also in Cyrillic or Arabic script, and "Name · District" as
    /// the place suggestions write it.
    fn resolve_name(&self, name: &str) -> Option<Resolved> {
        let (name, district) = match name.split_once(" · ") {
            Some((n, d)) => (n.trim(), Some(d.trim())),
            None => (name, None),
        };
        let mut hits = self.by_name(name);
        if hits.is_empty()
            && let Some(a) = names::alias(name)
        {
            hits = self.by_name(a);
        }
        for variant in names::transliterations(name) {
            if !hits.is_empty() {
                break;
            }
            hits = self.by_name(&variant);
        }
        if let Some(d) = district {
            let in_district: Vec<&Place> =
                hits.iter().copied().filter(|p| p.district == d).collect();
            if !in_district.is_empty() {
                hits = in_district;
            }
        }
        let first = *hits.first()?;
        // Centroid over the town's PLZ centroids.
        let same: Vec<&&Place> = hits
            .iter()
            .filter(|p| p.name == first.name && p.district_code == first.district_code)
            .collect();
        let n = same.len() as f64;
        let lat = same.iter().map(|p| p.lat).sum::<f64>() / n;
        let lon = same.iter().map(|p| p.lon).sum::<f64>() / n;
        Some(Resolved {
            lat,
            lon,
            label: first.name.clone(),
            district: non_empty(&first.district),
            district_code: non_empty(&first.district_code),
        })
    }

    fn resolve_coordinates(&self, lat: f64, lon: f64) -> Resolved {
        let nearest = self
            .places
            .iter()
            .filter(|p| !p.institution)
            .map(|p| (haversine_km(lat, lon, p.lat, p.lon), p))
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .filter(|(d, _)| *d <= NEAREST_PLACE_MAX_KM);
        match nearest {
            Some((_, p)) => Resolved {
                lat,
                lon,
                label: p.name.clone(),
                district: non_empty(&p.district),
                district_code: non_empty(&p.district_code),
            },
            None => Resolved {
                lat,
                lon,
                label: format!("{lat:.5}, {lon:.5}"),
                district: None,
                district_code: None,
            },
        }
    }

    /// Towns whose name is close to what was typed and could not be resolved ("Hale",
    /// "Magdeburk", "ماغدبورك"): at most three names, Sachsen-Anhalt first.
    pub fn did_you_mean(&self, typed: &str) -> Vec<String> {
        let mut out: Vec<String> = names::near_aliases(typed)
            .into_iter()
            .map(str::to_string)
            .collect();
        let mut keys: Vec<String> = names::transliterations(typed);
        keys.push(base_name(typed));
        keys.retain(|k| k.chars().count() >= 3);
        // Rows of the same town name (one per postal code) as a size proxy.
        let mut rows: HashMap<&str, usize> = HashMap::new();
        for p in self.places.iter().filter(|p| !p.institution) {
            *rows.entry(&p.name).or_default() += 1;
        }
        let mut scored: Vec<(usize, bool, std::cmp::Reverse<usize>, &str)> = Vec::new();
        for (i, p) in self.places.iter().enumerate() {
            if p.institution {
                continue;
            }
            let b = &self.base[i];
            let best = keys
                .iter()
                .filter_map(|k| {
                    let limit = names::tolerance(k.chars().count());
                    let d = names::levenshtein(k, b).min(names::levenshtein(k, &self.folded[i]));
                    (d <= limit && b.chars().count().abs_diff(k.chars().count()) <= limit)
                        .then_some(d)
                })
                .min();
            if let Some(d) = best {
                let size = rows.get(p.name.as_str()).copied().unwrap_or(0);
                scored.push((
                    d,
                    p.state_code != SACHSEN_ANHALT,
                    std::cmp::Reverse(size),
                    &p.name,
                ));
            }
        }
        scored.sort();
        for (_, _, _, name) in scored {
            if out.len() >= 3 {
                break;
            }
            if !out.iter().any(|o| o == name) {
                out.push(name.to_string());
            }
        }
        out.truncate(3);
        out
    }

    /// Districts (code, name) of a state, sorted by code.
    pub fn districts(&self, state_code: &str) -> Vec<(String, String)> {
        let mut map: BTreeMap<&str, &str> = BTreeMap::new();
        for p in &self.places {
            if p.state_code == state_code && !p.district_code.is_empty() {
                map.entry(&p.district_code).or_insert(&p.district);
            }
        }
        map.into_iter()
            .map(|(c, n)| (c.to_owned(), n.to_owned()))
            .collect()
    }
}

/// Whether `needle` occurs in `hay` as whole words (both are folded, single-spaced).
fn contains_words(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        let before = i == 0 || hay.as_bytes()[i - 1] == b' ';
        let end = i + needle.len();
        let after = end == hay.len() || hay.as_bytes()[end] == b' ';
        before && after
    })
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_owned())
}

/// "52.13,11.62", "52.13, 11.62" or "52.13 11.62" within valid ranges.
fn parse_coordinates(q: &str) -> Option<(f64, f64)> {
    let parts: Vec<&str> = q
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .collect();
    let [a, b] = parts[..] else { return None };
    // Both must look like decimals, so that "06108 12345" is not taken for coordinates.
    if !a.contains('.') || !b.contains('.') {
        return None;
    }
    let (lat, lon) = (a.parse::<f64>().ok()?, b.parse::<f64>().ok()?);
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some((lat, lon))
}

/// Comparison key: lower case, umlauts and ß folded so that "München", "Muenchen" and
/// "Munchen" (or "Straße" and "Strasse") agree, punctuation as single spaces.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.chars().flat_map(char::to_lowercase) {
        let mapped: &str = match c {
            'ä' | 'á' | 'à' | 'â' | 'ã' | 'å' => "a",
            'ö' | 'ó' | 'ò' | 'ô' | 'ø' => "o",
            'ü' | 'ú' | 'ù' | 'û' => "u",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'í' | 'ì' | 'î' | 'ï' => "i",
            'ç' => "c",
            'ñ' => "n",
            'ß' => "ss",
            c if c.is_alphanumeric() => {
                out.push(c);
                space = false;
                continue;
            }
            _ => {
                if !space {
                    out.push(' ');
                    space = true;
                }
                continue;
            }
        };
        out.push_str(mapped);
        space = false;
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out.replace("ae", "a").replace("oe", "o").replace("ue", "u")
}

/// Folded name without "(...)" parts and without a leading "Lutherstadt"/"Hansestadt".
fn base_name(s: &str) -> String {
    let mut stripped = String::with_capacity(s.len());
    let mut depth = 0u32;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => stripped.push(c),
            _ => {}
        }
    }
    let f = fold(&stripped);
    for prefix in ["lutherstadt ", "hansestadt "] {
        if let Some(rest) = f.strip_prefix(prefix) {
            return rest.to_owned();
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 12: a misspelt town, or one typed in Cyrillic or Arabic script, was a dead end.
    #[test]
    fn towns_in_other_scripts_and_near_misses() {
        let g = gazetteer();
        for typed in ["Галле", "هاله", "Halle (Saale) · Halle (Saale)"] {
            let r = g.resolve(typed).unwrap();
            assert_eq!(r.label, "Halle (Saale)", "{typed}");
        }
        assert_eq!(g.resolve("Магдебург").unwrap().label, "Magdeburg");
        assert_eq!(
            g.resolve("Гамбург").unwrap().label,
            "Hamburg",
            "transliterated"
        );
        assert!(g.resolve("Hale").is_none());
        assert_eq!(
            g.did_you_mean("Hale").first().map(String::as_str),
            Some("Halle (Saale)")
        );
        assert_eq!(g.did_you_mean("Magdeburk"), ["Magdeburg"]);
        assert_eq!(g.did_you_mean("ماغدبورك"), ["Magdeburg"]);
        assert!(g.did_you_mean("Xyzzyq").is_empty());
    }

    #[test]
    fn embedded_data_is_complete() {
        let g = gazetteer();
        assert!(g.places().len() > 20_000, "{}", g.places().len());
        assert!(g.places().iter().all(|p| p.plz.len() == 5));
    }

    #[test]
    fn plz_lookup() {
        let g = gazetteer();
        let p = g.by_plz("06108").unwrap();
        assert_eq!(p.name, "Halle (Saale)");
        assert_eq!(p.district_code, "15002");
        assert_eq!(p.state_code, SACHSEN_ANHALT);
        let r = g.resolve("06108").unwrap();
        assert_eq!(r.label, "06108 Halle (Saale)");
        assert_eq!(r.district_code.as_deref(), Some("15002"));
        assert_eq!(
            g.resolve("6108").unwrap().district_code.as_deref(),
            Some("15002")
        );
        assert_eq!(
            g.resolve("06108 Halle").unwrap().label,
            "06108 Halle (Saale)"
        );
        // A large-customer PLZ still resolves.
        assert!(g.by_plz("10875").unwrap().institution);
    }

    #[test]
    fn name_lookup() {
        let g = gazetteer();
        for q in ["Halle (Saale)", "Halle", "halle saale", "HALLE(SAALE)"] {
            let r = g.resolve(q).unwrap();
            assert_eq!(r.label, "Halle (Saale)", "{q}");
            assert_eq!(r.district_code.as_deref(), Some("15002"), "{q}");
        }
        for q in [
            "Lutherstadt Wittenberg",
            "Wittenberg",
            "lutherstadt-wittenberg",
        ] {
            let r = g.resolve(q).unwrap();
            assert_eq!(r.label, "Lutherstadt Wittenberg", "{q}");
            assert_eq!(r.district_code.as_deref(), Some("15091"), "{q}");
        }
        let m = g.resolve("Magdeburg").unwrap();
        assert_eq!(m.district_code.as_deref(), Some("15003"));
        assert!(haversine_km(m.lat, m.lon, 52.13, 11.62) < 10.0);
        for q in ["München", "Muenchen", "munchen"] {
            assert_eq!(g.by_name(q)[0].name, "München", "{q}");
        }
        assert_eq!(g.by_name("Dessau-Roßlau")[0].name, "Dessau-Roßlau");
        assert_eq!(g.by_name("dessau-rosslau")[0].name, "Dessau-Roßlau");
        // Exact matches first; firms never before towns.
        let berlin = g.by_name("Berlin");
        assert_eq!(berlin[0].name, "Berlin");
        let first_inst = berlin.iter().position(|p| p.institution);
        let last_town = berlin.iter().rposition(|p| !p.institution);
        if let (Some(i), Some(t)) = (first_inst, last_town) {
            assert!(t < i);
        }
    }

    #[test]
    fn fold_spellings() {
        assert_eq!(fold("Straße"), fold("Strasse"));
        assert_eq!(fold("Halle (Saale)"), "halle saale");
        assert_eq!(base_name("Halle (Saale)"), "halle");
        assert_eq!(base_name("Lutherstadt Wittenberg"), "wittenberg");
    }

    #[test]
    fn sachsen_anhalt_districts() {
        let d = gazetteer().districts(SACHSEN_ANHALT);
        assert_eq!(d.len(), 14, "{d:?}");
        assert_eq!(d[0].0, "15001");
        assert!(d.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(state_name(SACHSEN_ANHALT), Some("Sachsen-Anhalt"));
    }

    #[test]
    fn distance() {
        let g = gazetteer();
        let h = g.by_plz("06108").unwrap();
        let m = g.by_plz("39104").unwrap();
        let d = haversine_km(h.lat, h.lon, m.lat, m.lon);
        assert!((75.0..=80.0).contains(&d), "{d}");
        assert!(haversine_km(52.0, 11.0, 52.0, 11.0).abs() < 1e-9);
    }

    #[test]
    fn coordinates() {
        let g = gazetteer();
        for q in ["52.13,11.62", "52.13, 11.62", " 52.13 11.62 "] {
            let r = g.resolve(q).unwrap();
            assert!(
                (r.lat - 52.13).abs() < 1e-9 && (r.lon - 11.62).abs() < 1e-9,
                "{q}"
            );
            assert_eq!(r.district_code.as_deref(), Some("15003"), "{q}");
        }
        let far = g.resolve("0.5,0.5").unwrap();
        assert_eq!(far.district, None);
        assert!(g.resolve("95.0,11.0").is_none());
    }

    #[test]
    fn garbage() {
        let g = gazetteer();
        for q in [
            "",
            "   ",
            "xyzzy-nowhere",
            "99999",
            "123",
            "1234567",
            "!!!",
            "52.1,abc",
        ] {
            assert!(g.resolve(q).is_none(), "{q}");
        }
    }

    #[test]
    fn bad_lines_are_skipped() {
        let g = Gazetteer::parse(
            "plz,place,state_code,district,district_code,lat,lon,institution\n\
             06108,Halle (Saale),ST,Halle,15002,51.483,11.972,0\n\
             broken\n\
             39104,Magdeburg,ST,Magdeburg,15003,notanumber,11.6,0\n",
        );
        assert_eq!(g.places().len(), 1);
    }
}
