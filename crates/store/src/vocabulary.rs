//! Words coordinators add to the vocabulary: synonyms of needs, service kinds and target
//! groups. Each change is logged, so every node's search understands it at once.

use async_trait::async_trait;

use crate::Result;
use crate::accounts::AuditEntry;

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

macro_rules! vocabulary_impl {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::vocabulary::Vocabulary for $store {
            async fn synonyms(&self) -> $crate::Result<Vec<(String, String)>> {
                Ok(sqlx::query_as("SELECT code, word FROM term_synonym ORDER BY code, word")
                    .fetch_all(&self.pool)
                    .await?)
            }

            async fn change_synonym(
                &self,
                code: &str,
                word: &str,
                add: bool,
                audit: &$crate::accounts::AuditEntry,
            ) -> $crate::Result<()> {
                let mut tx = self.pool.begin().await?;
                lock_change_log(&mut tx).await?;
                if add {
                    sqlx::query(
                        "INSERT INTO term_synonym (code, word, created_at) VALUES ($1, $2, $3) \
                         ON CONFLICT (code, word) DO NOTHING",
                    )
                    .bind(code)
                    .bind(word)
                    .bind(audit.at)
                    .execute(&mut *tx)
                    .await?;
                } else {
                    sqlx::query("DELETE FROM term_synonym WHERE code = $1 AND word = $2")
                        .bind(code)
                        .bind(word)
                        .execute(&mut *tx)
                        .await?;
                }
                sqlx::query("INSERT INTO change_log (entity, entity_id, op) VALUES ('term_synonym', $1, $2)")
                    .bind(code)
                    .bind(if add { "upsert" } else { "delete" })
                    .execute(&mut *tx)
                    .await?;
                insert_audit(&mut tx, audit).await?;
                tx.commit().await?;
                Ok(())
            }
        }
    };
}

pub(crate) use vocabulary_impl;
