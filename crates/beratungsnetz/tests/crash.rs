//! Proven under faults: `kill -9` of an `import` in the middle of its transaction leaves
//! the database exactly as it was (every table, on SQLite and PostgreSQL), and `kill -9`
//! of `serve` while editors save loses no saved edit and leaves the search index agreeing
//! with the database after the restart.

#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use beratungsnetz_core::hsds::Entity;
use beratungsnetz_store::Store;
use beratungsnetz_store::audit::AuditFilter;
use sqlx::{ConnectOptions, Connection};

use common::{Browser, Engine, Node, Target, address, bin, client, encode, hidden, succeed};

// ---------------------------------------------------------------------------------------
// Where the data lives: `common::Target`, and what these tests read of it.

/// What the fault tests read of a database besides its data.
trait Faults {
    async fn digest(&self) -> Digest;
    async fn someone_writes(&self) -> bool;
    async fn pg_count(&self, condition: &str) -> i64;
    async fn killed_sessions_gone(&self);
}

impl Faults for Target {
    async fn digest(&self) -> Digest {
        digest(&self.engine).await
    }

    /// Whether some other connection holds a write transaction open: on SQLite the write
    /// lock (`BEGIN IMMEDIATE` is refused at once), on PostgreSQL a backend of this
    /// database with a transaction id (it has written).
    async fn someone_writes(&self) -> bool {
        match &self.engine {
            Engine::Sqlite(file) => {
                let mut c = sqlite_connection(file, Duration::ZERO).await;
                let locked = match sqlx::query("BEGIN IMMEDIATE").execute(&mut c).await {
                    Ok(_) => {
                        sqlx::query("ROLLBACK").execute(&mut c).await.unwrap();
                        false
                    }
                    Err(e) => {
                        let text = e.to_string();
                        assert!(text.contains("locked") || text.contains("busy"), "{e}");
                        true
                    }
                };
                c.close().await.unwrap();
                locked
            }
            Engine::Postgres(_) => {
                self.pg_count("backend_xid IS NOT NULL AND backend_type = 'client backend'")
                    .await
                    > 0
            }
        }
    }

    /// Other sessions on this PostgreSQL database matching `condition`.
    async fn pg_count(&self, condition: &str) -> i64 {
        let Engine::Postgres(url) = &self.engine else {
            return 0;
        };
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        let q = format!(
            "SELECT count(*) FROM pg_stat_activity \
             WHERE datname = current_database() AND pid <> pg_backend_pid() AND {condition}"
        );
        let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(q))
            .fetch_one(&mut c)
            .await
            .unwrap();
        c.close().await.unwrap();
        n
    }

    /// On PostgreSQL: waits until the sessions of killed processes are gone (the server
    /// notices the closed connection and rolls their transaction back). Nothing to wait
    /// for on SQLite, whose writer lives in the killed process.
    async fn killed_sessions_gone(&self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while self.pg_count("backend_type = 'client backend'").await > 0 {
            assert!(
                Instant::now() < deadline,
                "the sessions of a killed process never ended"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// Every row of every table (migrations, change log, accounts, audit… included), as
/// text, sorted: two equal digests are two equal databases. The time a change-log entry
/// was written is left out (so that a second import of the same data compares equal).
async fn digest(engine: &Engine) -> Digest {
    let mut tables = BTreeMap::new();
    match engine {
        Engine::Sqlite(file) => {
            let mut c = sqlite_connection(file, Duration::from_secs(10)).await;
            let names: Vec<(String,)> =
                sqlx::query_as("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                    .fetch_all(&mut c)
                    .await
                    .unwrap();
            for (table,) in names {
                let columns: Vec<(String,)> =
                    sqlx::query_as("SELECT name FROM pragma_table_info(?) ORDER BY cid")
                        .bind(&table)
                        .fetch_all(&mut c)
                        .await
                        .unwrap();
                let row = columns
                    .iter()
                    .filter(|(col,)| !(table == "change_log" && col == "at"))
                    .map(|(col,)| format!("quote(\"{col}\")"))
                    .collect::<Vec<_>>()
                    .join(" || '|' || ");
                let q = format!("SELECT {row} FROM \"{table}\"");
                let rows: Vec<(String,)> = sqlx::query_as(sqlx::AssertSqlSafe(q))
                    .fetch_all(&mut c)
                    .await
                    .unwrap();
                tables.insert(table, sorted(rows));
            }
            c.close().await.unwrap();
        }
        Engine::Postgres(url) => {
            let mut c = sqlx::PgConnection::connect(url).await.unwrap();
            let names: Vec<(String,)> = sqlx::query_as(
                "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
            )
            .fetch_all(&mut c)
            .await
            .unwrap();
            for (table,) in names {
                let q = if table == "change_log" {
                    "SELECT (seq, entity, entity_id, op)::text FROM change_log".to_string()
                } else {
                    format!("SELECT t::text FROM \"{table}\" t")
                };
                let rows: Vec<(String,)> = sqlx::query_as(sqlx::AssertSqlSafe(q))
                    .fetch_all(&mut c)
                    .await
                    .unwrap();
                tables.insert(table, sorted(rows));
            }
            c.close().await.unwrap();
        }
    }
    Digest(tables)
}

/// A connection of our own to an SQLite file, waiting at most `busy` for a lock.
async fn sqlite_connection(file: &Path, busy: Duration) -> sqlx::SqliteConnection {
    sqlx::sqlite::SqliteConnectOptions::new()
        .filename(file)
        .busy_timeout(busy)
        .connect()
        .await
        .unwrap()
}

fn sorted(rows: Vec<(String,)>) -> Vec<String> {
    let mut rows: Vec<String> = rows.into_iter().map(|(r,)| r).collect();
    rows.sort();
    rows
}

#[derive(PartialEq, Eq)]
struct Digest(BTreeMap<String, Vec<String>>);

impl Digest {
    /// The tables that differ, with their numbers of rows, and a row of each that differs.
    fn differences(&self, other: &Digest) -> Vec<String> {
        let names: BTreeSet<&String> = self.0.keys().chain(other.0.keys()).collect();
        let empty = Vec::new();
        names
            .into_iter()
            .filter_map(|t| {
                let (a, b) = (
                    self.0.get(t).unwrap_or(&empty),
                    other.0.get(t).unwrap_or(&empty),
                );
                (a != b).then(|| {
                    let only = a
                        .iter()
                        .find(|r| !b.contains(r))
                        .or_else(|| b.iter().find(|r| !a.contains(r)));
                    format!(
                        "{t}: {} rows before, {} after; e.g. {only:?}",
                        a.len(),
                        b.len()
                    )
                })
            })
            .collect()
    }
}

// ---------------------------------------------------------------------------------------
// kill -9 during an import.

/// Services in the file whose import is killed: 28 MB of HSDS JSON, about six seconds to
/// import in a debug build.
const BIG_SERVICES: usize = 4_000;

/// A moment to kill an import at, told by the import itself (never by the clock).
#[derive(Clone, Copy, Debug)]
enum KillAt {
    /// Its reader has passed this share of the file (the offset of its file descriptor),
    /// and it holds a write transaction (SQLite: the write lock; PostgreSQL: a backend
    /// of the database with a transaction id).
    Read(f64),
    /// SQLite: the write-ahead log has grown by more than a megabyte while the import holds
    /// the write lock — its pages are being written. With the import's page cache of 256 MB
    /// that happens only at the commit (a `Read` kill finds nothing of it on disk), so this
    /// kill leaves frames without a commit record in the log, which SQLite must ignore.
    /// Should the commit finish before the kill lands, all of the import must be there.
    WalGrows,
}

const POSTGRES_KILLS: [KillAt; 3] = [KillAt::Read(0.15), KillAt::Read(0.5), KillAt::Read(0.85)];
const SQLITE_KILLS: [KillAt; 3] = [KillAt::Read(0.2), KillAt::Read(0.7), KillAt::WalGrows];

/// The generated file both import tests kill an import of, made once per test run.
fn big_file() -> PathBuf {
    static FILE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    FILE.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
        let file = dir.join(format!("crash-import-{BIG_SERVICES}.json"));
        let partial = dir.join(format!(
            "crash-import-{BIG_SERVICES}.{}.part",
            std::process::id()
        ));
        generate(BIG_SERVICES, 4, &partial);
        std::fs::rename(&partial, &file).unwrap();
        file.canonicalize().unwrap()
    })
    .clone()
}

fn generate(services: usize, seed: u64, out: &Path) {
    let status = bin()
        .args(["generate", "--services", &services.to_string()])
        .args(["--seed", &seed.to_string(), "--out"])
        .arg(out)
        .status()
        .unwrap();
    assert!(status.success(), "generate failed");
}

/// The offset at which `pid` reads `file` (its descriptor's position), if it has it open.
fn read_offset(pid: u32, file: &Path) -> Option<u64> {
    for fd in std::fs::read_dir(format!("/proc/{pid}/fd")).ok()?.flatten() {
        if std::fs::read_link(fd.path()).ok().as_deref() != Some(file) {
            continue;
        }
        let info =
            std::fs::read_to_string(format!("/proc/{pid}/fdinfo/{}", fd.file_name().to_str()?))
                .ok()?;
        return info
            .lines()
            .find_map(|l| l.strip_prefix("pos:"))
            .and_then(|p| p.trim().parse().ok());
    }
    None
}

/// A copy of an SQLite database (and its write-ahead log) no process has open, in `dir`.
fn copy_sqlite(file: &Path, dir: &Path) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let to = dir.join("copy.db");
    std::fs::copy(file, &to).unwrap();
    let mut wal = file.as_os_str().to_os_string();
    wal.push("-wal");
    if Path::new(&wal).exists() {
        std::fs::copy(&wal, dir.join("copy.db-wal")).unwrap();
    }
    to
}

/// The output of a child that ended, for a failure message.
fn ended(child: Child) -> String {
    let out = child.wait_with_output().unwrap();
    format!(
        "{}: {}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Imports a small data set, then kills an import of a large one at several moments
/// while it writes: each time every table is as before (or, where the kill may have come
/// after the commit, as after the whole import), and `serve` starts on the data and finds
/// every service.
async fn import_killed_midway(t: &Target, kills: &[KillAt]) {
    let engine = t.name();
    let work = tempfile::tempdir().unwrap();
    let small = work.path().join("small.json");
    generate(40, 3, &small);
    t.ok("import", &[small.to_str().unwrap()]);
    let big = big_file();
    let size = std::fs::metadata(&big).unwrap().len();

    for (round, &at) in kills.iter().enumerate() {
        // A killed `serve` of the round before may still have a session (PostgreSQL).
        t.killed_sessions_gone().await;
        let before = t.digest().await;
        let services = before.0["service"].len();
        assert!(services >= 40, "{engine}: {services} services before");
        // What the whole import would give, should the kill come after its commit.
        let copy = match (&t.engine, at) {
            (Engine::Sqlite(file), KillAt::WalGrows) => Some(copy_sqlite(
                file,
                &work.path().join(format!("copy-{round}")),
            )),
            _ => None,
        };

        let mut child = bin()
            .arg("import")
            .args(t.args())
            .arg(&big)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let started = Instant::now();
        // Paced by the import itself, not by the clock.
        let ended_first = match at {
            KillAt::Read(share) => {
                let target = (size as f64 * share) as u64;
                loop {
                    if child.try_wait().unwrap().is_some() {
                        panic!(
                            "{engine}: the import ended before it was killed at {at:?}: {}",
                            ended(child)
                        );
                    }
                    let offset = read_offset(child.id(), &big).unwrap_or(0);
                    if offset >= target && t.someone_writes().await {
                        break false;
                    }
                    tokio::time::sleep(Duration::from_millis(10)).await;
                }
            }
            KillAt::WalGrows => {
                let Engine::Sqlite(file) = &t.engine else {
                    unreachable!("WalGrows is for SQLite")
                };
                let mut wal = file.as_os_str().to_os_string();
                wal.push("-wal");
                let wal = PathBuf::from(wal);
                let wal_len = || std::fs::metadata(&wal).map_or(0, |m| m.len());
                // The log's length once the import holds the write lock.
                let mut start = None;
                loop {
                    if child.try_wait().unwrap().is_some() {
                        break true;
                    }
                    match start {
                        None if t.someone_writes().await => start = Some(wal_len()),
                        None => tokio::time::sleep(Duration::from_millis(10)).await,
                        Some(len) if wal_len() > len + (1 << 20) => {
                            eprintln!(
                                "{engine}: the write-ahead log grew from {len} to {} bytes",
                                wal_len()
                            );
                            break false;
                        }
                        Some(_) => std::thread::sleep(Duration::from_micros(200)),
                    }
                }
            }
        };
        let _ = child.kill();
        let status = child.wait().unwrap();
        let killed = status.signal() == Some(9);
        eprintln!(
            "{engine}: import {} at {at:?} after {} ms",
            if killed { "killed" } else { "ended by itself" },
            started.elapsed().as_millis()
        );
        assert!(
            killed || ended_first,
            "{engine}: the import was not killed at {at:?} but ended: {status}"
        );

        t.killed_sessions_gone().await;
        let after = t.digest().await;
        let diff = before.differences(&after);
        if !diff.is_empty() {
            // Only where the kill may have come after the commit: then all of it is there.
            let Some(copy) = &copy else {
                panic!(
                    "{engine}: the import killed at {at:?} changed the database:\n{}",
                    diff.join("\n")
                );
            };
            let url = format!("sqlite://{}", copy.display());
            succeed(bin().args(["import", "--database-url", &url]).arg(&big));
            let whole = digest(&Engine::Sqlite(copy.clone())).await;
            let diff = whole.differences(&after);
            assert!(
                diff.is_empty(),
                "{engine}: the import killed at {at:?} left neither the database before nor \
                 the whole import:\n{}",
                diff.join("\n")
            );
            eprintln!("{engine}: the import committed before the kill; all of it is there");
        } else if !killed {
            panic!("{engine}: the import ended by itself ({status}) and wrote nothing");
        }

        // A server starts on what is left, builds its index and finds every service.
        let services = after.0["service"].len();
        let node = Node::start(&t.url_args(), false).await;
        assert_eq!(
            node.total("").await,
            services as u64,
            "{engine}: search after the kill at {at:?}"
        );
        let store = t.store().await;
        let one = store.fetch_all(Entity::Service).await.unwrap();
        let name = one[0].str("name").unwrap().to_string();
        let q = form_urlencoded::byte_serialize(name.as_bytes()).collect::<String>();
        assert!(node.total(&q).await > 0, "{engine}: {name} not found");
    }

    // Nothing is left locked: the next import writes.
    let new = work.path().join("new.json");
    std::fs::write(
        &new,
        serde_json::json!({
            "id": "0c0ffee0-0000-4000-8000-0000000000a1", "name": "Nach dem Absturz",
            "status": "active",
            "organization": {"id": "0c0ffee0-0000-4000-8000-0000000000a2",
                             "name": "Verein nach dem Absturz (Beispiel)",
                             "description": "Beispieldaten"}
        })
        .to_string(),
    )
    .unwrap();
    t.killed_sessions_gone().await;
    let before = t.digest().await.0["service"].len();
    t.ok("import", &[new.to_str().unwrap()]);
    assert_eq!(t.digest().await.0["service"].len(), before + 1, "{engine}");
}

#[tokio::test]
async fn sqlite_import_killed_midway_changes_nothing() {
    import_killed_midway(&Target::sqlite(), &SQLITE_KILLS).await;
}

#[tokio::test]
async fn postgres_import_killed_midway_changes_nothing() {
    if let Some(t) = Target::postgres("crash_import").await {
        import_killed_midway(&t, &POSTGRES_KILLS).await;
    }
}

// ---------------------------------------------------------------------------------------
// kill -9 of `serve` while edits are saved.

/// A `serve` process on a given data directory (kept when it is killed).
struct Server {
    child: Child,
    base: String,
}

impl Server {
    async fn start(args: &[String]) -> Server {
        let mut child = bin()
            .args(["serve", "--bind", "127.0.0.1:0"])
            .args(args)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let base = address(&mut child).await;
        Server { child, base }
    }

    fn kill(&mut self) {
        self.child.kill().unwrap();
        let status = self.child.wait().unwrap();
        assert_eq!(status.signal(), Some(9), "serve ended by itself: {status}");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A coordinator invited by `user add` and signed in through the invitation link.
async fn coordinator(t: &Target, base: &str) -> Browser {
    let printed = t.ok(
        "user add",
        &["--role", "coordinator", "absturz@example.org"],
    );
    let link = printed
        .lines()
        .find_map(|l| l.find("/einladung/").map(|at| l[at..].trim().to_string()))
        .unwrap_or_else(|| panic!("no link in {printed}"));
    let mut b = Browser::new(base);
    b.accept(&link).await;
    b
}

/// A word of its own for edit `n`: letters only, no German ending the stemmer takes off,
/// all of one length (so none begins another).
fn word(n: usize) -> String {
    const L: &[u8; 16] = b"bcdfghjklmpqtvwz";
    let c = |shift: usize| char::from(L[(n >> shift) & 15]);
    format!("zq{}{}{}x", c(8), c(4), c(0))
}

#[derive(Debug)]
enum Outcome {
    /// The server answered that it saved the edit.
    Saved,
    /// Sent, but no answer came: the server died with it.
    Unknown,
    /// Any other answer: a defect by itself.
    Refused(u16, String),
}

#[derive(Debug)]
struct Attempt {
    service: String,
    name: String,
    outcome: Outcome,
}

/// Services each worker edits in turn, and edits per service, one after the other.
const WORKERS: usize = 12;
const ROUNDS: usize = 2;
/// Edits saved before the server is killed (of about 450 planned).
const KILL_AFTER: usize = 120;

/// One worker: edits its services in turn, each `ROUNDS` times, until the server is gone.
async fn worker(
    base: String,
    cookie: String,
    csrf: String,
    jobs: Vec<(String, Vec<usize>)>,
    saved: Arc<AtomicUsize>,
) -> Vec<Attempt> {
    let client = client();
    let mut attempts = Vec::new();
    for (service, numbers) in jobs {
        for n in numbers {
            let path = format!("{base}/verwaltung/angebot/{service}");
            let Ok(r) = client.get(&path).header("cookie", &cookie).send().await else {
                return attempts;
            };
            let status = r.status().as_u16();
            let Ok(form) = r.text().await else {
                return attempts;
            };
            assert_eq!(status, 200, "the form of {service}: {form}");
            let name = format!("Probe {}", word(n));
            let body = encode(&[
                ("csrf", &csrf),
                ("version", &hidden(&form, "version")),
                ("name", &name),
                ("status", "active"),
            ]);
            let sent = client
                .post(&path)
                .header("cookie", &cookie)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body)
                .send()
                .await;
            let outcome = match sent {
                // Never reached the server, which is gone.
                Err(e) if e.is_connect() => return attempts,
                Err(_) => Outcome::Unknown,
                Ok(r) if r.status().as_u16() == 303 => {
                    saved.fetch_add(1, Ordering::SeqCst);
                    Outcome::Saved
                }
                Ok(r) => {
                    let status = r.status().as_u16();
                    Outcome::Refused(status, r.text().await.unwrap_or_default())
                }
            };
            let stop = !matches!(outcome, Outcome::Saved);
            attempts.push(Attempt {
                service: service.clone(),
                name,
                outcome,
            });
            if stop {
                return attempts;
            }
        }
    }
    attempts
}

/// Every hit of the search index, sorted by name and read page by page, as (id, name),
/// and the number of services the index says it holds.
///
/// Services of the same name may be listed on two pages and then be missing from the
/// listing (the ranking breaks ties differently for different page offsets), so only a
/// name held by one service names its service for sure.
async fn indexed(base: &str) -> (Vec<(String, String)>, u64) {
    let mut out = Vec::new();
    for page in 1.. {
        let url = format!("{base}/api/v1/search?sort=name&per_page=100&page={page}");
        let v: serde_json::Value = reqwest::get(url).await.unwrap().json().await.unwrap();
        let hits = v["contents"].as_array().unwrap_or_else(|| panic!("{v}"));
        if hits.is_empty() {
            return (out, v["total_items"].as_u64().unwrap());
        }
        for h in hits {
            let id = h["id"].as_str().unwrap().to_string();
            out.push((id, h["name"].as_str().unwrap().to_string()));
        }
    }
    unreachable!()
}

/// How often each name occurs.
fn tally<'a>(names: impl Iterator<Item = &'a String>) -> BTreeMap<&'a str, usize> {
    let mut out = BTreeMap::new();
    for n in names {
        *out.entry(n.as_str()).or_default() += 1;
    }
    out
}

async fn names(store: &dyn Store) -> BTreeMap<String, String> {
    store
        .fetch_all(Entity::Service)
        .await
        .unwrap()
        .into_iter()
        .map(|r| {
            let name = r.str("name").unwrap_or_default().to_string();
            (r.id, name)
        })
        .collect()
}

/// Kills `serve` while a coordinator's edits are saved, twelve at a time; after the
/// restart every edit the server answered as saved is in the database with its audit
/// entry, edits cut off are there whole or not at all, and the search index holds what
/// the database holds.
async fn serve_killed_while_saving(t: &Target) {
    let engine = t.name();
    // The first start loads the sample data into the empty database.
    let mut server = Server::start(&t.args()).await;
    let mut browser = coordinator(t, &server.base).await;
    let cookie = browser.cookie();
    let (status, home) = browser.get("/verwaltung").await;
    assert_eq!(status, 200, "{home}");
    let csrf = hidden(&home, "csrf");

    let original = names(t.store().await.as_ref()).await;
    assert!(
        original.len() >= 200,
        "{engine}: {} services",
        original.len()
    );
    let ids: Vec<&String> = original.keys().collect();
    let mut handles = Vec::new();
    let saved = Arc::new(AtomicUsize::new(0));
    for w in 0..WORKERS {
        let jobs: Vec<(String, Vec<usize>)> = ids
            .iter()
            .enumerate()
            .filter(|(i, _)| i % WORKERS == w)
            .map(|(i, id)| ((*id).clone(), (0..ROUNDS).map(|r| i * ROUNDS + r).collect()))
            .collect();
        handles.push(tokio::spawn(worker(
            server.base.clone(),
            cookie.clone(),
            csrf.clone(),
            jobs,
            Arc::clone(&saved),
        )));
    }
    let started = Instant::now();
    while saved.load(Ordering::SeqCst) < KILL_AFTER {
        assert!(
            !handles.iter().all(tokio::task::JoinHandle::is_finished),
            "{engine}: the workers stopped before {KILL_AFTER} edits were saved"
        );
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    server.kill();
    let mut attempts = Vec::new();
    for h in handles {
        attempts.extend(h.await.unwrap());
    }
    let count = |f: fn(&Outcome) -> bool| attempts.iter().filter(|a| f(&a.outcome)).count();
    let acked = count(|o| matches!(o, Outcome::Saved));
    let unknown = count(|o| matches!(o, Outcome::Unknown));
    eprintln!(
        "{engine}: serve killed after {} ms: {acked} edits saved, {unknown} cut off",
        started.elapsed().as_millis()
    );
    let refused: Vec<String> = attempts
        .iter()
        .filter_map(|a| match &a.outcome {
            Outcome::Refused(status, body) => Some(format!("{}: {status} {body}", a.service)),
            _ => None,
        })
        .collect();
    assert!(refused.is_empty(), "{engine}: refused edits: {refused:?}");
    assert!(
        acked >= KILL_AFTER,
        "{engine}: only {acked} saved edits counted"
    );

    // Restart on the same data: the index resumes from its last commit.
    t.killed_sessions_gone().await;
    let server = Server::start(&t.args()).await;
    let store = t.store().await;
    let now = names(store.as_ref()).await;

    // Every saved edit is there; an edit cut off is there whole or not at all.
    let mut by_service: BTreeMap<&str, Vec<&Attempt>> = BTreeMap::new();
    for a in &attempts {
        by_service.entry(&a.service).or_default().push(a);
    }
    let mut lost = Vec::new();
    let mut cut_off_stored = 0;
    let mut applied: BTreeMap<&str, usize> = BTreeMap::new();
    for (id, tries) in &by_service {
        let last_saved = tries
            .iter()
            .rev()
            .find(|a| matches!(a.outcome, Outcome::Saved))
            .map_or(&original[*id], |a| &a.name);
        let cut_off = tries
            .last()
            .filter(|a| matches!(a.outcome, Outcome::Unknown));
        let stored = &now[*id];
        let mut n = count_saved(tries);
        if cut_off.is_some_and(|a| &a.name == stored) {
            n += 1;
            cut_off_stored += 1;
        } else if stored != last_saved {
            lost.push(format!(
                "{id}: saved as {last_saved:?}, stored {stored:?} (tries {tries:?})"
            ));
        }
        applied.insert(*id, n);
    }
    assert!(
        lost.is_empty(),
        "{engine}: saved edits lost:\n{}",
        lost.join("\n")
    );
    eprintln!("{engine}: {cut_off_stored} of {unknown} edits cut off were stored (whole)");
    for (id, name) in &original {
        if !by_service.contains_key(id.as_str()) {
            assert_eq!(&now[id], name, "{engine}: {id} changed without an edit");
        }
    }

    // The audit entry of every edit came with it, in its transaction.
    let audit = store
        .audit(&AuditFilter {
            entity: Some("service".into()),
            limit: 10_000,
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    let mut audited: BTreeMap<&str, usize> = BTreeMap::new();
    for e in audit.iter().filter(|e| e.action == "update") {
        *audited.entry(e.entity_id.as_str()).or_default() += 1;
    }
    let differ: Vec<String> = applied
        .keys()
        .chain(audited.keys())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .filter_map(|id| {
            let (stored, logged) = (applied.get(id), audited.get(id));
            (stored.copied().unwrap_or(0) != logged.copied().unwrap_or(0))
                .then(|| format!("{id}: {stored:?} edits stored, {logged:?} audit entries"))
        })
        .collect();
    assert!(
        differ.is_empty(),
        "{engine}: the audit log differs from the edits stored:\n{}",
        differ.join("\n")
    );
    for a in attempts
        .iter()
        .filter(|a| matches!(a.outcome, Outcome::Saved))
    {
        assert!(
            audit.iter().any(|e| e.entity_id == a.service
                && e.after.as_deref().is_some_and(|j| j.contains(&a.name))),
            "{engine}: no audit entry of {a:?}"
        );
    }

    // The index holds what the database holds: as many services, every hit under the
    // name stored for it, every name as often as stored (so every service of a name of
    // its own is there).
    let (hits, total) = indexed(&server.base).await;
    let mut wrong: Vec<String> = hits
        .iter()
        .filter(|(id, name)| now.get(id) != Some(name))
        .map(|(id, name)| format!("{id}: indexed {name:?}, stored {:?}", now.get(id)))
        .collect();
    let stored = tally(now.values());
    let listed = tally(hits.iter().map(|(_, n)| n));
    for (name, n) in &stored {
        let m = listed.get(name).copied().unwrap_or(0);
        if m != *n {
            wrong.push(format!("{name:?}: stored {n} times, indexed {m} times"));
        }
    }
    assert!(
        wrong.is_empty() && total == now.len() as u64,
        "{engine}: the search index disagrees with the database after the restart \
         ({total} services indexed, {} stored):\n{}",
        now.len(),
        wrong.join("\n")
    );
    // And the words of every stored edit find that service, and only it.
    for (id, name) in now.iter().filter(|(_, n)| n.starts_with("Probe zq")) {
        let w = name.trim_start_matches("Probe ");
        let url = format!("{}/api/v1/search?q={w}", server.base);
        let v: serde_json::Value = reqwest::get(url).await.unwrap().json().await.unwrap();
        assert_eq!(v["total_items"], 1, "{engine}: {w}: {v}");
        assert_eq!(v["contents"][0]["id"], id.as_str(), "{engine}: {w}: {v}");
    }
}

fn count_saved(tries: &[&Attempt]) -> usize {
    tries
        .iter()
        .filter(|a| matches!(a.outcome, Outcome::Saved))
        .count()
}

#[tokio::test]
async fn sqlite_serve_killed_while_saving_loses_no_saved_edit() {
    serve_killed_while_saving(&Target::sqlite()).await;
}

#[tokio::test]
async fn postgres_serve_killed_while_saving_loses_no_saved_edit() {
    if let Some(t) = Target::postgres("crash_serve").await {
        serve_killed_while_saving(&t).await;
    }
}
