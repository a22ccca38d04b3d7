//! Dates and the time of day in Germany from the system clock, without a time-zone database.

use std::time::{SystemTime, UNIX_EPOCH};

const DAY: i64 = 86_400;

/// Seconds since 1970-01-01 UTC (0 if the clock is set before that).
pub fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// Today (UTC) as days since 1970-01-01.
pub fn today(unix: i64) -> i64 {
    unix.div_euclid(DAY)
}

/// Days since 1970-01-01 of a date of the proleptic Gregorian calendar
/// (Howard Hinnant's `days_from_civil`).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let (m, d) = (i64::from(month), i64::from(day));
    let y = if m <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month, day) of days since 1970-01-01 (Howard Hinnant's `civil_from_days`).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    // Both are in range by construction (1..=12, 1..=31).
    (y, m as u32, d as u32)
}

/// "2025-01-15".
pub fn iso_date(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday.
pub fn weekday(days: i64) -> u8 {
    // In 0..7 by construction.
    (days + 3).rem_euclid(7) as u8
}

/// The last Sunday of a month with 31 days, as days since 1970-01-01.
fn last_sunday(year: i64, month: u32) -> i64 {
    let last = days_from_civil(year, month, 31);
    last - i64::from((weekday(last) + 1) % 7)
}

/// Seconds Germany (Europe/Berlin) is ahead of UTC at `unix`: summer time (+2 h) runs from
/// the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, else +1 h.
pub fn berlin_offset(unix: i64) -> i64 {
    let (year, _, _) = civil_from_days(today(unix));
    let start = last_sunday(year, 3) * DAY + 3600;
    let end = last_sunday(year, 10) * DAY + 3600;
    if (start..end).contains(&unix) {
        7200
    } else {
        3600
    }
}

/// The weekday (0 = Monday) and minute of the day in Germany at `unix`.
pub fn berlin_weekday_minute(unix: i64) -> (u8, u16) {
    let local = unix + berlin_offset(unix);
    // In 0..1440 by construction.
    let minute = (local.rem_euclid(DAY) / 60) as u16;
    (weekday(local.div_euclid(DAY)), minute)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unix(y: i64, mo: u32, d: u32, h: i64, mi: i64, s: i64) -> i64 {
        days_from_civil(y, mo, d) * DAY + h * 3600 + mi * 60 + s
    }

    #[test]
    fn calendar_round_trips() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2025, 1, 15), 20_103);
        assert_eq!(iso_date(20_103), "2025-01-15");
        assert_eq!(iso_date(-1), "1969-12-31");
        assert_eq!(iso_date(days_from_civil(2024, 2, 29)), "2024-02-29");
        for d in (-800_000..800_000).step_by(997) {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        // 2025-01-15 was a Wednesday, 1970-01-01 a Thursday.
        assert_eq!(weekday(20_103), 2);
        assert_eq!(weekday(0), 3);
    }

    #[test]
    fn summer_time_switches_at_one_utc_on_the_last_sundays() {
        assert_eq!(last_sunday(2025, 3), days_from_civil(2025, 3, 30));
        assert_eq!(last_sunday(2025, 10), days_from_civil(2025, 10, 26));
        // A month ending on a Sunday: 2024-03-31.
        assert_eq!(last_sunday(2024, 3), days_from_civil(2024, 3, 31));
        assert_eq!(berlin_offset(unix(2025, 1, 15, 12, 0, 0)), 3600);
        assert_eq!(berlin_offset(unix(2025, 3, 30, 0, 59, 59)), 3600);
        assert_eq!(berlin_offset(unix(2025, 3, 30, 1, 0, 0)), 7200);
        assert_eq!(berlin_offset(unix(2025, 7, 1, 12, 0, 0)), 7200);
        assert_eq!(berlin_offset(unix(2025, 10, 26, 0, 59, 59)), 7200);
        assert_eq!(berlin_offset(unix(2025, 10, 26, 1, 0, 0)), 3600);
        assert_eq!(berlin_offset(unix(2025, 12, 31, 23, 30, 0)), 3600);
    }

    #[test]
    fn local_time_crosses_midnight() {
        // Wednesday 2025-01-15 23:30 UTC is Thursday 00:30 in Berlin.
        assert_eq!(berlin_weekday_minute(unix(2025, 1, 15, 23, 30, 0)), (3, 30));
        // Tuesday 2025-07-01 07:15 UTC is 09:15 in Berlin.
        assert_eq!(berlin_weekday_minute(unix(2025, 7, 1, 7, 15, 0)), (1, 555));
    }
}
