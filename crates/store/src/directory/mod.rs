//! The directory: the HSDS tables. Each has real columns for what features query or join
//! on ([`columns`]) and keeps the whole record, extension fields included, as JSON in
//! `data`, so import and export are lossless.

pub mod columns;
mod graph;
mod import;
mod page;

use async_trait::async_trait;
use beratungsnetz_core::hsds::ingest::Batch;
use beratungsnetz_core::hsds::{Dataset, Entity, Record};

pub use graph::{organizations_graph, records_below, service_graph, services_graph};
pub use page::Filter;

use crate::audit::insert_audit;
use crate::changes::{self, Change};
use crate::sql::{Exec, sql};
use crate::{ImportMode, ImportOptions, ImportStats, Result, SqlStore, StoreError};

/// A service as a list shows it.
#[derive(Clone, Debug)]
pub struct ServiceRow {
    pub service: Record,
    pub organization: Option<Record>,
    pub city: Option<String>,
}

/// A change made through the editing forms: written in one transaction with its audit
/// entries, and logged so every node's search index follows.
#[derive(Clone, Debug, Default)]
pub struct Edit {
    pub upserts: Vec<(Entity, Record)>,
    pub deletes: Vec<(Entity, String)>,
    /// Services whose documents the change touches; logged as changed themselves, so a
    /// deleted child record still reaches its service's document.
    pub services: Vec<String>,
    pub audit: Vec<crate::audit::AuditEntry>,
    /// Records the editor saw, at the version they saw them ([`Directory::version`]):
    /// if one has changed since, nothing is written and the edit fails with
    /// [`StoreError::Conflict`]. Checked inside the write, so two saves of the same
    /// version cannot both succeed.
    pub expect: Vec<(Entity, String, i64)>,
}

#[async_trait]
pub trait Directory: Send + Sync {
    /// Writes a data set in one transaction: all of it or nothing. It is checked as a
    /// streamed import is; references it does not satisfy must exist in the database.
    async fn import(&self, ds: &Dataset, mode: ImportMode) -> Result<ImportStats>;

    /// Writes an import as its batches arrive, in one transaction: all of it or nothing
    /// ([`StoreError::Rejected`] names the problems). Memory holds a batch and some bytes
    /// per record, not the input. Dropping the receiver tells the reader to stop.
    async fn import_stream(
        &self,
        batches: tokio::sync::mpsc::Receiver<Batch>,
        options: ImportOptions,
    ) -> Result<ImportStats>;

    /// Records of `entity` whose `column` (`id` or one of its [`columns`]) is one of
    /// `values`; any other column is an error.
    async fn fetch_by(
        &self,
        entity: Entity,
        column: &str,
        values: &[String],
    ) -> Result<Vec<Record>>;

    /// Several [`Directory::fetch_by`] in one statement: the records of each ask, in the
    /// order of the asks, each ordered by id. A page that needs a dozen tables waits for
    /// the database once instead of a dozen times.
    async fn fetch_each(&self, asks: &[Ask<'_>]) -> Result<Vec<Vec<Record>>>;

    /// The ids of one table, ordered.
    async fn ids(&self, entity: Entity) -> Result<Vec<String>>;

    /// Every record of one table, ordered by id.
    async fn fetch_all(&self, entity: Entity) -> Result<Vec<Record>>;

    /// Up to `limit` records of one table whose id comes after `after` (from the start
    /// without it), ordered by id: a whole table read in bounded pieces.
    async fn records_after(
        &self,
        entity: Entity,
        after: Option<&str>,
        limit: u64,
    ) -> Result<Vec<Record>>;

    /// Up to `limit` ids of one table after `after`, ordered: what [`Directory::records_after`]
    /// pages through, without reading the records.
    async fn ids_after(
        &self,
        entity: Entity,
        after: Option<&str>,
        limit: u64,
    ) -> Result<Vec<String>>;

    async fn count(&self, entity: Entity) -> Result<u64>;

    /// The records of one table that match every filter: how many, and one window of them
    /// (by name where the table has names, then by id).
    async fn records_page(
        &self,
        entity: Entity,
        filters: &[Filter],
        offset: u64,
        limit: u64,
    ) -> Result<(u64, Vec<Record>)>;

    /// One page of services ordered by name, with their organization and a town.
    async fn services_page(&self, offset: u64, limit: u64) -> Result<Vec<ServiceRow>>;

    /// The newest change-log position (0 when empty).
    async fn latest_change(&self) -> Result<i64>;

    /// Change-log entries after `seq`, oldest first.
    async fn changes_since(&self, seq: i64, limit: u64) -> Result<Vec<Change>>;

    /// Writes an edit: all of it, its change-log entries and its audit entries, or nothing.
    async fn apply_edit(&self, edit: &Edit) -> Result<()>;

    /// The version of a record: the change-log position of its last write (for a service,
    /// also of any write to what belongs to it); 0 for a record never written. Read it
    /// before the record itself, so a form never carries a newer version than its data.
    async fn version(&self, entity: Entity, id: &str) -> Result<i64>;
}

/// One question of [`Directory::fetch_each`]: the records of `entity` whose `column`
/// (`id` or one of its [`columns`]) is one of `values`.
#[derive(Clone, Copy, Debug)]
pub struct Ask<'a> {
    pub entity: Entity,
    pub column: &'a str,
    pub values: &'a [String],
}

impl<'a> Ask<'a> {
    pub fn new(entity: Entity, column: &'a str, values: &'a [String]) -> Ask<'a> {
        Ask {
            entity,
            column,
            values,
        }
    }
}

/// `SELECT id, data FROM table`, with the JSON column read as text.
fn select_records(db: &impl Exec, entity: Entity) -> String {
    format!(
        "SELECT id, {} AS data FROM {}",
        db.engine().json_text("data"),
        entity.table()
    )
}

/// A stored record from its id and JSON text.
pub(crate) fn parse_record(entity: Entity, id: String, data: &str) -> Result<Record> {
    let fields = serde_json::from_str(data).map_err(|source| StoreError::Corrupt {
        entity,
        id: id.clone(),
        source,
    })?;
    Ok(Record {
        id,
        fields,
        source: beratungsnetz_core::hsds::Source {
            file: "database".into(),
            at: beratungsnetz_core::hsds::error::At::Internal,
        },
    })
}

fn parse_rows(entity: Entity, rows: Vec<(String, String)>) -> Result<Vec<Record>> {
    rows.into_iter()
        .map(|(id, data)| parse_record(entity, id, &data))
        .collect()
}

#[async_trait]
impl Directory for SqlStore {
    async fn import(&self, ds: &Dataset, mode: ImportMode) -> Result<ImportStats> {
        let tx = self.pool.begin().await?;
        tx.lock_change_log().await?;
        let written = import::import_dataset(&tx, ds, mode).await;
        import::settle(&self.pool, tx, written).await
    }

    async fn import_stream(
        &self,
        batches: tokio::sync::mpsc::Receiver<Batch>,
        options: ImportOptions,
    ) -> Result<ImportStats> {
        let tx = self.pool.begin().await?;
        tx.lock_change_log().await?;
        let written = import::write_batches(&tx, batches, options).await;
        import::settle(&self.pool, tx, written).await
    }

    async fn fetch_by(
        &self,
        entity: Entity,
        column: &str,
        values: &[String],
    ) -> Result<Vec<Record>> {
        let mut each = self.fetch_each(&[Ask::new(entity, column, values)]).await?;
        Ok(each.pop().unwrap_or_default())
    }

    async fn fetch_each(&self, asks: &[Ask<'_>]) -> Result<Vec<Vec<Record>>> {
        let engine = self.pool.engine();
        let mut q: Option<crate::sql::Sql> = None;
        for (i, ask) in asks.iter().enumerate() {
            // Only known column names reach the SQL text.
            let column = page::checked(ask.entity, ask.column, None)?;
            if ask.values.is_empty() {
                continue;
            }
            let q = match &mut q {
                Some(q) => q.push(" UNION ALL "),
                None => q.insert(sql(String::new())),
            };
            // The ask's number says which list a row answers.
            q.push(&format!(
                "SELECT CAST({i} AS BIGINT) AS ask, id, {} AS data FROM {} WHERE ",
                engine.json_text("data"),
                ask.entity.table()
            ))
            .push_any_of(engine, column, ask.values);
        }
        let mut out: Vec<Vec<Record>> = asks.iter().map(|_| Vec::new()).collect();
        let Some(q) = q else {
            return Ok(out);
        };
        let rows: Vec<(i64, String, String)> = self.pool.fetch_all(q).await?;
        for (i, id, data) in rows {
            let at = usize::try_from(i).ok();
            let (Some(ask), Some(list)) = (
                at.and_then(|i| asks.get(i)),
                at.and_then(|i| out.get_mut(i)),
            ) else {
                continue;
            };
            list.push(parse_record(ask.entity, id, &data)?);
        }
        for list in &mut out {
            list.sort_by(|a, b| a.id.cmp(&b.id));
        }
        Ok(out)
    }

    async fn ids(&self, entity: Entity) -> Result<Vec<String>> {
        let rows: Vec<(String,)> = self
            .pool
            .fetch_all(sql(format!(
                "SELECT id FROM {} ORDER BY id",
                entity.table()
            )))
            .await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    async fn fetch_all(&self, entity: Entity) -> Result<Vec<Record>> {
        let q = sql(format!(
            "{} ORDER BY id",
            select_records(&self.pool, entity)
        ));
        parse_rows(entity, self.pool.fetch_all(q).await?)
    }

    async fn records_after(
        &self,
        entity: Entity,
        after: Option<&str>,
        limit: u64,
    ) -> Result<Vec<Record>> {
        let mut q = sql(select_records(&self.pool, entity));
        if let Some(after) = after {
            q.push(" WHERE id > ").push_bind(after.to_string());
        }
        q.push(" ORDER BY id LIMIT ")
            .push_bind(i64::try_from(limit).unwrap_or(i64::MAX));
        parse_rows(entity, self.pool.fetch_all(q).await?)
    }

    async fn ids_after(
        &self,
        entity: Entity,
        after: Option<&str>,
        limit: u64,
    ) -> Result<Vec<String>> {
        let mut q = sql(format!("SELECT id FROM {}", entity.table()));
        if let Some(after) = after {
            q.push(" WHERE id > ").push_bind(after.to_string());
        }
        q.push(" ORDER BY id LIMIT ")
            .push_bind(i64::try_from(limit).unwrap_or(i64::MAX));
        let rows: Vec<(String,)> = self.pool.fetch_all(q).await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    async fn count(&self, entity: Entity) -> Result<u64> {
        let (n,): (i64,) = self
            .pool
            .fetch_one(sql(format!("SELECT COUNT(*) FROM {}", entity.table())))
            .await?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    async fn records_page(
        &self,
        entity: Entity,
        filters: &[Filter],
        offset: u64,
        limit: u64,
    ) -> Result<(u64, Vec<Record>)> {
        let mut count = sql(format!("SELECT COUNT(*) FROM {}", entity.table()));
        page::push_where(entity, filters, &mut count)?;
        let (n,): (i64,) = self.pool.fetch_one(count).await?;
        let total = u64::try_from(n).unwrap_or(0);
        // Past the end there is nothing to read; this also keeps huge offsets away from SQL.
        if offset >= total || limit == 0 {
            return Ok((total, Vec::new()));
        }
        let mut q = sql(select_records(&self.pool, entity));
        page::push_where(entity, filters, &mut q)?;
        q.push(page::order_by(entity))
            .push(" LIMIT ")
            .push_bind(i64::try_from(limit).unwrap_or(i64::MAX))
            .push(" OFFSET ")
            .push_bind(i64::try_from(offset).unwrap_or(i64::MAX));
        Ok((total, parse_rows(entity, self.pool.fetch_all(q).await?)?))
    }

    async fn services_page(&self, offset: u64, limit: u64) -> Result<Vec<ServiceRow>> {
        let engine = self.pool.engine();
        let q = sql(format!(
            "SELECT s.id, {sd} AS sdata, o.id AS oid, {od} AS odata, \
             (SELECT a.city FROM service_at_location sal JOIN address a ON a.location_id = sal.location_id \
              WHERE sal.service_id = s.id ORDER BY sal.id, a.id LIMIT 1) AS city \
             FROM service s LEFT JOIN organization o ON o.id = s.organization_id \
             ORDER BY s.name, s.id LIMIT $1 OFFSET $2",
            sd = engine.json_text("s.data"),
            od = engine.json_text("o.data"),
        ))
        .bind(i64::try_from(limit).unwrap_or(i64::MAX))
        .bind(i64::try_from(offset).unwrap_or(i64::MAX));
        type Line = (
            String,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
        );
        let rows: Vec<Line> = self.pool.fetch_all(q).await?;
        rows.into_iter()
            .map(|(id, sdata, oid, odata, city)| {
                let service = parse_record(Entity::Service, id, &sdata)?;
                let organization = match (oid, odata) {
                    (Some(oid), Some(odata)) => {
                        Some(parse_record(Entity::Organization, oid, &odata)?)
                    }
                    _ => None,
                };
                Ok(ServiceRow {
                    service,
                    organization,
                    city,
                })
            })
            .collect()
    }

    async fn latest_change(&self) -> Result<i64> {
        changes::latest(&self.pool).await
    }

    async fn changes_since(&self, seq: i64, limit: u64) -> Result<Vec<Change>> {
        changes::since(&self.pool, seq, limit).await
    }

    async fn apply_edit(&self, edit: &Edit) -> Result<()> {
        let tx = self.pool.begin().await?;
        tx.lock_change_log().await?;
        // Under the change-log lock no other edit writes until this one ends.
        for (entity, id, seen) in &edit.expect {
            if changes::version(&tx, entity.table(), id).await? != *seen {
                return Err(StoreError::Conflict(format!(
                    "{entity} `{id}` was changed by someone else"
                )));
            }
            // A new version even when only records belonging to it change.
            changes::append(&tx, entity.table(), id, "upsert").await?;
        }
        for (entity, id) in &edit.deletes {
            tx.execute(sql(format!("DELETE FROM {} WHERE id = $1", entity.table())).bind(id))
                .await?;
            changes::append(&tx, entity.table(), id, "delete").await?;
        }
        for entity in Entity::ALL {
            let records: Vec<&Record> = edit
                .upserts
                .iter()
                .filter(|(e, _)| *e == entity)
                .map(|(_, r)| r)
                .collect();
            import::insert_records(&tx, entity, &records).await?;
        }
        let services: Vec<&str> = edit.services.iter().map(String::as_str).collect();
        changes::append_many(&tx, "service", &services, "upsert").await?;
        for entry in &edit.audit {
            insert_audit(&tx, entry).await?;
        }
        tx.commit().await
    }

    async fn version(&self, entity: Entity, id: &str) -> Result<i64> {
        changes::version(&self.pool, entity.table(), id).await
    }
}
