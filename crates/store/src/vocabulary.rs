//! Words coordinators add to the vocabulary: synonyms of needs, service kinds and target
//! groups. Each change is logged, so every node's search understands it at once.

use async_trait::async_trait;

use crate::audit::{AuditEntry, insert_audit};
use crate::changes;
use crate::sql::{Exec, sql};
use crate::{Result, SqlStore};

#[async_trait]
pub trait Vocabulary: Send + Sync {
    /// Every curated synonym: (term code, word), ordered.
    async fn synonyms(&self) -> Result<Vec<(String, String)>>;
    /// Adds (`add`) or removes a synonym, with its audit entry, in one transaction.
    async fn change_synonym(
        &self,
        code: &str,
        word: &str,
        add: bool,
        audit: &AuditEntry,
    ) -> Result<()>;
}

#[async_trait]
impl Vocabulary for SqlStore {
    async fn synonyms(&self) -> Result<Vec<(String, String)>> {
        self.pool
            .fetch_all(sql(
                "SELECT code, word FROM term_synonym ORDER BY code, word",
            ))
            .await
    }

    async fn change_synonym(
        &self,
        code: &str,
        word: &str,
        add: bool,
        audit: &AuditEntry,
    ) -> Result<()> {
        let tx = self.pool.begin().await?;
        tx.lock_change_log().await?;
        let change = if add {
            sql(
                "INSERT INTO term_synonym (code, word, created_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (code, word) DO NOTHING",
            )
            .bind(code)
            .bind(word)
            .bind(audit.at)
        } else {
            sql("DELETE FROM term_synonym WHERE code = $1 AND word = $2")
                .bind(code)
                .bind(word)
        };
        tx.execute(change).await?;
        let op = if add { "upsert" } else { "delete" };
        changes::append(&tx, "term_synonym", code, op).await?;
        insert_audit(&tx, audit).await?;
        tx.commit().await
    }
}
