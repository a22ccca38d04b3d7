//! The connection layer over real sockets: slow headers are cut off, and one client
//! cannot hold every connection (issue 13).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use beratungsnetz_web::server::{Limits, serve_with};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::oneshot;

/// A server on a free port with these limits; dropping the sender stops it.
async fn start(limits: Limits) -> (std::net::SocketAddr, oneshot::Sender<()>, tempfile::TempDir) {
    let (dir, state) = common::state_with(&json!([])).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(serve_with(listener, state, limits, async move {
        let _ = stopped.await;
    }));
    (addr, stop, dir)
}

/// Reads until the server closes the connection; the bytes it sent.
async fn read_to_close(s: &mut TcpStream, within: Duration) -> Option<Vec<u8>> {
    let mut buf = Vec::new();
    match tokio::time::timeout(within, s.read_to_end(&mut buf)).await {
        Ok(_) => Some(buf),
        Err(_) => None,
    }
}

/// A complete request for `/healthz` on a new connection: the answer.
async fn health(addr: std::net::SocketAddr) -> String {
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let answer = read_to_close(&mut s, Duration::from_secs(20))
        .await
        .unwrap();
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn a_client_that_stops_mid_headers_is_cut_off() {
    let (addr, _stop, _dir) = start(Limits {
        header_timeout: Duration::from_secs(1),
        ..Limits::default()
    })
    .await;
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\n")
        .await
        .unwrap();
    // Before: open for at least 300 s. The margin only keeps a slow machine from failing.
    let closed = read_to_close(&mut s, Duration::from_secs(20)).await;
    assert!(closed.is_some(), "the connection stayed open");

    // A complete request is still answered.
    let answer = health(addr).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[tokio::test]
async fn one_client_holds_at_most_its_share_of_connections() {
    let (addr, _stop, _dir) = start(Limits {
        header_timeout: Duration::from_secs(30),
        per_client: 3,
        total: 100,
    })
    .await;
    let mut held = Vec::new();
    for _ in 0..3 {
        let s = TcpStream::connect(addr).await.unwrap();
        held.push(s);
    }
    // Accepted in order: give the server a moment to count the three.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut fourth = TcpStream::connect(addr).await.unwrap();
    let _ = fourth
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await;
    let answer = read_to_close(&mut fourth, Duration::from_secs(20)).await;
    assert_eq!(
        answer.as_deref(),
        Some(&b""[..]),
        "closed without an answer"
    );

    // One gone, a new one is served.
    drop(held.pop());
    tokio::time::sleep(Duration::from_millis(200)).await;
    let answer = health(addr).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}
