//! This node's search index: where it lives, bringing it up to date on start, and
//! `beratungsnetz reindex` (following the change log is a job: `beratungsnetz_web::jobs`).

use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use beratungsnetz_search::{SearchIndex, sync};
use beratungsnetz_store::Store;
use clap::Args;

use crate::Db;
use crate::progress::{Progress, Unit};

#[derive(Args)]
pub struct ReindexArgs {
    #[command(flatten)]
    db: Db,
}

fn index_dir(db: &Db) -> std::path::PathBuf {
    db.data_dir.join("search-index")
}

/// Opens the index in the data directory and brings it up to date with the store.
pub async fn open(db: &Db, store: &dyn Store) -> anyhow::Result<(Arc<SearchIndex>, i64)> {
    let dir = index_dir(db);
    let (index, seq) = SearchIndex::open_dir(&dir)
        .with_context(|| format!("cannot open the search index in {}", dir.display()))?;
    let latest = store.latest_change().await?;
    let seq = match seq {
        // An index ahead of the change log belongs to another database.
        Some(seq) if seq <= latest => {
            // A kept index: the curated vocabulary is not in it, so load it.
            sync::load_vocabulary(store, &index).await?;
            sync::catch_up(store, &index, seq).await?
        }
        _ => {
            let started = Instant::now();
            let seq = sync::rebuild(store, &index).await?;
            tracing::info!(
                documents = index.num_docs(),
                seconds = started.elapsed().as_secs_f64(),
                "search index built"
            );
            seq
        }
    };
    Ok((Arc::new(index), seq))
}

pub async fn reindex(a: ReindexArgs) -> anyhow::Result<()> {
    let store = a.db.open().await?;
    let dir = index_dir(&a.db);
    let (index, _) = SearchIndex::open_dir(&dir).with_context(|| {
        format!(
            "cannot open the search index in {} (is a server running on it?)",
            dir.display()
        )
    })?;
    let started = Instant::now();
    let total = store
        .count(beratungsnetz_core::hsds::Entity::Service)
        .await?;
    let progress = Progress::start("reindex", total, Unit::Items);
    let done = progress.counter();
    sync::rebuild_counting(store.as_ref(), &index, &done).await?;
    progress.finish();
    println!(
        "search index rebuilt: {} services in {:.1} s ({})",
        index.num_docs(),
        started.elapsed().as_secs_f64(),
        dir.display()
    );
    Ok(())
}
