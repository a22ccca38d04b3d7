//! `beratungsnetz bench search`: our search index against PostgreSQL full text and SQLite
//! FTS5, on the same generated services and the same fixed query mix, in one run; then
//! HTTP throughput of the real web server against a bare axum handler.

use std::fmt::Write as _;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use beratungsnetz_core::hsds::{self, Entity};
use beratungsnetz_core::{geo, taxonomy};
use beratungsnetz_search::{Near, SearchIndex, SearchRequest, ServiceDoc};
use beratungsnetz_store::ImportMode;
use clap::Args;
use sqlx::{AssertSqlSafe, Connection, Database, Encode, Type};

#[derive(Args)]
pub struct SearchBench {
    /// Number of generated services.
    #[arg(long, default_value_t = 100_000)]
    services: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// PostgreSQL server for the full-text baseline: a throw-away database is created next
    /// to the one named and dropped at the end. Without it, PostgreSQL is skipped.
    #[arg(long, env = "BERATUNGSNETZ_TEST_DATABASE_URL")]
    postgres_url: Option<String>,
    /// Queries through our search in-process (the mix repeated, in whole rounds).
    #[arg(long, default_value_t = 2500)]
    queries: usize,
    /// Queries through each baseline (the mix repeated, in whole rounds).
    #[arg(long, default_value_t = 400)]
    baseline_queries: usize,
    /// Seconds of load per HTTP endpoint (wrk -t2 -c32).
    #[arg(long, default_value_t = 5)]
    http_seconds: u64,
    /// Skip the HTTP part (it imports the services into a SQLite store first).
    #[arg(long)]
    no_http: bool,
    /// Skip PostgreSQL and SQLite.
    #[arg(long)]
    no_baselines: bool,
    /// Keep PostgreSQL's scratch database (to EXPLAIN its queries); its name is printed.
    #[arg(long)]
    keep_postgres: bool,
    /// Measure right after the commit, without waiting for background merges.
    #[arg(long)]
    no_settle: bool,
    /// Also print the median of every query of the mix, per engine.
    #[arg(long)]
    per_query: bool,
    /// Count facets over all matches for every query (as the result page does).
    #[arg(long)]
    facets: bool,
}

const LIMIT: usize = 20;

// ---------------------------------------------------------------------------
// The query mix.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Text,
    TextPlace,
    Place,
    Filter,
    Language,
    Typo,
}

impl Kind {
    const ALL: [Kind; 6] = [
        Kind::Text,
        Kind::TextPlace,
        Kind::Place,
        Kind::Filter,
        Kind::Language,
        Kind::Typo,
    ];

    fn label(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::TextPlace => "text+place",
            Kind::Place => "place",
            Kind::Filter => "filters",
            Kind::Language => "other lang.",
            Kind::Typo => "typos",
        }
    }
}

struct Spec {
    kind: Kind,
    q: &'static str,
    /// PLZ or town, radius in km.
    place: Option<(&'static str, f64)>,
    language: Option<&'static str>,
    free: bool,
}

const fn spec(
    kind: Kind,
    q: &'static str,
    place: Option<(&'static str, f64)>,
    language: Option<&'static str>,
    free: bool,
) -> Spec {
    Spec {
        kind,
        q,
        place,
        language,
        free,
    }
}

const fn text(q: &'static str) -> Spec {
    spec(Kind::Text, q, None, None, false)
}

const fn near(q: &'static str, place: &'static str, km: f64) -> Spec {
    spec(Kind::TextPlace, q, Some((place, km)), None, false)
}

const fn place(place: &'static str, km: f64) -> Spec {
    spec(Kind::Place, "", Some((place, km)), None, false)
}

const fn foreign(q: &'static str, place: Option<(&'static str, f64)>) -> Spec {
    spec(Kind::Language, q, place, None, false)
}

const fn typo(q: &'static str, place: Option<(&'static str, f64)>) -> Spec {
    spec(Kind::Typo, q, place, None, false)
}

/// Fixed and deterministic; the places exist in the generated data (it spans Germany).
const MIX: &[Spec] = &[
    text("Schulden"),
    text("Schuldnerberatung"),
    text("Sucht"),
    text("Suchtberatung"),
    text("Schwangerschaft"),
    text("Schwangerschaftskonfliktberatung"),
    text("Migrationsberatung"),
    text("Sprachkurs"),
    text("Wohnung"),
    text("Gewalt"),
    text("Aufenthaltsrecht"),
    text("Jugendmigrationsdienst"),
    text("Flüchtlingsberatung"),
    text("Familienberatung"),
    near("Schulden", "06108", 25.0),
    near("Sucht", "Magdeburg", 30.0),
    near("Schwangerschaft", "Leipzig", 20.0),
    near("Migrationsberatung", "10115", 10.0),
    near("Wohnung", "München", 15.0),
    near("Sprachkurs", "50667", 20.0),
    near("Schuldnerberatung", "Hamburg", 25.0),
    near("Gewalt", "Dresden", 40.0),
    near("Trauma", "Lutherstadt Wittenberg", 50.0),
    near("Familienberatung", "Erfurt", 30.0),
    near("Suchtberatung", "70173", 10.0),
    near("Aufenthalt", "60311", 15.0),
    place("06108", 10.0),
    place("Magdeburg", 25.0),
    place("10115", 10.0),
    place("Rostock", 50.0),
    place("30159", 20.0),
    place("Nürnberg", 30.0),
    spec(Kind::Filter, "Migrationsberatung", None, Some("ar"), false),
    spec(Kind::Filter, "Schulden", None, None, true),
    spec(
        Kind::Filter,
        "",
        Some(("Halle (Saale)", 30.0)),
        Some("uk"),
        false,
    ),
    spec(Kind::Filter, "", None, Some("fa"), false),
    spec(Kind::Filter, "", Some(("50667", 20.0)), None, true),
    spec(
        Kind::Filter,
        "Sucht",
        Some(("10115", 25.0)),
        Some("ru"),
        false,
    ),
    foreign("debts", None),
    foreign("ديون", None),
    foreign("بدهی", None),
    foreign("борги", None),
    foreign("долги", None),
    foreign("borç", None),
    foreign("pregnancy", None),
    foreign("addiction", None),
    foreign("debts", Some(("06108", 25.0))),
    foreign("ديون", Some(("Magdeburg", 30.0))),
    typo("Schuldnerbertung", None),
    typo("Suchtberatng", None),
    typo("Schwangerschaftsberatug", None),
    typo("Migrationsbertung", Some(("Leipzig", 25.0))),
];

/// One query of the mix, as each engine gets it.
struct Query {
    kind: Kind,
    /// How the report names it.
    label: String,
    req: SearchRequest,
    near: Option<Near>,
    language: Option<String>,
    free: bool,
    /// For the baselines: the words as typed plus the German words of the vocabulary
    /// terms the query is understood as (what our search looks for as well).
    words: Vec<String>,
}

fn today() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| (d.as_secs() / 86_400) as i64)
        .unwrap_or_default()
}

fn push_words(text: &str, out: &mut Vec<String>) {
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        let w = w.to_lowercase();
        if !out.contains(&w) {
            out.push(w);
        }
    }
}

fn resolve_mix() -> anyhow::Result<Vec<Query>> {
    let today = today();
    MIX.iter()
        .map(|s| {
            let near = match s.place {
                Some((p, radius_km)) => {
                    let r = geo::gazetteer()
                        .resolve(p)
                        .with_context(|| format!("the gazetteer does not know {p:?}"))?;
                    Some(Near {
                        lat: r.lat,
                        lon: r.lon,
                        radius_km,
                    })
                }
                None => None,
            };
            let mut words = Vec::new();
            if !s.q.is_empty() {
                push_words(s.q, &mut words);
                for t in taxonomy::match_terms(s.q) {
                    for g in t.german {
                        push_words(g, &mut words);
                    }
                }
            }
            let req = SearchRequest {
                q: s.q.to_string(),
                near,
                languages: s.language.map(str::to_string).into_iter().collect(),
                free: s.free,
                limit: LIMIT,
                today,
                ..SearchRequest::default()
            };
            let mut label = s.q.to_string();
            if let Some((p, km)) = s.place {
                let _ = write!(label, "@{p}/{km}km");
            }
            if let Some(l) = s.language {
                let _ = write!(label, "+{l}");
            }
            if s.free {
                label.push_str("+free");
            }
            Ok(Query {
                kind: s.kind,
                label: label.trim_start_matches('@').to_string(),
                req,
                near,
                language: s.language.map(str::to_string),
                free: s.free,
                words,
            })
        })
        .collect()
}

/// Words of 5 letters or more are searched as prefixes (compounds: "schulden*" does not
/// reach "schuldnerberatung", but "schuldnerberatung*" reaches "…stelle").
fn is_prefix(w: &str) -> bool {
    w.chars().count() >= 5
}

// ---------------------------------------------------------------------------
// Measurements.

struct Measured {
    /// Loading and indexing the data.
    load: Duration,
    lat: Vec<(Kind, Duration)>,
    wall: Duration,
    /// Queries of the mix with at least one hit.
    with_hits: usize,
    /// Indexes into the mix of the queries without any hit.
    misses: Vec<usize>,
    /// Round trip of a trivial statement (the driver's floor).
    floor: Option<Duration>,
    /// Matches of each query of the mix (ours only).
    totals: Vec<u64>,
    note: String,
}

impl Measured {
    fn sorted(&self, kind: Option<Kind>) -> Vec<Duration> {
        let mut v: Vec<Duration> = self
            .lat
            .iter()
            .filter(|(k, _)| kind.is_none_or(|kind| *k == kind))
            .map(|(_, d)| *d)
            .collect();
        v.sort();
        v
    }

    /// Latencies of the `i`-th query of a mix of `n` (the rounds run the mix in order).
    fn of_query(&self, i: usize, n: usize) -> Vec<Duration> {
        let mut v: Vec<Duration> = self
            .lat
            .iter()
            .skip(i)
            .step_by(n.max(1))
            .map(|(_, d)| *d)
            .collect();
        v.sort();
        v
    }

    fn p(&self, q: f64) -> Duration {
        percentile(&self.sorted(None), q)
    }

    fn qps(&self) -> f64 {
        self.lat.len() as f64 / self.wall.as_secs_f64().max(1e-9)
    }
}

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn rounds(total: usize, mix: usize) -> usize {
    total.div_ceil(mix.max(1)).max(1)
}

fn rss_mb() -> Option<(f64, f64)> {
    Some((
        super::status_mb(None, "VmRSS:")?,
        super::status_mb(None, "VmHWM:")?,
    ))
}

/// The generated services as the index sees them; each JSON value is dropped at once.
fn generate_docs(services: usize, seed: u64) -> Vec<ServiceDoc> {
    beratungsnetz_demo::generate::generate(services, seed)
        .filter_map(|v| ServiceDoc::from_nested(&v))
        .collect()
}

/// Documents per `add` while building (as `reindex` does).
const BUILD_BATCH: usize = 2000;

/// CPU time of this process so far, in clock ticks.
fn cpu_ticks() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name (which may hold spaces) start after ')'.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after ')'.
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(utime + stime)
}

/// Waits until the process has used less than 10% of a core for a second (the index's
/// background merges are done), at most `max`.
async fn wait_idle(max: Duration) {
    let start = Instant::now();
    let step = Duration::from_millis(250);
    let mut quiet = 0;
    let Some(mut last) = cpu_ticks() else {
        return;
    };
    while start.elapsed() < max && quiet < 4 {
        tokio::time::sleep(step).await;
        let Some(now) = cpu_ticks() else {
            return;
        };
        // 100 ticks per second: 10% of 250 ms is 2.5 ticks.
        quiet = if now.saturating_sub(last) <= 2 {
            quiet + 1
        } else {
            0
        };
        last = now;
    }
}

fn measure_ours(index: &SearchIndex, mix: &[Query], total: usize) -> anyhow::Result<Measured> {
    let mut misses = Vec::new();
    let mut totals = Vec::new();
    for round in 0..2 {
        for (i, q) in mix.iter().enumerate() {
            let r = index.search(&q.req)?;
            if round == 0 {
                totals.push(r.total);
                if r.hits.is_empty() {
                    misses.push(i);
                }
            }
        }
    }
    let n = rounds(total, mix.len());
    let mut lat = Vec::with_capacity(n * mix.len());
    let start = Instant::now();
    for _ in 0..n {
        for q in mix {
            let t = Instant::now();
            let r = index.search(&q.req)?;
            std::hint::black_box(&r);
            lat.push((q.kind, t.elapsed()));
        }
    }
    Ok(Measured {
        load: Duration::ZERO,
        lat,
        wall: start.elapsed(),
        with_hits: mix.len() - misses.len(),
        misses,
        floor: None,
        totals,
        note: String::new(),
    })
}

// ---------------------------------------------------------------------------
// SQL shared by both baselines.

#[derive(Clone, Debug)]
enum Bind {
    Text(String),
    Float(f64),
    Int(i64),
}

#[derive(Default, Clone)]
struct Sql {
    sql: String,
    binds: Vec<Bind>,
}

impl Sql {
    /// A new numbered parameter (`$n`, understood by PostgreSQL and SQLite alike).
    fn param(&mut self, b: Bind) -> String {
        self.binds.push(b);
        format!("${}", self.binds.len())
    }
}

fn bound<'a, DB: Database>(sql: &Sql) -> sqlx::query::Query<'a, DB, DB::Arguments>
where
    String: for<'t> Encode<'t, DB> + Type<DB>,
    f64: for<'t> Encode<'t, DB> + Type<DB>,
    i64: for<'t> Encode<'t, DB> + Type<DB>,
{
    let mut q = sqlx::query(AssertSqlSafe(sql.sql.clone()));
    for b in &sql.binds {
        q = match b {
            Bind::Text(s) => q.bind(s.clone()),
            Bind::Float(f) => q.bind(*f),
            Bind::Int(i) => q.bind(*i),
        };
    }
    q
}

/// Degrees of latitude and longitude that a radius spans at a latitude.
fn degrees(n: &Near) -> (f64, f64) {
    let dlat = n.radius_km / 111.195;
    let dlon = n.radius_km / (111.195 * n.lat.to_radians().cos().max(0.01));
    (dlat, dlon)
}

async fn run_baseline<C>(
    conn: &mut C,
    sqls: &[(Kind, Sql)],
    total: usize,
    mut exec: impl AsyncFnMut(&mut C, &Sql) -> anyhow::Result<usize>,
) -> anyhow::Result<(Vec<(Kind, Duration)>, Duration, Vec<usize>)> {
    let mut misses = Vec::new();
    for (i, (_, sql)) in sqls.iter().enumerate() {
        if exec(conn, sql).await? == 0 {
            misses.push(i);
        }
    }
    let n = rounds(total, sqls.len());
    let mut lat = Vec::with_capacity(n * sqls.len());
    let start = Instant::now();
    for _ in 0..n {
        for (kind, sql) in sqls {
            let t = Instant::now();
            exec(conn, sql).await?;
            lat.push((*kind, t.elapsed()));
        }
    }
    Ok((lat, start.elapsed(), misses))
}

async fn floor<C>(
    conn: &mut C,
    mut exec: impl AsyncFnMut(&mut C, &Sql) -> anyhow::Result<usize>,
) -> anyhow::Result<Duration> {
    let one = Sql {
        sql: "SELECT 1".into(),
        binds: Vec::new(),
    };
    let mut v = Vec::new();
    for _ in 0..200 {
        let t = Instant::now();
        exec(conn, &one).await?;
        v.push(t.elapsed());
    }
    v.sort();
    Ok(percentile(&v, 0.5))
}

// ---------------------------------------------------------------------------
// PostgreSQL: tsvector (german) + GIN, earthdistance (or point + bounding box) + GiST.

#[derive(Clone, Copy, PartialEq)]
enum PgGeo {
    Earth,
    Box,
}

/// Text format of COPY: backslash, tab, newline and carriage return escaped.
fn copy_field(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

fn pg_near(sql: &mut Sql, n: &Near, geo: PgGeo) -> (String, String) {
    let lat = sql.param(Bind::Float(n.lat));
    let lon = sql.param(Bind::Float(n.lon));
    match geo {
        PgGeo::Earth => {
            let m = sql.param(Bind::Float(n.radius_km * 1000.0));
            let dist =
                format!("earth_distance(ll_to_earth({lat}, {lon}), ll_to_earth(p.lat, p.lon))");
            (
                format!(
                    "earth_box(ll_to_earth({lat}, {lon}), {m}) @> ll_to_earth(p.lat, p.lon) AND {dist} <= {m}"
                ),
                dist,
            )
        }
        PgGeo::Box => {
            let km = sql.param(Bind::Float(n.radius_km));
            let (dlat, dlon) = degrees(n);
            let dlat = sql.param(Bind::Float(dlat));
            let dlon = sql.param(Bind::Float(dlon));
            let dist = format!(
                "(2 * 6371.0088 * asin(sqrt(power(sin(radians(p.lat - {lat}) / 2), 2) \
                 + cos(radians({lat})) * cos(radians(p.lat)) * power(sin(radians(p.lon - {lon}) / 2), 2))))"
            );
            (
                format!(
                    "p.pt <@ box(point({lon} - {dlon}, {lat} - {dlat}), point({lon} + {dlon}, {lat} + {dlat})) AND {dist} <= {km}"
                ),
                dist,
            )
        }
    }
}

fn pg_sql(q: &Query, geo: PgGeo) -> Sql {
    let mut sql = Sql::default();
    let filters = |sql: &mut Sql| {
        let mut f = String::new();
        if let Some(l) = &q.language {
            let p = sql.param(Bind::Text(l.clone()));
            let _ = write!(f, " AND s.languages @> ARRAY[{p}]::text[]");
        }
        if q.free {
            f.push_str(" AND s.free");
        }
        f
    };
    if !q.words.is_empty() {
        let tsquery: Vec<String> = q
            .words
            .iter()
            .map(|w| {
                if is_prefix(w) {
                    format!("{w}:*")
                } else {
                    w.clone()
                }
            })
            .collect();
        let p = sql.param(Bind::Text(tsquery.join(" | ")));
        let mut s =
            format!("SELECT s.id FROM service s, to_tsquery('german', {p}) q WHERE s.tsv @@ q");
        s.push_str(&filters(&mut sql));
        if let Some(n) = &q.near {
            let (cond, _) = pg_near(&mut sql, n, geo);
            let _ = write!(
                s,
                " AND s.id IN (SELECT p.service_id FROM place p WHERE {cond} \
                 UNION ALL SELECT id FROM service WHERE statewide)"
            );
        }
        let _ = write!(s, " ORDER BY ts_rank_cd(s.tsv, q) DESC LIMIT {LIMIT}");
        sql.sql = s;
    } else if let Some(n) = &q.near {
        let (cond, dist) = pg_near(&mut sql, n, geo);
        let f = filters(&mut sql);
        let join = if f.is_empty() {
            ""
        } else {
            " JOIN service s ON s.id = p.service_id"
        };
        sql.sql = format!(
            "SELECT x.id FROM (\
             SELECT p.service_id AS id, min({dist}) AS d FROM place p{join} WHERE {cond}{f} \
             GROUP BY p.service_id \
             UNION ALL SELECT s.id, NULL::float8 FROM service s WHERE s.statewide{f}\
             ) x ORDER BY x.d NULLS LAST LIMIT {LIMIT}"
        );
    } else {
        let f = filters(&mut sql);
        sql.sql = format!("SELECT s.id FROM service s WHERE true{f} LIMIT {LIMIT}");
    }
    sql
}

async fn postgres(
    base: &str,
    docs: &[ServiceDoc],
    mix: &[Query],
    total: usize,
    keep: bool,
) -> anyhow::Result<Measured> {
    let url = beratungsnetz_store::scratch::create_database(base, "benchsearch").await?;
    let result = postgres_in(&url, docs, mix, total).await;
    if keep {
        println!("  PostgreSQL scratch database kept: {url}");
        return result;
    }
    // The scratch database goes, whatever happened.
    let name = url
        .rsplit('/')
        .next()
        .and_then(|s| s.split('?').next())
        .unwrap_or_default()
        .to_string();
    if name.starts_with("bn_benchsearch_") {
        match sqlx::PgConnection::connect(base).await {
            Ok(mut conn) => {
                let drop = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                if let Err(e) = sqlx::query(AssertSqlSafe(drop)).execute(&mut conn).await {
                    eprintln!("warning: cannot drop the scratch database {name}: {e}");
                }
            }
            Err(e) => eprintln!("warning: cannot drop the scratch database {name}: {e}"),
        }
    }
    result
}

async fn pg_exec(conn: &mut sqlx::PgConnection, sql: &Sql) -> anyhow::Result<usize> {
    let rows = bound::<sqlx::Postgres>(sql).fetch_all(&mut *conn).await?;
    Ok(rows.len())
}

async fn postgres_in(
    url: &str,
    docs: &[ServiceDoc],
    mix: &[Query],
    total: usize,
) -> anyhow::Result<Measured> {
    use sqlx::Row;
    let mut conn = sqlx::PgConnection::connect(url).await?;
    sqlx::query("SET client_min_messages TO warning")
        .execute(&mut conn)
        .await?;
    let version: String = sqlx::query("SHOW server_version")
        .fetch_one(&mut conn)
        .await?
        .try_get(0)?;
    let started = Instant::now();
    let geo = if sqlx::query("CREATE EXTENSION IF NOT EXISTS earthdistance CASCADE")
        .execute(&mut conn)
        .await
        .is_ok()
    {
        PgGeo::Earth
    } else {
        PgGeo::Box
    };
    sqlx::query(
        "CREATE TABLE service (
            id text PRIMARY KEY,
            name text NOT NULL,
            body text NOT NULL,
            statewide boolean NOT NULL,
            free boolean NOT NULL,
            languages text[] NOT NULL,
            tsv tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('german', name), 'A') ||
                setweight(to_tsvector('german', body), 'B')) STORED)",
    )
    .execute(&mut conn)
    .await?;
    sqlx::query(
        "CREATE TABLE place (service_id text NOT NULL, lat float8 NOT NULL, lon float8 NOT NULL, pt point NOT NULL)",
    )
    .execute(&mut conn)
    .await?;
    // Bulk load with COPY, indexes afterwards, then ANALYZE ("Populating a Database").
    for chunk in docs.chunks(10_000) {
        let mut buf = String::new();
        for d in chunk {
            copy_field(&d.id, &mut buf);
            buf.push('\t');
            copy_field(&d.name, &mut buf);
            buf.push('\t');
            copy_field(&d.text, &mut buf);
            let _ = writeln!(
                buf,
                "\t{}\t{}\t{{{}}}",
                if d.statewide { 't' } else { 'f' },
                if d.free { 't' } else { 'f' },
                d.languages.join(",")
            );
        }
        let mut copy = conn
            .copy_in_raw("COPY service (id, name, body, statewide, free, languages) FROM STDIN")
            .await?;
        copy.send(buf.into_bytes()).await?;
        copy.finish().await?;
        let mut buf = String::new();
        for d in chunk {
            for p in &d.places {
                copy_field(&d.id, &mut buf);
                let _ = writeln!(buf, "\t{}\t{}\t({},{})", p.lat, p.lon, p.lon, p.lat);
            }
        }
        let mut copy = conn
            .copy_in_raw("COPY place (service_id, lat, lon, pt) FROM STDIN")
            .await?;
        copy.send(buf.into_bytes()).await?;
        copy.finish().await?;
    }
    let mut ddl = vec![
        "SET maintenance_work_mem = '256MB'",
        "CREATE INDEX service_tsv ON service USING gin (tsv)",
        "CREATE INDEX service_languages ON service USING gin (languages)",
        "CREATE INDEX service_statewide ON service (id) WHERE statewide",
        "CREATE INDEX place_service ON place (service_id)",
    ];
    ddl.push(match geo {
        PgGeo::Earth => "CREATE INDEX place_earth ON place USING gist (ll_to_earth(lat, lon))",
        PgGeo::Box => "CREATE INDEX place_pt ON place USING gist (pt)",
    });
    ddl.push("ANALYZE");
    for s in ddl {
        sqlx::query(s).execute(&mut conn).await?;
    }
    let load = started.elapsed();

    let sqls: Vec<(Kind, Sql)> = mix.iter().map(|q| (q.kind, pg_sql(q, geo))).collect();
    let (lat, wall, misses) = run_baseline(&mut conn, &sqls, total, pg_exec).await?;
    let floor = floor(&mut conn, pg_exec).await?;
    conn.close().await?;
    Ok(Measured {
        load,
        lat,
        wall,
        with_hits: mix.len() - misses.len(),
        misses,
        floor: Some(floor),
        totals: Vec::new(),
        note: format!(
            "PostgreSQL {} ({})",
            version.split_whitespace().next().unwrap_or_default(),
            match geo {
                PgGeo::Earth => "earthdistance",
                PgGeo::Box => "point+GiST box",
            }
        ),
    })
}

// ---------------------------------------------------------------------------
// SQLite: FTS5 (unicode61, diacritics removed) + R*Tree, WAL, in a temporary file.

fn fts_query(words: &[String]) -> String {
    words
        .iter()
        .map(|w| {
            let quoted = format!("\"{}\"", w.replace('"', "\"\""));
            if is_prefix(w) {
                format!("{quoted}*")
            } else {
                quoted
            }
        })
        .collect::<Vec<_>>()
        .join(" OR ")
}

/// Bounding box (R*Tree) and the exact great-circle test, with sines and cosines stored
/// per place (SQLite's bundled build has no trigonometric functions): returns the
/// condition and the expression of cos(central angle), larger is nearer.
fn sqlite_near(sql: &mut Sql, n: &Near) -> (String, String) {
    let (dlat, dlon) = degrees(n);
    let s = sql.param(Bind::Float(n.lat - dlat));
    let nn = sql.param(Bind::Float(n.lat + dlat));
    let w = sql.param(Bind::Float(n.lon - dlon));
    let e = sql.param(Bind::Float(n.lon + dlon));
    let (lat, lon) = (n.lat.to_radians(), n.lon.to_radians());
    let sin_lat = sql.param(Bind::Float(lat.sin()));
    let cos_lat = sql.param(Bind::Float(lat.cos()));
    let sin_lon = sql.param(Bind::Float(lon.sin()));
    let cos_lon = sql.param(Bind::Float(lon.cos()));
    let min_cos = sql.param(Bind::Float((n.radius_km / 6371.0088).cos()));
    let cosc = format!(
        "({sin_lat} * p.sin_lat + {cos_lat} * p.cos_lat * ({cos_lon} * p.cos_lon + {sin_lon} * p.sin_lon))"
    );
    (
        format!(
            "p.max_lat >= {s} AND p.min_lat <= {nn} AND p.max_lon >= {w} AND p.min_lon <= {e} AND {cosc} >= {min_cos}"
        ),
        cosc,
    )
}

fn sqlite_sql(q: &Query) -> Sql {
    let mut sql = Sql::default();
    let filters = |sql: &mut Sql| {
        let mut f = String::new();
        if let Some(l) = &q.language {
            let p = sql.param(Bind::Text(l.clone()));
            let _ = write!(
                f,
                " AND EXISTS (SELECT 1 FROM lang l WHERE l.code = {p} AND l.svc = s.rid)"
            );
        }
        if q.free {
            f.push_str(" AND s.free");
        }
        f
    };
    if !q.words.is_empty() {
        let p = sql.param(Bind::Text(fts_query(&q.words)));
        let mut s = format!(
            "SELECT s.id FROM fts CROSS JOIN svc s ON s.rid = fts.rowid WHERE fts MATCH {p}"
        );
        s.push_str(&filters(&mut sql));
        if let Some(n) = &q.near {
            let (cond, _) = sqlite_near(&mut sql, n);
            let _ = write!(
                s,
                " AND (s.statewide OR s.rid IN (SELECT p.svc FROM place p WHERE {cond}))"
            );
        }
        let _ = write!(s, " ORDER BY bm25(fts, 2.0, 1.0) LIMIT {LIMIT}");
        sql.sql = s;
    } else if let Some(n) = &q.near {
        let (cond, cosc) = sqlite_near(&mut sql, n);
        let f = filters(&mut sql);
        sql.sql = format!(
            "SELECT s.id FROM (\
             SELECT p.svc AS rid, max({cosc}) AS c FROM place p WHERE {cond} GROUP BY p.svc \
             UNION ALL SELECT rid, -2.0 FROM svc WHERE statewide\
             ) x JOIN svc s ON s.rid = x.rid WHERE 1{f} ORDER BY x.c DESC LIMIT {LIMIT}"
        );
    } else {
        let f = filters(&mut sql);
        sql.sql = format!("SELECT s.id FROM svc s WHERE 1{f} LIMIT {LIMIT}");
    }
    sql
}

async fn sqlite_exec(conn: &mut sqlx::SqliteConnection, sql: &Sql) -> anyhow::Result<usize> {
    let rows = bound::<sqlx::Sqlite>(sql).fetch_all(&mut *conn).await?;
    Ok(rows.len())
}

/// Multi-row INSERTs of `cols` columns, in one statement per `batch` rows.
async fn insert_rows(
    conn: &mut sqlx::SqliteConnection,
    into: &str,
    cols: usize,
    rows: &[Vec<Bind>],
    batch: usize,
) -> anyhow::Result<()> {
    for chunk in rows.chunks(batch) {
        let mut sql = Sql {
            sql: format!("INSERT INTO {into} VALUES "),
            binds: Vec::with_capacity(chunk.len() * cols),
        };
        for (i, row) in chunk.iter().enumerate() {
            sql.sql.push_str(if i == 0 { "(" } else { ", (" });
            for (j, b) in row.iter().enumerate() {
                if j > 0 {
                    sql.sql.push_str(", ");
                }
                let p = sql.param(b.clone());
                sql.sql.push_str(&p);
            }
            sql.sql.push(')');
        }
        bound::<sqlx::Sqlite>(&sql).execute(&mut *conn).await?;
    }
    Ok(())
}

async fn sqlite(docs: &[ServiceDoc], mix: &[Query], total: usize) -> anyhow::Result<Measured> {
    use sqlx::ConnectOptions;
    use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
    let dir = tempfile::tempdir()?;
    let mut conn = SqliteConnectOptions::new()
        .filename(dir.path().join("fts.db"))
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .connect()
        .await?;
    let version: (String,) = sqlx::query_as("SELECT sqlite_version()")
        .fetch_one(&mut conn)
        .await?;
    let started = Instant::now();
    for s in [
        "CREATE TABLE svc (rid INTEGER PRIMARY KEY, id TEXT NOT NULL, statewide INTEGER NOT NULL, free INTEGER NOT NULL)",
        "CREATE VIRTUAL TABLE fts USING fts5(name, text, tokenize = 'unicode61 remove_diacritics 2')",
        "CREATE TABLE lang (code TEXT NOT NULL, svc INTEGER NOT NULL, PRIMARY KEY (code, svc)) WITHOUT ROWID",
        "CREATE VIRTUAL TABLE place USING rtree(id, min_lat, max_lat, min_lon, max_lon, \
         +svc INTEGER, +sin_lat REAL, +cos_lat REAL, +sin_lon REAL, +cos_lon REAL)",
        "BEGIN",
    ] {
        sqlx::query(s).execute(&mut conn).await?;
    }
    let mut svc = Vec::with_capacity(docs.len());
    let mut fts = Vec::with_capacity(docs.len());
    let mut lang = Vec::new();
    let mut place = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        let rid = i as i64 + 1;
        svc.push(vec![
            Bind::Int(rid),
            Bind::Text(d.id.clone()),
            Bind::Int(i64::from(d.statewide)),
            Bind::Int(i64::from(d.free)),
        ]);
        fts.push(vec![
            Bind::Int(rid),
            Bind::Text(d.name.clone()),
            Bind::Text(d.text.clone()),
        ]);
        for l in &d.languages {
            lang.push(vec![Bind::Text(l.clone()), Bind::Int(rid)]);
        }
        for p in &d.places {
            let (lat, lon) = (p.lat.to_radians(), p.lon.to_radians());
            place.push(vec![
                Bind::Int(place.len() as i64 + 1),
                Bind::Float(p.lat),
                Bind::Float(p.lat),
                Bind::Float(p.lon),
                Bind::Float(p.lon),
                Bind::Int(rid),
                Bind::Float(lat.sin()),
                Bind::Float(lat.cos()),
                Bind::Float(lon.sin()),
                Bind::Float(lon.cos()),
            ]);
        }
    }
    insert_rows(&mut conn, "svc (rid, id, statewide, free)", 4, &svc, 500).await?;
    insert_rows(&mut conn, "fts (rowid, name, text)", 3, &fts, 300).await?;
    insert_rows(&mut conn, "lang (code, svc)", 2, &lang, 1000).await?;
    insert_rows(&mut conn, "place", 10, &place, 300).await?;
    drop((svc, fts, lang, place));
    for s in [
        "COMMIT",
        "CREATE INDEX svc_statewide ON svc (statewide)",
        "INSERT INTO fts (fts) VALUES ('optimize')",
        "ANALYZE",
        "PRAGMA wal_checkpoint(TRUNCATE)",
    ] {
        sqlx::query(s).execute(&mut conn).await?;
    }
    let load = started.elapsed();
    let size = std::fs::metadata(dir.path().join("fts.db"))
        .map(|m| m.len())
        .unwrap_or(0);

    let sqls: Vec<(Kind, Sql)> = mix.iter().map(|q| (q.kind, sqlite_sql(q))).collect();
    let (lat, wall, misses) = run_baseline(&mut conn, &sqls, total, sqlite_exec).await?;
    let floor = floor(&mut conn, sqlite_exec).await?;
    conn.close().await?;
    Ok(Measured {
        load,
        lat,
        wall,
        with_hits: mix.len() - misses.len(),
        misses,
        floor: Some(floor),
        totals: Vec::new(),
        note: format!("SQLite {} ({} MB file)", version.0, size / 1_000_000),
    })
}

// ---------------------------------------------------------------------------
// HTTP: the real router against a bare axum handler, under wrk on loopback.

enum Http {
    Skipped(String),
    Done {
        store_import: Duration,
        path: String,
        fallback: bool,
        /// The same URL again and again: answered from the minute's cache.
        ours: Wrk,
        /// The same with the cache off: every request searches.
        uncached: Wrk,
        bare: Wrk,
        request_log: bool,
    },
}

struct Wrk {
    rps: f64,
    errors: u64,
}

fn have_wrk() -> bool {
    std::process::Command::new("wrk")
        .arg("--version")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok()
}

async fn wrk(url: String, seconds: u64) -> anyhow::Result<Wrk> {
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new("wrk")
            .args(["-t2", "-c32", &format!("-d{seconds}s"), &url])
            .output()
    })
    .await??;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let value = |prefix: &str| -> Option<&str> {
        stdout
            .lines()
            .map(str::trim)
            .find(|l| l.starts_with(prefix))
            .map(|l| l.trim_start_matches(prefix).trim())
    };
    let Some(rps) = value("Requests/sec:").and_then(|v| v.parse::<f64>().ok()) else {
        bail!(
            "wrk gave no figure: {}{}",
            stdout,
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let errors = value("Non-2xx or 3xx responses:")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    Ok(Wrk { rps, errors })
}

/// Status code of a plain GET.
async fn status(addr: std::net::SocketAddr, path: String) -> anyhow::Result<u16> {
    tokio::task::spawn_blocking(move || -> anyhow::Result<u16> {
        use std::io::{Read, Write};
        let mut s = std::net::TcpStream::connect(addr)?;
        s.set_read_timeout(Some(Duration::from_secs(30)))?;
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        )?;
        let mut head = Vec::new();
        s.read_to_end(&mut head)?;
        let text = String::from_utf8_lossy(&head);
        text.split_whitespace()
            .nth(1)
            .and_then(|c| c.parse().ok())
            .context("no HTTP status line")
    })
    .await?
}

/// The same services in a SQLite store, imported in slices (the full 100k at once needs
/// gigabytes for the flat data set).
async fn import_store(
    store: &dyn beratungsnetz_store::Store,
    services: usize,
    seed: u64,
) -> anyhow::Result<()> {
    let mut stream = beratungsnetz_demo::generate::generate(services, seed).peekable();
    let mut first = true;
    while stream.peek().is_some() {
        let slice: Vec<serde_json::Value> = stream.by_ref().take(5_000).collect();
        let ds = hsds::nested::read_document(
            "generated",
            &serde_json::Value::Array(slice),
            Some(Entity::Service),
        )?;
        let mode = if first {
            ImportMode::Replace
        } else {
            ImportMode::Merge
        };
        store.import(&ds, mode).await?;
        first = false;
    }
    Ok(())
}

async fn http(b: &SearchBench, search: Arc<SearchIndex>) -> anyhow::Result<Http> {
    use axum::routing::get;
    if !have_wrk() {
        return Ok(Http::Skipped(
            "wrk not found; install it with: sudo apt-get install -y wrk".into(),
        ));
    }
    let dir = tempfile::tempdir()?;
    let store = beratungsnetz_store::open(None, dir.path()).await?;
    let t = Instant::now();
    import_store(store.as_ref(), b.services, b.seed).await?;
    let store_import = t.elapsed();

    let state = beratungsnetz_web::AppState::new(store, search);
    let mut uncached_state = state.clone();
    uncached_state.config = Arc::new(beratungsnetz_web::Config {
        search_cache: false,
        ..beratungsnetz_web::Config::default()
    });
    let app = beratungsnetz_web::router(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let uncached_app = beratungsnetz_web::router(uncached_state);
    let uncached_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let uncached_addr = uncached_listener.local_addr()?;
    let uncached_server =
        tokio::spawn(async move { axum::serve(uncached_listener, uncached_app).await });

    let bare_app = axum::Router::new().route(
        "/",
        get(|| async { axum::Json(serde_json::json!({"status": "ok"})) }),
    );
    let bare_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let bare_addr = bare_listener.local_addr()?;
    let bare_server = tokio::spawn(async move { axum::serve(bare_listener, bare_app).await });

    let result = async {
        let mut path = "/api/v1/search?q=Schulden&near=06108&radius_km=25".to_string();
        let mut fallback = false;
        if status(addr, path.clone()).await? != 200 {
            path = "/api/v1/services?per_page=20".into();
            fallback = true;
            let code = status(addr, path.clone()).await?;
            if code != 200 {
                bail!("GET {path} answered {code}");
            }
        }
        let bare = wrk(format!("http://{bare_addr}/"), b.http_seconds).await?;
        let ours = wrk(format!("http://{addr}{path}"), b.http_seconds).await?;
        let uncached = wrk(format!("http://{uncached_addr}{path}"), b.http_seconds).await?;
        Ok(Http::Done {
            store_import,
            path,
            fallback,
            ours,
            uncached,
            bare,
            request_log: tracing::enabled!(
                target: "tower_http::trace::on_response",
                tracing::Level::INFO
            ),
        })
    }
    .await;
    server.abort();
    uncached_server.abort();
    bare_server.abort();
    result
}

// ---------------------------------------------------------------------------
// The run and the report.

fn ms(d: Duration) -> String {
    let us = d.as_secs_f64() * 1e6;
    if us < 1000.0 {
        format!("{us:.0} µs")
    } else {
        format!("{:.2} ms", us / 1000.0)
    }
}

fn verdict(ok: bool) -> &'static str {
    if ok { "met" } else { "MISSED" }
}

pub async fn run(b: SearchBench) -> anyhow::Result<()> {
    let mut mix = resolve_mix()?;
    // With --facets every query also counts the facets over all its matches, as the
    // result page and /api/v1/search do; without, only the top hits are ranked.
    for q in &mut mix {
        q.req.facets = b.facets;
    }
    let per_kind: Vec<String> = Kind::ALL
        .iter()
        .map(|k| {
            let n = mix.iter().filter(|q| q.kind == *k).count();
            format!("{n} {}", k.label())
        })
        .collect();
    println!(
        "bench search: {} services, seed {}; mix of {} queries ({}), top {LIMIT}",
        b.services,
        b.seed,
        mix.len(),
        per_kind.join(", ")
    );

    // 1. Our index, in memory, built the way `reindex` builds it: documents added in
    // batches, one commit at the end. No more than one batch of JSON or documents is held.
    let rss_start = rss_mb();
    let index = Arc::new(SearchIndex::in_memory()?);
    let (mut t_docs, mut t_add) = (Duration::ZERO, Duration::ZERO);
    let mut n_docs = 0;
    let mut stream = beratungsnetz_demo::generate::generate(b.services, b.seed).peekable();
    while stream.peek().is_some() {
        let t = Instant::now();
        let batch: Vec<ServiceDoc> = stream
            .by_ref()
            .take(BUILD_BATCH)
            .filter_map(|v| ServiceDoc::from_nested(&v))
            .collect();
        t_docs += t.elapsed();
        n_docs += batch.len();
        let t = Instant::now();
        index.add(&batch)?;
        t_add += t.elapsed();
    }
    let t = Instant::now();
    index.apply(&[], &[], 1)?;
    let t_build = t_add + t.elapsed();
    let rss = rss_mb();
    // Background merges run after the commit; a serving node commits again with its next
    // change and then searches the merged segments. Wait for them, then commit.
    let settle = if b.no_settle {
        None
    } else {
        let t = Instant::now();
        wait_idle(Duration::from_secs(60)).await;
        index.apply(&[], &[], 2)?;
        // As `reindex` ends: one segment.
        index.merge_all()?;
        Some(t.elapsed())
    };
    let segments = index.segments();
    // What `reindex` takes: generating stands in for reading the store; the merge into
    // one segment belongs to the build.
    let pipeline = t_docs + t_build + settle.unwrap_or_default();
    println!(
        "  index build: generate → ServiceDoc → index, batches of {BUILD_BATCH}, merged: {:.1} s for {n_docs} documents",
        pipeline.as_secs_f64()
    );
    println!(
        "    (generating {:.1} s; waiting on the indexer's add+commit {:.1} s){}   target ≤ 20 s  {}",
        t_docs.as_secs_f64(),
        t_build.as_secs_f64(),
        match settle {
            Some(d) => format!(
                "; merges settled and merged into {segments} segment(s) {:.1} s",
                d.as_secs_f64()
            ),
            None => String::new(),
        },
        verdict(pipeline.as_secs_f64() <= 20.0)
    );
    match (rss, rss_start) {
        (Some((rss, peak)), Some((start, _))) => println!(
            "  RSS after build: {rss:.0} MB (at start {start:.0} MB, peak {peak:.0} MB)   target ≤ 400 MB  {}",
            verdict(rss <= 400.0)
        ),
        _ => println!("  RSS after build: unknown (no /proc/self/status)"),
    }

    // 2. Ours, in-process, one thread.
    let ours = measure_ours(&index, &mix, b.queries)?;

    // 3. The baselines, on the same documents.
    let docs = generate_docs(b.services, b.seed);
    let pg = match &b.postgres_url {
        Some(url) if !b.no_baselines => {
            Some(postgres(url, &docs, &mix, b.baseline_queries, b.keep_postgres).await)
        }
        _ => None,
    };
    let lite = if b.no_baselines {
        Err(anyhow::anyhow!("skipped (--no-baselines)"))
    } else {
        sqlite(&docs, &mix, b.baseline_queries)
            .await
            .context("failed")
    };
    drop(docs);

    // 4. HTTP.
    let http = if b.no_http {
        Ok(Http::Skipped("--no-http".into()))
    } else {
        http(&b, index.clone()).await
    };

    // 5. Report.
    println!();
    println!(
        "  {:<34} {:>9} {:>9} {:>9} {:>8} {:>6} {:>8}",
        "engine (one thread, sequential)", "load+idx", "p50", "p99", "QPS", "hits", "floor"
    );
    let row = |name: &str, m: &Measured| {
        println!(
            "  {:<34} {:>7.1} s {:>9} {:>9} {:>8.0} {:>3}/{:<2} {:>8}",
            name,
            m.load.as_secs_f64(),
            ms(m.p(0.5)),
            ms(m.p(0.99)),
            m.qps(),
            m.with_hits,
            mix.len(),
            m.floor.map(ms).unwrap_or_else(|| "-".into())
        );
    };
    let ours_row = Measured {
        load: pipeline,
        ..ours
    };
    row("ours: tantivy, in-process", &ours_row);
    let ours = ours_row;
    let ours_m = &ours;
    let mut baselines: Vec<(&str, &Measured, f64)> = Vec::new();
    match &pg {
        Some(Ok(m)) => {
            row("PostgreSQL tsvector+GIN, GiST", m);
            baselines.push(("PostgreSQL", m, 10.0));
        }
        Some(Err(e)) => println!("  PostgreSQL: failed: {e:#}"),
        None if b.no_baselines => println!("  PostgreSQL: skipped (--no-baselines)"),
        None => println!("  PostgreSQL: skipped (give --postgres-url postgres://…)"),
    }
    match &lite {
        Ok(m) => {
            row("SQLite FTS5 + R*Tree (WAL file)", m);
            baselines.push(("SQLite FTS5", m, 3.0));
        }
        Err(e) => println!("  SQLite FTS5: {e:#}"),
    }
    println!(
        "  ours: {} queries ({} rounds); baselines: {} rounds each; floor = p50 of SELECT 1",
        ours.lat.len(),
        rounds(b.queries, mix.len()),
        rounds(b.baseline_queries, mix.len())
    );
    println!(
        "  target ours: p50 ≤ 0.3 ms {}, p99 ≤ 3 ms {}",
        verdict(ours.p(0.5) <= Duration::from_micros(300)),
        verdict(ours.p(0.99) <= Duration::from_millis(3))
    );
    for (name, m, target) in &baselines {
        let speedup = m.p(0.5).as_secs_f64() / ours.p(0.5).as_secs_f64().max(1e-12);
        println!(
            "  {name} median / ours median = {speedup:.1}×   (target ≥ {target}×: {});  QPS ours/{name} = {:.1}×",
            verdict(speedup >= *target),
            ours.qps() / m.qps().max(1e-12)
        );
    }

    println!();
    let mut head = format!("  {:<12} {:>10} {:>10}", "p50 by kind", "ours", "ours p99");
    for (name, _, _) in &baselines {
        let _ = write!(
            head,
            " {:>12}",
            name.split_whitespace().next().unwrap_or(name)
        );
    }
    println!("{head}");
    for k in Kind::ALL {
        let sorted = ours.sorted(Some(k));
        let mut line = format!(
            "  {:<12} {:>10} {:>10}",
            k.label(),
            ms(percentile(&sorted, 0.5)),
            ms(percentile(&sorted, 0.99))
        );
        for (_, m, _) in &baselines {
            let _ = write!(line, " {:>12}", ms(percentile(&m.sorted(Some(k)), 0.5)));
        }
        println!("{line}");
    }

    if b.per_query {
        println!();
        let mut head = format!(
            "  {:<40} {:>8} {:>10}",
            "median per query", "matches", "ours"
        );
        for (name, _, _) in &baselines {
            let _ = write!(
                head,
                " {:>12}",
                name.split_whitespace().next().unwrap_or(name)
            );
        }
        println!("{head}");
        for (i, q) in mix.iter().enumerate() {
            let mut line = format!(
                "  {:<40} {:>8} {:>10}",
                q.label,
                ours.totals.get(i).copied().unwrap_or_default(),
                ms(percentile(&ours.of_query(i, mix.len()), 0.5))
            );
            for (_, m, _) in &baselines {
                let _ = write!(
                    line,
                    " {:>12}",
                    ms(percentile(&m.of_query(i, mix.len()), 0.5))
                );
            }
            println!("{line}");
        }
    }

    println!();
    match http {
        Ok(Http::Done {
            store_import,
            path,
            fallback,
            ours,
            uncached,
            bare,
            request_log,
        }) => {
            let ratio = ours.rps / bare.rps.max(1e-9);
            let uncached_ratio = uncached.rps / bare.rps.max(1e-9);
            println!(
                "  HTTP, wrk -t2 -c32 -d{}s on loopback (server and wrk share the cores; request log {}):",
                b.http_seconds,
                if request_log { "on" } else { "off" }
            );
            let errors = |w: &Wrk| {
                if w.errors > 0 {
                    format!(" ({} non-2xx)", w.errors)
                } else {
                    String::new()
                }
            };
            println!(
                "    GET {path:<52} {:>8.0} req/s  the same URL again and again: from the minute's cache{}",
                ours.rps,
                errors(&ours)
            );
            println!(
                "    GET {path:<52} {:>8.0} req/s  cache off: every request searches (with facets){}",
                uncached.rps,
                errors(&uncached)
            );
            println!(
                "    GET / (bare axum handler, small JSON)                    {:>8.0} req/s",
                bare.rps
            );
            println!(
                "    ratio {:.1}% from the cache, {:.1}% searching   target ≥ 50%  {} / {}   (store: {n_docs} services imported into SQLite in {:.0} s)",
                ratio * 100.0,
                uncached_ratio * 100.0,
                verdict(ratio >= 0.5),
                verdict(uncached_ratio >= 0.5),
                store_import.as_secs_f64()
            );
            if !fallback && let Some(i) = mix.iter().position(|q| q.label == "Schulden@06108/25km")
            {
                let in_process = percentile(&ours_m.of_query(i, mix.len()), 0.5);
                println!(
                    "    the same query in-process ({}): p50 {}; HTTP over 2 cores: {} per request searching, {} from the cache (bare: {})",
                    if b.facets { "with facets" } else { "no facets" },
                    ms(in_process),
                    ms(Duration::from_secs_f64(2.0 / uncached.rps.max(1e-9))),
                    ms(Duration::from_secs_f64(2.0 / ours.rps.max(1e-9))),
                    ms(Duration::from_secs_f64(2.0 / bare.rps.max(1e-9)))
                );
            }
            if fallback {
                println!(
                    "    note: /api/v1/search is not served yet; measured /api/v1/services?per_page=20 instead"
                );
            }
        }
        Ok(Http::Skipped(why)) => println!("  HTTP: skipped: {why}"),
        Err(e) => println!("  HTTP: failed: {e:#}"),
    }
    println!();
    println!(
        "  notes: baselines get the same words as ours (query words + German words of the vocabulary terms, OR);"
    );
    println!(
        "  words of ≥ 5 letters as prefixes (FTS5 has no German stemmer: prefixes stand in for it; PostgreSQL"
    );
    println!(
        "  stems with its german configuration and gets the same prefixes); neither has typo tolerance. Ours"
    );
    if b.facets {
        println!(
            "  also counts the total and the facets of every query (--facets); baselines only fetch the top {LIMIT} ids."
        );
    } else {
        println!(
            "  also counts the total of every query (facets: add --facets); baselines only fetch the top {LIMIT} ids."
        );
    }
    let mut engines: Vec<(&str, &Measured)> = vec![("ours", &ours)];
    engines.extend(baselines.iter().map(|(name, m, _)| (*name, *m)));
    for (name, m) in engines {
        if !m.misses.is_empty() {
            let names: Vec<&str> = m
                .misses
                .iter()
                .filter_map(|i| mix.get(*i).map(|q| q.label.as_str()))
                .collect();
            println!("  no hits, {name}: {}", names.join(", "));
        }
    }
    let notes: Vec<&str> = baselines.iter().map(|(_, m, _)| m.note.as_str()).collect();
    println!("  {}", notes.join("; "));
    Ok(())
}
