//! Reports at rest: the population figures a coordinator uploaded in place of the
//! shipped ones (the rules and the shipped figures live in
//! `beratungsnetz_core::reports::population`), and the facts the referral figures count.

use async_trait::async_trait;
use beratungsnetz_core::reports::population::{DistrictPopulation, Figures};
use beratungsnetz_core::reports::referrals::Fact;

use crate::audit::{AuditEntry, insert_audit};
use crate::referrals::{facts_of, tallied_facts};
use crate::sealing::Keyring;
use crate::sql::{Arg, Exec, Tx, sql};
use crate::{Result, SqlStore};

#[async_trait]
pub trait Reports: Send + Sync {
    /// The uploaded figures; None while the shipped ones count.
    async fn uploaded_population(&self) -> Result<Option<Figures>>;
    /// Replaces the uploaded figures as a whole (all or nothing).
    async fn replace_population(
        &self,
        source: &str,
        districts: &[DistrictPopulation],
        now: i64,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// Drops the uploaded figures: the shipped ones count again.
    async fn reset_population(&self, audit: &AuditEntry) -> Result<()>;
    /// Every sent referral as the figures see it: those held (their needs opened with
    /// `keys`) and, from the tallies, those deleted.
    async fn referral_facts(&self, keys: Option<&Keyring>) -> Result<Vec<Fact>>;
}

type Row = (String, String, i64, Option<i64>);

fn audit_of(audit: &AuditEntry, after: Option<serde_json::Value>) -> AuditEntry {
    AuditEntry {
        entity: "report_population".into(),
        entity_id: "population".into(),
        after: after.map(|a| a.to_string()),
        ..audit.clone()
    }
}

/// A transaction that waits for any other change of the figures (parallel uploads take
/// turns, each replacing the whole set) and has emptied them.
async fn cleared(store: &SqlStore) -> Result<Tx> {
    let tx = store.pool.begin().await?;
    tx.lock_key("report_population").await?;
    tx.execute(sql("DELETE FROM report_population")).await?;
    tx.execute(sql("DELETE FROM report_population_source"))
        .await?;
    Ok(tx)
}

#[async_trait]
impl Reports for SqlStore {
    async fn uploaded_population(&self) -> Result<Option<Figures>> {
        let source: Option<(String, i64)> = self
            .pool
            .fetch_optional(sql(
                "SELECT source, uploaded_at FROM report_population_source WHERE id = 1",
            ))
            .await?;
        let Some((source, uploaded_at)) = source else {
            return Ok(None);
        };
        let rows: Vec<Row> = self
            .pool
            .fetch_all(sql(
                "SELECT district_key, name, population, foreign_population \
                 FROM report_population ORDER BY district_key",
            ))
            .await?;
        let districts = rows
            .into_iter()
            .map(|(key, name, population, foreign)| {
                let d = DistrictPopulation {
                    key: key.clone(),
                    name,
                    population: u64::try_from(population).unwrap_or(0),
                    foreign: foreign.and_then(|f| u64::try_from(f).ok()),
                };
                (key, d)
            })
            .collect();
        Ok(Some(Figures {
            source,
            uploaded_at: Some(uploaded_at),
            districts,
        }))
    }

    async fn replace_population(
        &self,
        source: &str,
        districts: &[DistrictPopulation],
        now: i64,
        audit: &AuditEntry,
    ) -> Result<()> {
        let tx = cleared(self).await?;
        for chunk in districts.chunks(200) {
            let mut q = sql("INSERT INTO report_population \
                 (district_key, name, population, foreign_population) VALUES ");
            for (i, d) in chunk.iter().enumerate() {
                if i > 0 {
                    q.push(", ");
                }
                q.push_tuple([
                    Arg::from(d.key.as_str()),
                    Arg::from(d.name.as_str()),
                    Arg::from(i64::try_from(d.population).unwrap_or(i64::MAX)),
                    Arg::from(d.foreign.and_then(|f| i64::try_from(f).ok())),
                ]);
            }
            tx.execute(q).await?;
        }
        tx.execute(
            sql(
                "INSERT INTO report_population_source (id, source, uploaded_at) VALUES (1, $1, $2)",
            )
            .bind(source)
            .bind(now),
        )
        .await?;
        let summary = serde_json::json!({ "source": source, "districts": districts.len() });
        insert_audit(&tx, &audit_of(audit, Some(summary))).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn reset_population(&self, audit: &AuditEntry) -> Result<()> {
        let tx = cleared(self).await?;
        insert_audit(&tx, &audit_of(audit, None)).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn referral_facts(&self, keys: Option<&Keyring>) -> Result<Vec<Fact>> {
        let mut facts = facts_of(&self.pool, keys, None).await?;
        facts.extend(tallied_facts(&self.pool).await?);
        Ok(facts)
    }
}
