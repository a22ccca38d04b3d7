//! Progress of long commands: a bar with rate and time left on a terminal, a plain log
//! line every few seconds when not on one (a service's journal, CI).

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

/// How often a line is logged when stderr is not a terminal.
const LOG_EVERY: Duration = Duration::from_secs(10);

#[derive(Clone, Copy)]
pub enum Unit {
    Bytes,
    Items,
}

pub struct Progress {
    done: Arc<AtomicU64>,
    stop: Arc<AtomicBool>,
    ticker: Option<JoinHandle<()>>,
}

impl Progress {
    /// Starts showing the progress of `label` towards `total` (0 when unknown).
    pub fn start(label: &'static str, total: u64, unit: Unit) -> Progress {
        let done = Arc::new(AtomicU64::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let terminal = std::io::stderr().is_terminal();
        let (d, s) = (Arc::clone(&done), Arc::clone(&stop));
        let ticker = std::thread::Builder::new()
            .name("progress".into())
            .spawn(move || tick(label, total, unit, terminal, &d, &s))
            .ok();
        Progress { done, stop, ticker }
    }

    /// The counter the work adds to (bytes read, records written…).
    pub fn counter(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.done)
    }

    pub fn add(&self, n: u64) {
        self.done.fetch_add(n, Ordering::Relaxed);
    }

    pub fn finish(mut self) {
        self.stop_ticker();
    }

    fn stop_ticker(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.ticker.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.stop_ticker();
    }
}

fn tick(label: &str, total: u64, unit: Unit, terminal: bool, done: &AtomicU64, stop: &AtomicBool) {
    let started = Instant::now();
    let bar = terminal.then(|| {
        let bar = if total > 0 {
            ProgressBar::new(total)
        } else {
            ProgressBar::new_spinner()
        };
        let template = match (unit, total > 0) {
            (Unit::Bytes, true) => {
                "{prefix} [{bar:30}] {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec}, {eta} left"
            }
            (Unit::Items, true) => "{prefix} [{bar:30}] {human_pos}/{human_len} {per_sec}, {eta} left",
            (Unit::Bytes, false) => "{prefix} {spinner} {binary_bytes} {binary_bytes_per_sec}",
            (Unit::Items, false) => "{prefix} {spinner} {human_pos} {per_sec}",
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_prefix(label.to_string());
        bar
    });
    let mut logged = Instant::now();
    while !stop.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(200));
        let n = done.load(Ordering::Relaxed);
        match &bar {
            Some(bar) => bar.set_position(n),
            None if logged.elapsed() >= LOG_EVERY => {
                logged = Instant::now();
                tracing::info!("{}", line(label, n, total, unit, started.elapsed()));
            }
            None => {}
        }
    }
    if let Some(bar) = bar {
        bar.set_position(done.load(Ordering::Relaxed));
        bar.finish_and_clear();
    }
}

/// "import: 312 of 706 MB (44 %), 25.1 MB/s, about 16 s left"
fn line(label: &str, done: u64, total: u64, unit: Unit, elapsed: Duration) -> String {
    let secs = elapsed.as_secs_f64().max(0.001);
    let rate = done as f64 / secs;
    let (scale, name) = match unit {
        Unit::Bytes => (1_000_000.0, " MB"),
        Unit::Items => (1.0, ""),
    };
    let amount = |n: u64| format!("{:.0}{name}", n as f64 / scale);
    if total == 0 {
        return format!("{label}: {} ({:.1}{name}/s)", amount(done), rate / scale);
    }
    let left = if rate > 0.0 {
        format!(
            ", about {:.0} s left",
            total.saturating_sub(done) as f64 / rate
        )
    } else {
        String::new()
    };
    format!(
        "{label}: {} of {} ({} %), {:.1}{name}/s{left}",
        amount(done),
        amount(total),
        done.saturating_mul(100) / total,
        rate / scale,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_lines_say_how_far_how_fast_and_how_long() {
        let l = line(
            "import",
            350_000_000,
            700_000_000,
            Unit::Bytes,
            Duration::from_secs(10),
        );
        assert_eq!(
            l,
            "import: 350 MB of 700 MB (50 %), 35.0 MB/s, about 10 s left"
        );
        let l = line("export", 500, 0, Unit::Items, Duration::from_secs(5));
        assert_eq!(l, "export: 500 (100.0/s)");
    }
}
