//! Accepting connections: hyper's connection builder instead of `axum::serve`, because
//! only it reads request headers against a clock. A client that sends a request line and
//! then waits is cut off after [`Limits::header_timeout`] (the request timeout of the
//! router starts only once the headers are complete), and one client address holds at
//! most [`Limits::per_client`] connections at once.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::service::TowerToHyperService;
use tower::ServiceExt;

use crate::AppState;

/// Limits on connections.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Time to send the request headers (and to start the next request on a kept-alive
    /// connection).
    pub header_timeout: Duration,
    /// Open connections per client address; unlimited behind a trusted reverse proxy,
    /// where every connection comes from the proxy (limit there instead).
    pub per_client: usize,
    /// Open connections in all.
    pub total: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            header_timeout: Duration::from_secs(10),
            per_client: 64,
            total: 4096,
        }
    }
}

/// Open connections per client address.
#[derive(Default)]
struct Open {
    per_client: HashMap<IpAddr, usize>,
    total: usize,
}

/// Counts a connection while it lives.
struct Slot {
    open: Arc<Mutex<Open>>,
    ip: IpAddr,
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Ok(mut open) = self.open.lock() {
            open.total = open.total.saturating_sub(1);
            if let Some(n) = open.per_client.get_mut(&self.ip) {
                *n -= 1;
                if *n == 0 {
                    open.per_client.remove(&self.ip);
                }
            }
        }
    }
}

fn take_slot(open: &Arc<Mutex<Open>>, ip: IpAddr, limits: &Limits, proxied: bool) -> Option<Slot> {
    let mut o = open.lock().ok()?;
    let mine = o.per_client.get(&ip).copied().unwrap_or(0);
    if o.total >= limits.total || (!proxied && mine >= limits.per_client) {
        return None;
    }
    o.total += 1;
    *o.per_client.entry(ip).or_insert(0) += 1;
    Some(Slot {
        open: open.clone(),
        ip,
    })
}

/// Serves until `shutdown` completes, then lets running requests finish (at most 30 s).
pub async fn serve_with(
    listener: tokio::net::TcpListener,
    state: AppState,
    limits: Limits,
    shutdown: impl std::future::Future<Output = ()>,
) -> std::io::Result<()> {
    let proxied = state.config.trust_proxy;
    let app = crate::router(state);
    let open = Arc::new(Mutex::new(Open::default()));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    builder
        .http2()
        .timer(TokioTimer::new())
        .keep_alive_interval(Some(limits.header_timeout));
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors and the like: wait rather than spin.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(slot) = take_slot(&open, peer.ip(), &limits, proxied) else {
            tracing::warn!("connection refused: too many open connections from one client");
            drop(stream);
            continue;
        };
        let app = app
            .clone()
            .map_request(move |mut req: axum::http::Request<Incoming>| {
                req.extensions_mut().insert(ConnectInfo::<SocketAddr>(peer));
                req
            });
        let conn = builder
            .serve_connection_with_upgrades(TokioIo::new(stream), TowerToHyperService::new(app))
            .into_owned();
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            let _slot = slot;
            if let Err(e) = conn.await {
                tracing::debug!(error = %e, "connection ended with an error");
            }
        });
    }
    drop(listener);
    if tokio::time::timeout(Duration::from_secs(30), graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("requests still running after 30 s; stopping anyway");
    }
    Ok(())
}
