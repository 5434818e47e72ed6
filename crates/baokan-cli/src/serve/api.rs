//! `/api/VERB`: what `baokan VERB … --json` prints, from the function the CLI calls.

use std::sync::Arc;

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use baokan::Corpora;
use clap::{Args, FromArgMatches};
use serde::Serialize;

use super::{Shared, assets, limits, params};
use crate::cli::{
    ArticlesArgs, DatesArgs, EntitiesArgs, FiguresArgs, QuotesArgs, SearchArgs, ShowArgs,
    TimelineArgs, TimelinePlotArgs, TrendArgs,
};
use crate::cmd;
use crate::error::CliError;

/// A request that cannot be answered: its status and why, sent as `{"error": "…"}`.
#[derive(Debug)]
pub(super) struct ApiError {
    pub(super) status: StatusCode,
    pub(super) message: String,
}

impl ApiError {
    pub(super) fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
        }
    }

    /// 400: the request asks for something the API does not give.
    pub(super) fn bad(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
}

impl From<CliError> for ApiError {
    /// The CLI's one-line message; 404 for an id that names nothing, 500 when the
    /// answer could not be written, 400 otherwise.
    fn from(e: CliError) -> Self {
        let status = match &e {
            CliError::Corpus(baokan::Error::UnknownId { .. }) => StatusCode::NOT_FOUND,
            CliError::Write(_) => StatusCode::INTERNAL_SERVER_ERROR,
            _ => StatusCode::BAD_REQUEST,
        };
        let message = e.to_string();
        let lines: Vec<&str> = message.lines().map(str::trim).collect();
        ApiError::new(status, lines.join(" "))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        #[derive(Serialize)]
        struct Body<'m> {
            error: &'m str,
        }
        let body = serde_json::to_vec(&Body {
            error: &self.message,
        })
        .unwrap_or_else(|_| b"{\"error\":\"?\"}".to_vec());
        (self.status, [(header::CONTENT_TYPE, JSON)], body).into_response()
    }
}

const JSON: &str = "application/json; charset=utf-8";
const SVG: &str = "image/svg+xml";

/// Arguments of a verb that takes none (`stats`).
#[derive(Debug, Args)]
struct NoArgs {}

/// Held to the server's limits before any work is done (see [`limits`]).
trait Limited {
    fn limit(&mut self) -> Result<(), ApiError> {
        Ok(())
    }
}

impl Limited for NoArgs {}
impl Limited for ShowArgs {}
impl Limited for FiguresArgs {}
impl Limited for DatesArgs {}
impl Limited for QuotesArgs {}
impl Limited for EntitiesArgs {}

impl Limited for SearchArgs {
    fn limit(&mut self) -> Result<(), ApiError> {
        limits::at_most("context", self.context, limits::MAX_CONTEXT)?;
        limits::window(&mut self.window)
    }
}

impl Limited for ArticlesArgs {
    fn limit(&mut self) -> Result<(), ApiError> {
        limits::window(&mut self.window)
    }
}

impl Limited for TimelineArgs {
    fn limit(&mut self) -> Result<(), ApiError> {
        limits::window(&mut self.window)
    }
}

impl Limited for TrendArgs {
    fn limit(&mut self) -> Result<(), ApiError> {
        limits::at_most("the number of terms", self.terms.len(), limits::MAX_TERMS)
    }
}

/// The answer to `GET /api/{verb}?{query}`.
pub(super) async fn answer(
    shared: Arc<Shared>,
    verb: &str,
    query: &str,
) -> Result<Response, ApiError> {
    let p = params::decode(query)?;
    match verb {
        "articles" => json(shared, "articles", p, |c, a| cmd::articles::json(c, a)).await,
        "search" => json(shared, "search", p, |c, a| cmd::search::json(c, a)).await,
        "show" => json(shared, "show", p, |c, a| cmd::show::json(c, a)).await,
        "stats" => json(shared, "stats", p, |c, _: &NoArgs| Ok(cmd::stats::json(c))).await,
        "trend" => json(shared, "trend", p, |c, a| cmd::trend::json(c, a)).await,
        "timeline" => json(shared, "timeline", p, |c, a| cmd::timeline::json(c, a)).await,
        "figures" => json(shared, "figures", p, |c, a| cmd::figures::json(c, a)).await,
        "dates" => json(shared, "dates", p, |c, a| cmd::dates::json(c, a)).await,
        "quotes" => json(shared, "quotes", p, |c, a| cmd::quotes::json(c, a)).await,
        "entities" => json(shared, "entities", p, |c, a| cmd::entities::json(c, a)).await,
        "plot/trend" => {
            svg(shared, "plot trend", p, |c, a: &TrendArgs| {
                cmd::plot::trend_body(c, a, false)
            })
            .await
        }
        "plot/timeline" => {
            svg(shared, "plot timeline", p, |c, a: &TimelineArgs| {
                let args = TimelinePlotArgs {
                    window: a.window,
                    output: None,
                };
                cmd::plot::timeline_body(cmd::one_pack(c, "plot timeline")?, &args, false)
            })
            .await
        }
        _ => Err(ApiError::new(
            StatusCode::NOT_FOUND,
            format!("no API verb {verb:?}"),
        )),
    }
}

/// The verb's arguments from the parameters, held to the limits.
fn checked<A: Args + FromArgMatches + Limited>(
    verb: &'static str,
    params: &[(String, String)],
) -> Result<A, ApiError> {
    let mut args: A = params::args(verb, params)?;
    args.limit()?;
    Ok(args)
}

/// The JSON `build` makes of the verb's arguments, written as the CLI writes it.
async fn json<A, J>(
    shared: Arc<Shared>,
    verb: &'static str,
    params: Vec<(String, String)>,
    build: fn(&Corpora<'static>, &A) -> Result<J, CliError>,
) -> Result<Response, ApiError>
where
    A: Args + FromArgMatches + Limited + 'static,
    J: Serialize + 'static,
{
    let body = work(shared, move |c| {
        let args: A = checked(verb, &params)?;
        let mut body = Vec::new();
        crate::render::json(&mut body, &build(c, &args)?).map_err(CliError::from)?;
        Ok(body)
    })
    .await?;
    Ok(bytes(JSON, body))
}

/// The SVG `draw` makes of the verb's arguments, as `plot … -o -` writes it.
async fn svg<A>(
    shared: Arc<Shared>,
    verb: &'static str,
    params: Vec<(String, String)>,
    draw: fn(&Corpora<'static>, &A) -> Result<Vec<u8>, CliError>,
) -> Result<Response, ApiError>
where
    A: Args + FromArgMatches + Limited + 'static,
{
    let body = work(shared, move |c| Ok(draw(c, &checked(verb, &params)?)?)).await?;
    Ok(bytes(SVG, body))
}

/// Runs `f` (the request's parsing and its corpus work) on a blocking thread once a
/// permit is free, waiting for one as long as it takes: requests queue, none is
/// dropped. The permit is held until `f` returns, even when the request has timed out
/// meanwhile; a panic in `f` is a 500, never a dropped connection.
async fn work(
    shared: Arc<Shared>,
    f: impl FnOnce(&Corpora<'static>) -> Result<Vec<u8>, ApiError> + Send + 'static,
) -> Result<Vec<u8>, ApiError> {
    let permit = Arc::clone(&shared.work)
        .acquire_owned()
        .await
        .map_err(|_| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "the server is stopping"))?;
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        f(&shared.corpora)
    })
    .await
    .map_err(|_| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "the request failed"))?
}

fn bytes(content_type: &'static str, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-store"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (
                header::CONTENT_SECURITY_POLICY,
                assets::CONTENT_SECURITY_POLICY,
            ),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every verb's arguments, parsed from no parameters: clap checks each definition
    /// (in debug builds) as it parses; an error is fine, a panic is not.
    #[test]
    fn every_verbs_arguments_parse() {
        fn parse<A: Args + FromArgMatches + Limited>(verb: &'static str) -> bool {
            checked::<A>(verb, &[]).is_ok()
        }
        assert!(parse::<ArticlesArgs>("articles"));
        assert!(!parse::<SearchArgs>("search"));
        assert!(!parse::<ShowArgs>("show"));
        assert!(parse::<NoArgs>("stats"));
        assert!(!parse::<TrendArgs>("trend"));
        assert!(parse::<TimelineArgs>("timeline"));
        assert!(parse::<FiguresArgs>("figures"));
        assert!(parse::<DatesArgs>("dates"));
        assert!(parse::<QuotesArgs>("quotes"));
        assert!(parse::<EntitiesArgs>("entities"));
    }
}
