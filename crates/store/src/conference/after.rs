//! After the Fachtag at rest: certificates of attendance (issued once per checked-in
//! person, verified by their code), anonymous feedback (once per person, never traceable
//! to them), the reminder mail's claim, and the anonymous figures of every year.

use async_trait::async_trait;
use beratungsnetz_core::conference::after::{Attended, FeedbackText};

use crate::audit::{AuditEntry, insert_audit};
use crate::conference::places::{ORGANISATIONS, REGISTRATION_COLUMNS, RegistrationRow};
use crate::sql::{Exec, sql};
use crate::{Result, SqlStore, StoreError};

/// A certificate as issued.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct CertificateRow {
    pub code: String,
    pub registration_id: String,
    pub event_id: String,
    /// Empty once the attendee's personal data is deleted.
    pub name: String,
    pub organisation: String,
    pub minutes: i64,
    /// JSON array of [`Attended`].
    pub sessions: String,
    pub issued_at: i64,
}

impl CertificateRow {
    pub fn sessions(&self) -> Vec<Attended> {
        serde_json::from_str(&self.sessions).unwrap_or_default()
    }
}

/// What a new certificate says; the store keeps the first one issued.
#[derive(Clone, Debug)]
pub struct NewCertificate {
    pub code: String,
    pub registration_id: String,
    pub minutes: u32,
    pub sessions: Vec<Attended>,
}

/// One piece of feedback as the coordinators read it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct FeedbackRow {
    pub overall: i64,
    pub useful: i64,
    pub comment: String,
    pub wishes: String,
}

/// The anonymous figures of one year's Fachtag.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct YearFigures {
    pub year: i64,
    /// Everyone who registered, including those who cancelled or waited in vain.
    pub registered: i64,
    /// Those with a place at the end.
    pub confirmed: i64,
    pub cancelled: i64,
    /// Checked in on the day.
    pub attended: i64,
    /// Different organisations among the registered (counted before deletion).
    pub organisations: i64,
    /// (district key, people registered) by district, most first.
    pub districts: Vec<(String, i64)>,
    pub feedback: i64,
    /// Average of the overall grade, 1 to 5; None without feedback.
    pub overall: Option<f64>,
}

#[async_trait]
pub trait AfterDay: Send + Sync {
    /// The certificate of the registration: the one issued before, or `new` issued now.
    /// Only for someone checked in whose data is kept: `NotFound` otherwise. Two requests
    /// at once get the same certificate.
    async fn certificate_for(&self, new: &NewCertificate, at: i64) -> Result<CertificateRow>;
    /// The certificate with this code, for the public check.
    async fn certificate(&self, code: &str) -> Result<Option<CertificateRow>>;
    /// Feedback of the person of a personal link: once (`Conflict` for a second), only
    /// after they were checked in (`NotFound` otherwise). The feedback is stored apart
    /// from the registration.
    async fn give_feedback(
        &self,
        token_hash: &str,
        id: &str,
        feedback: &FeedbackText,
        audit: &AuditEntry,
    ) -> Result<()>;
    /// The feedback on an event, in no particular order.
    async fn feedback(&self, event_id: &str) -> Result<Vec<FeedbackRow>>;
    /// Claims the reminders due: everyone with a place at an event `days` or fewer days
    /// ahead (and not past) who has not been reminded. Each is returned once, even to
    /// two runs at once.
    async fn claim_reminders(&self, today: i64, days: i64) -> Result<Vec<RegistrationRow>>;
    /// The anonymous figures of every year, newest first.
    async fn year_figures(&self) -> Result<Vec<YearFigures>>;
}

const CERTIFICATE_COLUMNS: &str =
    "code, registration_id, event_id, name, organisation, minutes, sessions, issued_at";

#[async_trait]
impl AfterDay for SqlStore {
    async fn certificate_for(&self, new: &NewCertificate, at: i64) -> Result<CertificateRow> {
        let tx = self.pool.begin().await?;
        let row: Option<(String, String, String)> = tx
            .fetch_optional(
                sql(
                    "SELECT event_id, name, organisation FROM conference_registration \
                     WHERE id = $1 AND state = 'confirmed' AND checked_in_at IS NOT NULL \
                     AND personal_deleted = 0",
                )
                .bind(new.registration_id.as_str()),
            )
            .await?;
        let (event_id, name, organisation) = row.ok_or(StoreError::NotFound)?;
        let sessions = serde_json::to_string(&new.sessions).unwrap_or_else(|_| "[]".into());
        // The unique registration makes a second, parallel issue a no-op.
        tx.execute(
            sql(format!(
                "INSERT INTO conference_certificate ({CERTIFICATE_COLUMNS}) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING"
            ))
            .bind(new.code.as_str())
            .bind(new.registration_id.as_str())
            .bind(event_id)
            .bind(name)
            .bind(organisation)
            .bind(i64::from(new.minutes))
            .bind(sessions)
            .bind(at),
        )
        .await?;
        let cert: CertificateRow = tx
            .fetch_one(
                sql(format!(
                    "SELECT {CERTIFICATE_COLUMNS} FROM conference_certificate \
                     WHERE registration_id = $1"
                ))
                .bind(new.registration_id.as_str()),
            )
            .await?;
        tx.commit().await?;
        Ok(cert)
    }

    async fn certificate(&self, code: &str) -> Result<Option<CertificateRow>> {
        self.pool
            .fetch_optional(
                sql(format!(
                    "SELECT {CERTIFICATE_COLUMNS} FROM conference_certificate WHERE code = $1"
                ))
                .bind(code),
            )
            .await
    }

    async fn give_feedback(
        &self,
        token_hash: &str,
        id: &str,
        f: &FeedbackText,
        audit: &AuditEntry,
    ) -> Result<()> {
        let tx = self.pool.begin().await?;
        let row: Option<(String, i64, Option<i64>)> = tx
            .fetch_optional(
                sql("SELECT event_id, feedback_given, checked_in_at \
                     FROM conference_registration WHERE token_hash = $1")
                .bind(token_hash),
            )
            .await?;
        let (event_id, given, arrived) = row.ok_or(StoreError::NotFound)?;
        if arrived.is_none() {
            return Err(StoreError::NotFound);
        }
        if given != 0 {
            return Err(StoreError::Conflict("feedback was given already".into()));
        }
        // Only one of two parallel submissions flips the mark.
        let marked = tx
            .execute(
                sql("UPDATE conference_registration SET feedback_given = 1 \
                     WHERE token_hash = $1 AND feedback_given = 0")
                .bind(token_hash),
            )
            .await?;
        if marked != 1 {
            return Err(StoreError::Conflict("feedback was given already".into()));
        }
        tx.execute(
            sql(
                "INSERT INTO conference_feedback (id, event_id, overall, useful, comment, \
                 wishes) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(event_id.as_str())
            .bind(i64::from(f.overall))
            .bind(i64::from(f.useful))
            .bind(f.comment.as_str())
            .bind(f.wishes.as_str()),
        )
        .await?;
        // The log says feedback came for the event, not from whom.
        insert_audit(
            &tx,
            &AuditEntry {
                entity: "conference_event".into(),
                entity_id: event_id,
                ..audit.clone()
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn feedback(&self, event_id: &str) -> Result<Vec<FeedbackRow>> {
        self.pool
            .fetch_all(
                sql(
                    "SELECT overall, useful, comment, wishes FROM conference_feedback \
                     WHERE event_id = $1 ORDER BY id",
                )
                .bind(event_id),
            )
            .await
    }

    async fn claim_reminders(&self, today: i64, days: i64) -> Result<Vec<RegistrationRow>> {
        let tx = self.pool.begin().await?;
        let due = "event_id IN (SELECT id FROM conference_event WHERE day >= $1 \
                   AND day <= $1 + $2) AND state = 'confirmed' AND reminded = 0 \
                   AND personal_deleted = 0";
        let rows: Vec<RegistrationRow> = tx
            .fetch_all(
                sql(format!(
                    "SELECT {REGISTRATION_COLUMNS} FROM conference_registration \
                     WHERE {due} ORDER BY position"
                ))
                .bind(today)
                .bind(days),
            )
            .await?;
        let mut claimed = Vec::with_capacity(rows.len());
        for r in rows {
            // A parallel run that marked the row first sends that mail; this one does not.
            let marked = tx
                .execute(
                    sql("UPDATE conference_registration SET reminded = 1 \
                         WHERE id = $1 AND reminded = 0")
                    .bind(r.id.as_str()),
                )
                .await?;
            if marked == 1 {
                claimed.push(r);
            }
        }
        tx.commit().await?;
        Ok(claimed)
    }

    async fn year_figures(&self) -> Result<Vec<YearFigures>> {
        let events: Vec<(String, i64, Option<i64>)> = self
            .pool
            .fetch_all(sql(
                "SELECT id, year, organisations FROM conference_event ORDER BY year DESC",
            ))
            .await?;
        let mut out = Vec::with_capacity(events.len());
        for (id, year, kept) in events {
            let (registered, confirmed, cancelled, attended): (i64, i64, i64, i64) = self
                .pool
                .fetch_one(
                    sql("SELECT COUNT(*), \
                         COALESCE(SUM(CASE WHEN state = 'confirmed' THEN 1 ELSE 0 END), 0), \
                         COALESCE(SUM(CASE WHEN state = 'cancelled' THEN 1 ELSE 0 END), 0), \
                         COALESCE(SUM(CASE WHEN checked_in_at IS NULL THEN 0 ELSE 1 END), 0) \
                         FROM conference_registration WHERE event_id = $1")
                    .bind(id.as_str()),
                )
                .await?;
            let organisations = match kept {
                Some(n) => n,
                None => {
                    let (n,): (i64,) = self
                        .pool
                        .fetch_one(sql(ORGANISATIONS).bind(id.as_str()))
                        .await?;
                    n
                }
            };
            let districts: Vec<(String, i64)> = self
                .pool
                .fetch_all(
                    sql(
                        "SELECT district, COUNT(*) AS n FROM conference_registration \
                         WHERE event_id = $1 AND district <> '' \
                         GROUP BY district ORDER BY n DESC, district",
                    )
                    .bind(id.as_str()),
                )
                .await?;
            let (feedback, overall): (i64, Option<f64>) = self
                .pool
                .fetch_one(
                    sql("SELECT COUNT(*), AVG(CAST(overall AS DOUBLE PRECISION)) \
                         FROM conference_feedback WHERE event_id = $1")
                    .bind(id.as_str()),
                )
                .await?;
            out.push(YearFigures {
                year,
                registered,
                confirmed,
                cancelled,
                attended,
                organisations,
                districts,
                feedback,
                overall,
            });
        }
        Ok(out)
    }
}
