//! Radius search without a geo field: grid cells as indexed terms narrow the candidates,
//! the exact distance on packed coordinates (a fast field) decides.

/// Cell heights in degrees of latitude, finest first. Cells are 1.6 times as wide in
/// longitude, which makes them about square at German latitudes.
const LEVELS: [f64; 4] = [0.02, 0.1, 0.5, 2.5];
const LON_STRETCH: f64 = 1.6;
/// A query uses the finest level whose cells cover its circle in at most this many cells.
const MAX_CELLS: usize = 36;

fn cell(level: usize, lat: f64, lon: f64) -> (i64, i64) {
    let size = LEVELS[level];
    (
        (lat / size).floor() as i64,
        (lon / (size * LON_STRETCH)).floor() as i64,
    )
}

fn key(level: usize, (a, b): (i64, i64)) -> String {
    format!("{level}:{a}:{b}")
}

/// The cell terms a point is indexed under, one per level.
pub fn cells_for_point(lat: f64, lon: f64) -> Vec<String> {
    (0..LEVELS.len())
        .map(|l| key(l, cell(l, lat, lon)))
        .collect()
}

/// The cells of a point at the two coarsest levels (about 55 and 280 km across), finest
/// first, each with its area in km²: how many services they hold tells how far out a
/// number of them should lie.
pub fn density_cells(lat: f64, lon: f64) -> [(String, f64); 2] {
    let at = |level: usize| {
        let size = LEVELS[level];
        let km = beratungsnetz_core::geo::EARTH_RADIUS_KM * size.to_radians();
        let area = km * km * LON_STRETCH * lat.to_radians().cos().abs().max(0.01);
        (key(level, cell(level, lat, lon)), area)
    };
    [at(LEVELS.len() - 2), at(LEVELS.len() - 1)]
}

/// Cell terms that together cover a circle; `None` if the circle is larger than the
/// coarsest level can cover cheaply (then only the exact distance filters).
pub fn cells_for_circle(lat: f64, lon: f64, radius_km: f64) -> Option<Vec<String>> {
    let dlat = radius_km / 111.0;
    let dlon = radius_km / (111.0 * lat.to_radians().cos().abs().max(0.01));
    for level in 0..LEVELS.len() {
        let (a0, b0) = cell(level, lat - dlat, lon - dlon);
        let (a1, b1) = cell(level, lat + dlat, lon + dlon);
        let count = ((a1 - a0 + 1) * (b1 - b0 + 1)) as usize;
        if count <= MAX_CELLS {
            let mut out = Vec::with_capacity(count);
            for a in a0..=a1 {
                for b in b0..=b1 {
                    out.push(key(level, (a, b)));
                }
            }
            return Some(out);
        }
    }
    None
}

/// Latitude and longitude in one u64 (32 bits each, ~1 cm resolution), so a service's
/// several places keep their pairs in a multi-valued fast field.
pub fn pack(lat: f64, lon: f64) -> u64 {
    let q = |v: f64, range: f64| {
        (((v + range) / (2.0 * range)).clamp(0.0, 1.0) * u32::MAX as f64) as u64
    };
    (q(lat, 90.0) << 32) | q(lon, 180.0)
}

pub fn unpack(v: u64) -> (f64, f64) {
    let d = |q: u64, range: f64| q as f64 / u32::MAX as f64 * 2.0 * range - range;
    (d(v >> 32, 90.0), d(v & 0xFFFF_FFFF, 180.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn density_cells_are_the_coarse_cells_of_the_point_with_their_area() {
        let [(fine, fine_area), (coarse, coarse_area)] = density_cells(51.4825, 11.9697);
        assert_eq!(fine, cells_for_point(51.4825, 11.9697)[2]);
        assert_eq!(coarse, cells_for_point(51.4825, 11.9697)[3]);
        // 0.5° of latitude is 55.6 km; 0.8° of longitude at 51.5° is 55.4 km.
        assert!((fine_area - 55.6 * 55.4).abs() < 60.0, "{fine_area}");
        assert!((coarse_area / fine_area - 25.0).abs() < 1e-9);
    }

    #[test]
    fn packing_keeps_coordinates() {
        let (lat, lon) = unpack(pack(51.4825, 11.9697));
        assert!((lat - 51.4825).abs() < 1e-6 && (lon - 11.9697).abs() < 1e-6);
    }

    #[test]
    fn the_cover_contains_the_cells_of_points_inside_the_circle() {
        let cover = cells_for_circle(51.48, 11.97, 25.0).unwrap();
        assert!(cover.len() <= MAX_CELLS);
        // Magdeburg is ~75 km away: outside; Merseburg ~15 km: inside.
        let inside = cells_for_point(51.355, 11.99);
        assert!(inside.iter().any(|c| cover.contains(c)));
        let far = cells_for_point(52.13, 11.62);
        assert!(!far.iter().any(|c| cover.contains(c)));
        assert!(cells_for_circle(51.0, 10.0, 5000.0).is_none());
    }
}
