//! The clock and the calendar. Every rule that asks "when" reads one [`Now`], taken once
//! per request or job run from the [`Clock`] in the application state, so tests set the
//! time and one request never sees two different minutes.
//!
//! Dates are counted as days since 1970-01-01 (`i64`), the form the store and the search
//! index keep; the calendar and Germany's time zone come from `jiff` with its bundled
//! time-zone database, so daylight-saving rules are never written by hand.

use std::fmt::Debug;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::{Offset, TimeZone};

/// Seconds of a day.
pub const DAY: i64 = 86_400;

/// Where the current time comes from: the system clock in `serve`, a set one in tests.
pub trait Clock: Send + Sync + Debug {
    /// Seconds since 1970-01-01 UTC.
    fn unix(&self) -> i64;

    /// The current moment, to read everything of one request or job from.
    fn now(&self) -> Now {
        Now::at(self.unix())
    }
}

/// The system clock.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn unix(&self) -> i64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
    }
}

/// A clock that stands still until told otherwise (tests, benchmarks).
#[derive(Debug)]
pub struct FixedClock(AtomicI64);

impl FixedClock {
    pub fn new(unix: i64) -> FixedClock {
        FixedClock(AtomicI64::new(unix))
    }

    /// A clock at a moment in Germany's local time (`"2026-03-10T09:30"`); None if unreadable.
    pub fn at_berlin(local: &str) -> Option<FixedClock> {
        let dt: jiff::civil::DateTime = local.parse().ok()?;
        let at = berlin().to_timestamp(dt).ok()?;
        Some(FixedClock::new(at.as_second()))
    }

    pub fn advance(&self, seconds: i64) {
        self.0.fetch_add(seconds, Ordering::SeqCst);
    }
}

impl Clock for FixedClock {
    fn unix(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

/// One moment, with the readings the rules need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Now {
    /// Seconds since 1970-01-01 UTC.
    pub unix: i64,
}

impl Now {
    pub fn at(unix: i64) -> Now {
        Now { unix }
    }

    /// Today in UTC, as days since 1970-01-01 (the day count dates are compared in).
    pub fn today(self) -> i64 {
        self.unix.div_euclid(DAY)
    }

    /// The weekday (0 = Monday) and the minute of the day in Germany.
    pub fn berlin_weekday_minute(self) -> (u8, u16) {
        let local = self.unix + berlin_offset(self.unix);
        // In 0..1440 by construction.
        let minute = (local.rem_euclid(DAY) / 60) as u16;
        (weekday(local.div_euclid(DAY)), minute)
    }

    /// "2026-03-10 09:30" in Germany's local time.
    pub fn berlin_minute_text(self) -> String {
        let local = self.unix + berlin_offset(self.unix);
        let secs = local.rem_euclid(DAY);
        format!(
            "{} {:02}:{:02}",
            iso_date(local.div_euclid(DAY)),
            secs / 3600,
            secs % 3600 / 60
        )
    }

    /// "2026-11-25T09:00:00Z" (UTC, whole seconds), as HSDS timestamps are written.
    pub fn iso_timestamp(self) -> String {
        let secs = self.unix.rem_euclid(DAY);
        format!(
            "{}T{:02}:{:02}:{:02}Z",
            iso_date(self.today()),
            secs / 3600,
            secs % 3600 / 60,
            secs % 60
        )
    }

    /// The minute this moment falls in (a key for answers kept for the rest of the minute).
    pub fn minute(self) -> i64 {
        self.unix.div_euclid(60)
    }
}

/// Germany's time zone from the bundled database (a fixed UTC+1 only if it were missing).
fn berlin() -> &'static TimeZone {
    static ZONE: OnceLock<TimeZone> = OnceLock::new();
    ZONE.get_or_init(|| {
        TimeZone::get("Europe/Berlin").unwrap_or_else(|_| TimeZone::fixed(Offset::constant(1)))
    })
}

/// Seconds Germany is ahead of UTC at `unix` (3600 in winter, 7200 in summer).
pub fn berlin_offset(unix: i64) -> i64 {
    Timestamp::from_second(unix).map_or(3600, |t| i64::from(berlin().to_offset(t).seconds()))
}

/// The moment local midnight begins in Germany on `day` (days since 1970-01-01).
pub fn berlin_midnight(day: i64) -> i64 {
    date_of(day)
        .and_then(|d| berlin().to_timestamp(d.at(0, 0, 0, 0)).ok())
        .map_or(day * DAY - 3600, Timestamp::as_second)
}

/// The moment it is `minute` minutes after local midnight in Germany on `day` (a time that
/// does not exist, in the hour skipped in spring, counts as the one an hour later).
pub fn berlin_at(day: i64, minute: u32) -> i64 {
    let (h, m) = (minute / 60 % 24, minute % 60);
    date_of(day)
        .and_then(|d| {
            // h < 24 and m < 60 by construction.
            let time = d.at(h as i8, m as i8, 0, 0);
            berlin().to_timestamp(time).ok()
        })
        .map_or(
            berlin_midnight(day) + i64::from(minute) * 60,
            Timestamp::as_second,
        )
}

/// The day (days since 1970-01-01) and the minute of that day a moment falls on in
/// Germany's local time.
pub fn berlin_day_minute(unix: i64) -> (i64, u32) {
    let local = unix + berlin_offset(unix);
    // rem_euclid of a day's seconds / 60 is below 1440.
    (local.div_euclid(DAY), (local.rem_euclid(DAY) / 60) as u32)
}

/// "2020-01-22T09:00:00+01:00": a moment as Germany's clocks show it, with their offset.
pub fn berlin_rfc3339(unix: i64) -> String {
    let offset = berlin_offset(unix);
    let local = unix + offset;
    let (day, second) = (local.div_euclid(DAY), local.rem_euclid(DAY));
    let sign = if offset < 0 { '-' } else { '+' };
    format!(
        "{}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
        iso_date(day),
        second / 3600,
        second % 3600 / 60,
        second % 60,
        offset.abs() / 3600,
        offset.abs() % 3600 / 60
    )
}

const EPOCH: Date = jiff::civil::date(1970, 1, 1);

fn date_of(day: i64) -> Option<Date> {
    // Out-of-range day counts (a corrupt stored time) give None, never a panic.
    jiff::Span::new()
        .try_days(day)
        .ok()
        .and_then(|span| EPOCH.checked_add(span).ok())
}

fn day_of_date(date: Date) -> i64 {
    // Dates jiff can hold are within ±10,000 years: the span in days always exists.
    EPOCH
        .until((jiff::Unit::Day, date))
        .map_or(0, |s| i64::from(s.get_days()))
}

/// Days since 1970-01-01 of an ISO date ("2025-01-15"), also the date part of a timestamp
/// ("2025-01-15T09:00:00Z"); None for anything else, including impossible dates.
pub fn day_number(s: &str) -> Option<i64> {
    let date: Date = s.get(..10)?.parse().ok()?;
    Some(day_of_date(date))
}

/// The minute of the day a time of day names, as HSDS gives opening hours: `hh:mm` or
/// `hh:mm:ss` (the hour may have one digit, the seconds a fraction), optionally followed
/// by `Z` or an offset, which is dropped, since a service's hours are its local
/// wall-clock times. `24:00` is the end of the day (1440). None for anything else.
pub fn minute_of_day(raw: &str) -> Option<u16> {
    let clock = raw.find(['Z', 'z', '+', '-']).map_or(raw, |i| &raw[..i]);
    let number = |p: &str, digits: std::ops::RangeInclusive<usize>, max: u16| {
        (digits.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u16>().ok())
            .flatten()
            .filter(|n| *n <= max)
    };
    let mut parts = clock.split(':');
    let h = number(parts.next()?, 1..=2, 24)?;
    let m = number(parts.next()?, 2..=2, 59)?;
    let past_the_minute = match parts.next() {
        None => false,
        Some(sec) => {
            let (whole, fraction) = sec.split_once('.').unwrap_or((sec, "0"));
            let s = number(whole, 2..=2, 60)?;
            if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            s > 0 || fraction.bytes().any(|b| b != b'0')
        }
    };
    if parts.next().is_some() || (h == 24 && (m > 0 || past_the_minute)) {
        return None;
    }
    Some(h * 60 + m)
}

/// An instant a client names ("2025-01-15T09:00:00+01:00", or a date meaning its start in
/// UTC) written as HSDS timestamps are ("2025-01-15T08:00:00Z"), so that it compares with
/// stored ones as text; None for anything else.
pub fn utc_timestamp(s: &str) -> Option<String> {
    let unix = match s.parse::<Timestamp>() {
        Ok(t) => t.as_second(),
        Err(_) if s.len() == 10 => day_of_date(s.parse::<Date>().ok()?) * DAY,
        Err(_) => return None,
    };
    Some(Now::at(unix).iso_timestamp())
}

/// (year, month, day) of days since 1970-01-01.
pub fn civil(day: i64) -> (i16, i8, i8) {
    date_of(day).map_or((1970, 1, 1), |d| (d.year(), d.month(), d.day()))
}

/// "2025-01-15".
pub fn iso_date(day: i64) -> String {
    let (y, m, d) = civil(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// 0 = Monday … 6 = Sunday.
pub fn weekday(day: i64) -> u8 {
    // 1970-01-01 was a Thursday; in 0..7 by construction.
    (day + 3).rem_euclid(7) as u8
}

/// The day `n` working days (Monday to Friday) before `day`. Public holidays, which
/// differ by state, are not counted out.
pub fn working_days_before(day: i64, n: u32) -> i64 {
    let mut d = day;
    let mut left = n;
    while left > 0 {
        d -= 1;
        if weekday(d) < 5 {
            left -= 1;
        }
    }
    d
}

#[cfg(test)]
mod tests {
    #[test]
    fn working_days_skip_weekends() {
        use super::{day_number, iso_date, working_days_before};
        let day = |s: &str| day_number(s).unwrap_or_default();
        // Monday 2026-12-07: two working days back is Thursday.
        assert_eq!(
            iso_date(working_days_before(day("2026-12-07"), 2)),
            "2026-12-03"
        );
        // Wednesday: Monday. Saturday: Thursday.
        assert_eq!(
            iso_date(working_days_before(day("2026-12-09"), 2)),
            "2026-12-07"
        );
        assert_eq!(
            iso_date(working_days_before(day("2026-12-12"), 2)),
            "2026-12-10"
        );
        assert_eq!(working_days_before(day("2026-12-09"), 0), day("2026-12-09"));
    }

    #[test]
    fn local_times_in_winter_and_summer() {
        use super::{berlin_at, berlin_rfc3339, day_number};
        let day = |s: &str| day_number(s).unwrap_or_default();
        let winter = berlin_at(day("2020-01-22"), 9 * 60);
        assert_eq!(berlin_rfc3339(winter), "2020-01-22T09:00:00+01:00");
        assert_eq!(winter, 1_579_680_000);
        let summer = berlin_at(day("2027-06-30"), 13 * 60 + 30);
        assert_eq!(berlin_rfc3339(summer), "2027-06-30T13:30:00+02:00");
    }

    #[test]
    fn client_instants_become_utc_timestamps() {
        use super::utc_timestamp;
        assert_eq!(
            utc_timestamp("2025-01-15T09:00:00+01:00").as_deref(),
            Some("2025-01-15T08:00:00Z")
        );
        assert_eq!(
            utc_timestamp("2025-01-15").as_deref(),
            Some("2025-01-15T00:00:00Z")
        );
        for bad in ["", "yesterday", "2025-02-30", "2025-01-15T09:00:00"] {
            assert_eq!(utc_timestamp(bad), None, "{bad}");
        }
    }

    use super::*;

    #[test]
    fn a_time_of_day_in_every_form_hsds_writes_it() {
        for (raw, minute) in [
            ("09:30", 570),
            ("9:30", 570),
            ("09:30:00", 570),
            ("09:30:59.5", 570),
            ("09:30Z", 570),
            ("09:30:00+01:00", 570),
            ("18:00-05:00", 1080),
            ("00:00", 0),
            ("24:00", 1440),
            ("24:00:00", 1440),
        ] {
            assert_eq!(minute_of_day(raw), Some(minute), "{raw}");
        }
        for raw in [
            "",
            "9",
            "0930",
            "09:3",
            "24:01",
            "24:00:01",
            "25:00",
            "09:60",
            "09:30:61",
            "09:30:",
            "09:30:00.",
            "09:30:00:00",
            // Found by the `service_form` fuzz target: a huge hour overflowed before the
            // range was checked (a panic where arithmetic is checked, as in tests).
            "33383339:33",
            "65535:59",
            "4294967295:00",
            "24:60",
            "99:99:99",
            "ab:cd",
            " 09:30",
        ] {
            assert_eq!(minute_of_day(raw), None, "{raw}");
        }
    }

    /// Days since 1970-01-01 of a calendar date; None if there is no such date.
    fn day_from_civil(year: i16, month: i8, day: i8) -> Option<i64> {
        Date::new(year, month, day).ok().map(day_of_date)
    }

    fn unix(y: i16, mo: i8, d: i8, h: i64, mi: i64) -> i64 {
        day_from_civil(y, mo, d).unwrap_or_default() * DAY + h * 3600 + mi * 60
    }

    #[test]
    fn calendar_round_trips() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2025-01-15T09:00:00Z"), Some(20_103));
        assert_eq!(day_number("2025-13-01"), None);
        assert_eq!(day_number("2025-02-30"), None);
        assert_eq!(day_number("2025-1-5"), None);
        assert_eq!(iso_date(20_103), "2025-01-15");
        assert_eq!(iso_date(-1), "1969-12-31");
        assert_eq!(
            day_from_civil(2024, 2, 29).map(iso_date).as_deref(),
            Some("2024-02-29")
        );
        for d in (-700_000..700_000).step_by(997) {
            assert_eq!(day_number(&iso_date(d)), Some(d));
        }
        // 2025-01-15 was a Wednesday, 1970-01-01 a Thursday.
        assert_eq!(weekday(20_103), 2);
        assert_eq!(weekday(0), 3);
        // Far outside the calendar: a default, no panic.
        assert_eq!(iso_date(i64::MAX / 2), "1970-01-01");
        assert_eq!(Now::at(i64::MAX / 4).berlin_minute_text().len(), 16);
    }

    #[test]
    fn summer_time_switches_at_one_utc_on_the_last_sundays() {
        assert_eq!(berlin_offset(unix(2025, 1, 15, 12, 0)), 3600);
        assert_eq!(berlin_offset(unix(2025, 3, 30, 0, 59)), 3600);
        assert_eq!(berlin_offset(unix(2025, 3, 30, 1, 0)), 7200);
        assert_eq!(berlin_offset(unix(2025, 7, 1, 12, 0)), 7200);
        assert_eq!(berlin_offset(unix(2025, 10, 26, 0, 59)), 7200);
        assert_eq!(berlin_offset(unix(2025, 10, 26, 1, 0)), 3600);
        // A month ending on a Sunday: 2024-03-31.
        assert_eq!(berlin_offset(unix(2024, 3, 31, 1, 0)), 7200);
        let day = day_from_civil(2025, 7, 1).unwrap_or_default();
        assert_eq!(berlin_midnight(day), day * DAY - 7200);
    }

    #[test]
    fn local_time_crosses_midnight() {
        // Wednesday 2025-01-15 23:30 UTC is Thursday 00:30 in Berlin.
        let now = Now::at(unix(2025, 1, 15, 23, 30));
        assert_eq!(now.berlin_weekday_minute(), (3, 30));
        assert_eq!(now.berlin_minute_text(), "2025-01-16 00:30");
        assert_eq!(now.iso_timestamp(), "2025-01-15T23:30:00Z");
        // Tuesday 2025-07-01 07:15 UTC is 09:15 in Berlin.
        assert_eq!(
            Now::at(unix(2025, 7, 1, 7, 15)).berlin_weekday_minute(),
            (1, 555)
        );
    }

    #[test]
    fn a_fixed_clock_stands_still_until_moved() {
        let clock = FixedClock::at_berlin("2026-03-10T09:30").unwrap_or_else(|| FixedClock::new(0));
        assert_eq!(clock.now().berlin_weekday_minute(), (1, 570));
        clock.advance(3600);
        assert_eq!(clock.now().berlin_weekday_minute(), (1, 630));
    }
}
