//! Freshness of directory entries: the stale ones, and the reminders sent about them
//! (the rules themselves live in `beratungsnetz_core::freshness`).

use async_trait::async_trait;
use beratungsnetz_core::ids::{OrganizationId, ServiceId};

use crate::sql::{Exec, sql};
use crate::{Result, SqlStore};

/// A service whose entry was last verified before a cut-off date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaleService {
    pub id: ServiceId,
    pub name: String,
    pub organization_id: Option<OrganizationId>,
    pub organization_name: Option<String>,
    /// `assured_date`, else `last_modified`, as stored (ISO 8601).
    pub verified: Option<String>,
}

#[async_trait]
pub trait Freshness: Send + Sync {
    /// Active services last verified before `cutoff` (an ISO date), oldest first.
    async fn stale_services(&self, cutoff: &str, limit: u64) -> Result<Vec<StaleService>>;
    /// For each service, the verification date a reminder was last sent for.
    async fn reminders_sent(&self, service_ids: &[ServiceId]) -> Result<Vec<(ServiceId, String)>>;
    async fn record_reminder(&self, service_id: &ServiceId, verified: &str, now: i64)
    -> Result<()>;
}

#[async_trait]
impl Freshness for SqlStore {
    async fn stale_services(&self, cutoff: &str, limit: u64) -> Result<Vec<StaleService>> {
        type Line = (
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
        );
        let rows: Vec<Line> = self
            .pool
            .fetch_all(
                sql("SELECT s.id, s.name, s.organization_id, o.name, \
                     COALESCE(s.assured_date, s.last_modified) AS verified \
                     FROM service s LEFT JOIN organization o ON o.id = s.organization_id \
                     WHERE COALESCE(s.status, 'active') = 'active' \
                     AND COALESCE(s.assured_date, s.last_modified, '') < $1 \
                     ORDER BY verified, s.name, s.id LIMIT $2")
                .bind(cutoff)
                .bind(i64::try_from(limit.clamp(1, 1_000_000)).unwrap_or(1)),
            )
            .await?;
        Ok(rows
            .into_iter()
            .map(
                |(id, name, organization_id, organization_name, verified)| StaleService {
                    id: ServiceId::new(id),
                    name: name.unwrap_or_default(),
                    organization_id: organization_id.map(OrganizationId::new),
                    organization_name,
                    verified,
                },
            )
            .collect())
    }

    async fn reminders_sent(&self, service_ids: &[ServiceId]) -> Result<Vec<(ServiceId, String)>> {
        let mut out = Vec::new();
        for chunk in service_ids.chunks(500) {
            let mut q =
                sql("SELECT service_id, verified FROM freshness_reminder WHERE service_id IN ");
            q.push_tuple(chunk);
            let rows = self.pool.fetch_all::<(String, String)>(q).await?;
            out.extend(rows.into_iter().map(|(id, v)| (ServiceId::new(id), v)));
        }
        Ok(out)
    }

    async fn record_reminder(
        &self,
        service_id: &ServiceId,
        verified: &str,
        now: i64,
    ) -> Result<()> {
        self.pool
            .execute(
                sql("INSERT INTO freshness_reminder (service_id, verified, sent_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (service_id) DO UPDATE SET verified = excluded.verified, sent_at = excluded.sent_at")
                .bind(service_id)
                .bind(verified)
                .bind(now),
            )
            .await?;
        Ok(())
    }
}
