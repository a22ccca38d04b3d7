//! `beratungsnetz bench`: measurements that the README and the issues report.

mod coverage;
mod import;
mod matching;
mod search;
mod soak;

use clap::{Args, Subcommand};

pub use import::PEAK_MEMORY_FILE;

#[derive(Args)]
pub struct BenchArgs {
    #[command(subcommand)]
    what: What,
}

#[derive(Subcommand)]
enum What {
    /// Generate N services, import them, export both forms, re-import each export and
    /// compare: prints times, database size and whether the round trips were lossless.
    /// Replaces whatever the database holds.
    Import(import::ImportBench),
    /// Generate N services and run one fixed query mix through our search index
    /// (in-process), PostgreSQL full text and SQLite FTS5 on the same data; then HTTP
    /// throughput of /api/v1/search against a bare axum handler (wrk). Prints latencies,
    /// queries per second, ratios, index build time and memory.
    Search(search::SearchBench),
    /// Generate N services and answer a long tail of different cases (one to five needs,
    /// places all over Sachsen-Anhalt, radii, languages, ages) by case matching
    /// in-process. Prints latency percentiles by the number of needs.
    Matching(matching::MatchingBench),
    /// Start the server on loopback (a temporary data directory with the sample data
    /// unless --data-dir), measure its capacity with a closed loop of searches, page views
    /// and edits, then offer --load of it open loop for --minutes. Prints requests, errors,
    /// p50/p99 and the server's memory per minute; fails if any request failed.
    Soak(soak::SoakBench),
    /// Recompute where help is missing (nearest service, share beyond reach, E2SFCA) for
    /// every need, with any language and three languages: the sample data over
    /// Sachsen-Anhalt, then N generated services over Germany. Prints the times.
    Coverage(coverage::CoverageBench),
}

pub async fn run(a: BenchArgs) -> anyhow::Result<()> {
    match a.what {
        What::Import(b) => import::run(b).await,
        What::Search(b) => search::run(b).await,
        What::Matching(b) => matching::run(b).await,
        What::Soak(b) => soak::run(b).await,
        What::Coverage(b) => coverage::run(b).await,
    }
}

/// A memory figure of a process (`VmRSS:`, `VmHWM:`, `RssAnon:`…) from `/proc`, in MB;
/// `None` for this process.
pub(crate) fn status_mb(pid: Option<u32>, name: &str) -> Option<f64> {
    let path = match pid {
        Some(pid) => format!("/proc/{pid}/status"),
        None => "/proc/self/status".to_string(),
    };
    let status = std::fs::read_to_string(path).ok()?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix(name))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}
