//! Referral figures for the LIGA: how hand-overs work out, by need, service kind,
//! district, month and route (the slip's code, where the person goes themselves, or the
//! data route, where the service gets in touch). Only anonymous counts: each referral is
//! a [`Fact`] without person or organisation, and no figure below
//! [`THRESHOLD`](crate::referrals::stats::THRESHOLD) is shown — nor one that would let a
//! withheld figure be worked out from the row's total (secondary suppression).

use std::collections::BTreeMap;

use crate::referrals::stats::THRESHOLD;
use crate::referrals::{DeclineReason, State};

/// How the referral travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Route {
    /// The person takes the slip with its code and gets in touch: no data travels.
    Code,
    /// The service gets the details (with consent) and gets in touch.
    Data,
}

impl Route {
    pub const ALL: [Route; 2] = [Route::Code, Route::Data];

    pub fn code(self) -> &'static str {
        match self {
            Route::Code => "code",
            Route::Data => "data",
        }
    }

    pub fn parse(code: &str) -> Option<Route> {
        Route::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// One sent referral (or `n` alike, from the tallies of deleted ones), as the figures see
/// it. Empty strings where a value is unknown (a service deleted since, say).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    /// `YYYY-MM` of sending.
    pub month: String,
    /// Vocabulary codes; a referral for two needs counts under each in the breakdown by
    /// need (and once everywhere else).
    pub needs: Vec<String>,
    pub kind: String,
    pub district: String,
    pub route: Route,
    /// The state code it is in or ended in.
    pub state: String,
    /// Whole days from sending to the first contact; None: no contact (yet).
    pub contact_days: Option<i64>,
    pub n: i64,
}

/// What became of a referral: the columns of a figures table, which split its total.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Column {
    /// Sent, not answered yet.
    Waiting,
    /// Accepted, no contact yet.
    Accepted,
    /// The person arrived or was reached.
    Arrived,
    Declined(DeclineReason),
    /// Withdrawn, expired, or closed without contact.
    Ended,
}

impl Column {
    pub const ALL: [Column; 8] = [
        Column::Waiting,
        Column::Accepted,
        Column::Arrived,
        Column::Declined(DeclineReason::NoCapacity),
        Column::Declined(DeclineReason::NotEligible),
        Column::Declined(DeclineReason::NotOurField),
        Column::Declined(DeclineReason::Other),
        Column::Ended,
    ];

    /// The column of a fact.
    pub fn of(f: &Fact) -> Column {
        if f.contact_days.is_some() {
            return Column::Arrived;
        }
        match State::parse(&f.state) {
            Some(State::Sent | State::Draft) => Column::Waiting,
            Some(State::Accepted) => Column::Accepted,
            Some(State::InProgress) => Column::Arrived,
            Some(State::Declined(r)) => Column::Declined(r),
            _ => Column::Ended,
        }
    }

    /// A code for message keys and files: `waiting`, `declined-no-capacity`, ….
    pub fn code(self) -> String {
        match self {
            Column::Waiting => "waiting".into(),
            Column::Accepted => "accepted".into(),
            Column::Arrived => "arrived".into(),
            Column::Declined(r) => format!("declined-{}", r.code()),
            Column::Ended => "ended".into(),
        }
    }
}

/// A figure as it may be shown: the count, or withheld.
pub type Shown = Option<i64>;

/// One row: a need, a kind, a district, a month or a route.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub key: String,
    /// Referrals sent; None: withheld (and then every figure of the row is).
    pub total: Shown,
    /// Per [`Column::ALL`].
    pub cells: Vec<Shown>,
    /// Median and 90th percentile of the days to first contact, over at least
    /// [`THRESHOLD`] contacts; None otherwise.
    pub contact_median: Option<i64>,
    pub contact_p90: Option<i64>,
}

/// The figures of one dimension.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Breakdown {
    pub rows: Vec<Row>,
}

/// Which dimension to break down by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    Need,
    Kind,
    District,
    Month,
    Route,
}

impl By {
    pub const ALL: [By; 5] = [By::Need, By::Kind, By::District, By::Month, By::Route];

    pub fn code(self) -> &'static str {
        match self {
            By::Need => "need",
            By::Kind => "kind",
            By::District => "district",
            By::Month => "month",
            By::Route => "route",
        }
    }

    /// The rows a fact counts in: one, or one per need.
    fn keys(self, f: &Fact) -> Vec<String> {
        match self {
            By::Need if f.needs.is_empty() => vec![String::new()],
            By::Need => {
                let mut needs = f.needs.clone();
                needs.sort();
                needs.dedup();
                needs
            }
            By::Kind => vec![f.kind.clone()],
            By::District => vec![f.district.clone()],
            By::Month => vec![f.month.clone()],
            By::Route => vec![f.route.code().to_string()],
        }
    }
}

/// The value at rank `q` (0 to 1) of sorted counts of days: (days, how many).
fn quantile(sorted: &[(i64, i64)], q: f64) -> Option<i64> {
    let total: i64 = sorted.iter().map(|(_, n)| n).sum();
    if total == 0 {
        return None;
    }
    // Nearest rank: the smallest value with at least q of the counts at or below it.
    #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
    let rank = ((q * total as f64).ceil() as i64).max(1);
    let mut seen = 0;
    for (days, n) in sorted {
        seen += n;
        if seen >= rank {
            return Some(*days);
        }
    }
    sorted.last().map(|(d, _)| *d)
}

/// Withholds what could point to people: a total below the threshold withholds the whole
/// row; a cell below it is withheld, and if only one cell of a row is, the smallest other
/// one is too, so that no withheld cell is the total minus the shown ones.
fn suppress(total: i64, counts: &[i64]) -> (Shown, Vec<Shown>) {
    if total < THRESHOLD {
        return (None, vec![None; counts.len()]);
    }
    let mut cells: Vec<Shown> = counts
        .iter()
        .map(|n| (*n >= THRESHOLD).then_some(*n))
        .collect();
    // Empty cells are withheld too: "none declined" is a figure about everyone.
    let withheld = cells.iter().filter(|c| c.is_none()).count();
    if withheld == 1
        && let Some(i) = (0..cells.len())
            .filter(|i| cells[*i].is_some())
            .min_by_key(|i| counts[*i])
    {
        cells[i] = None;
    }
    (Some(total), cells)
}

/// The figures by one dimension, rows in key order (keys the caller labels).
pub fn breakdown(facts: &[Fact], by: By) -> Breakdown {
    #[derive(Default)]
    struct Acc {
        total: i64,
        cells: BTreeMap<Column, i64>,
        days: BTreeMap<i64, i64>,
    }
    let mut rows: BTreeMap<String, Acc> = BTreeMap::new();
    for f in facts {
        for key in by.keys(f) {
            let acc = rows.entry(key).or_default();
            acc.total += f.n;
            *acc.cells.entry(Column::of(f)).or_default() += f.n;
            if let Some(d) = f.contact_days {
                *acc.days.entry(d.max(0)).or_default() += f.n;
            }
        }
    }
    Breakdown {
        rows: rows
            .into_iter()
            .map(|(key, acc)| {
                let counts: Vec<i64> = Column::ALL
                    .iter()
                    .map(|c| acc.cells.get(c).copied().unwrap_or(0))
                    .collect();
                let (total, cells) = suppress(acc.total, &counts);
                let days: Vec<(i64, i64)> = acc.days.into_iter().collect();
                let contacts: i64 = days.iter().map(|(_, n)| n).sum();
                let enough = total.is_some() && contacts >= THRESHOLD;
                Row {
                    key,
                    total,
                    cells,
                    contact_median: quantile(&days, 0.5).filter(|_| enough),
                    contact_p90: quantile(&days, 0.9).filter(|_| enough),
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(need: &str, state: &str, contact_days: Option<i64>, n: i64) -> Fact {
        Fact {
            month: "2026-10".into(),
            needs: vec![need.into()],
            kind: "kind:debt".into(),
            district: "15002".into(),
            route: if contact_days.is_some() {
                Route::Code
            } else {
                Route::Data
            },
            state: state.into(),
            contact_days,
            n,
        }
    }

    fn at(b: &Breakdown, key: &str) -> Row {
        b.rows
            .iter()
            .find(|r| r.key == key)
            .cloned()
            .unwrap_or_else(|| panic!("{key}"))
    }

    #[test]
    fn no_figure_below_five_and_none_to_work_out() {
        let facts = vec![
            fact("need:debts", "accepted", None, 9),
            fact("need:debts", "declined:no-capacity", None, 6),
            fact("need:debts", "closed:got-help", Some(3), 2),
            fact("need:debts", "in-progress", Some(10), 5),
            fact("need:trauma", "sent", None, 4),
        ];
        let b = breakdown(&facts, By::Need);
        let debts = at(&b, "need:debts");
        assert_eq!(debts.total, Some(22));
        let cell = |c: Column| debts.cells[Column::ALL.iter().position(|x| *x == c).unwrap()];
        assert_eq!(cell(Column::Accepted), Some(9));
        // 2 closed with contact + 5 in progress arrived.
        assert_eq!(cell(Column::Arrived), Some(7));
        assert_eq!(cell(Column::Declined(DeclineReason::NoCapacity)), Some(6));
        assert_eq!(cell(Column::Waiting), None, "none waiting is withheld too");
        // A row with a total below five shows nothing.
        let trauma = at(&b, "need:trauma");
        assert_eq!(trauma.total, None);
        assert!(trauma.cells.iter().all(Option::is_none));
        // Every figure shown is five or more.
        for r in &b.rows {
            for n in r.cells.iter().chain([&r.total]).flatten() {
                assert!(*n >= THRESHOLD);
            }
        }
        // Seven contacts after 3, 3, 10, 10, 10, 10, 10 days.
        assert_eq!(debts.contact_median, Some(10));
        assert_eq!(debts.contact_p90, Some(10));
    }

    #[test]
    fn a_referral_for_two_needs_counts_under_each_need_and_once_by_kind() {
        let mut f = fact("need:debts", "accepted", None, 6);
        f.needs.push("need:trauma".into());
        let by_need = breakdown(std::slice::from_ref(&f), By::Need);
        assert_eq!(by_need.rows.len(), 2);
        assert!(by_need.rows.iter().all(|r| r.total == Some(6)));
        let by_kind = breakdown(&[f], By::Kind);
        assert_eq!(by_kind.rows.len(), 1);
        assert_eq!(by_kind.rows[0].total, Some(6));
    }

    #[test]
    fn a_lone_withheld_cell_takes_the_smallest_shown_one_with_it() {
        // 20 = 10 accepted + 6 arrived + 4 declined: 4 alone would be 20 − 10 − 6.
        let (total, cells) = suppress(20, &[0, 10, 6, 4, 0, 0, 0, 0]);
        assert_eq!(total, Some(20));
        // Several empty columns are withheld already: nothing to work out.
        assert_eq!(cells[1], Some(10));
        let (_, cells) = suppress(20, &[10, 6, 4]);
        assert_eq!(cells, [Some(10), None, None], "6 goes with the 4");
        let (_, cells) = suppress(20, &[10, 10]);
        assert_eq!(cells, [Some(10), Some(10)]);
        assert_eq!(suppress(4, &[4]).0, None);
    }

    #[test]
    fn contact_times_are_nearest_rank_quantiles_over_five_or_more() {
        let days = [(1, 1), (2, 1), (3, 1), (4, 1), (20, 1)];
        assert_eq!(quantile(&days, 0.5), Some(3));
        assert_eq!(quantile(&days, 0.9), Some(20));
        assert_eq!(quantile(&[], 0.5), None);
        let few = vec![
            fact("need:debts", "in-progress", Some(2), 4),
            fact("need:debts", "accepted", None, 8),
        ];
        let row = at(&breakdown(&few, By::Need), "need:debts");
        assert_eq!(row.total, Some(12));
        assert_eq!(row.contact_median, None, "four contacts are too few");
        let by_route = breakdown(&few, By::Route);
        assert_eq!(
            by_route
                .rows
                .iter()
                .map(|r| r.key.as_str())
                .collect::<Vec<_>>(),
            ["code", "data"]
        );
    }
}
