//! The change log: every write of the directory (and of the vocabulary) appends an entry
//! (position, table, id, operation) in its own transaction, and every node's search index
//! follows it by position.

use crate::Result;
use crate::sql::{Exec, Tx, sql};

/// One entry of the change log.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Change {
    pub seq: i64,
    pub entity: String,
    pub entity_id: String,
    pub op: String,
}

/// Entries per multi-row insert: some 500 bound values, as the directory's inserts.
const BATCH: usize = 160;

/// Appends one entry (`op`: `upsert`, `delete` or `reset`).
pub(crate) async fn append(tx: &Tx, entity: &str, id: &str, op: &str) -> Result<()> {
    append_many(tx, entity, &[id], op).await
}

/// Appends one entry per id.
pub(crate) async fn append_many(tx: &Tx, entity: &str, ids: &[&str], op: &str) -> Result<()> {
    for chunk in ids.chunks(BATCH) {
        let mut q = sql("INSERT INTO change_log (entity, entity_id, op) VALUES ");
        for (i, id) in chunk.iter().enumerate() {
            if i > 0 {
                q.push(", ");
            }
            q.push_tuple([entity, id, op]);
        }
        tx.execute(q).await?;
    }
    Ok(())
}

/// The newest position (0 when empty).
pub(crate) async fn latest(db: &impl Exec) -> Result<i64> {
    let (n,): (Option<i64>,) = db.fetch_one(sql("SELECT MAX(seq) FROM change_log")).await?;
    Ok(n.unwrap_or(0))
}

/// The position of the last entry for one record, or of the last `reset` if that is
/// newer: an import that replaces the directory logs one `reset`, not every record it
/// writes (0 when none).
pub(crate) async fn version(db: &impl Exec, entity: &str, id: &str) -> Result<i64> {
    let (n,): (Option<i64>,) = db
        .fetch_one(
            sql("SELECT MAX(m) FROM (\
                 SELECT MAX(seq) AS m FROM change_log WHERE entity = $1 AND entity_id = $2 \
                 UNION ALL SELECT MAX(seq) AS m FROM change_log WHERE op = 'reset') AS v")
            .bind(entity)
            .bind(id),
        )
        .await?;
    Ok(n.unwrap_or(0))
}

/// Entries after `seq`, oldest first.
pub(crate) async fn since(db: &impl Exec, seq: i64, limit: u64) -> Result<Vec<Change>> {
    db.fetch_all(
        sql("SELECT seq, entity, entity_id, op FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2")
            .bind(seq)
            .bind(i64::try_from(limit).unwrap_or(i64::MAX)),
    )
    .await
}
