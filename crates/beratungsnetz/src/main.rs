//! `beratungsnetz`: the one binary. Every subcommand that touches data takes
//! `--data-dir` or `--database-url` (also from the environment).

mod accounts;
// Benchmarks (and their PostgreSQL and SQLite baselines) stay out of the product:
// `cargo build --features bench`.
#[cfg(feature = "bench")]
mod bench;
mod demo;
mod export;
mod import;
mod keys;
mod logging;
mod ops;
mod progress;
mod search;
mod serve;

use std::path::PathBuf;
use std::process::ExitCode;

/// Threads that free what others allocated (an import's reader, writer and SQLite's
/// worker) do not wait on each other here; glibc's malloc made them (README,
/// "Architecture"). The feature `system-allocator` leaves the C library's, which heap
/// profilers such as heaptrack see into.
#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "beratungsnetz",
    version,
    about = "Directory, matching and referral platform of a network of counselling services.",
    long_about = "Directory, matching and referral platform of a network of counselling services.\n\n\
        Data lives in an embedded SQLite database in --data-dir (default ./data), or in \
        PostgreSQL when --database-url postgres://… is given. Both can also be set with \
        BERATUNGSNETZ_DATA_DIR and BERATUNGSNETZ_DATABASE_URL."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Log lines as text or as one JSON object per line.
    #[arg(
        long,
        global = true,
        env = "BERATUNGSNETZ_LOG_FORMAT",
        value_enum,
        default_value_t
    )]
    log_format: logging::LogFormat,
}

/// Where the data lives.
#[derive(Args, Clone, Debug)]
pub struct Db {
    /// Directory of the embedded SQLite database and of this node's search index.
    #[arg(long, env = "BERATUNGSNETZ_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,
    /// PostgreSQL (postgres://user@host/db) or SQLite (sqlite://FILE) URL; overrides --data-dir for the database.
    #[arg(long, env = "BERATUNGSNETZ_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// The key file that seals case data at rest (referrals). Default: `keys` in the data
    /// directory, made on first start. Every node of one database needs the same file.
    #[arg(long, env = "BERATUNGSNETZ_KEY_FILE")]
    pub key_file: Option<PathBuf>,
}

impl Db {
    pub fn key_path(&self) -> PathBuf {
        self.key_file
            .clone()
            .unwrap_or_else(|| self.data_dir.join("keys"))
    }

    /// The flags that name this database again, for printed commands.
    pub fn flags(&self) -> String {
        match &self.database_url {
            Some(_) => " --database-url \"$BERATUNGSNETZ_DATABASE_URL\"".to_string(),
            None => format!(" --data-dir {}", self.data_dir.display()),
        }
    }

    pub async fn open(&self) -> anyhow::Result<std::sync::Arc<dyn beratungsnetz_store::Store>> {
        Ok(beratungsnetz_store::open(self.database_url.as_deref(), &self.data_dir).await?)
    }
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server. An empty database is filled with the sample data first.
    Serve(serve::ServeArgs),
    /// Import HSDS data: a JSON file, a directory of JSON files, or a CSV data package
    /// (a directory with datapackage.json and one CSV per table). All or nothing.
    Import(import::ImportArgs),
    /// Export the directory as HSDS JSON (a directory of nested JSON files) or as the
    /// tabular HSDS CSV data package.
    Export(export::ExportArgs),
    /// Load the sample data of Sachsen-Anhalt's counselling landscape (fictional, marked as such).
    Demo(demo::DemoArgs),
    /// Write a synthetic, deterministic Germany-wide HSDS dataset (for load tests and benchmarks).
    Generate(GenerateArgs),
    /// Rebuild this node's search index from the database (`serve` keeps it current by itself).
    Reindex(search::ReindexArgs),
    /// Accounts: `user add --role coordinator EMAIL` invites the first coordinator.
    User(accounts::UserArgs),
    /// Send the freshness reminders now (`serve` sends them hourly).
    Remind(accounts::RemindArgs),
    /// Delete audit-log entries and ended referrals past their retention period, expire
    /// unanswered referrals and stop those whose consent ran out (`serve` does it hourly).
    Purge(accounts::PurgeArgs),
    /// Write a consistent copy of the SQLite database to a new file, also while `serve` runs
    /// (PostgreSQL: prints the pg_dump command to use).
    Backup(ops::BackupArgs),
    /// Put a backup in place of the SQLite database (the server stopped; --force to replace
    /// a database holding data). PostgreSQL: prints the pg_restore command to use.
    Restore(ops::RestoreArgs),
    /// The key that seals case data at rest: `keys rotate` adds a key and re-seals
    /// everything under it; `keys status` lists the key versions (never the keys).
    Keys(keys::KeysArgs),
    /// Measure: `bench import` times import, export and database size for a generated dataset.
    #[cfg(feature = "bench")]
    Bench(bench::BenchArgs),
}

#[derive(Args)]
struct GenerateArgs {
    /// Number of services.
    #[arg(long, default_value_t = 1000)]
    services: usize,
    /// Random seed; the same seed gives the same data.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Output file (HSDS JSON: an array of nested services); `-` for standard output.
    #[arg(long, short, default_value = "-")]
    out: PathBuf,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    HsdsJson,
    HsdsCsv,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    logging::init(cli.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Serve(a) => serve::run(a).await,
            Command::Import(a) => import::run(a).await,
            Command::Export(a) => export::run(a).await,
            Command::Demo(a) => demo::run(a).await,
            Command::Generate(a) => generate(a),
            #[cfg(feature = "bench")]
            Command::Bench(a) => bench::run(a).await,
            Command::Reindex(a) => search::reindex(a).await,
            Command::User(a) => accounts::user(a).await,
            Command::Remind(a) => accounts::remind(a).await,
            Command::Purge(a) => accounts::purge(a).await,
            Command::Backup(a) => ops::backup(a).await,
            Command::Keys(a) => keys::run(a).await,
            Command::Restore(a) => ops::restore(a).await,
        }
    });
    #[cfg(feature = "bench")]
    report_peak_memory();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// For `bench import`: the peak memory of this command (the kernel's high-water mark of
/// resident memory, in kB), written where the bench asked.
#[cfg(feature = "bench")]
fn report_peak_memory() {
    let Some(path) = std::env::var_os(bench::PEAK_MEMORY_FILE) else {
        return;
    };
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok());
    if let Some(kb) = kb {
        let _ = std::fs::write(path, kb.to_string());
    }
}

fn generate(a: GenerateArgs) -> anyhow::Result<()> {
    use std::io::Write;
    let stdout = std::io::stdout();
    let mut out: Box<dyn Write> = if a.out.as_os_str() == "-" {
        Box::new(std::io::BufWriter::new(stdout.lock()))
    } else {
        Box::new(std::io::BufWriter::new(std::fs::File::create(&a.out)?))
    };
    let progress = progress::Progress::start(
        "generate",
        u64::try_from(a.services).unwrap_or(u64::MAX),
        progress::Unit::Items,
    );
    export::write_array(
        &mut out,
        beratungsnetz_demo::generate::generate(a.services, a.seed).inspect(|_| progress.add(1)),
    )?;
    out.flush()?;
    progress.finish();
    Ok(())
}
