//! The page's files (`crates/baokan-cli/web/`), built into the binary: a request is
//! looked up among them and nowhere else, so no path reaches the file system.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use include_dir::{Dir, include_dir};

use super::api::ApiError;

/// The page: `index.html`, its script and its style sheet.
static WEB: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/web");

/// What the page may load: its own files and nothing from elsewhere.
pub(super) const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data:; \
     style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; \
     base-uri 'none'; frame-ancestors 'none'";

/// The file at `path` (`/` is `index.html`): 200 with its type, 404 when there is none,
/// 400 for a path that steps outside (`..`), is encoded or has empty segments.
pub(super) fn file(path: &str) -> Response {
    let name = match path.strip_prefix('/').unwrap_or(path) {
        "" => "index.html",
        name => name,
    };
    let odd = name.contains(['%', '\\', '\0'])
        || name
            .split('/')
            .any(|s| s.is_empty() || s == "." || s == "..");
    if odd {
        return ApiError::new(
            StatusCode::BAD_REQUEST,
            format!("{path:?} is not a file of the page"),
        )
        .into_response();
    }
    match WEB.get_file(name) {
        Some(f) => (
            [
                (header::CONTENT_TYPE, content_type(name)),
                (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            ],
            f.contents(),
        )
            .into_response(),
        None => ApiError::new(StatusCode::NOT_FOUND, format!("no file {path:?}")).into_response(),
    }
}

/// The media type of a file of the page, by its extension.
fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_is_built_in() {
        for name in ["index.html", "app.js", "app.css"] {
            assert!(WEB.get_file(name).is_some(), "{name}");
        }
        assert_eq!(file("/").status(), StatusCode::OK);
        assert_eq!(file("/app.js").status(), StatusCode::OK);
    }

    #[test]
    fn paths_outside_the_page_are_refused() {
        for path in [
            "/../Cargo.toml",
            "/a/../app.js",
            "/%2e%2e/x",
            "//etc/passwd",
            "/./app.js",
        ] {
            assert_eq!(file(path).status(), StatusCode::BAD_REQUEST, "{path}");
        }
        assert_eq!(file("/Cargo.toml").status(), StatusCode::NOT_FOUND);
    }
}
