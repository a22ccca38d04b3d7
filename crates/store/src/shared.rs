//! SQL both engines speak alike. Each engine module instantiates `engine_common!` for its
//! driver; only what differs (JSON column type, connection, size) lives in the module.

use beratungsnetz_core::hsds::{Entity, Record};
use serde_json::Value;

use crate::columns::{Kind, columns};

/// Rows per multi-row INSERT: stays under SQLite's 32766 and PostgreSQL's 65535 bind
/// parameters whatever the table's width.
pub(crate) fn batch_rows(entity: Entity) -> usize {
    (30_000 / (columns(entity).len() + 2)).clamp(1, 1000)
}

/// The text value of a real column, taken from the record's field of the same name.
pub(crate) fn text_column(record: &Record, column: &str) -> Option<String> {
    match record.fields.get(column)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// `INSERT INTO t (id, c1, c2, data) ` for one table.
pub(crate) fn insert_head(entity: Entity) -> String {
    let cols: String = columns(entity)
        .iter()
        .map(|(c, _)| format!("{c}, "))
        .collect();
    format!("INSERT INTO {} (id, {cols}data) ", entity.table())
}

/// ` ON CONFLICT (id) DO UPDATE SET c1 = excluded.c1, …, data = excluded.data`.
pub(crate) fn upsert_tail(entity: Entity) -> String {
    let sets: String = columns(entity)
        .iter()
        .map(|(c, _)| format!("{c} = excluded.{c}, "))
        .collect();
    format!(" ON CONFLICT (id) DO UPDATE SET {sets}data = excluded.data")
}

pub(crate) fn is_real(kind: Kind) -> bool {
    kind == Kind::Real
}

pub(crate) fn parse_record(entity: Entity, id: String, data: &str) -> crate::Result<Record> {
    let fields = serde_json::from_str(data).map_err(|source| crate::StoreError::Corrupt {
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

/// The [`crate::Store`] implementation, whose SQL both engines share. `$db` is the sqlx
/// driver, `$store` the implementing type (with a `pool` and a `database_size()`),
/// `$json` the cast that makes bound text a JSON value, `$data` the expression that
/// reads the JSON column back as text, and `$lock` a statement that makes writers of the
/// change log take turns (or "").
macro_rules! engine_common {
    ($db:ty, $store:ty, $engine:expr, $json:literal, $data:literal, $lock:literal) => {
        #[async_trait::async_trait]
        impl $crate::Store for $store {
            fn engine(&self) -> $crate::Engine {
                $engine
            }

            async fn ping(&self) -> $crate::Result<()> {
                sqlx::query("SELECT 1").execute(&self.pool).await?;
                Ok(())
            }

            async fn import(
                &self,
                ds: &beratungsnetz_core::hsds::Dataset,
                unresolved: &[beratungsnetz_core::hsds::Unresolved],
                mode: $crate::ImportMode,
            ) -> $crate::Result<$crate::ImportStats> {
                let mut tx = self.pool.begin().await?;
                lock_change_log(&mut tx).await?;
                let stats = import_in_tx(&mut tx, ds, unresolved, mode).await?;
                tx.commit().await?;
                Ok(stats)
            }

            async fn fetch_by(
                &self,
                entity: beratungsnetz_core::hsds::Entity,
                column: &str,
                values: &[String],
            ) -> $crate::Result<Vec<beratungsnetz_core::hsds::Record>> {
                fetch_by_impl(&self.pool, entity, column, values).await
            }

            async fn fetch_all(
                &self,
                entity: beratungsnetz_core::hsds::Entity,
            ) -> $crate::Result<Vec<beratungsnetz_core::hsds::Record>> {
                fetch_all_impl(&self.pool, entity).await
            }

            async fn ids(&self, entity: beratungsnetz_core::hsds::Entity) -> $crate::Result<Vec<String>> {
                let rows: Vec<(String,)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                    "SELECT id FROM {} ORDER BY id",
                    entity.table()
                )))
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(|(id,)| id).collect())
            }

            async fn count(&self, entity: beratungsnetz_core::hsds::Entity) -> $crate::Result<u64> {
                count_impl(&self.pool, entity).await
            }

            async fn services_page(&self, offset: u64, limit: u64) -> $crate::Result<Vec<$crate::ServiceRow>> {
                services_page_impl(&self.pool, offset, limit).await
            }

            async fn latest_change(&self) -> $crate::Result<i64> {
                let (n,): (Option<i64>,) = sqlx::query_as("SELECT MAX(seq) FROM change_log")
                    .fetch_one(&self.pool)
                    .await?;
                Ok(n.unwrap_or(0))
            }

            async fn changes_since(&self, seq: i64, limit: u64) -> $crate::Result<Vec<$crate::Change>> {
                changes_since_impl(&self.pool, seq, limit).await
            }

            async fn apply_edit(&self, edit: &$crate::Edit) -> $crate::Result<()> {
                let mut tx = self.pool.begin().await?;
                lock_change_log(&mut tx).await?;
                for (entity, id) in &edit.deletes {
                    sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {} WHERE id = $1", entity.table())))
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                    sqlx::query("INSERT INTO change_log (entity, entity_id, op) VALUES ($1, $2, 'delete')")
                        .bind(entity.table())
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                }
                for entity in beratungsnetz_core::hsds::Entity::ALL {
                    let records: Vec<&beratungsnetz_core::hsds::Record> = edit
                        .upserts
                        .iter()
                        .filter(|(e, _)| *e == entity)
                        .map(|(_, r)| r)
                        .collect();
                    if !records.is_empty() {
                        insert_records(&mut tx, entity, &records).await?;
                    }
                }
                for id in &edit.services {
                    sqlx::query("INSERT INTO change_log (entity, entity_id, op) VALUES ('service', $1, 'upsert')")
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                }
                for entry in &edit.audit {
                    insert_audit(&mut tx, entry).await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn size_bytes(&self) -> $crate::Result<u64> {
                self.database_size().await
            }
        }

        /// Followers read the change log by position. Where positions are handed out at
        /// insert but become visible at commit (PostgreSQL sequences), writers take turns,
        /// so no entry can appear behind a position a follower has passed.
        async fn lock_change_log(tx: &mut sqlx::Transaction<'_, $db>) -> $crate::Result<()> {
            if !$lock.is_empty() {
                sqlx::query($lock).execute(&mut **tx).await?;
            }
            Ok(())
        }

        async fn insert_records(
            tx: &mut sqlx::Transaction<'_, $db>,
            entity: beratungsnetz_core::hsds::Entity,
            records: &[&beratungsnetz_core::hsds::Record],
        ) -> $crate::Result<()> {
            use $crate::shared::*;
            let cols = $crate::columns::columns(entity);
            let head = insert_head(entity);
            let tail = upsert_tail(entity);
            for chunk in records.chunks(batch_rows(entity)) {
                let mut qb = sqlx::QueryBuilder::<$db>::new(head.as_str());
                qb.push_values(chunk, |mut b, r| {
                    b.push_bind(r.id.clone());
                    for (c, kind) in cols {
                        if is_real(*kind) {
                            b.push_bind(r.f64(c));
                        } else {
                            b.push_bind(text_column(r, c));
                        }
                    }
                    b.push_bind(serde_json::Value::Object(r.fields.clone()).to_string());
                    b.push_unseparated($json);
                });
                qb.push(tail.as_str());
                qb.build().execute(&mut **tx).await?;
            }
            for chunk in records.chunks(5000) {
                let mut qb = sqlx::QueryBuilder::<$db>::new(
                    "INSERT INTO change_log (entity, entity_id, op) ",
                );
                qb.push_values(chunk, |mut b, r| {
                    b.push_bind(entity.table());
                    b.push_bind(r.id.clone());
                    b.push_bind("upsert");
                });
                qb.build().execute(&mut **tx).await?;
            }
            Ok(())
        }

        /// Ids among `ids` that exist in `entity`.
        async fn existing_ids(
            tx: &mut sqlx::Transaction<'_, $db>,
            entity: beratungsnetz_core::hsds::Entity,
            ids: &[String],
        ) -> $crate::Result<std::collections::HashSet<String>> {
            let mut found = std::collections::HashSet::new();
            for chunk in ids.chunks(900) {
                let mut qb = sqlx::QueryBuilder::<$db>::new(format!(
                    "SELECT id FROM {} WHERE id IN (",
                    entity.table()
                ));
                let mut sep = qb.separated(", ");
                for id in chunk {
                    sep.push_bind(id.clone());
                }
                qb.push(")");
                let rows: Vec<(String,)> = qb.build_query_as().fetch_all(&mut **tx).await?;
                found.extend(rows.into_iter().map(|(id,)| id));
            }
            Ok(found)
        }

        /// Rejects the import if a reference resolves neither in the data set nor here.
        async fn check_unresolved(
            tx: &mut sqlx::Transaction<'_, $db>,
            unresolved: &[beratungsnetz_core::hsds::Unresolved],
            replace: bool,
        ) -> $crate::Result<()> {
            use beratungsnetz_core::hsds::{Entity, Rejected};
            if unresolved.is_empty() {
                return Ok(());
            }
            let mut found: std::collections::HashMap<Option<Entity>, std::collections::HashSet<String>> =
                Default::default();
            if !replace {
                let mut wanted: std::collections::HashMap<Option<Entity>, Vec<String>> =
                    Default::default();
                for u in unresolved {
                    wanted.entry(u.target).or_default().push(u.id.clone());
                }
                for (target, ids) in wanted {
                    let mut hits = std::collections::HashSet::new();
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
                .map(|u| u.problem())
                .collect();
            if problems.is_empty() {
                Ok(())
            } else {
                Err(Rejected { problems }.into())
            }
        }

        async fn import_in_tx(
            tx: &mut sqlx::Transaction<'_, $db>,
            ds: &beratungsnetz_core::hsds::Dataset,
            unresolved: &[beratungsnetz_core::hsds::Unresolved],
            mode: $crate::ImportMode,
        ) -> $crate::Result<$crate::ImportStats> {
            use beratungsnetz_core::hsds::Entity;
            let replace = mode == $crate::ImportMode::Replace;
            if replace {
                for e in Entity::ALL {
                    sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {}", e.table())))
                        .execute(&mut **tx)
                        .await?;
                }
                sqlx::query("INSERT INTO change_log (entity, entity_id, op) VALUES ('*', '*', 'reset')")
                    .execute(&mut **tx)
                    .await?;
            }
            check_unresolved(tx, unresolved, replace).await?;
            let mut stats = $crate::ImportStats::default();
            for e in Entity::ALL {
                let records: Vec<_> = ds.records(e).collect();
                insert_records(tx, e, &records).await?;
                stats.records += records.len() as u64;
            }
            stats.services = ds.count(Entity::Service) as u64;
            stats.organizations = ds.count(Entity::Organization) as u64;
            Ok(stats)
        }

        fn select_records(entity: beratungsnetz_core::hsds::Entity) -> String {
            format!("SELECT id, {} AS data FROM {}", $data, entity.table())
        }

        async fn fetch_by_impl(
            pool: &sqlx::Pool<$db>,
            entity: beratungsnetz_core::hsds::Entity,
            column: &str,
            values: &[String],
        ) -> $crate::Result<Vec<beratungsnetz_core::hsds::Record>> {
            // Only known column names reach the SQL text.
            let known = column == "id"
                || $crate::columns::columns(entity).iter().any(|(c, _)| *c == column);
            if !known || values.is_empty() {
                return Ok(Vec::new());
            }
            let mut out = Vec::new();
            for chunk in values.chunks(900) {
                let mut qb = sqlx::QueryBuilder::<$db>::new(select_records(entity));
                qb.push(format!(" WHERE {column} IN ("));
                let mut sep = qb.separated(", ");
                for v in chunk {
                    sep.push_bind(v.clone());
                }
                qb.push(") ORDER BY id");
                let rows: Vec<(String, String)> = qb.build_query_as().fetch_all(pool).await?;
                for (id, data) in rows {
                    out.push($crate::shared::parse_record(entity, id, &data)?);
                }
            }
            Ok(out)
        }

        async fn fetch_all_impl(
            pool: &sqlx::Pool<$db>,
            entity: beratungsnetz_core::hsds::Entity,
        ) -> $crate::Result<Vec<beratungsnetz_core::hsds::Record>> {
            let rows: Vec<(String, String)> =
                sqlx::query_as(sqlx::AssertSqlSafe(format!("{} ORDER BY id", select_records(entity))))
                    .fetch_all(pool)
                    .await?;
            rows.into_iter()
                .map(|(id, data)| $crate::shared::parse_record(entity, id, &data))
                .collect()
        }

        async fn count_impl(
            pool: &sqlx::Pool<$db>,
            entity: beratungsnetz_core::hsds::Entity,
        ) -> $crate::Result<u64> {
            let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {}", entity.table())))
                .fetch_one(pool)
                .await?;
            Ok(n.max(0) as u64)
        }

        async fn services_page_impl(
            pool: &sqlx::Pool<$db>,
            offset: u64,
            limit: u64,
        ) -> $crate::Result<Vec<$crate::ServiceRow>> {
            use beratungsnetz_core::hsds::Entity;
            let sql = format!(
                "SELECT s.id, {sd} AS sdata, o.id AS oid, {od} AS odata, \
                 (SELECT a.city FROM service_at_location sal JOIN address a ON a.location_id = sal.location_id \
                  WHERE sal.service_id = s.id ORDER BY sal.id, a.id LIMIT 1) AS city \
                 FROM service s LEFT JOIN organization o ON o.id = s.organization_id \
                 ORDER BY s.name, s.id LIMIT {limit} OFFSET {offset}",
                sd = $data.replace("data", "s.data"),
                od = $data.replace("data", "o.data"),
            );
            let rows: Vec<(String, String, Option<String>, Option<String>, Option<String>)> =
                sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(pool).await?;
            rows.into_iter()
                .map(|(id, sdata, oid, odata, city)| {
                    let service = $crate::shared::parse_record(Entity::Service, id, &sdata)?;
                    let organization = match (oid, odata) {
                        (Some(oid), Some(odata)) => Some($crate::shared::parse_record(
                            Entity::Organization,
                            oid,
                            &odata,
                        )?),
                        _ => None,
                    };
                    Ok($crate::ServiceRow {
                        service,
                        organization,
                        city,
                    })
                })
                .collect()
        }

        async fn changes_since_impl(
            pool: &sqlx::Pool<$db>,
            seq: i64,
            limit: u64,
        ) -> $crate::Result<Vec<$crate::Change>> {
            let rows: Vec<(i64, String, String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT seq, entity, entity_id, op FROM change_log WHERE seq > {seq} ORDER BY seq LIMIT {limit}"
            )))
            .fetch_all(pool)
            .await?;
            Ok(rows
                .into_iter()
                .map(|(seq, entity, entity_id, op)| $crate::Change {
                    seq,
                    entity,
                    entity_id,
                    op,
                })
                .collect())
        }
    };
}

pub(crate) use engine_common;
