//! The audit log: who changed what, when, with the fields before and after. Features
//! write their entry in the transaction of the change itself ([`insert_audit`]).

use async_trait::async_trait;
use beratungsnetz_core::accounts::Membership;
use beratungsnetz_core::ids::AccountId;

use crate::sql::{Exec, sql};
use crate::{Result, SqlStore};

/// One line of the audit log: who changed what, when, before and after (JSON).
#[derive(Clone, Debug, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: i64,
    pub account_id: Option<String>,
    /// The e-mail address of the account, or `cli` / `system`.
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub organization_id: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
}

impl AuditEntry {
    /// The entry of an invitation of `email` to a role, made by an account (`account_id`,
    /// `actor` its address) or by `beratungsnetz user add` (`None`, `cli`).
    pub fn invitation(
        at: i64,
        account_id: Option<&AccountId>,
        actor: &str,
        email: &str,
        membership: &Membership,
    ) -> AuditEntry {
        AuditEntry {
            at,
            account_id: account_id.map(AccountId::to_string),
            actor: actor.to_string(),
            action: "invite".into(),
            entity: "account".into(),
            entity_id: email.to_string(),
            organization_id: membership.organization_id.as_ref().map(|o| o.to_string()),
            after: Some(
                serde_json::json!({
                    "role": membership.role.as_str(),
                    "organization_id": membership.organization_id,
                })
                .to_string(),
            ),
            ..AuditEntry::default()
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    pub actor: Option<String>,
    pub entity: Option<String>,
    /// Leaves out the entries about this kind of record.
    pub not_entity: Option<String>,
    pub entity_id: Option<String>,
    pub organization_id: Option<String>,
    pub from: Option<i64>,
    pub to: Option<i64>,
    pub limit: u64,
}

#[async_trait]
pub trait Audit: Send + Sync {
    /// An entry of its own (a change that writes nothing else, such as a sign-in).
    async fn append_audit(&self, entry: &AuditEntry) -> Result<()>;
    /// Newest first.
    async fn audit(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>>;
    /// Deletes entries older than `before`; returns how many.
    async fn purge_audit(&self, before: i64) -> Result<u64>;
}

/// Writes an entry on `db`: the pool, or the transaction of the change it records.
pub(crate) async fn insert_audit(db: &impl Exec, e: &AuditEntry) -> Result<()> {
    db.execute(
        sql("INSERT INTO audit_log \
             (at, account_id, actor, action, entity, entity_id, organization_id, before, after) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
        .bind(e.at)
        .bind(&e.account_id)
        .bind(&e.actor)
        .bind(&e.action)
        .bind(&e.entity)
        .bind(&e.entity_id)
        .bind(&e.organization_id)
        .bind(&e.before)
        .bind(&e.after),
    )
    .await?;
    Ok(())
}

#[async_trait]
impl Audit for SqlStore {
    async fn append_audit(&self, entry: &AuditEntry) -> Result<()> {
        insert_audit(&self.pool, entry).await
    }

    async fn audit(&self, f: &AuditFilter) -> Result<Vec<AuditEntry>> {
        let mut q = sql(
            "SELECT seq, at, account_id, actor, action, entity, entity_id, organization_id, before, after \
             FROM audit_log WHERE 1 = 1",
        );
        let texts = [
            ("actor", &f.actor),
            ("entity", &f.entity),
            ("entity_id", &f.entity_id),
            ("organization_id", &f.organization_id),
        ];
        for (column, value) in texts {
            if let Some(v) = value {
                q.push(&format!(" AND {column} = ")).push_bind(v);
            }
        }
        if let Some(v) = &f.not_entity {
            q.push(" AND entity <> ").push_bind(v);
        }
        if let Some(v) = f.from {
            q.push(" AND at >= ").push_bind(v);
        }
        if let Some(v) = f.to {
            q.push(" AND at < ").push_bind(v);
        }
        q.push(" ORDER BY seq DESC LIMIT ")
            .push_bind(i64::try_from(f.limit.clamp(1, 10_000)).unwrap_or(1));
        self.pool.fetch_all(q).await
    }

    async fn purge_audit(&self, before: i64) -> Result<u64> {
        self.pool
            .execute(sql("DELETE FROM audit_log WHERE at < $1").bind(before))
            .await
    }
}
