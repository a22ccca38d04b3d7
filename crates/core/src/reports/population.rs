//! Population by district: the demand side of the coverage reports. The figures shipped
//! are Destatis' of 31 December 2018 (CC BY 4.0, see `data/README.md`): the total only.
//! A coordinator may replace them with newer ones in the same CSV form, with a `foreign`
//! column for the foreign population (the people migration counselling serves), which
//! the reports can then weigh instead of everyone.

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
    /// People without German citizenship, where the figures give them.
    pub foreign: Option<u64>,
}

/// A CSV that is not population figures: the line and what is wrong.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum PopulationError {
    #[error("line 1: the header needs the columns AGS and population (separated by ;)")]
    Header,
    #[error("line {line}: {problem}")]
    Line { line: usize, problem: Problem },
    #[error("no district in the file")]
    Empty,
}

/// What is wrong with a line.
#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
pub enum Problem {
    #[error("AGS must be a five-digit district key")]
    Key,
    #[error("population must be a whole number up to 10,000,000")]
    Population,
    #[error("foreign must be a whole number no larger than population")]
    Foreign,
    #[error("this district is in the file twice")]
    Twice,
    #[error("the line cannot be read as CSV")]
    Unreadable,
}

impl PopulationError {
    /// The message key of the problem (its line is the argument `line`).
    pub fn key(&self) -> &'static str {
        match self {
            PopulationError::Header => "population-error-header",
            PopulationError::Empty => "population-error-empty",
            PopulationError::Line { problem, .. } => match problem {
                Problem::Key => "population-error-key",
                Problem::Population => "population-error-population",
                Problem::Foreign => "population-error-foreign",
                Problem::Twice => "population-error-twice",
                Problem::Unreadable => "population-error-unreadable",
            },
        }
    }

    /// The line the problem is on.
    pub fn line(&self) -> usize {
        match self {
            PopulationError::Line { line, .. } => *line,
            _ => 1,
        }
    }
}

/// Reads figures in the shipped form: `;`-separated, a header naming at least `AGS` and
/// `population` (`name` and `foreign` optional; an empty `foreign` cell is unknown). Every problem names its line; nothing is taken
/// from a file with any problem.
pub fn parse(csv: &str) -> Result<Vec<DistrictPopulation>, PopulationError> {
    let text = csv.trim_start_matches('\u{feff}');
    let first = text.lines().next().ok_or(PopulationError::Header)?;
    // Spreadsheets write `;` where the decimal mark is a comma, `,` elsewhere.
    let delimiter = if first.contains(';') { b';' } else { b',' };
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .trim(::csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        _ => return Err(PopulationError::Header),
    };
    let columns: Vec<&str> = header.iter().collect();
    let at = |name: &str| columns.iter().position(|c| c.eq_ignore_ascii_case(name));
    let (key_at, pop_at) = match (at("AGS"), at("population")) {
        (Some(k), Some(p)) => (k, p),
        _ => return Err(PopulationError::Header),
    };
    let name_at = at("name");
    let foreign_at = at("foreign");
    let mut out: Vec<DistrictPopulation> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for record in records {
        let record = record.map_err(|e| PopulationError::Line {
            line: e
                .position()
                .and_then(|p| usize::try_from(p.line()).ok())
                .unwrap_or(0),
            problem: Problem::Unreadable,
        })?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        let line_no = record
            .position()
            .and_then(|p| usize::try_from(p.line()).ok())
            .unwrap_or(0);
        let cells: Vec<&str> = record.iter().collect();
        let problem = |problem: Problem| PopulationError::Line {
            line: line_no,
            problem,
        };
        let key = cells.get(key_at).copied().unwrap_or_default();
        if key.len() != 5 || !key.bytes().all(|b| b.is_ascii_digit()) {
            return Err(problem(Problem::Key));
        }
        let population = cells
            .get(pop_at)
            .and_then(|p| p.parse::<u64>().ok())
            .filter(|p| *p <= 10_000_000)
            .ok_or_else(|| problem(Problem::Population))?;
        let foreign = match foreign_at.and_then(|f| cells.get(f)).copied() {
            None | Some("") => None,
            Some(raw) => Some(
                raw.parse::<u64>()
                    .ok()
                    .filter(|f| *f <= population)
                    .ok_or_else(|| problem(Problem::Foreign))?,
            ),
        };
        if !seen.insert(key.to_string()) {
            return Err(problem(Problem::Twice));
        }
        out.push(DistrictPopulation {
            key: key.to_string(),
            name: name_at
                .and_then(|n| cells.get(n))
                .map(|n| n.to_string())
                .unwrap_or_default(),
            population,
            foreign,
        });
    }
    if out.is_empty() {
        return Err(PopulationError::Empty);
    }
    Ok(out)
}

/// Whom the reports count as demand.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Basis {
    /// Everyone.
    #[default]
    Total,
    /// The foreign population.
    Foreign,
}

impl Basis {
    pub fn code(self) -> &'static str {
        match self {
            Basis::Total => "total",
            Basis::Foreign => "foreign",
        }
    }

    pub fn parse(code: &str) -> Option<Basis> {
        [Basis::Total, Basis::Foreign]
            .into_iter()
            .find(|b| b.code() == code)
    }
}

/// The figures the reports use: shipped or uploaded, with where they come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figures {
    /// Source and year, as the uploader gave it.
    pub source: String,
    /// When they were uploaded (Unix seconds); None: the shipped figures.
    pub uploaded_at: Option<i64>,
    pub districts: BTreeMap<String, DistrictPopulation>,
}

impl Figures {
    /// The figures shipped with the program.
    pub fn shipped() -> Figures {
        Figures {
            source: SHIPPED_SOURCE.to_string(),
            uploaded_at: None,
            districts: shipped().clone(),
        }
    }

    /// Whether every district under `prefix` (a state's key) has its foreign population.
    pub fn has_foreign(&self, prefix: &str) -> bool {
        let mut of_state = self
            .districts
            .values()
            .filter(|d| d.key.starts_with(prefix))
            .peekable();
        of_state.peek().is_some() && of_state.all(|d| d.foreign.is_some())
    }

    /// The shipped districts under `prefix` these figures lack: uploaded figures must
    /// hold every district of the state, or its people would count as none.
    pub fn missing(&self, prefix: &str) -> Vec<String> {
        shipped()
            .keys()
            .filter(|k| k.starts_with(prefix) && !self.districts.contains_key(*k))
            .cloned()
            .collect()
    }

    /// People per district on a basis; a district without foreign figures counts 0
    /// foreign people (ask [`Figures::has_foreign`] first).
    pub fn demand(&self, basis: Basis) -> BTreeMap<String, u64> {
        self.districts
            .values()
            .map(|d| {
                let n = match basis {
                    Basis::Total => d.population,
                    Basis::Foreign => d.foreign.unwrap_or(0),
                };
                (d.key.clone(), n)
            })
            .collect()
    }
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
        assert_eq!((ok[0].population, ok[0].foreign), (200_000, None));
        let quoted = parse("AGS,name,population\n15002,\"Halle (Saale), Stadt\",238000\n").unwrap();
        assert_eq!(quoted[0].name, "Halle (Saale), Stadt");
        let more = parse("AGS;population;foreign\n15089;100;200\n").unwrap_err();
        assert_eq!(
            more.to_string(),
            "line 2: foreign must be a whole number no larger than population"
        );
    }

    #[test]
    fn foreign_figures_become_the_demand_when_every_district_has_them() {
        let rows = parse("AGS;population;foreign\n15002;238000;21000\n15003;236000;\n").unwrap();
        let mut f = Figures {
            source: "Test".into(),
            uploaded_at: Some(1),
            districts: rows.into_iter().map(|d| (d.key.clone(), d)).collect(),
        };
        assert!(!f.has_foreign("15"));
        assert_eq!(f.demand(Basis::Foreign)["15003"], 0);
        if let Some(d) = f.districts.get_mut("15003") {
            d.foreign = Some(15_000);
        }
        assert!(f.has_foreign("15"));
        assert!(!f.has_foreign("16"));
        assert_eq!(f.missing("15").len(), 12, "14 districts, 2 given");
        assert!(f.missing("15").contains(&"15089".to_string()));
        assert!(Figures::shipped().missing("15").is_empty());
        assert_eq!(f.demand(Basis::Foreign)["15002"], 21_000);
        assert_eq!(f.demand(Basis::Total)["15003"], 236_000);
        assert!(!Figures::shipped().has_foreign("15"));
        assert_eq!(Basis::parse("foreign"), Some(Basis::Foreign));
    }
}
