//! The mail outbox: without an SMTP server, mail is kept here for coordinators to read.
//! A link that opens something (an invitation, a password reset) is not kept: its token is
//! replaced by [`LINK_MARK`] and only the token's hash is stored, so that whoever copies
//! the database gets no working link; a coordinator makes a new one when handing it on.

use async_trait::async_trait;

use crate::sql::{Exec, sql};
use crate::{Result, SqlStore};

/// Where a stored mail's link token was.
pub const LINK_MARK: &str = "[…]";

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredMail {
    pub seq: i64,
    pub at: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    /// The hash of the token the body's link carried (its place marked by [`LINK_MARK`]).
    pub link_token_hash: Option<String>,
}

#[async_trait]
pub trait Outbox: Send + Sync {
    /// Keeps a mail; `link_token_hash` when its body's link token was replaced by
    /// [`LINK_MARK`].
    async fn store_mail(
        &self,
        recipient: &str,
        subject: &str,
        body: &str,
        now: i64,
        link_token_hash: Option<&str>,
    ) -> Result<()>;
    /// Newest first.
    async fn mails(&self, limit: u64) -> Result<Vec<StoredMail>>;
    async fn mail(&self, seq: i64) -> Result<Option<StoredMail>>;
    /// Gives the unused, unexpired token of a kept mail a new hash (the old link stops
    /// working) in one transaction with the mail and its audit entry. `false` when the
    /// token is used, expired or gone.
    async fn reissue_link(
        &self,
        seq: i64,
        new_hash: &str,
        now: i64,
        audit: &crate::audit::AuditEntry,
    ) -> Result<bool>;
}

#[async_trait]
impl Outbox for SqlStore {
    async fn store_mail(
        &self,
        recipient: &str,
        subject: &str,
        body: &str,
        now: i64,
        link_token_hash: Option<&str>,
    ) -> Result<()> {
        self.pool
            .execute(
                sql(
                    "INSERT INTO mail_outbox (at, recipient, subject, body, link_token_hash) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(now)
                .bind(recipient)
                .bind(subject)
                .bind(body)
                .bind(link_token_hash),
            )
            .await?;
        Ok(())
    }

    async fn mails(&self, limit: u64) -> Result<Vec<StoredMail>> {
        self.pool
            .fetch_all(
                sql(format!("{SELECT_MAIL} ORDER BY seq DESC LIMIT $1"))
                    .bind(i64::try_from(limit.clamp(1, 10_000)).unwrap_or(1)),
            )
            .await
    }

    async fn mail(&self, seq: i64) -> Result<Option<StoredMail>> {
        self.pool
            .fetch_optional(sql(format!("{SELECT_MAIL} WHERE seq = $1")).bind(seq))
            .await
    }

    async fn reissue_link(
        &self,
        seq: i64,
        new_hash: &str,
        now: i64,
        audit: &crate::audit::AuditEntry,
    ) -> Result<bool> {
        let tx = self.pool.begin().await?;
        let old: Option<(Option<String>,)> = tx
            .fetch_optional(sql("SELECT link_token_hash FROM mail_outbox WHERE seq = $1").bind(seq))
            .await?;
        let Some((Some(old),)) = old else {
            return Ok(false);
        };
        let mut moved = tx
            .execute(
                sql("UPDATE one_time_token SET token_hash = $2 \
                     WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $3")
                .bind(&old)
                .bind(new_hash)
                .bind(now),
            )
            .await?;
        // The Fachtag's links: a personal link, or the offer of a freed place.
        for statement in [
            "UPDATE conference_registration SET token_hash = $2 WHERE token_hash = $1",
            "UPDATE conference_registration SET offer_token_hash = $2 \
             WHERE offer_token_hash = $1 AND state = 'offered'",
            "UPDATE conference_choice SET offer_token_hash = $2 \
             WHERE offer_token_hash = $1 AND state = 'offered'",
        ] {
            moved += tx.execute(sql(statement).bind(&old).bind(new_hash)).await?;
        }
        if moved == 0 {
            return Ok(false);
        }
        tx.execute(
            sql("UPDATE mail_outbox SET link_token_hash = $2 WHERE seq = $1")
                .bind(seq)
                .bind(new_hash),
        )
        .await?;
        crate::audit::insert_audit(&tx, audit).await?;
        tx.commit().await?;
        Ok(true)
    }
}

const SELECT_MAIL: &str =
    "SELECT seq, at, recipient, subject, body, link_token_hash FROM mail_outbox";
