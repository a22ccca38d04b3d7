//! Security headers on every response: no framing, no third-party anything, no referrer
//! leaving the site (a search for "Schwangerschaftskonflikt" is nobody else's business).

use axum::http::{HeaderValue, header};
use axum::response::Response;

/// Our pages load only our own stylesheet and scripts; images also from the map's tile
/// server, when one is configured.
fn csp(tile_origin: Option<&str>) -> String {
    let tiles = tile_origin.map(|o| format!(" {o}")).unwrap_or_default();
    format!(
        "default-src 'self'; img-src 'self' data:{tiles}; style-src 'self'; script-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// The origin (`https://host:port`) of a tile URL template.
fn origin(url: &str) -> Option<&str> {
    let scheme_end = url.find("://")? + 3;
    let host_end = url[scheme_end..]
        .find('/')
        .map_or(url.len(), |i| scheme_end + i);
    Some(&url[..host_end])
}

/// The middleware that sets the headers; `map_tiles` widens `img-src` to the tile server.
/// With `https` (the public address is https), browsers are also told to use nothing
/// else for this host for a year (HSTS).
pub fn headers(
    map_tiles: Option<&str>,
    https: bool,
) -> impl Fn(Response) -> std::future::Ready<Response> + Clone + Send + Sync + 'static {
    let value = HeaderValue::from_str(&csp(map_tiles.and_then(origin)))
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'self'"));
    move |resp| std::future::ready(apply(resp, value.clone(), https))
}

fn apply(mut resp: Response, csp: HeaderValue, https: bool) -> Response {
    let h = resp.headers_mut();
    if https {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    // A handler may set a stricter policy (a downloaded file runs nothing at all).
    h.entry(header::CONTENT_SECURITY_POLICY).or_insert(csp);
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // A page may be stricter (a personal link sends no referrer at all) or need the
    // camera (the check-in desk): what a handler set stays.
    h.entry(header::REFERRER_POLICY)
        .or_insert(HeaderValue::from_static("same-origin"));
    h.entry("permissions-policy").or_insert(
        // Location only for this site's own "near me" button, and only when asked.
        HeaderValue::from_static(
            "camera=(), microphone=(), geolocation=(self), interest-cohort=()",
        ),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    resp
}

#[cfg(test)]
mod tests {
    #[test]
    fn tile_origins() {
        assert_eq!(
            super::origin("https://tile.example.org/{z}/{x}/{y}.png"),
            Some("https://tile.example.org")
        );
        assert_eq!(
            super::origin("http://127.0.0.1:9/{z}/{x}/{y}.png"),
            Some("http://127.0.0.1:9")
        );
        assert!(
            super::csp(Some("https://t.example.org"))
                .contains("img-src 'self' data: https://t.example.org;")
        );
        assert!(super::csp(None).contains("img-src 'self' data:;"));
    }
}
