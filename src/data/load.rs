//! Data from elsewhere (a fan site's own file): what can go wrong, in words a
//! person can act on. The browser side (fetching, JSON parsing) is in
//! `browser.rs`; this part is plain Rust.

use super::model::Dataset;
use super::validate::{validate, DataError};
use std::fmt;

/// Largest data file accepted, in bytes.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// How long a data URL may take to answer, in milliseconds.
pub const TIMEOUT_MS: u32 = 10_000;

/// Data with a site's spreadsheet laid over it (`overlay`, see
/// `crate::overlay`): the rows that could be applied, and what could not,
/// already worded for the reader (a heading, then a line each).
#[derive(Clone, Debug, PartialEq)]
pub struct Overlaid {
    pub data: Dataset,
    pub problems: Vec<String>,
}

/// Custom data that cannot be used, as the reader module words it: the
/// widget's notice in the reader's language (origin, reason, and that the
/// built-in data shows instead), and the reason in English, for the
/// console. The first wasm carries none of the words for the reasons.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Refusal {
    pub notice: String,
    pub english: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The server answered with an HTTP error status.
    Http { url: String, status: u16 },
    /// No answer: offline, refused, or blocked by CORS.
    Network { url: String },
    /// No answer within [`TIMEOUT_MS`].
    Timeout { url: String },
    /// The answer is not JSON (wrong `Content-Type`).
    NotJson { url: String, content_type: String },
    /// Larger than [`MAX_BYTES`].
    TooLarge { bytes: usize },
    /// Not valid JSON at all.
    Syntax { message: String },
    /// JSON, but not of the expected shape: where, and what.
    Shape { path: String, message: String },
    /// The right shape, but the content does not hold together.
    Invalid(Vec<DataError>),
}

/// In English, for the console, tools and tests; the widget words the same
/// errors in the reader's language (`text::errors::Errors::load_error`, in the reader module, whose
/// English table matches this word for word).
impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Http { url, status } => write!(f, "{url} answered HTTP {status}"),
            LoadError::Network { url } => {
                write!(
                    f,
                    "{url} could not be reached (offline, refused, or not allowed by CORS)"
                )
            }
            LoadError::Timeout { url } => write!(
                f,
                "{url} did not answer within {} seconds",
                TIMEOUT_MS / 1000
            ),
            LoadError::NotJson { url, content_type } => {
                write!(f, "{url} is not JSON (its type is \"{content_type}\")")
            }
            LoadError::TooLarge { bytes } => {
                write!(
                    f,
                    "the data is {bytes} bytes, more than the {} MB allowed",
                    MAX_BYTES / 1024 / 1024
                )
            }
            LoadError::Syntax { message } => write!(f, "the data is not valid JSON: {message}"),
            LoadError::Shape { path, message } if path.is_empty() || path == "." => {
                write!(f, "the data is not in the widget's format: {message}")
            }
            LoadError::Shape { path, message } => write!(
                f,
                "the data is not in the widget's format at {path}: {message}"
            ),
            LoadError::Invalid(errors) => {
                write!(f, "the data has {} problem(s)", errors.len())?;
                for e in errors.iter().take(3) {
                    write!(f, "; {e}")?;
                }
                if errors.len() > 3 {
                    write!(f, "; and {} more", errors.len() - 3)?;
                }
                Ok(())
            }
        }
    }
}

/// Accepts a parsed dataset if it holds together.
pub fn check(data: Dataset) -> Result<Dataset, LoadError> {
    let errors = validate(&data);
    if errors.is_empty() {
        Ok(data)
    } else {
        Err(LoadError::Invalid(errors))
    }
}

/// Parses JSON text natively (serde_json), for tools and tests; the browser
/// uses `JSON.parse` and serde-wasm-bindgen instead, with the same paths.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_json(text: &str) -> Result<Dataset, LoadError> {
    if text.len() > MAX_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let data: Dataset = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if inner.is_syntax() || inner.is_eof() {
            LoadError::Syntax {
                message: inner.to_string(),
            }
        } else {
            LoadError::Shape {
                path,
                message: strip_position(&inner.to_string()),
            }
        }
    })?;
    check(data)
}

/// serde_json appends " at line 1 column 5"; the path says more.
#[cfg(not(target_arch = "wasm32"))]
fn strip_position(message: &str) -> String {
    message
        .split(" at line ")
        .next()
        .unwrap_or(message)
        .to_owned()
}
