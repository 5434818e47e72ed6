//! `baokan serve`: the corpus explorer, a page in the browser over a JSON API.
//!
//! One HTTP/1 server (axum on tokio) answers two kinds of request:
//!
//! - `GET /api/VERB?OPTIONS` ([`api`]): what `baokan VERB OPTIONS --json` prints, byte for
//!   byte, built by the same function the CLI calls. Options are named as on the
//!   command line (`/api/search?query=乡村振兴&sort=left&limit=20` is `baokan search
//!   乡村振兴 --sort left --limit 20 --json`); `GET /api/plot/trend` and
//!   `/api/plot/timeline` answer the SVG `baokan plot … -o -` writes. Errors are 4xx
//!   with a JSON body `{"error": "…"}`, the message the CLI would print.
//! - any other `GET` ([`assets`]): the page's files, built into the binary; nothing is
//!   read from the file system.
//!
//! [`limits`] bounds what a request may ask and how much runs at once: corpus work is
//! CPU-bound, so it runs on blocking threads, a few at a time, the rest queued.

mod api;
mod assets;
mod limits;
mod params;

use std::io::Write;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::State;
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use baokan::Corpora;
use tokio::sync::Semaphore;

use crate::cli::ServeArgs;
use crate::cmd::Status;
use crate::error::CliError;

/// What every request shares: the corpus, and the permits for corpus work.
struct Shared {
    corpora: Corpora<'static>,
    work: Arc<Semaphore>,
}

/// Serves `corpora` on the address `args` names until the process is stopped; the
/// first line written to `out` is the address, `http://HOST:PORT/`.
pub(crate) fn run(
    corpora: Corpora<'static>,
    args: &ServeArgs,
    out: &mut impl Write,
) -> Result<Status, CliError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(CliError::Serve)?;
    let shared = Arc::new(Shared {
        corpora,
        work: Arc::new(Semaphore::new(limits::workers())),
    });
    let addr = SocketAddr::new(args.host, args.port);
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|cause| CliError::Listen { addr, cause })?;
        let bound = listener.local_addr().map_err(CliError::Serve)?;
        writeln!(out, "http://{bound}/")?;
        out.flush()?;
        axum::serve(listener, app(shared))
            .await
            .map_err(CliError::Serve)?;
        Ok(Status::Done)
    })
}

/// The routes: the API under `/api/`, the page's files everywhere else; every request
/// under the time limit.
fn app(shared: Arc<Shared>) -> Router {
    Router::new()
        .fallback(route)
        .layer(axum::middleware::from_fn(limits::in_time))
        .with_state(shared)
}

async fn route(State(shared): State<Arc<Shared>>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return api::ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "only GET is served")
            .into_response();
    }
    match uri.path().strip_prefix("/api/") {
        Some(verb) => api::answer(shared, verb, uri.query().unwrap_or_default())
            .await
            .unwrap_or_else(IntoResponse::into_response),
        None => assets::file(uri.path()),
    }
}
