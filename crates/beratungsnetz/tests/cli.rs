//! The CLI end to end: the binary as a user runs it, on SQLite and (when
//! BERATUNGSNETZ_TEST_DATABASE_URL is set) on PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use beratungsnetz_core::hsds::Entity;

mod common;
use common::{Node, Target, bin, succeed};

fn examples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/hsds-examples")
}

fn examples_3_1() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/hsds-3.1/examples")
}

/// import → export → import gives the same records, through both exchange forms.
async fn assert_round_trips(t: &Target, label: &str, allow_dangling: bool) {
    let before = t.dataset().await;
    assert!(!before.is_empty(), "{label}: nothing imported");
    // Records whose parent is missing have no place in the nested form.
    let formats: &[&str] = if allow_dangling {
        &["hsds-csv"]
    } else {
        &["hsds-json", "hsds-csv"]
    };
    for format in formats {
        let out = t.out(&format!("export-{label}-{format}"));
        // Pages of 7 records: every table of the sample data spans several.
        t.ok("export", &["--format", format, "--page-size", "7", &out]);
        let mut args = vec!["--replace", out.as_str()];
        if allow_dangling {
            args.push("--allow-dangling");
        }
        t.ok("import", &args);
        let after = t.dataset().await;
        before
            .same_records(&after)
            .unwrap_or_else(|d| panic!("{label} via {format}: {d}"));
    }
}

#[tokio::test]
async fn sample_data_round_trips_losslessly_on_every_engine() {
    for t in Target::all("cli").await {
        let out = t.ok("demo", &["--replace"]);
        assert!(out.contains("sample data"), "{out}");
        let ds = t.dataset().await;
        assert!(ds.count(Entity::Service) >= 150);
        assert!(ds.count(Entity::Organization) >= 80);
        // The sample Fachtag of 2020 with its workshops' results, seeded once.
        let store = t.store().await;
        let p = store.programme(2020).await.unwrap().unwrap();
        let results = store.workshop_results(&p.id).await.unwrap();
        assert_eq!(results.len(), 3, "{}", t.dir.display());
        assert!(
            results
                .iter()
                .all(|r| r.notes.starts_with("(Beispiel)") && r.sheets.len() == 1)
        );
        drop(store);
        assert_round_trips(&t, "demo", false).await;
    }
}

#[tokio::test]
async fn official_json_examples_of_3_0_and_3_1_import_and_round_trip() {
    for t in Target::all("cli").await {
        for dir in [examples(), examples_3_1()] {
            for name in [
                "service_full.json",
                "organization_full.json",
                "service_at_location_full.json",
                "service_list.json",
                "location.json",
                "taxonomy_term.json",
                "taxonomy_list.json",
            ] {
                let path = dir.join(name).display().to_string();
                t.ok("import", &["--replace", &path]);
                assert_round_trips(&t, name, false).await;
            }
        }
    }
}

/// What HSDS 3.1 adds lands in its tables, and the JSON export says it is 3.1 and nests
/// it where the 3.1 schemas put it.
#[tokio::test]
async fn hsds_3_1_additions_are_kept_and_exported_as_3_1() {
    for t in Target::all("cli").await {
        let path = examples_3_1()
            .join("service_full.json")
            .display()
            .to_string();
        t.ok("import", &["--replace", &path]);
        let ds = t.dataset().await;
        let capacity = ds
            .get(
                Entity::ServiceCapacity,
                "8896b788-7b3e-11ef-8db9-7f3d040352b3",
            )
            .expect("the capacity");
        assert_eq!(capacity.fields["available"], 12);
        assert_eq!(
            capacity.str("unit_id"),
            Some("8896b788-7b3e-11ef-8db9-7f3d040352b3")
        );
        assert_eq!(ds.count(Entity::Unit), 1);
        // One URL record, listed by the service and by its organization.
        let url = ds
            .get(Entity::Url, "30951f94-7b24-11ef-ba1b-a79405d4dcaa")
            .expect("the url");
        assert!(url.str("service_id").is_some() && url.str("organization_id").is_some());
        let area = ds
            .get(Entity::ServiceArea, "381c64f1-a724-4884-9c21-ac96c21cca3e")
            .expect("the service area of the service at a location");
        assert!(area.str("service_at_location_id").is_some());
        let attribute_labels: Vec<_> = ds
            .records(Entity::Attribute)
            .filter_map(|a| a.str("label"))
            .collect();
        assert!(attribute_labels.contains(&"An Example Label"));

        let out = t.out("export-3.1");
        let report = t.ok("export", &["--format", "hsds-json", &out]);
        assert!(report.contains("HSDS 3.1"), "{report}");
        let meta: serde_json::Value =
            serde_json::from_slice(&std::fs::read(Path::new(&out).join("hsds.json")).unwrap())
                .unwrap();
        assert_eq!(meta["version"], "3.1");
        let services: serde_json::Value =
            serde_json::from_slice(&std::fs::read(Path::new(&out).join("services.json")).unwrap())
                .unwrap();
        let service = &services[0];
        assert_eq!(service["capacities"][0]["unit"]["name"], "Kilogram");
        assert_eq!(service["additional_urls"][0]["url"], "https://example.org");
        assert_eq!(
            service["organization"]["id"], service["organization_id"],
            "{service}"
        );
        let csv = t.out("export-3.1-csv");
        t.ok("export", &["--format", "hsds-csv", &csv]);
        let package: serde_json::Value = serde_json::from_slice(
            &std::fs::read(Path::new(&csv).join("datapackage.json")).unwrap(),
        )
        .unwrap();
        assert_eq!(package["version"], "3.1.0");
        for file in ["service_capacity.csv", "units.csv", "url.csv"] {
            assert!(Path::new(&csv).join(file).is_file(), "{file}");
        }
    }
}

#[tokio::test]
async fn an_export_of_an_unknown_hsds_version_is_refused() {
    let t = Target::sqlite();
    let path = examples_3_1()
        .join("service_full.json")
        .display()
        .to_string();
    t.ok("import", &[&path]);
    let out = t.out("export");
    t.ok("export", &["--format", "hsds-json", &out]);
    std::fs::write(Path::new(&out).join("hsds.json"), r#"{"version": "4.0"}"#).unwrap();
    let err = t.fails("import", &["--replace", &out]);
    assert!(
        err.contains("hsds.json: field version: HSDS 4.0 cannot be read"),
        "{err}"
    );
    assert_eq!(t.dataset().await.count(Entity::Service), 1);
}

#[tokio::test]
async fn official_3_1_csv_example_round_trips() {
    for t in Target::all("cli").await {
        let path = examples_3_1().join("csv").display().to_string();
        t.ok("import", &["--replace", "--allow-dangling", &path]);
        let ds = t.dataset().await;
        assert_eq!(ds.count(Entity::ServiceCapacity), 1);
        assert_eq!(ds.count(Entity::Url), 1);
        assert_round_trips(&t, "csv-example-3.1", true).await;
    }
}

#[tokio::test]
async fn official_csv_example_imports_only_with_its_dangling_references_allowed() {
    for t in Target::all("cli").await {
        let path = examples().join("csv").display().to_string();
        let err = t.fails("import", &["--replace", &path]);
        assert!(err.contains("nothing was written"), "{err}");
        assert!(
            err.contains("taxonomy_terms.csv line 2: field `taxonomy_id`"),
            "{err}"
        );
        assert_eq!(t.dataset().await.len(), 0);
        let out = t.ok("import", &["--replace", "--allow-dangling", &path]);
        assert!(out.contains("1 services"), "{out}");
        assert_round_trips(&t, "csv-example", true).await;
    }
}

#[tokio::test]
async fn generated_data_is_deterministic_and_round_trips() {
    let t = Target::sqlite();
    std::fs::create_dir_all(&t.dir).unwrap();
    let a = t.out("a.json");
    let b = t.out("b.json");
    for out in [&a, &b] {
        let status = bin()
            .args(["generate", "--services", "300", "--seed", "7", "--out", out])
            .status()
            .unwrap();
        assert!(status.success());
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    t.ok("import", &[&a]);
    assert_eq!(t.dataset().await.count(Entity::Service), 300);
    assert_round_trips(&t, "generated", false).await;
}

/// A database holding one service, and the bad input file written next to it.
fn with_base(name: &str, content: &[u8]) -> (Target, String) {
    let t = Target::sqlite();
    let path = examples().join("service_full.json").display().to_string();
    t.ok("import", &[&path]);
    std::fs::create_dir_all(&t.dir).unwrap();
    let bad_dir = t.dir.join("bad");
    std::fs::create_dir_all(&bad_dir).unwrap();
    let bad = bad_dir.join(name);
    std::fs::write(&bad, content).unwrap();
    let arg = if name.ends_with(".csv") { bad_dir } else { bad };
    (t, arg.display().to_string())
}

async fn unchanged(t: &Target) {
    let ds = t.dataset().await;
    assert_eq!(
        ds.count(Entity::Service),
        1,
        "a rejected import changed data"
    );
    assert_eq!(ds.count(Entity::Organization), 1);
}

const ORG: &str = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
const NEW: &str = "11111111-2222-4333-8444-555555555555";

#[tokio::test]
async fn broken_csv_is_rejected_naming_file_and_line() {
    let csv = format!("id,organization_id,name,status\n{NEW},{ORG},A,active\n{NEW}x,{ORG},B\n");
    let (t, path) = with_base("services.csv", csv.as_bytes());
    let err = t.fails("import", &[&path]);
    assert!(
        err.contains("services.csv line 3: has 3 columns, the header has 4"),
        "{err}"
    );
    unchanged(&t).await;
}

#[tokio::test]
async fn wrong_types_are_rejected_naming_the_json_pointer() {
    let json = format!(
        r#"[{{"id": "{NEW}", "name": "A", "status": "active", "organization_id": "{ORG}", "minimum_age": "zwölf"}}]"#
    );
    let (t, path) = with_base("services.json", json.as_bytes());
    let err = t.fails("import", &[&path]);
    assert!(
        err.contains("services.json at /0/minimum_age: field `minimum_age`"),
        "{err}"
    );
    unchanged(&t).await;
}

#[tokio::test]
async fn dangling_references_are_rejected() {
    let csv = format!("id,organization_id,name,status\n{NEW},{NEW},A,active\n");
    let (t, path) = with_base("services.csv", csv.as_bytes());
    let err = t.fails("import", &[&path]);
    assert!(
        err.contains(&format!(
            "services.csv line 2: field `organization_id`: refers to organization `{NEW}`, which does not exist"
        )),
        "{err}"
    );
    unchanged(&t).await;
    // The same reference to an organization already stored is fine.
    let csv = format!("id,organization_id,name,status\n{NEW},{ORG},A,active\n");
    std::fs::write(t.dir.join("bad/services.csv"), csv).unwrap();
    t.ok("import", &[&path]);
    assert_eq!(t.dataset().await.count(Entity::Service), 2);
}

/// A package's own `datapackage.json` may declare foreign keys on its extension columns;
/// they hold as the official ones do, against the input and what is stored.
#[tokio::test]
async fn foreign_keys_a_package_declares_on_its_own_columns_are_enforced() {
    let csv = format!("id,organization_id,name,status,x_partner_id\n{NEW},{ORG},A,active,{NEW}\n");
    let (t, path) = with_base("services.csv", csv.as_bytes());
    let package = serde_json::json!({
        "name": "partner",
        "resources": [{
            "name": "service",
            "path": "services.csv",
            "schema": {
                "fields": [
                    {"name": "id", "type": "string"},
                    {"name": "organization_id", "type": "string"},
                    {"name": "name", "type": "string"},
                    {"name": "status", "type": "string"},
                    {"name": "x_partner_id", "type": "string"}
                ],
                "foreignKeys": [{
                    "fields": ["x_partner_id"],
                    "reference": {"resource": "organization", "fields": ["id"]}
                }]
            }
        }]
    });
    std::fs::write(
        t.dir.join("bad/datapackage.json"),
        serde_json::to_vec(&package).unwrap(),
    )
    .unwrap();
    let err = t.fails("import", &[&path]);
    assert!(
        err.contains(&format!(
            "services.csv line 2: field `x_partner_id`: refers to organization `{NEW}`, which does not exist"
        )),
        "{err}"
    );
    unchanged(&t).await;
    // A partner that is stored already is fine, and the column is kept.
    let csv = format!("id,organization_id,name,status,x_partner_id\n{NEW},{ORG},A,active,{ORG}\n");
    std::fs::write(t.dir.join("bad/services.csv"), csv).unwrap();
    t.ok("import", &[&path]);
    let ds = t.dataset().await;
    assert_eq!(
        ds.get(Entity::Service, NEW)
            .and_then(|s| s.str("x_partner_id")),
        Some(ORG)
    );
}

#[tokio::test]
async fn duplicate_ids_are_rejected() {
    let csv =
        format!("id,organization_id,name,status\n{NEW},{ORG},A,active\n{NEW},{ORG},B,active\n");
    let (t, path) = with_base("services.csv", csv.as_bytes());
    let err = t.fails("import", &[&path]);
    assert!(
        err.contains(&format!("services.csv line 3: field `id`: duplicate id `{NEW}`: already used in services.csv line 2")),
        "{err}"
    );
    unchanged(&t).await;
}

#[tokio::test]
async fn wrong_encoding_is_rejected() {
    let mut csv = format!("id,organization_id,name,status\n{NEW},{ORG},").into_bytes();
    csv.extend_from_slice(b"Beratung f\xfcr Familien,active\n");
    let (t, path) = with_base("services.csv", &csv);
    let err = t.fails("import", &[&path]);
    assert!(
        err.contains("services.csv line 2: not valid UTF-8"),
        "{err}"
    );
    unchanged(&t).await;
    let (t, path) = with_base("services.json", b"[{\"name\": \"f\xfcr\"}]");
    let err = t.fails("import", &[&path]);
    assert!(
        err.contains("services.json line 1: not valid UTF-8"),
        "{err}"
    );
    unchanged(&t).await;
}

#[tokio::test]
async fn a_50_mb_file_with_an_error_at_its_end_writes_nothing() {
    // 50 MB of valid services, then a syntax error on the last line.
    let mut json = String::with_capacity(51 << 20);
    json.push_str("[\n");
    let mut i: u64 = 0;
    while json.len() < 50 << 20 {
        json.push_str(&format!(
            r#"{{"id": "00000000-0000-4000-8000-{i:012}", "name": "Beratung {i}", "status": "active", "organization_id": "{ORG}", "description": "{}"}},
"#,
            "x".repeat(400)
        ));
        i += 1;
    }
    json.push_str("{\"id\": }\n]\n");
    let lines = json.lines().count();
    let (t, path) = with_base("big.json", json.as_bytes());
    let err = t.fails("import", &["--max-mb", "10", &path]);
    assert!(err.contains("more than the limit of 10 MB"), "{err}");
    let err = t.fails("import", &[&path]);
    assert!(
        err.contains(&format!("big.json line {}: not valid JSON", lines - 1)),
        "{err}"
    );
    unchanged(&t).await;
}

/// Issue 13: `--max-mb` held per file, so many files under the limit together passed it;
/// and a file of nothing but empty arrays was built in memory (27 times its size) before
/// any check. Both are refused by name now, and nothing is written.
#[tokio::test]
async fn the_size_limit_holds_for_the_whole_import_and_hostile_shapes_stop_early() {
    let padded = format!("[{}]", " ".repeat(700 * 1024));
    let (t, path) = with_base("a.json", padded.as_bytes());
    let dir = std::path::Path::new(&path).parent().unwrap().to_path_buf();
    std::fs::write(dir.join("b.json"), &padded).unwrap();
    let err = t.fails("import", &["--max-mb", "1", &dir.display().to_string()]);
    assert!(err.contains("b.json brings the import to 2 MB"), "{err}");
    assert!(err.contains("limit of 1 MB"), "{err}");

    let empties = format!("[{}[]]", "[],".repeat(5_000_000));
    let (t, path) = with_base("empties.json", empties.as_bytes());
    let err = t.fails("import", &[&path]);
    assert!(
        err.contains("empties.json at /0: cannot tell which HSDS object"),
        "{err}"
    );
    let row = format!("id,name\n{}\n", ",".repeat(5_000_000));
    let (t2, path) = with_base("services.csv", row.as_bytes());
    let err = t2.fails("import", &[&path]);
    assert!(
        err.contains("services.csv line 2: more than 1000 columns"),
        "{err}"
    );
    unchanged(&t).await;
    unchanged(&t2).await;
}

/// A size limit too large to count in bytes is a clear error, not an overflow.
#[tokio::test]
async fn an_absurd_size_limit_is_refused_by_name() {
    let (t, path) = with_base("one.json", b"[]");
    for limit in ["18446744073709551615", "0"] {
        let err = t.fails("import", &["--max-mb", limit, &path]);
        assert!(err.contains("--max-mb"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[tokio::test]
async fn flags_come_from_the_environment_too() {
    let t = Target::sqlite();
    let path = examples().join("service_full.json").display().to_string();
    succeed(
        bin()
            .args(["import", &path])
            .env("BERATUNGSNETZ_DATA_DIR", &t.dir),
    );
    assert_eq!(t.dataset().await.count(Entity::Service), 1);
    let help = bin().arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    for sub in ["serve", "import", "export", "demo", "generate", "bench"] {
        assert!(help.contains(sub), "--help lacks {sub}: {help}");
    }
}

/// `serve` on an empty database loads the sample data and answers.
#[tokio::test]
async fn serve_fills_an_empty_database_and_answers() {
    // Node::start gives its own data directory: the database there starts empty.
    let node = Node::start(&[], true).await;
    let base = node.base.clone();
    let get = |path: &str| reqwest::get(format!("{base}{path}"));
    let health = get("/healthz").await.unwrap();
    assert_eq!(health.status(), 200);
    assert_eq!(get("/readyz").await.unwrap().status(), 200);
    let home = get("/").await.unwrap().text().await.unwrap();
    assert!(
        home.contains("(Beispiel)"),
        "home page lists no sample services"
    );
    let page: serde_json::Value = get("/api/v1/services?per_page=5")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(page["total_items"].as_u64().unwrap() >= 150, "{page}");
    let id = page["contents"][0]["id"].as_str().unwrap().to_string();
    let one: serde_json::Value = get(&format!("/api/v1/services/{id}"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(one["id"], id.as_str());
    assert!(one["service_at_locations"][0]["location"]["latitude"].is_number());
}

/// A running `serve` node and its address.
/// Two nodes share one database, each with its own search index: a write lands in both.
#[tokio::test]
async fn two_nodes_find_a_new_service_within_moments() {
    let sqlite = Target::sqlite();
    std::fs::create_dir_all(&sqlite.dir).unwrap();
    let shared = format!("sqlite://{}", sqlite.dir.join("shared.db").display());
    let mut urls = vec![("sqlite", shared)];
    let pg = Target::postgres("cli").await;
    if let Some(url) = pg.as_ref().and_then(|t| t.url().map(str::to_string)) {
        urls.push(("postgres", url));
    }
    for (engine, url) in urls {
        let db = vec!["--database-url".to_string(), url.clone()];
        let run = |args: &[&str]| {
            succeed(bin().args(args).args(&db));
        };
        run(&["demo", "--replace"]);
        let a = Node::start(&db, false).await;
        let b = Node::start(&db, false).await;
        assert_eq!(a.total("Fahrradwerkstatt").await, 0, "{engine}");
        assert!(b.total("Schulden").await > 0, "{engine}");

        let file = sqlite.dir.join(format!("new-{engine}.json"));
        std::fs::write(
            &file,
            serde_json::json!({
                "id": "0c0ffee0-0000-4000-8000-000000000001", "name": "Fahrradwerkstatt für Geflüchtete",
                "status": "active",
                "organization": {"id": "0c0ffee0-0000-4000-8000-000000000002",
                                  "name": "Verein Rad und Tat (Beispiel)", "description": "Beispieldaten"}
            })
            .to_string(),
        )
        .unwrap();
        let started = std::time::Instant::now();
        run(&["import", file.to_str().unwrap()]);
        for node in [&a, &b] {
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
            while node.total("Fahrradwerkstatt").await == 0 {
                assert!(
                    std::time::Instant::now() < deadline,
                    "{engine}: never arrived"
                );
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            }
        }
        eprintln!(
            "{engine}: the new service was searchable on both nodes {} ms after the import started",
            started.elapsed().as_millis()
        );
    }
}
