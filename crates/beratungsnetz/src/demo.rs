//! `beratungsnetz demo`: loads the sample data of Sachsen-Anhalt.

use beratungsnetz_core::clock::{Clock, SystemClock};
use beratungsnetz_core::hsds::{Dataset, nested};
use beratungsnetz_store::{ImportMode, ImportStats, Store};
use clap::Args;
use serde_json::Value;

use crate::Db;

#[derive(Args)]
pub struct DemoArgs {
    #[command(flatten)]
    db: Db,
    /// Remove everything else from the directory first.
    #[arg(long)]
    replace: bool,
}

pub async fn run(a: DemoArgs) -> anyhow::Result<()> {
    let store = a.db.open().await?;
    let mode = if a.replace {
        ImportMode::Replace
    } else {
        ImportMode::Merge
    };
    let stats = load(store.as_ref(), mode).await?;
    println!(
        "loaded the sample data: {} services of {} organizations ({} records)",
        stats.services, stats.organizations, stats.records
    );
    Ok(())
}

/// The sample data as one HSDS data set: the services and the whole vocabulary.
pub fn dataset() -> anyhow::Result<Dataset> {
    let mut items = beratungsnetz_demo::demo_services();
    let today = SystemClock.now().today();
    for item in &mut items {
        verified_as_of(item, today);
    }
    items.extend(beratungsnetz_core::taxonomy::all_terms_json());
    Ok(nested::read_document(
        "sample data",
        &Value::Array(items),
        None,
    )?)
}

/// The sample services, vocabulary, interface sheets and Fachtage (sheets only for the
/// service kinds that have none yet, Fachtage only for years without one: what
/// coordinators wrote is never overwritten).
pub async fn load(store: &dyn Store, mode: ImportMode) -> anyhow::Result<ImportStats> {
    let stats = crate::import::write(store, &dataset()?, mode).await?;
    let now = SystemClock.now();
    store
        .seed_sheets(&beratungsnetz_demo::interface_sheets()?, now.unix)
        .await?;
    store
        .seed_events(
            &beratungsnetz_demo::fachtage(now.today()),
            &|| uuid::Uuid::new_v4().to_string(),
            now.unix,
        )
        .await?;
    seed_workshop_results(store, now.unix).await?;
    Ok(stats)
}

/// The 2020 sample Fachtag's workshop results, when it is the sample event and has none.
async fn seed_workshop_results(store: &dyn Store, now: i64) -> anyhow::Result<()> {
    let sample = store
        .events()
        .await?
        .iter()
        .any(|e| e.year == 2020 && e.example != 0);
    let Some(p) = store.programme(2020).await?.filter(|_| sample) else {
        return Ok(());
    };
    if !store.workshop_results(&p.id).await?.is_empty() {
        return Ok(());
    }
    let audit = beratungsnetz_store::audit::AuditEntry {
        at: now,
        actor: "system".into(),
        action: "sample-results".into(),
        ..Default::default()
    };
    for (title, notes, kind) in beratungsnetz_demo::workshop_results_2020() {
        if let Some(s) = p.sessions.iter().find(|s| s.text.title.starts_with(title)) {
            store
                .save_workshop_result(&p.id, &s.id, notes, &[kind.to_string()], &audit)
                .await?;
        }
    }
    Ok(())
}

/// Gives a sample service a plausible "last verified" date relative to today, so the
/// freshness dashboard and reminders have something to show: about 78 % verified within
/// five months, 15 % due for a reminder (6–12 months), 7 % possibly outdated (> 12 months).
fn verified_as_of(service: &mut Value, today: i64) {
    let Some(id) = service.get("id").and_then(Value::as_str) else {
        return;
    };
    let h = beratungsnetz_demo::hash(id);
    let spread = i64::try_from((h >> 8) % 1000).unwrap_or(0);
    let age = match h % 100 {
        0..78 => spread % 150,
        78..93 => 190 + spread % 170,
        _ => 380 + spread % 200,
    };
    if let Value::Object(m) = service {
        m.insert(
            "assured_date".into(),
            Value::String(beratungsnetz_core::clock::iso_date(today - age)),
        );
    }
}
