//! `beratungsnetz bench soak`: the real server (a child process on loopback) under a
//! long tail of searches, page views and edits, first in a closed loop to measure its
//! capacity, then open loop at a share of that capacity for minutes. Reports errors (they
//! must be 0), latency per minute and the server's resident memory over time (it must
//! stay flat).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use beratungsnetz_web::server::Limits;
use clap::Args;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use reqwest::{StatusCode, Url};
use tokio::sync::Semaphore;

#[derive(Args)]
pub struct SoakBench {
    /// Minutes of load at `--load` × the measured capacity.
    #[arg(long, default_value_t = 10)]
    minutes: u64,
    /// Seconds of the capacity probe (closed loop, `--concurrency` requests in flight).
    #[arg(long, default_value_t = 20)]
    probe_seconds: u64,
    /// Requests in flight during the capacity probe.
    #[arg(long, default_value_t = 16)]
    concurrency: usize,
    /// Share of the measured capacity offered during the soak (open loop).
    #[arg(long, default_value_t = 0.8)]
    load: f64,
    /// Seed of the request mix; the same seed sends the same requests.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Percent of requests that are edits (the rest keeps the mix's proportions): 0 to
    /// see what searches alone do to memory, more to see what saves do.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(0..=100))]
    edits: u32,
    /// The server's data directory (default: a temporary one, which the server fills
    /// with the sample data). The soak renames services in it and adds a coordinator.
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// The server's database (postgres://…), instead of SQLite in the data directory.
    /// The soak renames services in it and adds a coordinator.
    #[arg(long)]
    database_url: Option<String>,
    /// Seconds of load instead of `--minutes` (for quick checks).
    #[arg(long, hide = true)]
    seconds: Option<u64>,
    /// A program the server is started under, its command line following (a heap
    /// profiler: `--wrap heaptrack`). The memory read is then that program's.
    #[arg(long, hide = true)]
    wrap: Option<PathBuf>,
}

/// Requests in flight at most during the soak; one that cannot start counts as an error.
const MAX_IN_FLIGHT: usize = 512;
/// How often the server's resident memory is read.
const RSS_EVERY: Duration = Duration::from_secs(10);
/// Width of a line of the report.
const BUCKET: Duration = Duration::from_secs(60);
/// A request that has no answer after this long is an error.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

// ---------------------------------------------------------------------------------------
// The request mix.

/// Everyday queries people type, in the seven languages of the vocabulary (from the
/// routing table `core/src/taxonomy/routes.tsv`, each understood as a term), with the
/// language a reader of them would choose. Two are not in the vocabulary: a compound
/// word found through its beginning and a typo found through the fuzzy second pass.
const WORDS: &[(&str, &str)] = &[
    ("de", "Schulden"),
    ("de", "Schuldnerberatung"),
    ("de", "schwanger"),
    ("de", "Ausländerbehörde"),
    ("de", "Bürgergeld"),
    ("de", "Wohnung suchen"),
    ("de", "Arzt"),
    ("de", "Deutschkurs"),
    ("de", "Arbeit finden"),
    ("de", "Häusliche Gewalt"),
    ("de", "Familiennachzug"),
    ("de", "Asylantrag abgelehnt"),
    ("de", "Kita Platz"),
    ("de", "Suchtberatung"),
    ("de", "Schuldnerbertung"),
    ("en", "debt"),
    ("en", "pregnant"),
    ("en", "residence permit"),
    ("en", "find a job"),
    ("en", "german course"),
    ("en", "domestic violence"),
    ("en", "depression"),
    ("ar", "ديون"),
    ("ar", "حامل"),
    ("ar", "دائرة الأجانب"),
    ("ar", "طبيب"),
    ("ar", "دورة لغة"),
    ("ar", "لم الشمل"),
    ("fa", "بدهی"),
    ("fa", "باردار"),
    ("fa", "اجازه اقامت"),
    ("fa", "کلاس زبان آلمانی"),
    ("fa", "افسردگی"),
    ("uk", "борги"),
    ("uk", "вагітна"),
    ("uk", "шукаю роботу"),
    ("uk", "курси німецької"),
    ("uk", "домашнє насильство"),
    ("ru", "долги"),
    ("ru", "нужен врач"),
    ("ru", "ищу работу"),
    ("ru", "признание диплома"),
    ("ru", "ПМЖ"),
    ("tr", "borç"),
    ("tr", "hamile"),
    ("tr", "oturma izni"),
    ("tr", "almanca kursu"),
    ("tr", "boşanma"),
];

/// Postal codes and towns of Sachsen-Anhalt, all known to the gazetteer.
const PLACES: &[&str] = &[
    "06108",
    "Halle (Saale)",
    "39104",
    "Magdeburg",
    "06844",
    "Dessau-Roßlau",
    "06886",
    "Stendal",
    "38820",
    "Wernigerode",
    "06217",
    "Naumburg (Saale)",
    "06406",
    "Köthen (Anhalt)",
    "06526",
    "Weißenfels",
    "06712",
    "Quedlinburg",
    "29410",
    "Schönebeck (Elbe)",
    "06449",
    "Bitterfeld-Wolfen",
    "06295",
    "Gardelegen",
    "39340",
    "Staßfurt",
];

const RADII: &[&str] = &["10", "25", "50"];

/// Filters a search sometimes carries.
const FILTERS: &[(&str, &str)] = &[
    ("free", "true"),
    ("barrier_free", "true"),
    ("language", "ar"),
    ("language", "uk"),
    ("language", "ru"),
    ("language", "fa"),
    ("language", "tr"),
    ("language", "en"),
    ("mode", "phone"),
    ("mode", "video"),
    ("open_on", "mo"),
    ("open_on", "we"),
    ("open_on", "fr"),
];

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Kind {
    Api,
    Page,
    Detail,
    Edit,
}

impl Kind {
    const ALL: [Kind; 4] = [Kind::Api, Kind::Page, Kind::Detail, Kind::Edit];

    fn name(self) -> &'static str {
        match self {
            Kind::Api => "search API",
            Kind::Page => "search page",
            Kind::Detail => "service page",
            Kind::Edit => "edit (save)",
        }
    }
}

/// One request of the mix.
enum Req {
    /// A page or an API answer.
    Get(Kind, Url),
    /// The edit of the service with this index: its form, then the form saved with a new
    /// name.
    Edit(usize),
}

impl Req {
    fn kind(&self) -> Kind {
        match self {
            Req::Get(kind, _) => *kind,
            Req::Edit(_) => Kind::Edit,
        }
    }
}

/// Draws requests: 55 % `/api/v1/search`, 20 % `/suche`, 20 % `/angebot/{id}`, 5 % edits
/// (with `edits` at 5; other shares of edits scale the rest).
struct Mix {
    base: Url,
    services: Vec<String>,
    /// Percent of edits, at most 100.
    edits: u32,
}

impl Mix {
    fn draw(&self, rng: &mut impl Rng) -> Req {
        let others = 100 - self.edits.min(100);
        let r = rng.random_range(0..100u32);
        let kind = if r >= others {
            Kind::Edit
        } else {
            // The rest in the proportions 55 : 20 : 20.
            match r * 95 / others {
                0..55 => Kind::Api,
                55..75 => Kind::Page,
                _ => Kind::Detail,
            }
        };
        let service = rng.random_range(0..self.services.len());
        let mut url = self.base.clone();
        match kind {
            Kind::Edit => return Req::Edit(service),
            Kind::Detail => url.set_path(&format!("/angebot/{}", self.services[service])),
            Kind::Api => url.set_path("/api/v1/search"),
            Kind::Page => url.set_path("/suche"),
        }
        if kind != Kind::Detail {
            let params = search_params(rng);
            url.query_pairs_mut().extend_pairs(params);
        }
        Req::Get(kind, url)
    }
}

/// A search as people ask: mostly words, mostly a place, sometimes a filter, in the
/// reader's language half the time, on one of the first three pages.
fn search_params(rng: &mut impl Rng) -> Vec<(&'static str, &'static str)> {
    let mut p = Vec::new();
    let mut lang = None;
    if rng.random_bool(0.85)
        && let Some((l, q)) = WORDS.choose(rng)
    {
        p.push(("q", *q));
        lang = Some(*l);
    }
    if rng.random_bool(0.7)
        && let (Some(place), Some(radius)) = (PLACES.choose(rng), RADII.choose(rng))
    {
        p.push(("near", *place));
        p.push(("radius_km", *radius));
        if rng.random_bool(0.1) {
            p.push(("sort", "distance"));
        }
    }
    if rng.random_bool(0.2)
        && let Some(f) = FILTERS.choose(rng)
    {
        p.push(*f);
    }
    if let Some(l) = lang.filter(|_| rng.random_bool(0.5)) {
        p.push(("lang", l));
    }
    match rng.random_range(0..10) {
        0..7 => {}
        7..9 => p.push(("page", "2")),
        _ => p.push(("page", "3")),
    }
    p
}

// ---------------------------------------------------------------------------------------
// Sending requests.

/// The server as the load generator sees it.
struct Target {
    client: reqwest::Client,
    base: String,
    /// The coordinator's session.
    cookie: String,
    mix: Mix,
    /// One lock per service: two edits of one service never overlap (they would conflict),
    /// edits of different services run side by side as editors' do.
    locks: Vec<tokio::sync::Mutex<()>>,
    /// Edits sent, for names of their own.
    edits: AtomicU64,
    /// Requests sent, each from the next of [`CLIENTS`] addresses.
    sent: AtomicU64,
}

/// Visitors the load stands for. The server runs as behind a reverse proxy (as the
/// README's operations section sets it up), and each request names its visitor in
/// `X-Forwarded-For`: one address opening hundreds of connections is what the server's
/// per-client limit is there to refuse, not what visitors do.
const CLIENTS: u64 = 1024;

/// What became of one request.
enum Outcome {
    /// Answered as expected, after this long.
    Answered(Duration),
    /// Not answered as expected: what went wrong.
    Failed(String),
}

impl Target {
    /// The next visitor's address, from a private range.
    fn visitor(&self) -> String {
        let n = self.sent.fetch_add(1, Ordering::Relaxed) % CLIENTS;
        format!("10.77.{}.{}", n / 256, n % 256)
    }

    async fn send(&self, req: Req) -> Outcome {
        match req {
            Req::Get(kind, url) => {
                let started = Instant::now();
                // Compressed, as browsers ask for it (the body is only counted).
                let sent = self
                    .client
                    .get(url)
                    .header("accept-encoding", "gzip")
                    .header("x-forwarded-for", self.visitor())
                    .send()
                    .await;
                match answer(sent, StatusCode::OK).await {
                    Ok(_) => Outcome::Answered(started.elapsed()),
                    Err(e) => Outcome::Failed(format!("{}: {e}", kind.name())),
                }
            }
            Req::Edit(i) => match self.edit(i).await {
                Ok(took) => Outcome::Answered(took),
                Err(e) => Outcome::Failed(e),
            },
        }
    }

    /// Opens the edit form of service `i` and saves it as a browser would (every field as
    /// shown) with a new name; the time the save took.
    async fn edit(&self, i: usize) -> Result<Duration, String> {
        let _one_at_a_time = self.locks[i].lock().await;
        let path = format!("{}/verwaltung/angebot/{}", self.base, self.mix.services[i]);
        let visitor = self.visitor();
        let sent = self
            .client
            .get(&path)
            .header("cookie", &self.cookie)
            .header("x-forwarded-for", &visitor)
            .send()
            .await;
        let form = answer(sent, StatusCode::OK)
            .await
            .map_err(|e| format!("edit form: {e}"))?;
        let action = format!("/verwaltung/angebot/{}", self.mix.services[i]);
        let mut fields = form_fields(&form, &action).map_err(|e| format!("edit form: {e:#}"))?;
        let n = self.edits.fetch_add(1, Ordering::Relaxed);
        let Some(name) = fields.iter_mut().find(|(k, _)| k == "name") else {
            return Err("edit form: no field `name`".into());
        };
        name.1 = renamed(&name.1, n);
        let started = Instant::now();
        let sent = self
            .client
            .post(&path)
            .header("cookie", &self.cookie)
            .header("x-forwarded-for", &visitor)
            .form(&fields)
            .send()
            .await;
        match answer(sent, StatusCode::SEE_OTHER).await {
            Ok(_) => Ok(started.elapsed()),
            Err(e) => Err(format!("edit save: {e}")),
        }
    }
}

/// The body of a response with status `want`; else what went wrong, briefly.
async fn answer(
    sent: reqwest::Result<reqwest::Response>,
    want: StatusCode,
) -> Result<String, String> {
    let r = sent.map_err(|e| transport(&e))?;
    let status = r.status();
    let body = r.bytes().await.map_err(|e| transport(&e))?;
    if status != want {
        return Err(format!("HTTP {}", status.as_u16()));
    }
    Ok(String::from_utf8_lossy(&body).into_owned())
}

/// A transport error as a short class (the details differ per request).
fn transport(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        format!("no answer within {} s", REQUEST_TIMEOUT.as_secs())
    } else if e.is_connect() {
        "cannot connect".into()
    } else if e.is_body() || e.is_decode() {
        "answer cut off".into()
    } else {
        "connection error".into()
    }
}

/// `name` with the soak's mark `n` in place of an earlier one: the name people search for
/// stays.
fn renamed(name: &str, n: u64) -> String {
    let base = name.split(" · Soak ").next().unwrap_or(name);
    format!("{base} · Soak {n}")
}

// ---------------------------------------------------------------------------------------
// Reading a form as a browser submits it.

/// The fields the form posting to `action` submits: inputs with their values (checkboxes
/// only when checked), text areas, and each select's selected option (else its first).
fn form_fields(html: &str, action: &str) -> anyhow::Result<Vec<(String, String)>> {
    let marker = format!("action=\"{action}\"");
    let at = html
        .find(&marker)
        .with_context(|| format!("no form posting to {action}"))?;
    let start = html[..at].rfind("<form").context("no <form> tag")?;
    let end = html[at..]
        .find("</form>")
        .map(|e| at + e)
        .context("the form does not end")?;
    let mut rest = &html[start..end];
    let mut out = Vec::new();
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt + 1..];
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .unwrap_or(rest.len());
        let tag = rest[..name_end].to_ascii_lowercase();
        let gt = rest.find('>').context("a tag does not end")?;
        let attrs = attributes(&rest[name_end..gt]);
        rest = &rest[gt + 1..];
        let Some(name) = attrs.get("name").filter(|n| !n.is_empty()) else {
            continue;
        };
        if attrs.contains_key("disabled") {
            continue;
        }
        match tag.as_str() {
            "input" => {
                let kind = attrs.get("type").map_or("text", String::as_str);
                let value = attrs.get("value").cloned();
                match kind {
                    "checkbox" | "radio" if attrs.contains_key("checked") => {
                        out.push((name.clone(), value.unwrap_or_else(|| "on".into())));
                    }
                    "checkbox" | "radio" | "submit" | "button" | "image" | "reset" | "file" => {}
                    _ => out.push((name.clone(), value.unwrap_or_default())),
                }
            }
            "textarea" => {
                let close = rest
                    .find("</textarea>")
                    .context("a textarea does not end")?;
                out.push((name.clone(), unescape(&rest[..close])));
                rest = &rest[close..];
            }
            "select" => {
                let close = rest.find("</select>").context("a select does not end")?;
                let value = selected(&rest[..close]);
                if let Some(v) = value {
                    out.push((name.clone(), v));
                }
                rest = &rest[close..];
            }
            _ => {}
        }
    }
    Ok(out)
}

/// The value a select submits: its selected option's, else its first option's.
fn selected(options: &str) -> Option<String> {
    let mut first = None;
    let mut rest = options;
    while let Some(at) = rest.find("<option") {
        rest = &rest[at + "<option".len()..];
        let gt = rest.find('>')?;
        let attrs = attributes(&rest[..gt]);
        rest = &rest[gt + 1..];
        let value = match attrs.get("value") {
            Some(v) => v.clone(),
            None => unescape(rest[..rest.find('<').unwrap_or(rest.len())].trim()),
        };
        if attrs.contains_key("selected") {
            return Some(value);
        }
        first.get_or_insert(value);
    }
    first
}

/// The attributes of a tag (what follows its name), names in lower case, values
/// unescaped; an attribute without a value has the empty one.
fn attributes(mut s: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    loop {
        s = s.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if s.is_empty() {
            return out;
        }
        let end = s
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(s.len());
        let name = s[..end].to_ascii_lowercase();
        s = s[end..].trim_start();
        let mut value = String::new();
        if let Some(r) = s.strip_prefix('=') {
            let r = r.trim_start();
            match r.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let r = &r[1..];
                    let close = r.find(q).unwrap_or(r.len());
                    value = unescape(&r[..close]);
                    s = r.get(close + 1..).unwrap_or("");
                }
                _ => {
                    let close = r.find(char::is_whitespace).unwrap_or(r.len());
                    value = unescape(&r[..close]);
                    s = &r[close..];
                }
            }
        }
        if !name.is_empty() {
            out.entry(name).or_insert(value);
        }
    }
}

/// Text with HTML character references replaced by their characters.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest
            .bytes()
            .take(12)
            .position(|b| b == b';')
            .and_then(|semi| Some((reference(&rest[1..semi])?, semi)));
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn reference(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some('\u{a0}'),
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

// ---------------------------------------------------------------------------------------
// Counting.

#[derive(Default)]
struct Bucket {
    requests: u64,
    errors: u64,
    /// Latencies of the requests answered, in microseconds.
    micros: Vec<u32>,
}

#[derive(Default)]
struct Tally {
    /// By the time a request ended, one per `BUCKET` since the start.
    buckets: Vec<Bucket>,
    by_kind: BTreeMap<Kind, Vec<u32>>,
    errors: BTreeMap<String, u64>,
}

/// Outcomes of requests, by the time they ended.
struct Recorder {
    start: Instant,
    /// The last bucket: requests that end later are counted in it.
    last: usize,
    tally: Mutex<Tally>,
}

impl Recorder {
    fn new(start: Instant, length: Duration) -> Recorder {
        let buckets = length.as_secs().div_ceil(BUCKET.as_secs()).max(1) as usize;
        Recorder {
            start,
            last: buckets - 1,
            tally: Mutex::new(Tally {
                buckets: (0..buckets).map(|_| Bucket::default()).collect(),
                ..Tally::default()
            }),
        }
    }

    fn record(&self, kind: Kind, outcome: Outcome) {
        let at = (self.start.elapsed().as_secs() / BUCKET.as_secs()) as usize;
        let Ok(mut t) = self.tally.lock() else {
            return;
        };
        let t = &mut *t;
        let b = &mut t.buckets[at.min(self.last)];
        b.requests += 1;
        match outcome {
            Outcome::Answered(took) => {
                let us = u32::try_from(took.as_micros()).unwrap_or(u32::MAX);
                b.micros.push(us);
                t.by_kind.entry(kind).or_default().push(us);
            }
            Outcome::Failed(what) => {
                b.errors += 1;
                *t.errors.entry(what).or_default() += 1;
            }
        }
    }

    /// The line of bucket `i`.
    fn line(&self, i: usize, mem: Option<Mem>) -> String {
        let Ok(t) = self.tally.lock() else {
            return String::new();
        };
        let b = &t.buckets[i];
        let mut us = b.micros.clone();
        us.sort_unstable();
        format!(
            "  {:>6}  {:>9}  {:>6}  {:>9}  {:>9}  {:>24}",
            i + 1,
            b.requests,
            b.errors,
            ms(percentile(&us, 0.50)),
            ms(percentile(&us, 0.99)),
            mem.map_or("?".into(), |m| m.to_string()),
        )
    }

    fn totals(&self) -> (u64, u64, Vec<u32>) {
        let Ok(t) = self.tally.lock() else {
            return (0, 0, Vec::new());
        };
        let mut all: Vec<u32> = t.buckets.iter().flat_map(|b| b.micros.clone()).collect();
        all.sort_unstable();
        let requests = t.buckets.iter().map(|b| b.requests).sum();
        let errors = t.buckets.iter().map(|b| b.errors).sum();
        (requests, errors, all)
    }
}

fn percentile(sorted: &[u32], q: f64) -> Option<u32> {
    if sorted.is_empty() {
        return None;
    }
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    Some(sorted[rank - 1])
}

fn ms(us: Option<u32>) -> String {
    match us {
        Some(us) if us < 10_000 => format!("{:.2}", f64::from(us) / 1000.0),
        Some(us) => format!("{:.1}", f64::from(us) / 1000.0),
        None => "–".into(),
    }
}

// ---------------------------------------------------------------------------------------
// The server.

/// What the server wrote to standard error (at `warn` and above).
#[derive(Default)]
struct ServerLog {
    lines: u64,
    first: Vec<String>,
}

/// `beratungsnetz serve` as a child process, killed when dropped.
struct Server {
    child: Child,
    base: String,
    log: Arc<Mutex<ServerLog>>,
}

impl Server {
    async fn start(flags: &[String], wrap: Option<&Path>) -> anyhow::Result<Server> {
        let exe = std::env::current_exe()?;
        let mut cmd = match wrap {
            Some(program) => {
                let mut cmd = Command::new(program);
                cmd.arg(exe);
                cmd
            }
            None => Command::new(exe),
        };
        // As behind a reverse proxy: see [`CLIENTS`].
        cmd.args(["serve", "--bind", "127.0.0.1:0", "--trust-proxy"])
            .args(flags);
        clean_env(&mut cmd);
        let mut child = cmd
            .env("BERATUNGSNETZ_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .context("cannot start `beratungsnetz serve`")?;
        let log = Arc::new(Mutex::new(ServerLog::default()));
        if let Some(stderr) = child.stderr.take() {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                for line in BufReader::new(stderr).lines() {
                    let Ok(line) = line else { break };
                    if let Ok(mut l) = log.lock() {
                        l.lines += 1;
                        if l.first.len() < 10 {
                            l.first.push(line);
                        }
                    }
                }
            });
        }
        let stdout = child.stdout.take().context("no standard output of serve")?;
        let (tx, rx) = tokio::sync::oneshot::channel();
        // The first line naming an address (a wrapping program may speak first); the rest
        // is read and dropped.
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) && !line.contains("http://") {
                line.clear();
            }
            let _ = tx.send(line);
            let _ = std::io::copy(&mut reader, &mut std::io::sink());
        });
        let mut server = Server {
            child,
            base: String::new(),
            log,
        };
        let line = tokio::time::timeout(Duration::from_secs(600), rx)
            .await
            .ok()
            .and_then(Result::ok)
            .unwrap_or_default();
        let Some(base) = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .map(|w| w.trim_end_matches('/').to_string())
        else {
            // Give the error lines a moment to arrive.
            tokio::time::sleep(Duration::from_millis(200)).await;
            bail!(
                "`beratungsnetz serve` did not start (it said {line:?}):\n{}",
                server.log_lines().join("\n")
            );
        };
        server.base = base;
        Ok(server)
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    fn log_lines(&self) -> Vec<String> {
        self.log.lock().map(|l| l.first.clone()).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The server and its commands take their settings from the flags given here only (no
/// mail server, metrics address or database of the caller's environment).
fn clean_env(cmd: &mut Command) {
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("BERATUNGSNETZ_") {
            cmd.env_remove(&key);
        }
    }
    // Log lines without colour codes (they are read from a pipe).
    cmd.env("NO_COLOR", "1");
}

/// The server's resident memory in MB: all of it, and the part that is not a mapped file
/// (the heap; the program and the search index's files are mapped, and their pages count
/// as resident while the kernel keeps them).
#[derive(Clone, Copy)]
struct Mem {
    rss: f64,
    anon: f64,
}

impl Mem {
    /// From /proc (Linux).
    fn of(pid: u32) -> Option<Mem> {
        let field = |name: &str| super::status_mb(Some(pid), name);
        Some(Mem {
            rss: field("VmRSS:")?,
            anon: field("RssAnon:")?,
        })
    }
}

impl std::fmt::Display for Mem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.1} ({:.1})", self.rss, self.anon)
    }
}

/// Invites a coordinator with `user add` and signs in through the invitation; the session
/// cookie.
async fn coordinator(
    client: &reqwest::Client,
    base: &str,
    flags: &[String],
) -> anyhow::Result<String> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    let email = format!("soak-{stamp}@example.org");
    let mut cmd = Command::new(std::env::current_exe()?);
    cmd.args(["user", "add"])
        .args(flags)
        .args(["--role", "coordinator", &email]);
    clean_env(&mut cmd);
    let out = cmd
        .env("BERATUNGSNETZ_LOG", "warn")
        .output()
        .context("cannot run `beratungsnetz user add`")?;
    let printed = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        bail!(
            "`beratungsnetz user add` failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let link = printed
        .lines()
        .find_map(|l| l.find("/einladung/").map(|at| l[at..].trim().to_string()))
        .with_context(|| format!("no invitation link in {printed:?}"))?;
    let mut cookies = BTreeMap::new();
    let r = client.get(format!("{base}{link}")).send().await?;
    keep_cookies(&r, &mut cookies);
    let status = r.status();
    let page = r.text().await?;
    if status != StatusCode::OK {
        bail!("the invitation answered {status}");
    }
    let csrf = form_fields(&page, &link)?
        .into_iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v)
        .context("no csrf field on the invitation page")?;
    let password = format!("soak {:032x}", rand::random::<u128>());
    let r = client
        .post(format!("{base}{link}"))
        .header("cookie", cookie_header(&cookies))
        .form(&[
            ("csrf", csrf.as_str()),
            ("password", &password),
            ("password_repeat", &password),
        ])
        .send()
        .await?;
    keep_cookies(&r, &mut cookies);
    if r.status() != StatusCode::SEE_OTHER {
        bail!("setting the password answered {}", r.status());
    }
    Ok(cookie_header(&cookies))
}

fn keep_cookies(r: &reqwest::Response, jar: &mut BTreeMap<String, String>) {
    for c in r.headers().get_all(reqwest::header::SET_COOKIE) {
        let pair = c.to_str().ok().and_then(|c| c.split(';').next());
        if let Some((k, v)) = pair.and_then(|p| p.split_once('=')) {
            jar.insert(k.trim().to_string(), v.trim().to_string());
        }
    }
}

fn cookie_header(jar: &BTreeMap<String, String>) -> String {
    jar.iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The ids of every service, from the search API sorted by name.
async fn service_ids(client: &reqwest::Client, base: &str) -> anyhow::Result<Vec<String>> {
    let mut ids = Vec::new();
    for page in 1.. {
        let url = format!("{base}/api/v1/search?sort=name&per_page=100&page={page}");
        let r = client.get(&url).send().await?;
        if r.status() != StatusCode::OK {
            bail!("{url} answered {}", r.status());
        }
        let v: serde_json::Value = r.json().await?;
        let hits = v["contents"]
            .as_array()
            .with_context(|| format!("{url}: no contents"))?;
        if hits.is_empty() {
            break;
        }
        ids.extend(
            hits.iter()
                .filter_map(|h| h["id"].as_str().map(str::to_string)),
        );
    }
    ids.sort();
    ids.dedup();
    Ok(ids)
}

// ---------------------------------------------------------------------------------------
// The run.

pub async fn run(b: SoakBench) -> anyhow::Result<()> {
    if !(b.load.is_finite() && b.load > 0.0) {
        bail!("--load must be above 0 (0.8 is 80 % of the measured capacity)");
    }
    if b.concurrency == 0 || b.probe_seconds == 0 {
        bail!("the capacity probe needs --concurrency and --probe-seconds of at least 1");
    }
    let length = Duration::from_secs(b.seconds.unwrap_or(b.minutes.saturating_mul(60)));
    let tmp = match &b.data_dir {
        Some(_) => None,
        None => Some(tempfile::tempdir().context("cannot make a temporary directory")?),
    };
    let data_dir = match (&b.data_dir, &tmp) {
        (Some(d), _) => d.clone(),
        (None, Some(t)) => t.path().to_path_buf(),
        (None, None) => bail!("no data directory"),
    };
    let mut flags = vec!["--data-dir".to_string(), data_dir.display().to_string()];
    if let Some(url) = &b.database_url {
        flags.extend(["--database-url".to_string(), url.clone()]);
    }

    let started = Instant::now();
    let server = Server::start(&flags, b.wrap.as_deref()).await?;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(REQUEST_TIMEOUT)
        .tcp_nodelay(true)
        // The server closes a kept-alive connection that waits longer than its header
        // timeout for the next request. A request sent on such a connection just as it
        // closes is lost (browsers resend it, reqwest does not), so the pool lets idle
        // connections go well before the server would, as a client behind a keep-alive
        // limit is set up to.
        .pool_idle_timeout(Limits::default().header_timeout / 2)
        .build()?;
    let cookie = coordinator(&client, &server.base, &flags).await?;
    let services = service_ids(&client, &server.base).await?;
    if services.is_empty() {
        bail!("the server lists no services");
    }
    println!(
        "bench soak: server {} (pid {}), {} services, data in {}; ready after {:.1} s",
        server.base,
        server.pid(),
        services.len(),
        data_dir.display(),
        started.elapsed().as_secs_f64()
    );
    println!(
        "  mix: {} % edits (form + save), the rest 55 : 20 : 20 /api/v1/search, /suche, \
         /angebot/{{id}}; {} query texts × {} places × {} radii, seed {}",
        b.edits,
        WORDS.len(),
        PLACES.len(),
        RADII.len(),
        b.seed
    );
    let target = Arc::new(Target {
        client,
        base: server.base.clone(),
        cookie,
        locks: services
            .iter()
            .map(|_| tokio::sync::Mutex::new(()))
            .collect(),
        mix: Mix {
            base: Url::parse(&server.base)?,
            services,
            edits: b.edits,
        },
        edits: AtomicU64::new(0),
        sent: AtomicU64::new(0),
    });

    // Capacity: a closed loop, `concurrency` requests in flight.
    let probe = Duration::from_secs(b.probe_seconds);
    let probe_start = Instant::now();
    let probed = Arc::new(Recorder::new(probe_start, probe));
    let mut workers = Vec::new();
    for w in 0..b.concurrency {
        let target = Arc::clone(&target);
        let probed = Arc::clone(&probed);
        let mut rng =
            StdRng::seed_from_u64(b.seed.wrapping_mul(1_000_003).wrapping_add(w as u64 + 1));
        workers.push(tokio::spawn(async move {
            while probe_start.elapsed() < probe {
                let req = target.mix.draw(&mut rng);
                let kind = req.kind();
                let outcome = target.send(req).await;
                probed.record(kind, outcome);
            }
        }));
    }
    for w in workers {
        w.await?;
    }
    let probe_secs = probe_start.elapsed().as_secs_f64();
    let (requests, probe_errors, all) = probed.totals();
    let capacity = (requests - probe_errors) as f64 / probe_secs;
    println!(
        "capacity probe: {} in flight for {probe_secs:.1} s: {requests} requests, {capacity:.1} \
         answered/s, {probe_errors} errors, p50 {} ms, p99 {} ms; server RSS (anonymous) {} MB",
        b.concurrency,
        ms(percentile(&all, 0.50)),
        ms(percentile(&all, 0.99)),
        Mem::of(server.pid()).map_or("unknown".into(), |m| m.to_string()),
    );
    let mut errors_by_what = probed
        .tally
        .lock()
        .map(|t| t.errors.clone())
        .unwrap_or_default();

    let soak_errors = if length.is_zero() {
        println!("no soak (--minutes 0)");
        0
    } else {
        let rate = capacity * b.load;
        if rate <= 0.0 {
            bail!("the capacity probe measured no answered requests");
        }
        soak(&server, &target, &b, length, rate, &mut errors_by_what).await?
    };

    let log = server.log.lock().map(|l| (l.lines, l.first.clone()));
    if let Ok((lines, first)) = log {
        println!("  server log       {lines} lines at warn or above");
        for l in first {
            println!("    {l}");
        }
    }
    let errors = probe_errors + soak_errors;
    if errors > 0 {
        println!("  errors by kind:");
        for (what, n) in &errors_by_what {
            println!("    {n:>8}  {what}");
        }
        bail!(
            "{errors} errors ({probe_errors} in the capacity probe, {soak_errors} in the soak): the soak failed"
        );
    }
    println!("no errors");
    Ok(())
}

/// Open loop at `rate` requests per second for `length`; prints a line per minute and the
/// summary; the number of errors.
async fn soak(
    server: &Server,
    target: &Arc<Target>,
    b: &SoakBench,
    length: Duration,
    rate: f64,
    errors_by_what: &mut BTreeMap<String, u64>,
) -> anyhow::Result<u64> {
    println!(
        "soak: {:.1} min at {rate:.1} requests/s ({:.0} % of the capacity), at most \
         {MAX_IN_FLIGHT} in flight; server RSS every {} s",
        length.as_secs_f64() / 60.0,
        b.load * 100.0,
        RSS_EVERY.as_secs()
    );
    println!(
        "  {:>6}  {:>9}  {:>6}  {:>9}  {:>9}  {:>24}",
        "minute", "requests", "errors", "p50 ms", "p99 ms", "server RSS (anon.) MB"
    );
    let start = Instant::now();
    let rec = Arc::new(Recorder::new(start, length));
    let rss: Arc<Mutex<Vec<(Duration, Mem)>>> = Arc::default();
    let pid = server.pid();
    // Memory every RSS_EVERY, from the start.
    let sampler = {
        let rss = Arc::clone(&rss);
        tokio::spawn(async move {
            let mut every = tokio::time::interval(RSS_EVERY);
            loop {
                every.tick().await;
                if let (Some(m), Ok(mut v)) = (Mem::of(pid), rss.lock()) {
                    v.push((start.elapsed(), m));
                }
            }
        })
    };
    // The memory last read by the end of bucket `i`.
    let rss_by = |i: usize| -> Option<Mem> {
        let end = BUCKET * (i as u32 + 1) + Duration::from_secs(1);
        let v = rss.lock().ok()?;
        v.iter().rev().find(|(at, _)| *at <= end).map(|(_, m)| *m)
    };
    // A line per full minute as it ends; the last one after the last answers.
    let printed = Arc::new(AtomicUsize::new(0));
    let reporter = {
        let rec = Arc::clone(&rec);
        let rss = Arc::clone(&rss);
        let printed = Arc::clone(&printed);
        tokio::spawn(async move {
            for i in 0..rec.last {
                let end = BUCKET * (i as u32 + 1);
                tokio::time::sleep_until((start + end + Duration::from_millis(300)).into()).await;
                let mem = rss.lock().ok().and_then(|v| v.last().map(|(_, m)| *m));
                println!("{}", rec.line(i, mem));
                printed.store(i + 1, Ordering::SeqCst);
            }
        })
    };

    let in_flight = Arc::new(Semaphore::new(MAX_IN_FLIGHT));
    let mut rng = StdRng::seed_from_u64(b.seed);
    let mut most_in_flight = 0;
    let mut behind = Duration::ZERO;
    let mut sent: u64 = 0;
    loop {
        let due = Duration::from_secs_f64(sent as f64 / rate);
        if due >= length {
            break;
        }
        let due = start + due;
        let now = Instant::now();
        if due > now {
            tokio::time::sleep_until(due.into()).await;
        } else {
            behind = behind.max(now - due);
        }
        let req = target.mix.draw(&mut rng);
        let kind = req.kind();
        match Arc::clone(&in_flight).try_acquire_owned() {
            Ok(permit) => {
                let target = Arc::clone(target);
                let rec = Arc::clone(&rec);
                tokio::spawn(async move {
                    let outcome = target.send(req).await;
                    rec.record(kind, outcome);
                    drop(permit);
                });
            }
            Err(_) => rec.record(
                kind,
                Outcome::Failed(format!(
                    "overload: {MAX_IN_FLIGHT} requests in flight, this one not sent"
                )),
            ),
        }
        most_in_flight = most_in_flight.max(MAX_IN_FLIGHT - in_flight.available_permits());
        sent += 1;
    }
    let offered_secs = start.elapsed().as_secs_f64();
    let end_rss = Mem::of(pid);
    if let (Some(m), Ok(mut v)) = (end_rss, rss.lock()) {
        v.push((start.elapsed(), m));
    }
    // The last answers (every request ends within its timeout).
    let drained = tokio::time::timeout(
        REQUEST_TIMEOUT + Duration::from_secs(5),
        in_flight.acquire_many(MAX_IN_FLIGHT as u32),
    )
    .await;
    if !matches!(drained, Ok(Ok(_))) {
        println!("  (some requests were still in flight at the end)");
    }
    sampler.abort();
    reporter.abort();
    let _ = reporter.await;
    for i in printed.load(Ordering::SeqCst)..=rec.last {
        let mem = if i == rec.last { end_rss } else { rss_by(i) };
        println!("{}", rec.line(i, mem));
    }

    let (requests, errors, all) = rec.totals();
    println!("summary");
    println!(
        "  requests         {requests} in {offered_secs:.1} s ({:.1}/s offered)",
        sent as f64 / offered_secs
    );
    println!("  errors           {errors}");
    println!(
        "  latency          p50 {} ms, p99 {} ms, max {} ms (answered requests; an edit is its save)",
        ms(percentile(&all, 0.50)),
        ms(percentile(&all, 0.99)),
        ms(all.last().copied())
    );
    if let Ok(t) = rec.tally.lock() {
        for kind in Kind::ALL {
            let mut us = t.by_kind.get(&kind).cloned().unwrap_or_default();
            us.sort_unstable();
            println!(
                "    {:<14} {:>8} answered, p50 {} ms, p99 {} ms",
                kind.name(),
                us.len(),
                ms(percentile(&us, 0.50)),
                ms(percentile(&us, 0.99))
            );
        }
        for (what, n) in &t.errors {
            *errors_by_what.entry(what.clone()).or_default() += n;
        }
    }
    let at_start = rss.lock().ok().and_then(|v| v.first().map(|(_, m)| *m));
    let first = rss_by(0).filter(|_| rec.last > 0).or(end_rss);
    match (at_start, first, end_rss) {
        (Some(at_start), Some(first), Some(last)) => {
            let change = |a: f64, b: f64| (b - a) / a * 100.0;
            println!(
                "  server RSS       {:.1} MB at the start, {:.1} MB after the first minute, \
                 {:.1} MB after the last: {:+.1} % since the first minute",
                at_start.rss,
                first.rss,
                last.rss,
                change(first.rss, last.rss)
            );
            println!(
                "    of it anonymous {:.1} MB, {:.1} MB, {:.1} MB: {:+.1} % (the rest: mapped \
                 files, the program's and the search index's)",
                at_start.anon,
                first.anon,
                last.anon,
                change(first.anon, last.anon)
            );
        }
        _ => println!("  server RSS       unknown (no /proc)"),
    }
    if let Ok(v) = rss.lock() {
        let series = |f: fn(&Mem) -> f64| {
            v.iter()
                .map(|(_, m)| format!("{:.0}", f(m)))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let every = RSS_EVERY.as_secs();
        println!("  RSS every {every} s   {} MB", series(|m| m.rss));
        println!("    anonymous      {} MB", series(|m| m.anon));
        // Two readings (first and last minute) can catch a dip; a line through every
        // reading after the first minute says whether memory climbs.
        let after_warmup = |f: fn(&Mem) -> f64| -> Vec<(f64, f64)> {
            v.iter()
                .filter(|(at, _)| *at >= BUCKET)
                .map(|(at, m)| (at.as_secs_f64() / 60.0, f(m)))
                .collect()
        };
        for (what, points) in [
            ("RSS", after_warmup(|m| m.rss)),
            ("anonymous", after_warmup(|m| m.anon)),
        ] {
            if let Some(t) = Trend::of(&points) {
                println!(
                    "  trend of {what:<9} {:+.2} MB per minute after the first minute (least squares over {} readings): {:+.1} % of its mean over {:.1} min",
                    t.mb_per_minute,
                    points.len(),
                    t.growth * 100.0,
                    t.minutes
                );
            }
        }
    }
    println!(
        "  load generator   at most {} ms behind its schedule, at most {most_in_flight} \
         requests in flight",
        behind.as_millis()
    );
    Ok(errors)
}

/// The least-squares line through readings of memory over time.
#[derive(Debug, PartialEq)]
struct Trend {
    mb_per_minute: f64,
    /// What the line climbs from the first reading to the last, as a share of the mean.
    growth: f64,
    minutes: f64,
}

impl Trend {
    /// From (minute, MB) readings; `None` for fewer than three or all at one time.
    fn of(points: &[(f64, f64)]) -> Option<Trend> {
        if points.len() < 3 {
            return None;
        }
        let n = points.len() as f64;
        let mean_x = points.iter().map(|p| p.0).sum::<f64>() / n;
        let mean_y = points.iter().map(|p| p.1).sum::<f64>() / n;
        let sxx: f64 = points.iter().map(|p| (p.0 - mean_x).powi(2)).sum();
        let sxy: f64 = points.iter().map(|p| (p.0 - mean_x) * (p.1 - mean_y)).sum();
        if sxx <= 0.0 || mean_y <= 0.0 {
            return None;
        }
        let slope = sxy / sxx;
        let first = points.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
        let last = points.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
        let minutes = last - first;
        Some(Trend {
            mb_per_minute: slope,
            growth: slope * minutes / mean_y,
            minutes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trend_sees_a_climb_through_the_noise_and_none_in_a_dip() {
        // 200 MB climbing 2 MB a minute, readings alternating 10 MB up and down.
        let climbing: Vec<(f64, f64)> = (0..60)
            .map(|i| {
                let t = f64::from(i) / 6.0;
                let noise = if i % 2 == 0 { 10.0 } else { -10.0 };
                (t, 200.0 + 2.0 * t + noise)
            })
            .collect();
        let t = Trend::of(&climbing).unwrap();
        assert!((t.mb_per_minute - 2.0).abs() < 0.2, "{t:?}");
        assert!((t.growth - 2.0 * t.minutes / 209.8).abs() < 0.01, "{t:?}");
        // Flat with one dip in the middle: no climb.
        let dip: Vec<(f64, f64)> = (0..60)
            .map(|i| (f64::from(i) / 6.0, if i == 30 { 150.0 } else { 200.0 }))
            .collect();
        assert!(Trend::of(&dip).unwrap().mb_per_minute.abs() < 0.05);
        assert_eq!(Trend::of(&climbing[..2]), None);
        assert_eq!(Trend::of(&[(1.0, 5.0), (1.0, 6.0), (1.0, 7.0)]), None);
    }

    #[test]
    fn every_place_is_in_sachsen_anhalt() {
        for p in PLACES {
            let r = beratungsnetz_core::geo::gazetteer()
                .resolve(p)
                .unwrap_or_else(|| panic!("{p} unknown"));
            assert!(
                r.district_code
                    .as_deref()
                    .is_some_and(|d| d.starts_with("15")),
                "{p}: {} in {:?}",
                r.label,
                r.district_code
            );
        }
    }

    #[test]
    fn every_query_but_two_is_understood() {
        let not_terms = ["Suchtberatung", "Schuldnerbertung"];
        for (lang, q) in WORDS {
            assert!(
                beratungsnetz_core::taxonomy::LANGUAGES.contains(lang),
                "{lang}"
            );
            if !not_terms.contains(q) {
                assert!(
                    !beratungsnetz_core::taxonomy::match_terms(q).is_empty(),
                    "{q} is not understood"
                );
            }
        }
    }

    #[test]
    fn a_form_is_read_as_a_browser_submits_it() {
        let html = r#"<form method="post" action="/x/bestaetigen"><input type="hidden" name="csrf" value="c"></form>
<form method="post" action="/x" class="edit" novalidate>
<input type="hidden" name="csrf" value="c&amp;1">
<input type="text" id="name" name="name" value="A &quot;B&quot; &#39;C&#39; &lt;D&gt;" dir="ltr" lang="de" required>
<select id="status" name="status"><option value="active" selected>aktiv</option><option value="inactive">inaktiv</option></select>
<textarea id="d" name="description" rows="6">Zeile 1
Zeile &amp; 2</textarea>
<input type="checkbox" id="k-a" name="kinds" value="kind:a" checked><label>a</label>
<input type="checkbox" id="k-b" name="kinds" value="kind:b"><label>b</label>
<select id="day_0" name="day_0"><option value="">–</option><option value="mo">Mo</option></select>
<input type="time" id="opens_0" name="opens_0" value="">
<input type="checkbox" id="free" name="free" value="1" checked>
<p><button type="submit">Speichern</button></p>
</form>"#;
        let f = form_fields(html, "/x").unwrap();
        let want: Vec<(String, String)> = [
            ("csrf", "c&1"),
            ("name", "A \"B\" 'C' <D>"),
            ("status", "active"),
            ("description", "Zeile 1\nZeile & 2"),
            ("kinds", "kind:a"),
            ("day_0", ""),
            ("opens_0", ""),
            ("free", "1"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(f, want);
        assert!(form_fields(html, "/y").is_err());
    }

    #[test]
    fn a_renamed_service_keeps_its_name() {
        assert_eq!(
            renamed("Schuldnerberatung Halle", 3),
            "Schuldnerberatung Halle · Soak 3"
        );
        assert_eq!(
            renamed("Schuldnerberatung Halle · Soak 3", 4),
            "Schuldnerberatung Halle · Soak 4"
        );
    }

    #[test]
    fn the_mix_is_a_long_tail() {
        let mut mix = Mix {
            base: Url::parse("http://127.0.0.1:1").unwrap(),
            services: (0..200).map(|i| format!("s{i}")).collect(),
            edits: 5,
        };
        let mut rng = StdRng::seed_from_u64(1);
        let mut urls = std::collections::BTreeSet::new();
        let mut kinds: BTreeMap<Kind, usize> = BTreeMap::new();
        for _ in 0..10_000 {
            let r = mix.draw(&mut rng);
            *kinds.entry(r.kind()).or_default() += 1;
            if let Req::Get(Kind::Api, url) = r {
                urls.insert(url.to_string());
            }
        }
        let api = kinds[&Kind::Api];
        assert!((5000..6000).contains(&api), "{kinds:?}");
        assert!((300..700).contains(&kinds[&Kind::Edit]), "{kinds:?}");
        // A long tail: most API searches of 10,000 requests are asked once (the popular
        // ones, without filters on the first page, repeat).
        assert!(urls.len() * 10 > api * 6, "{} of {api}", urls.len());
        // Other shares of edits: none at all, or nothing else.
        for (edits, want) in [(0, 0), (100, 1000)] {
            mix.edits = edits;
            let n = (0..1000)
                .filter(|_| mix.draw(&mut rng).kind() == Kind::Edit)
                .count();
            assert_eq!(n, want, "{edits} %");
        }
        mix.edits = 50;
        let n = (0..1000)
            .filter(|_| mix.draw(&mut rng).kind() == Kind::Edit)
            .count();
        assert!((400..600).contains(&n), "{n}");
    }
}
