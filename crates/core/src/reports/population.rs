//! Population by district: the demand side of the coverage reports. The figures shipped
//! are Destatis' of 31 December 2018 (CC BY 4.0, see `data/README.md`); a coordinator may
//! replace them with newer ones in the same CSV form.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use thiserror::Error;

const SHIPPED: &str = include_str!("../../data/population.csv");

/// Where the shipped figures come from, said on every report.
pub const SHIPPED_SOURCE: &str = "Destatis, GV-ISys, Stand 31.12.2018 (CC BY 4.0)";

/// A district's population.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DistrictPopulation {
    /// Official district key (AGS, five digits).
    pub key: String,
    pub name: String,
    pub population: u64,
}

/// A CSV that is not population figures: the line and what is wrong.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum PopulationError {
    #[error("line 1: the header needs the columns AGS and population (separated by ;)")]
    Header,
    #[error("line {line}: {problem}")]
    Line { line: usize, problem: String },
    #[error("no district in the file")]
    Empty,
}

/// Reads figures in the shipped form: `;`-separated, a header naming at least `AGS` and
/// `population` (and `name`, optional). Every problem names its line; nothing is taken
/// from a file with any problem.
pub fn parse(csv: &str) -> Result<Vec<DistrictPopulation>, PopulationError> {
    let mut lines = csv.lines().enumerate();
    let (_, header) = lines.next().ok_or(PopulationError::Header)?;
    let columns: Vec<&str> = header
        .trim_start_matches('\u{feff}')
        .split(';')
        .map(str::trim)
        .collect();
    let at = |name: &str| columns.iter().position(|c| c.eq_ignore_ascii_case(name));
    let (key_at, pop_at) = match (at("AGS"), at("population")) {
        (Some(k), Some(p)) => (k, p),
        _ => return Err(PopulationError::Header),
    };
    let name_at = at("name");
    let mut out: Vec<DistrictPopulation> = Vec::new();
    for (i, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let line_no = i + 1;
        let cells: Vec<&str> = line.split(';').map(str::trim).collect();
        let problem = |p: &str| PopulationError::Line {
            line: line_no,
            problem: p.to_string(),
        };
        let key = cells.get(key_at).copied().unwrap_or_default();
        if key.len() != 5 || !key.bytes().all(|b| b.is_ascii_digit()) {
            return Err(problem("AGS must be a five-digit district key"));
        }
        let population = cells
            .get(pop_at)
            .and_then(|p| p.parse::<u64>().ok())
            .filter(|p| *p <= 10_000_000)
            .ok_or_else(|| problem("population must be a whole number up to 10,000,000"))?;
        if out.iter().any(|d| d.key == key) {
            return Err(problem("this district is in the file twice"));
        }
        out.push(DistrictPopulation {
            key: key.to_string(),
            name: name_at
                .and_then(|n| cells.get(n))
                .map(|n| n.to_string())
                .unwrap_or_default(),
            population,
        });
    }
    if out.is_empty() {
        return Err(PopulationError::Empty);
    }
    Ok(out)
}

/// The shipped figures by district key.
pub fn shipped() -> &'static BTreeMap<String, DistrictPopulation> {
    static FIGURES: OnceLock<BTreeMap<String, DistrictPopulation>> = OnceLock::new();
    FIGURES.get_or_init(|| {
        parse(SHIPPED)
            .unwrap_or_default()
            .into_iter()
            .map(|d| (d.key.clone(), d))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_figures_hold_every_district_of_sachsen_anhalt() {
        let all = shipped();
        assert!(all.len() >= 400, "{}", all.len());
        let st: Vec<&DistrictPopulation> =
            all.values().filter(|d| d.key.starts_with("15")).collect();
        assert_eq!(st.len(), 14);
        assert_eq!(all["15089"].population, 190_560);
        assert_eq!(all["15002"].name, "Halle (Saale), Stadt");
    }

    #[test]
    fn a_bad_file_names_its_line() {
        assert_eq!(parse("x;y\n1;2"), Err(PopulationError::Header));
        let bad = parse("AGS;population\n15089;190560\n1508;5\n").unwrap_err();
        assert_eq!(
            bad.to_string(),
            "line 3: AGS must be a five-digit district key"
        );
        let bad = parse("AGS;name;population\n15089;Salzlandkreis;viele\n").unwrap_err();
        assert!(bad.to_string().starts_with("line 2: population"));
        let twice = parse("AGS;population\n15089;1\n15089;2\n").unwrap_err();
        assert!(twice.to_string().contains("twice"));
        assert_eq!(parse("AGS;population\n"), Err(PopulationError::Empty));
        let ok = parse("\u{feff}ags;Population\n15089;200000\n").unwrap();
        assert_eq!(ok[0].population, 200_000);
    }
}
