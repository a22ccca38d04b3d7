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
    #[command(flatten)]
    mail: crate::accounts::MailArgs,
    #[command(flatten)]
    periods: crate::keys::PeriodsArgs,
    /// Bearer token that opens /metrics on the main address (at least 16 characters);
    /// without it (and without --metrics-bind) /metrics answers 404.
    #[arg(long, env = "BERATUNGSNETZ_METRICS_TOKEN", hide_env_values = true)]
    metrics_token: Option<String>,
    /// A second address that serves only /metrics, without a token (loopback or an
    /// internal network: whoever reaches it can read the metrics).
    #[arg(long, env = "BERATUNGSNETZ_METRICS_BIND")]
    metrics_bind: Option<SocketAddr>,
}

pub async fn run(a: ServeArgs) -> anyhow::Result<()> {
    if a.metrics_token
        .as_ref()
        .is_some_and(|t| t.trim().len() < 16)
    {
        anyhow::bail!("--metrics-token must have at least 16 characters");
    }
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
    let listener = tokio::net::TcpListener::bind(a.bind)
        .await
        .with_context(|| format!("cannot listen on {}", a.bind))?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, engine = store.engine().name(), "serving");
    let mut state = a
        .mail
        .state(store.clone(), search, &format!("http://{addr}"))?;
    let mut config = (*state.config).clone();
    config.audit_retention_days = a.periods.audit_retention_days;
    config.referral_periods = a.periods.periods();
    config.metrics_token = a.metrics_token.map(|t| t.trim().to_string());
    state.config = std::sync::Arc::new(config);
    let key_path = a.db.key_path();
    if let Some(dir) = key_path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create {} for the key file", dir.display()))?;
    }
    let keys = beratungsnetz_store::sealing::Keyring::load_or_create(&key_path)?;
    seal_plain_secrets(store.as_ref(), &keys).await?;
    state.keys = Some(std::sync::Arc::new(keys));
    if state.mailer.is_outbox() {
        tracing::info!(
            "no SMTP server configured: mail is kept in the outbox (/verwaltung/postausgang)"
        );
    }
    // Unique per process, also where containers share pid and address.
    let node = uuid::Uuid::new_v4().to_string();
    if let Some(bind) = a.metrics_bind {
        let metrics = tokio::net::TcpListener::bind(bind)
            .await
            .with_context(|| format!("cannot listen on {bind} for metrics"))?;
        tracing::info!(addr = %metrics.local_addr()?, "metrics served");
        let app = beratungsnetz_web::telemetry::standalone(state.clone());
        tokio::spawn(async move {
            if let Err(e) = axum::serve(metrics, app).await {
                tracing::error!(error = %e, "the metrics listener stopped");
            }
        });
    }
    beratungsnetz_web::jobs::start(state.clone(), node, beratungsnetz_web::jobs::standard(seq));
    say(&format!("beratungsnetz is running: open http://{addr}/"));
    if store.account_count().await? == 0 {
        say(&format!(
            "No accounts yet. Invite the first coordinator (prints a link to set the password):\n  \
             beratungsnetz user add --role coordinator EMAIL{}",
            a.db.flags()
        ));
    }
    beratungsnetz_web::serve(listener, state).await?;
    Ok(())
}

/// A line for whoever started the server; a closed standard output does not stop it.
fn say(line: &str) {
    use std::io::Write;
    let mut out = std::io::stdout();
    let _ = writeln!(out, "{line}").and_then(|()| out.flush());
}

/// Second-factor secrets written before they were sealed are sealed at the first start
/// that finds any (one transaction, as `keys rotate` seals).
async fn seal_plain_secrets(
    store: &dyn beratungsnetz_store::Store,
    keys: &beratungsnetz_store::sealing::Keyring,
) -> anyhow::Result<()> {
    if store.plain_secrets().await? > 0 {
        let n = store.reseal_referrals(keys).await?;
        tracing::info!(accounts = n.secrets, "second-factor secrets sealed");
    }
    Ok(())
}
