//! Referral figures for coordinators: counts per month and state, with every figure
//! below [`THRESHOLD`] withheld, because a small count can point to one person (in a
//! district with one addiction service, "1 referral declined in March" is someone).
//! No totals are given, so that a withheld figure cannot be worked out by subtraction.

use std::collections::{BTreeMap, BTreeSet};

use crate::clock::{DAY, civil};

/// The smallest figure shown.
pub const THRESHOLD: i64 = 5;

/// The month (`YYYY-MM`, UTC) a moment falls in: what counts are grouped by.
pub fn month_of(unix: i64) -> String {
    let (y, m, _) = civil(unix.div_euclid(DAY));
    format!("{y:04}-{m:02}")
}

/// A figure as it may be shown: the count, or withheld.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    Count(i64),
    /// Fewer than [`THRESHOLD`] (zero included: that a cell is empty is a figure too).
    Withheld,
}

impl Figure {
    pub fn of(n: i64) -> Figure {
        if n >= THRESHOLD {
            Figure::Count(n)
        } else {
            Figure::Withheld
        }
    }
}

/// Counts by (state code, month), from the referrals still held and the tallies of
/// those deleted; one row per state code that occurs, one column per month.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub months: Vec<String>,
    /// (state code, a figure per month in `months`' order).
    pub rows: Vec<(String, Vec<Figure>)>,
}

impl Table {
    /// `counts`: (month, state code, count), several per cell allowed (they add up).
    /// Only the last `months` months that occur are kept.
    pub fn build(counts: impl IntoIterator<Item = (String, String, i64)>, months: usize) -> Table {
        let mut cells: BTreeMap<(String, String), i64> = BTreeMap::new();
        let mut all_months = BTreeSet::new();
        for (month, state, n) in counts {
            all_months.insert(month.clone());
            *cells.entry((state, month)).or_default() += n;
        }
        let months: Vec<String> = all_months.into_iter().rev().take(months).rev().collect();
        let states: BTreeSet<&String> = cells.keys().map(|(s, _)| s).collect();
        let rows = states
            .into_iter()
            .map(|state| {
                let figures = months
                    .iter()
                    .map(|m| {
                        Figure::of(cells.get(&(state.clone(), m.clone())).copied().unwrap_or(0))
                    })
                    .collect();
                (state.clone(), figures)
            })
            .collect();
        Table { months, rows }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn no_figure_below_five_is_shown() {
        let counts = vec![
            ("2026-10".to_string(), "closed:got-help".to_string(), 3),
            ("2026-10".to_string(), "closed:got-help".to_string(), 2),
            ("2026-10".to_string(), "declined:no-capacity".to_string(), 4),
            ("2026-11".to_string(), "declined:no-capacity".to_string(), 9),
            ("2026-11".to_string(), "expired".to_string(), 1),
        ];
        let t = Table::build(counts, 12);
        assert_eq!(t.months, ["2026-10", "2026-11"]);
        let row = |s: &str| t.rows.iter().find(|(c, _)| c == s).unwrap().1.clone();
        // 3 + 2 from the held referrals and the tallies add up to a figure that shows.
        assert_eq!(row("closed:got-help"), [Figure::Count(5), Figure::Withheld]);
        assert_eq!(
            row("declined:no-capacity"),
            [Figure::Withheld, Figure::Count(9)]
        );
        assert_eq!(row("expired"), [Figure::Withheld, Figure::Withheld]);
        for (_, figures) in &t.rows {
            for f in figures {
                if let Figure::Count(n) = f {
                    assert!(*n >= THRESHOLD);
                }
            }
        }
    }

    #[test]
    fn only_the_last_months_are_kept() {
        let month = |i: i32| format!("{}-{:02}", 2025 + i / 12, i % 12 + 1);
        let counts = (0..14).map(|i| (month(i), "sent".to_string(), 7));
        let t = Table::build(counts, 12);
        assert_eq!(t.months.first().map(String::as_str), Some("2025-03"));
        assert_eq!(t.months.last().map(String::as_str), Some("2026-02"));
        assert_eq!(t.months.len(), 12);
        assert_eq!(month_of(1_780_000_000), "2026-05");
    }
}
