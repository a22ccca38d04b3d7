//! The coverage figures as tables for a spreadsheet: by district, by place, the worst
//! gaps, and what was asked with the source of the population figures — each figure a
//! plain number (`12.5`), each heading German.

use crate::geo::district_label;
use crate::reports::coverage::{Coverage, DemandPoint, DistrictCoverage, Params, Supply};
use crate::tables::Table;
use crate::taxonomy;

/// What the tables are of.
pub struct Question<'a> {
    pub params: &'a Params,
    /// "Einwohner" or "Ausländische Bevölkerung".
    pub basis_label: &'a str,
    /// Source and year of the population figures.
    pub source: &'a str,
}

fn fixed(x: f64, digits: usize) -> String {
    format!("{x:.digits$}")
}

fn nearest(supply: &[Supply], at: Option<(usize, f64)>) -> (String, String) {
    match at.and_then(|(j, d)| supply.get(j).map(|s| (s, d))) {
        Some((s, d)) if s.town.is_empty() => (s.name.clone(), fixed(d, 1)),
        Some((s, d)) => (format!("{} ({})", s.name, s.town), fixed(d, 1)),
        None => (String::new(), String::new()),
    }
}

fn label(code: &str) -> String {
    taxonomy::term(code).map_or_else(|| code.to_string(), |t| t.label("de").to_string())
}

/// The figures by district, sorted by name.
pub fn districts(q: &Question, cov: &Coverage, supply: &[Supply]) -> Table {
    let mut ds: Vec<&DistrictCoverage> = cov.districts.iter().collect();
    ds.sort_by_key(|d| district_label(&d.key));
    let beyond = format!("Personen weiter als {} km", fixed(q.params.beyond_km, 0));
    Table {
        name: "Kreise".into(),
        headings: vec![
            "AGS".into(),
            "Kreis".into(),
            q.basis_label.to_string(),
            "Angebote im Kreis".into(),
            beyond,
            "Anteil weiter entfernt (%)".into(),
            "Index je 100.000".into(),
            "Nächstes Angebot vom Kreismittelpunkt".into(),
            "Entfernung (km)".into(),
            "Lücke".into(),
        ],
        rows: ds
            .iter()
            .map(|d| {
                let (name, km) = nearest(supply, d.nearest);
                vec![
                    d.key.clone(),
                    district_label(&d.key),
                    fixed(d.population, 0),
                    d.services_inside.to_string(),
                    fixed(d.beyond, 0),
                    fixed(d.beyond_share() * 100.0, 1),
                    fixed(d.access, 2),
                    name,
                    km,
                    if d.is_gap() { "ja" } else { "nein" }.into(),
                ]
            })
            .collect(),
        numeric: vec![2, 3, 4, 5, 6, 8],
    }
}

/// The figures by populated place.
pub fn places(q: &Question, demand: &[DemandPoint], cov: &Coverage, supply: &[Supply]) -> Table {
    Table {
        name: "Orte".into(),
        headings: vec![
            "PLZ".into(),
            "Ort".into(),
            "AGS".into(),
            format!("{} (Anteil des Kreises)", q.basis_label),
            "Nächstes Angebot".into(),
            "Entfernung (km)".into(),
            "Index je 100.000".into(),
        ],
        rows: demand
            .iter()
            .zip(&cov.points)
            .map(|(p, c)| {
                let (name, km) = nearest(supply, c.nearest);
                vec![
                    p.plz.clone(),
                    p.name.clone(),
                    p.district.clone(),
                    fixed(p.population, 0),
                    name,
                    km,
                    fixed(c.access, 2),
                ]
            })
            .collect(),
        numeric: vec![3, 5, 6],
    }
}

/// The worst gaps over every need.
pub fn worst(q: &Question, worst: &[(String, DistrictCoverage)], supply: &[Supply]) -> Table {
    Table {
        name: "Größte Lücken".into(),
        headings: vec![
            "Bedarf".into(),
            "AGS".into(),
            "Kreis".into(),
            format!("Personen weiter als {} km", fixed(q.params.beyond_km, 0)),
            "Anteil (%)".into(),
            "Nächste Alternative".into(),
            "Entfernung (km)".into(),
        ],
        rows: worst
            .iter()
            .map(|(need, d)| {
                let (name, km) = nearest(supply, d.nearest);
                vec![
                    label(need),
                    d.key.clone(),
                    district_label(&d.key),
                    fixed(d.beyond, 0),
                    fixed(d.beyond_share() * 100.0, 1),
                    name,
                    km,
                ]
            })
            .collect(),
        numeric: vec![3, 4, 6],
    }
}

/// What was asked, and the sources.
pub fn question(q: &Question) -> Table {
    let p = q.params;
    let rows = [
        ("Bedarf oder Angebotsart", label(&p.need)),
        (
            "Sprache",
            p.language.clone().unwrap_or_else(|| "jede".into()),
        ),
        ("Entfernung (km)", fixed(p.beyond_km, 0)),
        ("Einzugsbereich des Index (km)", fixed(p.catchment_km, 0)),
        ("Bevölkerung", q.basis_label.to_string()),
        ("Quelle der Bevölkerungszahlen", q.source.to_string()),
        (
            "Methode",
            "E2SFCA mit gaußscher Abnahme; Bevölkerung eines Kreises gleichmäßig auf seine Orte verteilt"
                .to_string(),
        ),
        (
            "Orte",
            "GeoNames-Postleitzahlen (CC BY 4.0)".to_string(),
        ),
    ];
    Table {
        name: "Angaben".into(),
        headings: vec!["Angabe".into(), "Wert".into()],
        rows: rows.into_iter().map(|(k, v)| vec![k.into(), v]).collect(),
        numeric: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::coverage::coverage;

    #[test]
    fn the_district_table_holds_plain_figures_and_the_nearest_alternative() {
        let demand = vec![
            DemandPoint {
                plz: "06108".into(),
                name: "Halle".into(),
                district: "15002".into(),
                lat: 51.48,
                lon: 11.97,
                population: 1000.0,
            },
            DemandPoint {
                plz: "39104".into(),
                name: "Magdeburg".into(),
                district: "15003".into(),
                lat: 52.13,
                lon: 11.63,
                population: 3000.0,
            },
        ];
        let supply = vec![Supply {
            name: "Schuldnerberatung".into(),
            town: "Halle".into(),
            tags: vec!["need:debts".into()],
            places: vec![(51.48, 11.97)],
            districts: vec!["15002".into()],
            ..Supply::default()
        }];
        let params = Params::new("need:debts", None);
        let cov = coverage(&demand, &supply, &params);
        let q = Question {
            params: &params,
            basis_label: "Einwohner",
            source: "Test",
        };
        let t = districts(&q, &cov, &supply);
        let magdeburg = t
            .rows
            .iter()
            .find(|r| r[0] == "15003")
            .unwrap_or_else(|| panic!());
        assert_eq!(magdeburg[2], "3000");
        assert_eq!(magdeburg[3], "0");
        assert_eq!(magdeburg[4], "3000", "all beyond 30 km");
        assert_eq!(magdeburg[5], "100.0");
        assert_eq!(magdeburg[7], "Schuldnerberatung (Halle)");
        let km: f64 = magdeburg[8].parse().unwrap_or_default();
        assert!((70.0..80.0).contains(&km), "{km}");
        assert_eq!(magdeburg[9], "ja");
        assert_eq!(t.numeric, [2, 3, 4, 5, 6, 8]);
        let p = places(&q, &demand, &cov, &supply);
        assert_eq!(p.rows[0][..4], ["06108", "Halle", "15002", "1000"]);
        assert_eq!(p.rows[0][5], "0.0");
        assert_eq!(question(&q).rows[1][1], "jede");
    }
}
