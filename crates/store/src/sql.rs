//! The one way feature code reaches the database: SQL text written once, with numbered
//! `$1, $2, …` parameters both engines read, run on SQLite or PostgreSQL.
//!
//! What the two dialects do differently is named here and nowhere else ([`Engine`]'s
//! methods below); a feature module writes plain functions over [`Exec`], which the pool
//! and a transaction both are, so rustfmt and go-to-definition reach every statement.

use std::future::Future;

use sqlx::postgres::{PgArguments, PgPool, PgRow, Postgres};
use sqlx::sqlite::{Sqlite, SqliteArguments, SqlitePool, SqliteRow};
use sqlx::{Arguments, FromRow};
use tokio::sync::Mutex;

use crate::{Engine, Result, StoreError};

/// The dialect differences, each once.
impl Engine {
    /// What makes a bound text a value of a JSON column (`$n::json` on PostgreSQL).
    pub(crate) fn json_param(self) -> &'static str {
        match self {
            Engine::Sqlite => "",
            Engine::Postgres => "::json",
        }
    }

    /// The JSON column `column` read back as text.
    pub(crate) fn json_text(self, column: &str) -> String {
        match self {
            Engine::Sqlite => column.to_string(),
            Engine::Postgres => format!("{column}::text"),
        }
    }

    /// A statement that makes writers of the change log take turns inside their
    /// transaction. PostgreSQL hands out sequence numbers at insert but shows them at
    /// commit, so without it a follower could pass a position that fills in later;
    /// SQLite has one writer at a time anyway.
    pub(crate) fn change_log_lock(self) -> Option<&'static str> {
        match self {
            Engine::Sqlite => None,
            Engine::Postgres => Some("SELECT pg_advisory_xact_lock(7352114)"),
        }
    }

    /// A statement that makes transactions working on the same text key (`$1`) take turns
    /// until they end: PostgreSQL's advisory lock in its own two-number space; SQLite has
    /// one writer at a time anyway.
    pub(crate) fn key_lock(self) -> Option<&'static str> {
        match self {
            Engine::Sqlite => None,
            Engine::Postgres => Some("SELECT pg_advisory_xact_lock(1, hashtext($1))"),
        }
    }
}

/// One bound value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Arg {
    Text(Option<String>),
    Int(Option<i64>),
    Real(Option<f64>),
    Bool(bool),
    Bytes(Option<Vec<u8>>),
    /// PostgreSQL arrays (`text[]`, `float8[]`): a column of many rows in one value.
    /// SQLite has no arrays and refuses them.
    TextArray(Vec<Option<String>>),
    RealArray(Vec<Option<f64>>),
}

impl From<&str> for Arg {
    fn from(v: &str) -> Arg {
        Arg::Text(Some(v.to_string()))
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Arg {
        Arg::Text(Some(v))
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Arg {
        Arg::Text(Some(v.clone()))
    }
}
impl From<Option<&str>> for Arg {
    fn from(v: Option<&str>) -> Arg {
        Arg::Text(v.map(str::to_string))
    }
}
impl From<Option<String>> for Arg {
    fn from(v: Option<String>) -> Arg {
        Arg::Text(v)
    }
}
impl From<&Option<String>> for Arg {
    fn from(v: &Option<String>) -> Arg {
        Arg::Text(v.clone())
    }
}
impl From<i64> for Arg {
    fn from(v: i64) -> Arg {
        Arg::Int(Some(v))
    }
}
impl From<Option<i64>> for Arg {
    fn from(v: Option<i64>) -> Arg {
        Arg::Int(v)
    }
}
impl From<Option<f64>> for Arg {
    fn from(v: Option<f64>) -> Arg {
        Arg::Real(v)
    }
}
impl<K> From<&beratungsnetz_core::ids::Id<K>> for Arg {
    fn from(v: &beratungsnetz_core::ids::Id<K>) -> Arg {
        Arg::Text(Some(v.as_str().to_string()))
    }
}
impl From<Vec<u8>> for Arg {
    fn from(v: Vec<u8>) -> Arg {
        Arg::Bytes(Some(v))
    }
}
impl From<bool> for Arg {
    fn from(v: bool) -> Arg {
        Arg::Bool(v)
    }
}

/// A statement and the values of its parameters, in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Sql {
    text: String,
    args: Vec<Arg>,
}

/// A statement whose text names its parameters itself (`$1`, `$2`, …).
pub(crate) fn sql(text: impl Into<String>) -> Sql {
    Sql {
        text: text.into(),
        args: Vec::new(),
    }
}

impl Sql {
    /// Binds the next parameter the text names.
    pub(crate) fn bind(mut self, value: impl Into<Arg>) -> Sql {
        self.args.push(value.into());
        self
    }

    /// Appends text.
    pub(crate) fn push(&mut self, text: &str) -> &mut Sql {
        self.text.push_str(text);
        self
    }

    /// Appends the placeholder of a new parameter (`$n`).
    pub(crate) fn push_bind(&mut self, value: impl Into<Arg>) -> &mut Sql {
        self.args.push(value.into());
        self.text.push('$');
        self.text.push_str(&self.args.len().to_string());
        self
    }

    /// Appends `($n, $n+1, …)`: an `IN` list or one row of a multi-row `VALUES`.
    pub(crate) fn push_tuple<T: Into<Arg>>(
        &mut self,
        values: impl IntoIterator<Item = T>,
    ) -> &mut Sql {
        self.push_tuple_cast(values, usize::MAX, "")
    }

    /// Appends "`column` is one of `values`" with the values as one parameter whatever
    /// their number (a JSON array that SQLite's `json_each` reads, a PostgreSQL `text[]`):
    /// the statement's text is the same for one value or ten thousand, so it stays prepared,
    /// and no list meets a limit on parameters.
    pub(crate) fn push_any_of(
        &mut self,
        engine: Engine,
        column: &str,
        values: &[String],
    ) -> &mut Sql {
        match engine {
            Engine::Sqlite => {
                // A list of strings always serialises; the fallback is never reached.
                let json = serde_json::to_string(values).unwrap_or_else(|_| "[]".into());
                self.push(&format!("{column} IN (SELECT value FROM json_each("));
                self.push_bind(json);
                self.push("))")
            }
            Engine::Postgres => {
                self.push(&format!("{column} = ANY("));
                self.push_bind(Arg::TextArray(values.iter().cloned().map(Some).collect()));
                self.push("::text[])")
            }
        }
    }

    /// As [`Sql::push_tuple`], with `cast` written after the value at position `at`.
    pub(crate) fn push_tuple_cast<T: Into<Arg>>(
        &mut self,
        values: impl IntoIterator<Item = T>,
        at: usize,
        cast: &str,
    ) -> &mut Sql {
        self.text.push('(');
        for (i, v) in values.into_iter().enumerate() {
            if i > 0 {
                self.text.push_str(", ");
            }
            self.push_bind(v);
            if i == at {
                self.text.push_str(cast);
            }
        }
        self.text.push(')');
        self
    }
}

/// A row type both engines decode (tuples and `#[derive(sqlx::FromRow)]` structs).
pub(crate) trait Row:
    for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}
impl<T> Row for T where T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{}

fn bind_error(e: sqlx::error::BoxDynError) -> StoreError {
    StoreError::Database(sqlx::Error::Encode(e))
}

/// The text as SQLite best reads it (outside quoted literals). Where every `$n` appears
/// once and in order — every multi-row insert — they become plain `?`; otherwise `?n`.
/// SQLite keeps each named or numbered parameter in a list it searches one by one, when
/// it prepares a `$name` and again when a value is bound to any `?n` (sqlx asks each
/// parameter's name), so many named parameters take quadratic time; plain `?` are not
/// in that list.
fn sqlite_text(text: String) -> String {
    if !text.contains('$') {
        return text;
    }
    let mut numbered = String::with_capacity(text.len());
    let mut plain = String::with_capacity(text.len());
    let mut in_order = true;
    let mut seen: u64 = 0;
    let mut quote: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == '$' && chars.peek().is_some_and(char::is_ascii_digit) => {
                numbered.push('?');
                plain.push('?');
                let mut n: u64 = 0;
                while let Some(d) = chars.next_if(char::is_ascii_digit) {
                    numbered.push(d);
                    n = n
                        .saturating_mul(10)
                        .saturating_add(d.to_digit(10).map_or(0, u64::from));
                }
                in_order &= n == seen + 1;
                seen = n;
                continue;
            }
            None => {}
        }
        numbered.push(c);
        plain.push(c);
    }
    if in_order { plain } else { numbered }
}

fn sqlite_args(args: Vec<Arg>) -> Result<SqliteArguments> {
    let mut out = SqliteArguments::default();
    for a in args {
        match a {
            Arg::Text(v) => out.add(v),
            Arg::Int(v) => out.add(v),
            Arg::Real(v) => out.add(v),
            Arg::Bool(v) => out.add(v),
            Arg::Bytes(v) => out.add(v),
            Arg::TextArray(_) | Arg::RealArray(_) => {
                return Err(bind_error("SQLite has no arrays".into()));
            }
        }
        .map_err(bind_error)?;
    }
    Ok(out)
}

fn pg_args(args: Vec<Arg>) -> Result<PgArguments> {
    let mut out = PgArguments::default();
    for a in args {
        match a {
            Arg::Text(v) => out.add(v),
            Arg::Int(v) => out.add(v),
            Arg::Real(v) => out.add(v),
            Arg::Bool(v) => out.add(v),
            Arg::Bytes(v) => out.add(v),
            Arg::TextArray(v) => out.add(v),
            Arg::RealArray(v) => out.add(v),
        }
        .map_err(bind_error)?;
    }
    Ok(out)
}

/// What runs statements: the pool, or one transaction.
pub(crate) trait Exec: Sync {
    fn engine(&self) -> Engine;

    /// Runs a statement; returns the rows it touched.
    fn execute(&self, q: Sql) -> impl Future<Output = Result<u64>> + Send;

    fn fetch_all<T: Row>(&self, q: Sql) -> impl Future<Output = Result<Vec<T>>> + Send;

    fn fetch_optional<T: Row>(&self, q: Sql) -> impl Future<Output = Result<Option<T>>> + Send;

    /// The one row a statement answers (`NotFound` if none).
    fn fetch_one<T: Row>(&self, q: Sql) -> impl Future<Output = Result<T>> + Send {
        async move { self.fetch_optional(q).await?.ok_or(StoreError::NotFound) }
    }
}

/// A connection pool of either engine.
#[derive(Clone, Debug)]
pub(crate) enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

impl Pool {
    /// Begins a transaction. Every transaction here writes, so SQLite takes its write
    /// lock at the start (`BEGIN IMMEDIATE`, waiting up to the busy timeout): a deferred
    /// one that read first could not upgrade once another connection had written, and
    /// would fail with "database is locked" at once.
    pub(crate) async fn begin(&self) -> Result<Tx> {
        let inner = match self {
            Pool::Sqlite(p) => TxInner::Sqlite(p.begin_with("BEGIN IMMEDIATE").await?),
            Pool::Postgres(p) => TxInner::Postgres(p.begin().await?),
        };
        Ok(Tx {
            engine: self.engine(),
            inner: Mutex::new(inner),
        })
    }
}

impl Exec for Pool {
    fn engine(&self) -> Engine {
        match self {
            Pool::Sqlite(_) => Engine::Sqlite,
            Pool::Postgres(_) => Engine::Postgres,
        }
    }

    async fn execute(&self, q: Sql) -> Result<u64> {
        match self {
            Pool::Sqlite(p) => run::sqlite_execute(p, q).await,
            Pool::Postgres(p) => run::pg_execute(p, q).await,
        }
    }

    async fn fetch_all<T: Row>(&self, q: Sql) -> Result<Vec<T>> {
        match self {
            Pool::Sqlite(p) => run::sqlite_fetch_all(p, q).await,
            Pool::Postgres(p) => run::pg_fetch_all(p, q).await,
        }
    }

    async fn fetch_optional<T: Row>(&self, q: Sql) -> Result<Option<T>> {
        match self {
            Pool::Sqlite(p) => run::sqlite_fetch_optional(p, q).await,
            Pool::Postgres(p) => run::pg_fetch_optional(p, q).await,
        }
    }
}

/// Running a statement on one engine's executor (its pool or a connection).
mod run {
    use sqlx::postgres::Postgres;
    use sqlx::sqlite::Sqlite;
    use sqlx::{AssertSqlSafe, Executor};

    use super::{Row, Sql, pg_args, sqlite_args, sqlite_text};
    use crate::Result;

    pub(super) async fn sqlite_execute<'e>(
        e: impl Executor<'e, Database = Sqlite>,
        q: Sql,
    ) -> Result<u64> {
        let args = sqlite_args(q.args)?;
        Ok(sqlx::query_with(AssertSqlSafe(sqlite_text(q.text)), args)
            .execute(e)
            .await?
            .rows_affected())
    }

    pub(super) async fn pg_execute<'e>(
        e: impl Executor<'e, Database = Postgres>,
        q: Sql,
    ) -> Result<u64> {
        let args = pg_args(q.args)?;
        Ok(sqlx::query_with(AssertSqlSafe(q.text), args)
            .execute(e)
            .await?
            .rows_affected())
    }

    pub(super) async fn sqlite_fetch_all<'e, T: Row>(
        e: impl Executor<'e, Database = Sqlite>,
        q: Sql,
    ) -> Result<Vec<T>> {
        let args = sqlite_args(q.args)?;
        Ok(
            sqlx::query_as_with::<Sqlite, T, _>(AssertSqlSafe(sqlite_text(q.text)), args)
                .fetch_all(e)
                .await?,
        )
    }

    pub(super) async fn pg_fetch_all<'e, T: Row>(
        e: impl Executor<'e, Database = Postgres>,
        q: Sql,
    ) -> Result<Vec<T>> {
        let args = pg_args(q.args)?;
        Ok(
            sqlx::query_as_with::<Postgres, T, _>(AssertSqlSafe(q.text), args)
                .fetch_all(e)
                .await?,
        )
    }

    pub(super) async fn sqlite_fetch_optional<'e, T: Row>(
        e: impl Executor<'e, Database = Sqlite>,
        q: Sql,
    ) -> Result<Option<T>> {
        let args = sqlite_args(q.args)?;
        Ok(
            sqlx::query_as_with::<Sqlite, T, _>(AssertSqlSafe(sqlite_text(q.text)), args)
                .fetch_optional(e)
                .await?,
        )
    }

    pub(super) async fn pg_fetch_optional<'e, T: Row>(
        e: impl Executor<'e, Database = Postgres>,
        q: Sql,
    ) -> Result<Option<T>> {
        let args = pg_args(q.args)?;
        Ok(
            sqlx::query_as_with::<Postgres, T, _>(AssertSqlSafe(q.text), args)
                .fetch_optional(e)
                .await?,
        )
    }
}

enum TxInner {
    Sqlite(sqlx::Transaction<'static, Sqlite>),
    Postgres(sqlx::Transaction<'static, Postgres>),
}

/// One transaction: everything run on it lands together at [`Tx::commit`], or not at all
/// (dropped without commit, it rolls back).
pub(crate) struct Tx {
    engine: Engine,
    // Statements of one transaction run one after another; the lock lets feature code
    // take `&Tx` like `&Pool`.
    inner: Mutex<TxInner>,
}

impl Tx {
    pub(crate) async fn commit(self) -> Result<()> {
        match self.inner.into_inner() {
            TxInner::Sqlite(t) => t.commit().await?,
            TxInner::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }

    /// Makes this transaction's writes to the change log wait for any other's (see
    /// [`Engine::change_log_lock`]).
    pub(crate) async fn lock_change_log(&self) -> Result<()> {
        if let Some(lock) = self.engine.change_log_lock() {
            self.execute(sql(lock)).await?;
        }
        Ok(())
    }

    /// Waits for other transactions holding `key` ([`Engine::key_lock`]).
    pub(crate) async fn lock_key(&self, key: &str) -> Result<()> {
        if let Some(lock) = self.engine.key_lock() {
            self.execute(sql(lock).bind(key)).await?;
        }
        Ok(())
    }
}

impl Exec for Tx {
    fn engine(&self) -> Engine {
        self.engine
    }

    async fn execute(&self, q: Sql) -> Result<u64> {
        match &mut *self.inner.lock().await {
            TxInner::Sqlite(t) => run::sqlite_execute(&mut **t, q).await,
            TxInner::Postgres(t) => run::pg_execute(&mut **t, q).await,
        }
    }

    async fn fetch_all<T: Row>(&self, q: Sql) -> Result<Vec<T>> {
        match &mut *self.inner.lock().await {
            TxInner::Sqlite(t) => run::sqlite_fetch_all(&mut **t, q).await,
            TxInner::Postgres(t) => run::pg_fetch_all(&mut **t, q).await,
        }
    }

    async fn fetch_optional<T: Row>(&self, q: Sql) -> Result<Option<T>> {
        match &mut *self.inner.lock().await {
            TxInner::Sqlite(t) => run::sqlite_fetch_optional(&mut **t, q).await,
            TxInner::Postgres(t) => run::pg_fetch_optional(&mut **t, q).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_reads_numbered_question_marks_and_literals_stay() {
        assert_eq!(
            sqlite_text(
                "SELECT json_extract(data, '$.a$1') FROM t WHERE a = $1 AND b IN ($2, $10)".into()
            ),
            "SELECT json_extract(data, '$.a$1') FROM t WHERE a = ?1 AND b IN (?2, ?10)"
        );
        // In order, each once: plain `?`, bound by position.
        assert_eq!(
            sqlite_text("INSERT INTO t VALUES ($1, '$2', $2), ($3, $4)".into()),
            "INSERT INTO t VALUES (?, '$2', ?), (?, ?)"
        );
        // Repeated or out of order: numbered.
        assert_eq!(
            sqlite_text("SELECT $1 WHERE a = $1".into()),
            "SELECT ?1 WHERE a = ?1"
        );
        assert_eq!(sqlite_text("SELECT $2, $1".into()), "SELECT ?2, ?1");
        assert_eq!(
            sqlite_text("SELECT \"$1\", $ FROM t".into()),
            "SELECT \"$1\", $ FROM t"
        );
    }

    #[test]
    fn parameters_are_numbered_in_order() {
        let mut q = sql("SELECT id FROM t WHERE a = $1 AND b IN ").bind("x");
        q.push_tuple(["p", "q"]).push(" AND c = ").push_bind(3_i64);
        assert_eq!(
            q.text,
            "SELECT id FROM t WHERE a = $1 AND b IN ($2, $3) AND c = $4"
        );
        assert_eq!(q.args.len(), 4);
        let mut v = sql("INSERT INTO t (id, data) VALUES ");
        v.push_tuple_cast(["a", "{}"], 1, "::json");
        assert_eq!(v.text, "INSERT INTO t (id, data) VALUES ($1, $2::json)");
    }
}
