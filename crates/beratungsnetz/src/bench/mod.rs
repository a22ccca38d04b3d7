//! `beratungsnetz bench`: measurements that the README and the issues report.

mod import;
mod search;

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
}

pub async fn run(a: BenchArgs) -> anyhow::Result<()> {
    match a.what {
        What::Import(b) => import::run(b).await,
        What::Search(b) => search::run(b).await,
    }
}
