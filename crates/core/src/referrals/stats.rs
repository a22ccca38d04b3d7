//! Referral figures for coordinators: counts per month and state, with every figure
//! below [`THRESHOLD`] withheld, because a small count can point to one person (in a
//! district with one addiction service, "1 referral declined in March" is someone).
//! No totals are given, so that a withheld figure cannot be worked out by subtraction.

use std::collections::BTreeMap;

use super::state::{DeclineReason, Outcome, State};
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

/// The `n` calendar months up to the one `now` falls in, oldest first: every one is a
/// column, also without referrals (a missing column would say "none").
pub fn last_months(now: i64, n: usize) -> Vec<String> {
    let (y, m, _) = civil(now.div_euclid(DAY));
    let mut index = i32::from(y) * 12 + i32::from(m) - 1;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        out.push(format!(
            "{:04}-{:02}",
            index.div_euclid(12),
            index.rem_euclid(12) + 1
        ));
        index -= 1;
    }
    out.reverse();
    out
}

/// Every state a sent referral can be in, with each reason and outcome: every one is a
/// row, also without referrals (a missing row would say "none").
pub fn state_codes() -> Vec<String> {
    let mut codes: Vec<String> = [State::Sent, State::Accepted, State::InProgress]
        .iter()
        .map(|s| s.code())
        .collect();
    codes.extend(
        DeclineReason::ALL
            .iter()
            .map(|r| State::Declined(*r).code()),
    );
    codes.extend(Outcome::ALL.iter().map(|o| State::Closed(*o).code()));
    codes.extend([State::Withdrawn.code(), State::Expired.code()]);
    codes
}

impl Table {
    /// `counts`: (month, state code, count), several per cell allowed (they add up);
    /// one column per month of `months`, one row per state of `states`.
    pub fn build(
        counts: impl IntoIterator<Item = (String, String, i64)>,
        months: &[String],
        states: &[String],
    ) -> Table {
        let mut cells: BTreeMap<(String, String), i64> = BTreeMap::new();
        for (month, state, n) in counts {
            *cells.entry((state, month)).or_default() += n;
        }
        let months = months.to_vec();
        let rows = states
            .iter()
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
        let months = ["2026-10".to_string(), "2026-11".to_string()];
        let t = Table::build(counts, &months, &state_codes());
        assert_eq!(t.months, ["2026-10", "2026-11"]);
        // Every state has its row, also one that never occurred.
        assert_eq!(t.rows.len(), state_codes().len());
        let row = |s: &str| t.rows.iter().find(|(c, _)| c == s).unwrap().1.clone();
        assert_eq!(row("withdrawn"), [Figure::Withheld, Figure::Withheld]);
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
        // 2026-02-10: the twelve months from March 2025, each a column.
        let months = last_months(1_770_681_600, 12);
        assert_eq!(months.first().map(String::as_str), Some("2025-03"));
        assert_eq!(months.last().map(String::as_str), Some("2026-02"));
        assert_eq!(months.len(), 12);
        let t = Table::build(
            vec![("2024-01".into(), "sent".into(), 9)],
            &months,
            &state_codes(),
        );
        assert!(
            t.rows
                .iter()
                .all(|(_, f)| f.iter().all(|f| *f == Figure::Withheld))
        );
        assert_eq!(t.months.len(), 12);
        assert_eq!(month_of(1_780_000_000), "2026-05");
    }
}
