//! What a request may ask of the server, and how much runs at once.
//!
//! - a query string is at most [`MAX_QUERY_BYTES`] bytes, each parameter value at most
//!   [`MAX_VALUE_CHARS`] chars (a search query, a term, an id);
//! - a list is given a page at a time: `limit` is [`DEFAULT_LIMIT`] unless asked,
//!   never more than [`MAX_LIMIT`] (`offset` pages on); `context` is at most
//!   [`MAX_CONTEXT`] chars; a trend charts at most [`MAX_TERMS`] terms;
//! - corpus work runs on blocking threads, [`workers`] at a time; further requests wait
//!   their turn (none is turned away), each request within [`TIMEOUT`].

use std::time::Duration;

use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::api::ApiError;
use crate::cli::Window;

/// The longest query string, in bytes.
pub(super) const MAX_QUERY_BYTES: usize = 4096;
/// The longest value of one parameter, in chars.
pub(super) const MAX_VALUE_CHARS: usize = 256;
/// The most items one answer lists.
pub(super) const MAX_LIMIT: usize = 1000;
/// How many items an answer lists when `limit` is not given.
pub(super) const DEFAULT_LIMIT: usize = 100;
/// The most context chars on each side of a search hit.
pub(super) const MAX_CONTEXT: usize = 200;
/// The most terms of one trend.
pub(super) const MAX_TERMS: usize = 10;
/// The longest a request may take, waiting included.
pub(super) const TIMEOUT: Duration = Duration::from_secs(30);

/// How many requests work on the corpus at once: one per core.
pub(super) fn workers() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

/// Answers the request, or 503 with a JSON error when it takes longer than [`TIMEOUT`].
pub(super) async fn in_time(request: Request, next: Next) -> Response {
    match tokio::time::timeout(TIMEOUT, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("the request took longer than {} s", TIMEOUT.as_secs()),
        )
        .into_response(),
    }
}

/// The window a request asks for, held to [`MAX_LIMIT`]: [`DEFAULT_LIMIT`] items when
/// it names no `limit`.
pub(super) fn window(w: &mut Window) -> Result<(), ApiError> {
    match w.limit {
        None => w.limit = Some(DEFAULT_LIMIT),
        Some(n) if n > MAX_LIMIT => {
            return Err(ApiError::bad(format!(
                "limit {n} is more than this server lists at once ({MAX_LIMIT}): \
                 page with offset"
            )));
        }
        Some(_) => {}
    }
    Ok(())
}

/// `value` (a parameter's), refused when it is longer than [`MAX_VALUE_CHARS`].
pub(super) fn value<'v>(name: &str, value: &'v str) -> Result<&'v str, ApiError> {
    let chars = value.chars().count();
    if chars > MAX_VALUE_CHARS {
        return Err(ApiError::bad(format!(
            "{name} is {chars} chars long; the most is {MAX_VALUE_CHARS}"
        )));
    }
    Ok(value)
}

/// Refuses a number over its most.
pub(super) fn at_most(name: &str, n: usize, most: usize) -> Result<(), ApiError> {
    if n > most {
        return Err(ApiError::bad(format!("{name} is {n}; the most is {most}")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_held_to_the_most() {
        let mut w = Window {
            limit: None,
            offset: 5,
        };
        window(&mut w).unwrap();
        assert_eq!((w.limit, w.offset), (Some(DEFAULT_LIMIT), 5));
        let mut w = Window {
            limit: Some(MAX_LIMIT + 1),
            offset: 0,
        };
        assert_eq!(window(&mut w).unwrap_err().status, StatusCode::BAD_REQUEST);
    }

    #[test]
    fn long_values_are_refused() {
        assert!(value("query", &"乡".repeat(MAX_VALUE_CHARS)).is_ok());
        assert!(value("query", &"乡".repeat(MAX_VALUE_CHARS + 1)).is_err());
    }
}
