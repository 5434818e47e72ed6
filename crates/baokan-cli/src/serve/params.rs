//! A request's query string as a verb's command-line options.
//!
//! The string is decoded strictly (a bad `%` escape or bytes that are not UTF-8 are an
//! error, never replaced), then each parameter becomes one option of the verb's own
//! clap arguments: `sort=left` is `--sort=left`, a flag `count=true` is `--count`, and a
//! parameter named after a positional argument (`query`, `id`, `terms`) is that argument,
//! given after `--`. So the API takes exactly the CLI's options, parsed and checked by
//! the same definitions, and a value can never be read as another option.

use clap::{Args, Command, FromArgMatches};

use super::api::ApiError;
use super::limits;

/// The parameters of a query string, in order, decoded.
pub(super) fn decode(query: &str) -> Result<Vec<(String, String)>, ApiError> {
    if query.len() > limits::MAX_QUERY_BYTES {
        return Err(ApiError::new(
            axum::http::StatusCode::URI_TOO_LONG,
            format!(
                "the query string is {} bytes long; the most is {}",
                query.len(),
                limits::MAX_QUERY_BYTES
            ),
        ));
    }
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = unescape(name)?;
            let value = unescape(value)?;
            limits::value(&name, &value)?;
            Ok((name, value))
        })
        .collect()
}

/// `%XX` escapes and `+` (a space) decoded; the bytes must be UTF-8.
fn unescape(s: &str) -> Result<String, ApiError> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or_else(|| ApiError::bad(format!("bad %-escape in {s:?}")))?;
                out.push(hex);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| ApiError::bad(format!("{s:?} is not UTF-8 once decoded")))
}

/// The parameters as the arguments `A` of the verb `verb`, checked as the command line
/// checks them; an unknown parameter, a bad value or a missing argument is an error
/// naming it.
pub(super) fn args<A: Args + FromArgMatches>(
    verb: &'static str,
    params: &[(String, String)],
) -> Result<A, ApiError> {
    let command = A::augment_args(
        Command::new(verb)
            .no_binary_name(true)
            .disable_help_flag(true)
            .color(clap::ColorChoice::Never),
    );
    let mut options = Vec::new();
    let mut positional = Vec::new();
    for (name, value) in params {
        let arg = command
            .get_arguments()
            .find(|a| a.get_long() == Some(name) || (a.is_positional() && a.get_id() == name))
            .ok_or_else(|| ApiError::bad(format!("{verb} takes no parameter {name:?}")))?;
        if arg.is_positional() {
            positional.push(value.clone());
        } else if arg.get_action().takes_values() {
            options.push(format!("--{name}={value}"));
        } else {
            match value.as_str() {
                "" | "true" | "1" => options.push(format!("--{name}")),
                "false" | "0" => {}
                _ => {
                    return Err(ApiError::bad(format!(
                        "{name} is true or false, not {value:?}"
                    )));
                }
            }
        }
    }
    options.push("--".to_string());
    options.extend(positional);
    let matches = command
        .try_get_matches_from(options)
        .map_err(|e| ApiError::bad(clap_message(&e)))?;
    A::from_arg_matches(&matches).map_err(|e| ApiError::bad(clap_message(&e)))
}

/// Clap's message on one line, without its `error: ` and the usage after it.
fn clap_message(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .take_while(|l| !l.is_empty())
        .collect();
    lines.join(" ").trim_start_matches("error: ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{SearchArgs, SortBy, TrendArgs};

    fn pairs(q: &str) -> Vec<(String, String)> {
        decode(q).unwrap()
    }

    #[test]
    fn decodes_strictly() {
        assert_eq!(
            pairs("query=%E4%B9%A1+x&count"),
            [
                ("query".into(), "乡 x".into()),
                ("count".into(), String::new())
            ]
        );
        for bad in ["q=%", "q=%4", "q=%zz", "q=%+f", "q=%ff", "q=%C3"] {
            assert!(decode(bad).is_err(), "{bad}");
        }
        assert!(decode(&"a".repeat(limits::MAX_QUERY_BYTES + 1)).is_err());
    }

    #[test]
    fn parameters_are_the_verbs_options() {
        let a: SearchArgs = args(
            "search",
            &pairs("query=--count&sort=left&context=3&fold-trad=true&limit=5"),
        )
        .unwrap();
        assert_eq!(a.query, "--count");
        assert!(!a.count && a.fold_trad);
        assert_eq!(
            (a.sort, a.context, a.window.limit),
            (SortBy::Left, 3, Some(5))
        );
        let t: TrendArgs = args("trend", &pairs("terms=a&terms=b&by=week")).unwrap();
        assert_eq!(
            (t.terms, t.by.as_str()),
            (vec!["a".into(), "b".into()], "week")
        );
    }

    #[test]
    fn bad_parameters_name_the_cause() {
        let e = |q: &str| args::<SearchArgs>("search", &pairs(q)).unwrap_err().message;
        assert!(e("query=x&corpus=/etc").contains("\"corpus\""));
        assert!(e("query=x&context=many").contains("many"));
        assert!(e("query=x&count=maybe").contains("maybe"));
        assert!(e("sort=left").contains("QUERY"), "{}", e("sort=left"));
    }
}
