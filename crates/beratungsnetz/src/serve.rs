//! `beratungsnetz serve`: the web server.

use std::net::SocketAddr;

use anyhow::Context;
use beratungsnetz_core::hsds::Entity;
use beratungsnetz_store::ImportMode;
use clap::Args;

use crate::Db;

#[derive(Args)]
pub struct ServeArgs {
    #[command(flatten)]
    db: Db,
    /// Address to listen on.
    #[arg(long, env = "BERATUNGSNETZ_BIND", default_value = "127.0.0.1:8080")]
    bind: SocketAddr,
    /// Do not load the sample data into an empty database.
    #[arg(long, env = "BERATUNGSNETZ_NO_DEMO")]
    no_demo: bool,
}

pub async fn run(a: ServeArgs) -> anyhow::Result<()> {
    let store = a.db.open().await?;
    if !a.no_demo && store.count(Entity::Service).await? == 0 {
        let stats = crate::demo::load(store.as_ref(), ImportMode::Merge).await?;
        tracing::info!(
            services = stats.services,
            organizations = stats.organizations,
            "empty database: loaded the sample data"
        );
    }
    let (search, seq) = crate::search::open(&a.db, store.as_ref()).await?;
    crate::search::follow(store.clone(), search.clone(), seq);
    let listener = tokio::net::TcpListener::bind(a.bind)
        .await
        .with_context(|| format!("cannot listen on {}", a.bind))?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, engine = store.engine().name(), "serving");
    println!("beratungsnetz is running: open http://{addr}/");
    beratungsnetz_web::serve(listener, beratungsnetz_web::AppState { store, search }).await?;
    Ok(())
}
