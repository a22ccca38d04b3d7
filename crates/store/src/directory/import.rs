//! Writing a checked data set: multi-row upserts, references checked against what is
//! stored, and what `--replace` may not remove.

use std::collections::{HashMap, HashSet};

use beratungsnetz_core::hsds::{Dataset, Entity, Record, Rejected, Unresolved};

use super::columns::{Kind, columns};
use crate::changes;
use crate::sql::{Arg, Exec, Tx, sql};
use crate::{ImportMode, ImportStats, Result, StoreError};

/// Bound values per multi-row INSERT: under SQLite's 32766 and PostgreSQL's 65535.
const MAX_BOUND: usize = 30_000;

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
    if records.is_empty() {
        return Ok(());
    }
    let cols = columns(entity);
    let names: String = cols.iter().map(|(c, _)| format!("{c}, ")).collect();
    let head = format!("INSERT INTO {} (id, {names}data) VALUES ", entity.table());
    let sets: String = cols
        .iter()
        .map(|(c, _)| format!("{c} = excluded.{c}, "))
        .collect();
    let tail = format!(" ON CONFLICT (id) DO UPDATE SET {sets}data = excluded.data");
    let json_at = cols.len() + 1;
    let rows_per_insert = (MAX_BOUND / (cols.len() + 2)).clamp(1, 1000);
    for chunk in records.chunks(rows_per_insert) {
        let mut q = sql(head.as_str());
        for (i, r) in chunk.iter().enumerate() {
            if i > 0 {
                q.push(", ");
            }
            let mut values: Vec<Arg> = Vec::with_capacity(cols.len() + 2);
            values.push(r.id.as_str().into());
            for (c, kind) in cols {
                values.push(match kind {
                    Kind::Real => r.f64(c).into(),
                    Kind::Text => text_column(r, c).into(),
                });
            }
            values.push(
                serde_json::Value::Object(r.fields.clone())
                    .to_string()
                    .into(),
            );
            q.push_tuple_cast(values, json_at, tx.engine().json_param());
        }
        q.push(&tail);
        tx.execute(q).await?;
    }
    let ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
    changes::append_many(tx, entity.table(), &ids, "upsert").await
}

/// Ids among `ids` that exist in `entity`.
async fn existing_ids(tx: &Tx, entity: Entity, ids: &[String]) -> Result<HashSet<String>> {
    let mut found = HashSet::new();
    for chunk in ids.chunks(super::IN_CHUNK) {
        let mut q = sql(format!("SELECT id FROM {} WHERE id IN ", entity.table()));
        q.push_tuple(chunk);
        let rows: Vec<(String,)> = tx.fetch_all(q).await?;
        found.extend(rows.into_iter().map(|(id,)| id));
    }
    Ok(found)
}

/// Rejects the import if a reference resolves neither in the data set nor here.
async fn check_unresolved(tx: &Tx, unresolved: &[Unresolved], replace: bool) -> Result<()> {
    if unresolved.is_empty() {
        return Ok(());
    }
    let mut found: HashMap<Option<Entity>, HashSet<String>> = HashMap::new();
    if !replace {
        let mut wanted: HashMap<Option<Entity>, Vec<String>> = HashMap::new();
        for u in unresolved {
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
    let problems: Vec<_> = unresolved
        .iter()
        .filter(|u| !found.get(&u.target).is_some_and(|f| f.contains(&u.id)))
        .map(Unresolved::problem)
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Rejected { problems }.into())
    }
}

/// Refuses a replacement that would remove records other features point at.
async fn check_kept(tx: &Tx, ds: &Dataset) -> Result<()> {
    for (entity, query, why) in REFERENCED {
        let rows: Vec<(String,)> = tx.fetch_all(sql(query)).await?;
        let missing: Vec<String> = rows
            .into_iter()
            .map(|(id,)| id)
            .filter(|id| ds.get(entity, id).is_none())
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

pub(crate) async fn import_in_tx(
    tx: &Tx,
    ds: &Dataset,
    unresolved: &[Unresolved],
    mode: ImportMode,
) -> Result<ImportStats> {
    let replace = mode == ImportMode::Replace;
    if replace {
        check_kept(tx, ds).await?;
        for e in Entity::ALL {
            tx.execute(sql(format!("DELETE FROM {}", e.table())))
                .await?;
        }
        changes::append(tx, "*", "*", "reset").await?;
    }
    check_unresolved(tx, unresolved, replace).await?;
    let mut stats = ImportStats::default();
    for e in Entity::ALL {
        let records: Vec<&Record> = ds.records(e).collect();
        insert_records(tx, e, &records).await?;
        stats.records += records.len() as u64;
    }
    stats.services = ds.count(Entity::Service) as u64;
    stats.organizations = ds.count(Entity::Organization) as u64;
    Ok(stats)
}
