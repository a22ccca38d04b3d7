//! Freshness of directory entries, the one place its rules live: verified within six months
//! is current; after six months editors are reminded; after twelve months the public pages
//! mark the entry as possibly outdated, and search ranks older entries a little lower.

use crate::clock::{self, Now};

/// Days after the last verification when editors are reminded (six months).
pub const REMIND_AFTER_DAYS: i64 = 182;
/// Days after which an entry counts as possibly outdated (twelve months).
pub const OUTDATED_AFTER_DAYS: i64 = 365;
/// Days after which search ranks an entry at its lowest freshness (two years).
const RANK_LOWEST_AFTER_DAYS: i64 = 730;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Freshness {
    Current,
    /// Verified more than six months ago: a reminder is due.
    Due,
    /// Verified more than twelve months ago, or never.
    Outdated,
}

impl Freshness {
    /// The message id of its label.
    pub fn key(self) -> &'static str {
        match self {
            Freshness::Current => "freshness-current",
            Freshness::Due => "freshness-due",
            Freshness::Outdated => "freshness-outdated",
        }
    }
}

/// The freshness of an entry last verified on `verified` (an ISO date or timestamp).
pub fn freshness_of(verified: &str, today: i64) -> Freshness {
    match clock::day_number(verified).map(|d| today - d) {
        Some(age) if age < REMIND_AFTER_DAYS => Freshness::Current,
        Some(age) if age < OUTDATED_AFTER_DAYS => Freshness::Due,
        _ => Freshness::Outdated,
    }
}

/// Whether an entry verified on `verified_day` (days since 1970) is shown as possibly outdated.
pub fn outdated(verified_day: Option<i64>, today: i64) -> bool {
    verified_day.is_none_or(|d| today - d >= OUTDATED_AFTER_DAYS)
}

/// Entries verified before this ISO date are due for a reminder (or past it).
pub fn reminder_cutoff(now: Now) -> String {
    clock::iso_date(now.today() - REMIND_AFTER_DAYS + 1)
}

/// The factor (≤ 1) search multiplies relevance with: entries verified within a year rank
/// fully, older ones less, never verified least. Never above 1, so it only lowers a score.
pub fn ranking_factor(verified_day: i64, today: i64) -> f64 {
    let age = today - verified_day;
    if verified_day <= 0 {
        0.7
    } else if age <= OUTDATED_AFTER_DAYS {
        1.0
    } else if age <= RANK_LOWEST_AFTER_DAYS {
        0.85
    } else {
        0.7
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_and_twelve_months() {
        let today = clock::day_number("2026-11-25").unwrap_or_default();
        assert_eq!(freshness_of("2026-11-01", today), Freshness::Current);
        assert_eq!(freshness_of("2026-05-01T09:00:00Z", today), Freshness::Due);
        assert_eq!(freshness_of("2025-11-01", today), Freshness::Outdated);
        assert_eq!(freshness_of("", today), Freshness::Outdated);
        assert!(outdated(Some(today - 400), today) && !outdated(Some(today - 10), today));
        assert!(outdated(None, today));
    }

    #[test]
    fn the_reminder_cutoff_is_six_months_back() {
        let now = Now::at(clock::day_number("2026-11-25").unwrap_or_default() * clock::DAY);
        let cutoff = reminder_cutoff(now);
        assert_eq!(cutoff, "2026-05-28");
        // The last day still current is the cutoff itself.
        assert_eq!(freshness_of(&cutoff, now.today()), Freshness::Current);
        let before = clock::iso_date(clock::day_number(&cutoff).unwrap_or_default() - 1);
        assert_eq!(freshness_of(&before, now.today()), Freshness::Due);
    }

    #[test]
    fn ranking_only_lowers_and_falls_with_age() {
        let today = 20_000;
        assert_eq!(ranking_factor(today - 10, today), 1.0);
        assert_eq!(ranking_factor(today - 400, today), 0.85);
        assert_eq!(ranking_factor(today - 800, today), 0.7);
        assert_eq!(ranking_factor(0, today), 0.7);
    }
}
