//! Both engines' migrations give the same schema: the same tables, columns (with the same
//! nullability and kind of value) and indexes. Needs PostgreSQL; says so when it skips.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;

use beratungsnetz_testkit::{self as testkit, Raw, TestDb};

/// Table → column → (not null, kind); table → index names.
type Columns = BTreeMap<String, BTreeMap<String, (bool, &'static str)>>;
type Indexes = BTreeMap<String, Vec<String>>;

/// The kind of value a declared column type holds, in words both engines share.
fn kind(declared: &str) -> &'static str {
    let t = declared.to_ascii_lowercase();
    if t.contains("int") || t.contains("serial") {
        "integer"
    } else if t.contains("real") || t.contains("double") || t.contains("float") {
        "real"
    } else if t.contains("bool") {
        "boolean"
    } else if t.contains("json")
        || t.contains("text")
        || t.contains("char")
        || t.contains("timestamp")
    {
        // SQLite keeps JSON and times as text.
        "text"
    } else {
        "other"
    }
}

fn text(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

async fn schema(db: &TestDb) -> (Columns, Indexes) {
    let mut columns = Columns::new();
    let mut indexes = Indexes::new();
    match db.raw {
        Raw::Sqlite(_) => {
            let tables = db
                .strings(
                    "SELECT name FROM sqlite_master WHERE type = 'table' \
                     AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
                )
                .await;
            for t in tables {
                let table = text(&t[0]);
                let cols = db
                    .strings(&format!(
                        "SELECT name, CAST(\"notnull\" AS TEXT), CAST(pk AS TEXT), type \
                         FROM pragma_table_info('{table}')"
                    ))
                    .await;
                for c in cols {
                    // A primary key is never null in practice; SQLite only fails to say so.
                    let not_null = text(&c[1]) == "1" || text(&c[2]) != "0";
                    columns
                        .entry(table.clone())
                        .or_default()
                        .insert(text(&c[0]), (not_null, kind(&text(&c[3]))));
                }
                let idx = db
                    .strings(&format!(
                        "SELECT name FROM sqlite_master WHERE type = 'index' \
                         AND tbl_name = '{table}' AND sql IS NOT NULL ORDER BY name"
                    ))
                    .await;
                indexes.insert(table, idx.iter().map(|r| text(&r[0])).collect());
            }
        }
        Raw::Postgres(_) => {
            let cols = db
                .strings(
                    "SELECT c.table_name::text, c.column_name::text, c.is_nullable::text, c.data_type::text \
                     FROM information_schema.columns c JOIN information_schema.tables t \
                     ON t.table_name = c.table_name AND t.table_schema = c.table_schema \
                     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' \
                     AND c.table_name NOT LIKE '_sqlx%'",
                )
                .await;
            for c in cols {
                columns
                    .entry(text(&c[0]))
                    .or_default()
                    .insert(text(&c[1]), (text(&c[2]) == "NO", kind(&text(&c[3]))));
            }
            // Explicit indexes: not those PostgreSQL makes for keys and UNIQUE columns.
            let idx = db
                .strings(
                    "SELECT i.tablename::text, i.indexname::text FROM pg_indexes i \
                     WHERE i.schemaname = 'public' AND i.tablename NOT LIKE '_sqlx%' \
                     AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname) \
                     ORDER BY i.indexname",
                )
                .await;
            for table in columns.keys() {
                indexes.insert(table.clone(), Vec::new());
            }
            for r in idx {
                indexes.entry(text(&r[0])).or_default().push(text(&r[1]));
            }
        }
    }
    (columns, indexes)
}

#[tokio::test]
async fn both_engines_migrate_to_the_same_schema() {
    let dbs = testkit::engines("schema").await;
    let [sqlite, postgres] = dbs.as_slice() else {
        eprintln!("SKIPPING the schema comparison: it needs both engines");
        return;
    };
    let (sc, si) = schema(sqlite).await;
    let (pc, pi) = schema(postgres).await;
    assert!(sc.len() > 20, "tables read: {:?}", sc.keys());
    assert_eq!(
        sc.keys().collect::<Vec<_>>(),
        pc.keys().collect::<Vec<_>>(),
        "tables"
    );
    for (table, columns) in &sc {
        assert_eq!(Some(columns), pc.get(table), "columns of {table}");
    }
    assert_eq!(si, pi, "indexes");
}

/// An import into empty tables sets their secondary indexes aside and builds them again
/// before it commits (SQLite); one that fails leaves them as they were, and the database
/// is whole either way.
#[tokio::test]
async fn an_import_into_empty_tables_leaves_every_index_in_place() {
    use beratungsnetz_core::hsds::nested::read_document;
    use beratungsnetz_store::ImportMode;
    use serde_json::json;

    const ORG: &str = "0a5f3c1e-0000-4000-8000-000000000001";
    const SVC: &str = "0a5f3c1e-0000-4000-8000-000000000002";
    const MISSING: &str = "0a5f3c1e-0000-4000-8000-0000000000ff";
    for db in testkit::engines("schema-import").await {
        let before = schema(&db).await.1;
        assert!(before.values().map(Vec::len).sum::<usize>() > 40);
        let bad = json!([{"id": SVC, "name": "Suchtberatung", "status": "active",
                          "organization_id": MISSING}]);
        let bad = read_document("bad.json", &bad, None).unwrap();
        for mode in [ImportMode::Replace, ImportMode::Merge] {
            assert!(db.store.import(&bad, mode).await.is_err(), "{}", db.name);
            assert_eq!(
                schema(&db).await.1,
                before,
                "after a failed import, {}",
                db.name
            );
        }
        let good = json!([{"id": SVC, "name": "Suchtberatung", "status": "active",
                           "organization": {"id": ORG, "name": "Träger (Beispiel)",
                                            "description": "Beispieldaten"}}]);
        let good = read_document("good.json", &good, None).unwrap();
        db.store.import(&good, ImportMode::Replace).await.unwrap();
        assert_eq!(schema(&db).await.1, before, "after an import, {}", db.name);
        if matches!(db.raw, Raw::Postgres(_)) {
            // The planner knows the tables' new sizes (-1: never analyzed).
            let tuples = db
                .strings("SELECT CAST(reltuples AS TEXT) FROM pg_class WHERE relname = 'service'")
                .await;
            assert_eq!(text(&tuples[0][0]), "1");
        }
        if matches!(db.raw, Raw::Sqlite(_)) {
            let check = db.strings("PRAGMA integrity_check").await;
            assert_eq!(text(&check[0][0]), "ok");
            // The rebuilt index finds the row.
            let by_org = db
                .strings(&format!(
                    "SELECT id FROM service INDEXED BY service_organization_id_idx \
                     WHERE organization_id = '{ORG}'"
                ))
                .await;
            assert_eq!(text(&by_org[0][0]), SVC);
        }
    }
}
