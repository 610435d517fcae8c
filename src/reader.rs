//! The custom-data reader: a second wasm module (`hsw_reader.js` and
//! `hsw_reader_bg.wasm`, built from `src/bin/hsw-reader.rs` with the `reader`
//! feature). The element loads it only when a widget has `src` or inline
//! data, so the first load of every other widget carries none of it: JSON
//! parsing through serde, the field paths of shape errors
//! (serde_path_to_error), fetching with a time limit (gloo-net). Its answer
//! crosses to the widget as `data::wire` text, and is validated here first,
//! with the same rules as the build's. It also reads a site's spreadsheet
//! (`overlay`, CSV through the `csv` crate, see `crate::overlay`) and lays
//! it over the built-in or custom data.

use crate::data::load::Refusal;
use crate::data::{wire, LoadError};
use crate::lang::Lang;
use crate::text::errors::{errors, DataOrigin};
use wasm_bindgen::prelude::*;

/// Reads inline data (the text of a `<script type="application/json">`):
/// the wire text of a `Result<Dataset, Refusal>`, the refusal worded in
/// `lang`.
#[wasm_bindgen]
pub fn read_text(text: &str, lang: String) -> String {
    wire::encode(&parse_dataset(text).map_err(|e| refuse(&e, DataOrigin::Inline, &lang)))
}

/// Fetches and reads the data at `url`: the wire text of a
/// `Result<Dataset, Refusal>`, the refusal worded in `lang`. (Not named
/// `fetch`: the glue's own calls to the browser's `fetch` would find it
/// instead.)
#[wasm_bindgen]
pub async fn read_url(url: String, lang: String) -> String {
    let read = fetch_dataset(&url).await;
    wire::encode(&read.map_err(|e| refuse(&e, DataOrigin::Url(&url), &lang)))
}

/// Why data from `origin` cannot be used, worded here (the first wasm
/// carries no words for it): the widget's notice in `lang`, the reason in
/// English for the console.
fn refuse(error: &LoadError, origin: DataOrigin<'_>, lang: &str) -> Refusal {
    let lang = Lang::from_tag(lang).unwrap_or_default();
    let words = errors(lang);
    Refusal {
        notice: words.notice(origin, &words.load_error(error)),
        english: errors(Lang::En).load_error(error),
    }
}

/// Reads the sheet at `overlay` and lays it over the data (`src` or inline
/// data when given, else the built-in data): the wire text of a
/// `Result<Overlaid, Refusal>`. Only custom data that cannot be used is an
/// error; a sheet that cannot be fetched or read is reported in
/// `Overlaid::problems`, in `lang`, and the data stays as it was. The
/// console gets every problem in English, for the page's developer.
#[wasm_bindgen]
pub async fn read_overlay(
    src: Option<String>,
    inline: Option<String>,
    overlay: String,
    lang: String,
) -> String {
    let origin = match (&inline, &src) {
        (Some(_), _) => DataOrigin::Inline,
        (None, Some(url)) => DataOrigin::Url(url),
        (None, None) => DataOrigin::Unknown,
    };
    let read = overlaid(src.clone(), inline.clone(), &overlay, &lang).await;
    wire::encode(&read.map_err(|e| refuse(&e, origin, &lang)))
}

async fn overlaid(
    src: Option<String>,
    inline: Option<String>,
    url: &str,
    lang: &str,
) -> Result<crate::data::load::Overlaid, crate::data::LoadError> {
    use crate::overlay::{self, SheetProblem, What};
    let base = match (inline, src) {
        (Some(text), _) => parse_dataset(&text)?,
        (None, Some(src)) => fetch_dataset(&src).await?,
        (None, None) => crate::data::embedded().clone(),
    };
    // A web page instead of a sheet (a Google Sheet's share link, not its
    // CSV export) is refused by its type, before its body is read.
    let sheet = |content_type: &str| !content_type.contains("html");
    let (data, problems) = match fetch_text(url, sheet).await {
        Ok((_, None)) => (base, vec![SheetProblem::file(What::WebPage)]),
        Ok((_, Some(text))) => overlay::apply(&base, &text),
        Err(error) => (base, vec![SheetProblem::file(What::Load(error))]),
    };
    for problem in &problems {
        let english = problem.word(crate::lang::Lang::En);
        web_sys::console::warn_1(&format!("heartstopper-widget: {url}: {english}").into());
    }
    // The file's own name, as the site owner knows it.
    let file = url
        .split(['?', '#'])
        .next()
        .and_then(|path| path.rsplit('/').find(|part| !part.is_empty()))
        .unwrap_or(url);
    let lang = crate::lang::Lang::from_tag(lang).unwrap_or_default();
    Ok(crate::data::load::Overlaid {
        data,
        problems: overlay::summary(file, &problems, lang),
    })
}

/// Parses JSON text in the browser (`JSON.parse`, then serde-wasm-bindgen),
/// naming the path of a field of the wrong shape: `people[3].actor`.
/// Inline data read and validated: what [`read_text`] words when it cannot
/// be used.
pub fn parse_dataset(text: &str) -> Result<crate::data::Dataset, crate::data::LoadError> {
    use crate::data::{load, LoadError};
    if text.len() > load::MAX_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let value = js_sys::JSON::parse(text).map_err(|e| LoadError::Syntax {
        message: js_sys::Error::from(e)
            .message()
            .as_string()
            .unwrap_or_default(),
    })?;
    let de = serde_wasm_bindgen::Deserializer::from(value);
    let data = serde_path_to_error::deserialize(de).map_err(|e| LoadError::Shape {
        path: e.path().to_string(),
        message: e
            .into_inner()
            .to_string()
            .trim_start_matches("Error: ")
            .to_owned(),
    })?;
    load::check(data)
}

/// Fetches a data file and checks that the answer is JSON before parsing it.
async fn fetch_dataset(url: &str) -> Result<crate::data::Dataset, crate::data::LoadError> {
    use crate::data::LoadError;
    let json = |content_type: &str| content_type.contains("json");
    match fetch_text(url, json).await? {
        (_, Some(text)) => parse_dataset(&text),
        (content_type, None) => Err(LoadError::NotJson {
            url: url.to_owned(),
            content_type,
        }),
    }
}

/// Fetches a text (gloo-net), with a time limit and of a sane size: its
/// `Content-Type`, and the text if `wanted` accepts that type (given
/// lowercased; the body of an answer of the wrong type is never read: it
/// may be a large web page).
async fn fetch_text(
    url: &str,
    wanted: impl Fn(&str) -> bool,
) -> Result<(String, Option<String>), crate::data::LoadError> {
    use crate::data::{load, LoadError};
    let owned = || url.to_owned();
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    let timer = controller
        .map(|c| gloo::timers::callback::Timeout::new(load::TIMEOUT_MS, move || c.abort()));
    let response = gloo::net::http::Request::get(url)
        .abort_signal(signal.as_ref())
        .send()
        .await;
    let timed_out = signal.as_ref().is_some_and(|s| s.aborted());
    drop(timer);
    let response = response.map_err(|_| {
        if timed_out {
            LoadError::Timeout { url: owned() }
        } else {
            LoadError::Network { url: owned() }
        }
    })?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: owned(),
            status: response.status(),
        });
    }
    let declared: usize = response
        .headers()
        .get("content-length")
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(0);
    if declared > load::MAX_BYTES {
        return Err(LoadError::TooLarge { bytes: declared });
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    // Media types are case-insensitive: `wanted` sees the type lowercased.
    if !wanted(&content_type.to_ascii_lowercase()) {
        return Ok((content_type, None));
    }
    let text = response
        .text()
        .await
        .map_err(|_| LoadError::Network { url: owned() })?;
    if text.len() > load::MAX_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    Ok((content_type, Some(text)))
}
