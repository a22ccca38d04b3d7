//! Writing a checked data set: multi-row upserts, references checked against what is
//! stored, and what `--replace` may not remove.

use std::collections::{HashMap, HashSet};

use beratungsnetz_core::hsds::error::{MAX_PROBLEMS, Problems};
use beratungsnetz_core::hsds::ingest::{
    Batch, Ledger, Places, Repeat, duplicate, fields_json, fingerprint, merge_copy,
};
use beratungsnetz_core::hsds::{Dataset, Entity, Problem, Record, Rejected, Unresolved};

use super::columns::{Kind, columns};
use crate::Engine;
use crate::changes;
use crate::sql::{Arg, Exec, Tx, sql};
use crate::{ImportMode, ImportOptions, ImportStats, Result, StoreError};

/// Bound values per multi-row INSERT on SQLite: far under its 32766.
const MAX_BOUND: usize = 4000;

/// SQLite's page cache during an import, in KiB.
const SQLITE_CACHE_KIB: u32 = 256 * 1024;

/// SQLite's page cache otherwise, in KiB: its default.
const SQLITE_DEFAULT_CACHE_KIB: u32 = 2000;

/// Records other features point at, which `import --replace` must not remove: the table,
/// the query of the ids pointed at, and who points at them (for the error).
const REFERENCED: [(Entity, &str, &str); 1] = [(
    Entity::Organization,
    "SELECT DISTINCT organization_id FROM membership WHERE organization_id <> ''",
    "accounts hold roles in it",
)];

/// The text value of a real column, taken from the record's field of the same name.
fn text_column(record: &Record, column: &str) -> Option<String> {
    match record.fields.get(column)? {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Upserts records of one table and logs each in the change log.
pub(crate) async fn insert_records(tx: &Tx, entity: Entity, records: &[&Record]) -> Result<()> {
    let texts: Vec<String> = records.iter().map(|r| fields_json(r)).collect();
    let rows: Vec<Row> = records
        .iter()
        .zip(&texts)
        .map(|(record, json)| Row { record, json })
        .collect();
    insert_rows(tx, entity, &rows, Log::Each, Write::Upsert).await
}

/// How rows go in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Write {
    /// Over a stored record of the same id, if there is one.
    Upsert,
    /// New ids only, into a table that was empty when the import began: an id met twice
    /// is the ledger's to merge or refuse, so no row can conflict, and the database need
    /// not look for one before each insert.
    Insert,
}

/// How a write is told to the change log.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Log {
    /// An entry per record.
    Each,
    /// None: a `reset` entry of the same transaction already tells every follower to
    /// read everything again (an import into an empty directory, or one that replaces it).
    Reset,
}

/// A record to write, with the JSON text it is stored as.
struct Row<'r> {
    record: &'r Record,
    json: &'r str,
}

async fn insert_rows(
    tx: &Tx,
    entity: Entity,
    rows: &[Row<'_>],
    log: Log,
    write: Write,
) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let tail = match write {
        Write::Upsert => upsert_tail(entity),
        Write::Insert => String::new(),
    };
    match tx.engine() {
        Engine::Sqlite => insert_values(tx, entity, rows, &tail).await?,
        Engine::Postgres => insert_arrays(tx, entity, rows, &tail).await?,
    }
    if log == Log::Reset {
        return Ok(());
    }
    let ids: Vec<&str> = rows.iter().map(|r| r.record.id.as_str()).collect();
    changes::append_many(tx, entity.table(), &ids, "upsert").await
}

/// The `ON CONFLICT` clause of an upsert of `entity`: every column takes the new value.
fn upsert_tail(entity: Entity) -> String {
    let sets: String = columns(entity)
        .iter()
        .map(|(c, _)| format!("{c} = excluded.{c}, "))
        .collect();
    format!(" ON CONFLICT (id) DO UPDATE SET {sets}data = excluded.data")
}

/// On PostgreSQL, one statement per table and batch whose parameters are a column each,
/// as arrays (`unnest`): its text is the same for every batch, so it is prepared once,
/// and nothing limits the rows per statement. An import of 100,000 services took 42 s
/// instead of 51 s with multi-row `VALUES` (`bench import`). Unlike `COPY` it can upsert,
/// and it waits for no delayed acknowledgement: sqlx sends a COPY's data and its end as
/// two writes.
async fn insert_arrays(tx: &Tx, entity: Entity, rows: &[Row<'_>], tail: &str) -> Result<()> {
    let cols = columns(entity);
    let names: String = cols.iter().map(|(c, _)| format!("{c}, ")).collect();
    let mut arrays = vec!["$1::text[]".to_string()];
    for (i, (_, kind)) in cols.iter().enumerate() {
        let ty = match kind {
            Kind::Real => "float8",
            Kind::Text => "text",
        };
        arrays.push(format!("${}::{ty}[]", i + 2));
    }
    arrays.push(format!("${}::text[]", cols.len() + 2));
    let mut q = sql(format!(
        "INSERT INTO {table} (id, {names}data) \
         SELECT id, {names}data::json FROM unnest({arrays}) AS r (id, {names}data){tail}",
        table = entity.table(),
        arrays = arrays.join(", "),
    ))
    .bind(Arg::TextArray(
        rows.iter().map(|r| Some(r.record.id.clone())).collect(),
    ));
    for (c, kind) in cols {
        q = q.bind(match kind {
            Kind::Real => Arg::RealArray(rows.iter().map(|r| r.record.f64(c)).collect()),
            Kind::Text => Arg::TextArray(rows.iter().map(|r| text_column(r.record, c)).collect()),
        });
    }
    q = q.bind(Arg::TextArray(
        rows.iter().map(|r| Some(r.json.to_string())).collect(),
    ));
    tx.execute(q).await?;
    Ok(())
}

/// On SQLite, multi-row `VALUES` of at most [`MAX_BOUND`] values each.
async fn insert_values(tx: &Tx, entity: Entity, rows: &[Row<'_>], tail: &str) -> Result<()> {
    let cols = columns(entity);
    let names: String = cols.iter().map(|(c, _)| format!("{c}, ")).collect();
    let head = format!("INSERT INTO {} (id, {names}data) VALUES ", entity.table());
    let json_at = cols.len() + 1;
    let rows_per_insert = (MAX_BOUND / (cols.len() + 2)).clamp(1, 1000);
    for chunk in rows.chunks(rows_per_insert) {
        let mut q = sql(head.as_str());
        for (i, row) in chunk.iter().enumerate() {
            if i > 0 {
                q.push(", ");
            }
            let r = row.record;
            let mut values: Vec<Arg> = Vec::with_capacity(cols.len() + 2);
            values.push(r.id.as_str().into());
            for (c, kind) in cols {
                values.push(match kind {
                    Kind::Real => r.f64(c).into(),
                    Kind::Text => text_column(r, c).into(),
                });
            }
            values.push(row.json.into());
            q.push_tuple_cast(values, json_at, tx.engine().json_param());
        }
        q.push(tail);
        tx.execute(q).await?;
    }
    Ok(())
}

/// Ids among `ids` that exist in `entity`.
async fn existing_ids(tx: &Tx, entity: Entity, ids: &[String]) -> Result<HashSet<String>> {
    let mut q = sql(format!("SELECT id FROM {} WHERE ", entity.table()));
    q.push_any_of(tx.engine(), "id", ids);
    let rows: Vec<(String,)> = tx.fetch_all(q).await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// The references that resolve neither in the input nor here, as problems.
async fn dangling(tx: &Tx, unresolved: Vec<Unresolved>, replace: bool) -> Result<Vec<Problem>> {
    if unresolved.is_empty() {
        return Ok(Vec::new());
    }
    let mut found: HashMap<Option<Entity>, HashSet<String>> = HashMap::new();
    if !replace {
        let mut wanted: HashMap<Option<Entity>, Vec<String>> = HashMap::new();
        for u in &unresolved {
            wanted.entry(u.target).or_default().push(u.id.clone());
        }
        for (target, ids) in wanted {
            let mut hits = HashSet::new();
            match target {
                Some(e) => hits.extend(existing_ids(tx, e, &ids).await?),
                None => {
                    for e in Entity::ALL {
                        hits.extend(existing_ids(tx, e, &ids).await?);
                    }
                }
            }
            found.insert(target, hits);
        }
    }
    Ok(unresolved
        .iter()
        .filter(|u| !found.get(&u.target).is_some_and(|f| f.contains(&u.id)))
        .map(Unresolved::problem)
        .collect())
}

/// Refuses a replacement that would remove records other features point at.
async fn check_kept(tx: &Tx, ledger: &Ledger) -> Result<()> {
    for (entity, query, why) in REFERENCED {
        let rows: Vec<(String,)> = tx.fetch_all(sql(query)).await?;
        let missing: Vec<String> = rows
            .into_iter()
            .map(|(id,)| id)
            .filter(|id| !ledger.contains(entity, id))
            .collect();
        if !missing.is_empty() {
            return Err(StoreError::StillReferenced {
                table: entity.table(),
                ids: missing,
                why,
            });
        }
    }
    Ok(())
}

/// The directory's tables that hold no row.
async fn empty_tables(tx: &Tx) -> Result<Vec<Entity>> {
    let mut empty = Vec::new();
    for e in Entity::ALL {
        let any: Option<(i32,)> = tx
            .fetch_optional(sql(format!("SELECT 1 FROM {} LIMIT 1", e.table())))
            .await?;
        if any.is_none() {
            empty.push(e);
        }
    }
    Ok(empty)
}

/// On SQLite, drops the secondary indexes of the `empty` tables and returns the
/// statements that build them again. Filling a table and then building its indexes
/// sorts each once; keeping them while rows arrive in the input's order (random ids)
/// inserts into every index at a random place per row, and once the indexes outgrow
/// the page cache each such insert reads pages back.
/// The drop is part of the import's transaction, so a failed import leaves the indexes
/// as they were; readers of the database keep reading the last commit meanwhile.
/// PostgreSQL would lock the tables against readers until the commit, so it keeps them.
async fn defer_indexes(tx: &Tx, empty: &[Entity]) -> Result<Vec<String>> {
    if tx.engine() != Engine::Sqlite {
        return Ok(Vec::new());
    }
    let mut rebuild = Vec::new();
    for e in empty {
        // Unique indexes stay: they hold a constraint while the rows arrive.
        let indexes: Vec<(String, String)> = tx
            .fetch_all(
                sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' \
                     AND tbl_name = $1 AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'")
                .bind(e.table()),
            )
            .await?;
        for (name, create) in indexes {
            tx.execute(sql(format!("DROP INDEX \"{name}\""))).await?;
            rebuild.push(create);
        }
    }
    Ok(rebuild)
}

/// After an import has committed, on PostgreSQL: the planner's statistics of the tables
/// it wrote, as PostgreSQL's manual asks after a bulk load. Until autovacuum got to them,
/// the planner judged from the tables' old sizes, and a query for the records of 500
/// services read a whole table each time: exporting 100,000 services would have taken an
/// hour instead of half a minute.
pub(crate) async fn refresh_statistics(pool: &impl Exec) -> Result<()> {
    if pool.engine() != Engine::Postgres {
        return Ok(());
    }
    let tables: Vec<&str> = Entity::ALL.iter().map(|e| e.table()).collect();
    pool.execute(sql(format!("ANALYZE {}", tables.join(", "))))
        .await?;
    Ok(())
}

/// Writes an import as its batches arrive, inside one transaction: each record checked
/// against what the import has seen ([`Ledger`]), repeated copies merged or refused,
/// references checked at the end. Memory holds a batch and the ledger, not the input.
pub(crate) struct Writer<'t> {
    tx: &'t Tx,
    options: ImportOptions,
    /// Indexes set aside while their empty tables fill, built again before the commit.
    deferred: Vec<String>,
    /// How each write is told to the change log.
    log: Log,
    /// The tables that held no row when the import began.
    empty: Vec<Entity>,
    ledger: Ledger,
    places: Places,
    problems: Problems,
    stats: ImportStats,
}

impl<'t> Writer<'t> {
    pub(crate) async fn start(tx: &'t Tx, options: ImportOptions) -> Result<Writer<'t>> {
        if tx.engine() == Engine::Sqlite {
            // Batches touch every table's pages; SQLite's default cache of 2 MB would
            // read them back from the write-ahead log again and again.
            tx.execute(sql(format!("PRAGMA cache_size = -{SQLITE_CACHE_KIB}")))
                .await?;
        }
        if options.mode == ImportMode::Replace {
            for e in Entity::ALL {
                tx.execute(sql(format!("DELETE FROM {}", e.table())))
                    .await?;
            }
        }
        let empty = empty_tables(tx).await?;
        // Into an empty directory (a replacement, or a first import), one `reset` tells
        // every follower all it needs: read everything. An entry per record would only
        // make the change log as long as the directory, and the follower replay it.
        let log = if empty.len() == Entity::ALL.len() {
            changes::append(tx, "*", "*", "reset").await?;
            Log::Reset
        } else {
            Log::Each
        };
        let deferred = defer_indexes(tx, &empty).await?;
        let ledger = Ledger::with_keys(options.declared_keys.clone());
        Ok(Writer {
            tx,
            options,
            deferred,
            log,
            empty,
            ledger,
            places: Places::default(),
            problems: Problems::default(),
            stats: ImportStats::default(),
        })
    }

    /// True once enough problems are known: the rest of the input is not wanted.
    pub(crate) fn full(&self) -> bool {
        self.problems.full()
    }

    pub(crate) async fn take(&mut self, mut batch: Batch) -> Result<()> {
        // Usually done already, on the reader's thread.
        batch.prepare();
        let texts = batch.prepared.take().unwrap_or_default();
        self.problems.0.extend(batch.problems);
        // New records with the JSON text they are stored as.
        let mut fresh: Vec<(Entity, Record, String)> = Vec::with_capacity(batch.records.len());
        let mut repeated: Vec<(Entity, Record)> = Vec::new();
        for ((entity, record), json) in batch.records.into_iter().zip(texts) {
            match self.options.repeat {
                Repeat::Merge => {
                    let tag = fingerprint(&json);
                    match self.ledger.note(entity, &record.id, tag) {
                        None => fresh.push((entity, record, json)),
                        Some(old) if old == tag => {}
                        Some(_) => repeated.push((entity, record)),
                    }
                }
                Repeat::Reject => {
                    let tag = self.places.tag(&record.source);
                    match self.ledger.note(entity, &record.id, tag) {
                        None => fresh.push((entity, record, json)),
                        Some(first) => {
                            // The first row stays the one remembered.
                            self.ledger.note(entity, &record.id, first);
                            let first = self.places.source(first);
                            self.problems.0.push(duplicate(&record, &first));
                        }
                    }
                }
            }
        }
        for (entity, record, _) in &fresh {
            self.ledger.references(*entity, record, &mut self.problems);
        }
        if self.problems.is_empty() {
            // Table by table, parents first, each in the order read.
            fresh.sort_by_key(|(entity, _, _)| *entity);
            for group in fresh.chunk_by(|a, b| a.0 == b.0) {
                let rows: Vec<Row> = group
                    .iter()
                    .map(|(_, record, json)| Row { record, json })
                    .collect();
                self.stats.records += rows.len() as u64;
                let entity = group[0].0;
                let write = if self.empty.contains(&entity) {
                    Write::Insert
                } else {
                    Write::Upsert
                };
                insert_rows(self.tx, entity, &rows, self.log, write).await?;
            }
        }
        for (entity, record) in repeated {
            self.merge(entity, record).await?;
        }
        Ok(())
    }

    /// A record seen before with other fields: merged into the stored copy.
    async fn merge(&mut self, entity: Entity, record: Record) -> Result<()> {
        if !self.problems.is_empty() {
            return Ok(());
        }
        let q = sql(format!(
            "{} WHERE id = $1",
            super::select_records(self.tx, entity)
        ))
        .bind(record.id.as_str());
        let stored: Vec<(String, String)> = self.tx.fetch_all(q).await?;
        let Some((id, data)) = stored.into_iter().next() else {
            return Ok(());
        };
        let mut earlier = super::parse_record(entity, id, &data)?;
        earlier.source = record.source.clone();
        self.ledger.references(entity, &record, &mut self.problems);
        match merge_copy(entity, &mut earlier, record) {
            Ok(true) => {
                let json = fields_json(&earlier);
                self.ledger.note(entity, &earlier.id, fingerprint(&json));
                insert_rows(
                    self.tx,
                    entity,
                    &[Row {
                        record: &earlier,
                        json: &json,
                    }],
                    self.log,
                    Write::Upsert,
                )
                .await?;
            }
            Ok(false) => {}
            Err(p) => self.problems.0.push(p),
        }
        Ok(())
    }

    /// Checks what only the whole input can tell; the transaction commits only if
    /// nothing was found.
    pub(crate) async fn finish(mut self) -> Result<ImportStats> {
        let replace = self.options.mode == ImportMode::Replace;
        if self.problems.is_empty() && replace {
            check_kept(self.tx, &self.ledger).await?;
        }
        let unresolved = self.ledger.unresolved();
        let dangling = dangling(self.tx, unresolved, replace).await?;
        if self.options.allow_dangling {
            self.stats.warnings = dangling;
        } else {
            self.problems.0.extend(dangling);
        }
        if !self.problems.is_empty() {
            self.problems.0.truncate(MAX_PROBLEMS);
            return Err(Rejected {
                problems: self.problems.0,
            }
            .into());
        }
        for index in &self.deferred {
            self.tx.execute(sql(index.as_str())).await?;
        }
        self.stats.services = self.ledger.count(Entity::Service) as u64;
        self.stats.organizations = self.ledger.count(Entity::Organization) as u64;
        Ok(self.stats)
    }
}

/// Ends an import's transaction: gives its SQLite connection the usual page cache back
/// whether the import succeeded or not, then commits what it wrote and refreshes the
/// planner's statistics, or returns the import's own error. The cache setting outlives
/// the transaction: the connection goes back to the pool, and a server that had
/// imported once kept a cache that could grow to 256 MB with the database.
pub(crate) async fn settle(
    pool: &impl Exec,
    tx: Tx,
    written: Result<ImportStats>,
) -> Result<ImportStats> {
    let released = if tx.engine() == Engine::Sqlite {
        tx.execute(sql(format!(
            "PRAGMA cache_size = -{SQLITE_DEFAULT_CACHE_KIB}"
        )))
        .await
        .map(|_| ())
    } else {
        Ok(())
    };
    // The import's error comes first: it names what is wrong with the input.
    let stats = written?;
    released?;
    tx.commit().await?;
    refresh_statistics(pool).await?;
    Ok(stats)
}

/// Writes the batches a reader sends, until it ends or enough problems are known.
pub(crate) async fn write_batches(
    tx: &Tx,
    mut batches: tokio::sync::mpsc::Receiver<Batch>,
    options: ImportOptions,
) -> Result<ImportStats> {
    let mut writer = Writer::start(tx, options).await?;
    while let Some(batch) = batches.recv().await {
        writer.take(batch).await?;
        if writer.full() {
            break;
        }
    }
    // The reader stops when its next batch finds no one listening.
    drop(batches);
    writer.finish().await
}

/// Writes a data set held in memory, through the same checks as a streamed import.
pub(crate) async fn import_dataset(tx: &Tx, ds: &Dataset, mode: ImportMode) -> Result<ImportStats> {
    let mut writer = Writer::start(
        tx,
        ImportOptions {
            mode,
            repeat: Repeat::Merge,
            allow_dangling: false,
            declared_keys: Default::default(),
        },
    )
    .await?;
    let mut batch = Batch::default();
    for e in Entity::ALL {
        for r in ds.records(e) {
            batch.records.push((e, r.clone()));
        }
    }
    writer.take(batch).await?;
    writer.finish().await
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use beratungsnetz_core::hsds::nested::read_document;
    use serde_json::json;

    use super::*;
    use crate::SqliteStore;
    use crate::directory::Directory;
    use crate::sql::Pool;

    /// Every connection the pool holds, with its `PRAGMA cache_size`.
    async fn cache_sizes(pool: &Pool) -> Vec<i64> {
        let Pool::Sqlite(pool) = pool else {
            panic!("a SQLite pool");
        };
        // Held together, so that each is a different connection.
        let mut held = Vec::new();
        for _ in 0..pool.size() {
            held.push(pool.acquire().await.unwrap());
        }
        let mut sizes = Vec::new();
        for conn in &mut held {
            let (size,): (i64,) = sqlx::query_as("PRAGMA cache_size")
                .fetch_one(&mut **conn)
                .await
                .unwrap();
            sizes.push(size);
        }
        sizes
    }

    #[tokio::test]
    async fn an_import_leaves_every_pooled_connection_with_the_usual_page_cache() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("t.db")).await.unwrap();
        let org = "0a5f3c1e-0000-4000-8000-000000000001";
        let good = json!([{"id": "0a5f3c1e-0000-4000-8000-000000000002",
            "name": "Schuldnerberatung", "status": "active",
            "organization": {"id": org, "name": "AWO Halle (Beispiel)", "description": "Beispieldaten"}}]);
        let bad = json!([{"id": "0a5f3c1e-0000-4000-8000-000000000003",
            "name": "Suchtberatung", "status": "active",
            "organization_id": "0a5f3c1e-0000-4000-8000-0000000000ff"}]);
        let good = read_document("good.json", &good, None).unwrap();
        let bad = read_document("bad.json", &bad, None).unwrap();

        store.import(&good, ImportMode::Replace).await.unwrap();
        assert!(store.import(&bad, ImportMode::Merge).await.is_err());
        // The streamed path, failing too.
        let (send, receive) = tokio::sync::mpsc::channel(1);
        let mut batch = Batch::default();
        for e in Entity::ALL {
            batch.records.extend(bad.records(e).map(|r| (e, r.clone())));
        }
        send.send(batch).await.unwrap();
        drop(send);
        let options = ImportOptions {
            mode: ImportMode::Merge,
            repeat: Repeat::Merge,
            allow_dangling: false,
            declared_keys: Default::default(),
        };
        assert!(store.import_stream(receive, options).await.is_err());

        let sizes = cache_sizes(&store.pool).await;
        assert!(!sizes.is_empty());
        let usual = -i64::from(SQLITE_DEFAULT_CACHE_KIB);
        assert!(sizes.iter().all(|s| *s == usual), "{sizes:?}");
        // The first import landed; the failed ones wrote nothing.
        assert_eq!(store.count(Entity::Service).await.unwrap(), 1);
    }
}
