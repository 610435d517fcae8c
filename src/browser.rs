//! The few places the widget touches the browser directly. Everything else is
//! plain Rust.

use crate::data::Date;
use crate::dates;
use gloo::events::EventListener;

/// The element the widget lives in; equal when it is the same element.
#[derive(Clone, Debug, PartialEq)]
pub struct HostRef(pub web_sys::Element);

/// The page's query string, with its `?`, or empty.
pub fn query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// Puts `query` (empty or starting with `?`) in the address bar, keeping the
/// path and the fragment; `push` adds a history entry, else it is replaced.
pub fn set_query(query: &str, push: bool) {
    let window = gloo::utils::window();
    let location = window.location();
    let url = format!(
        "{}{query}{}",
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let state = wasm_bindgen::JsValue::NULL;
        let _ = if push {
            history.push_state_with_url(&state, "", Some(&url))
        } else {
            history.replace_state_with_url(&state, "", Some(&url))
        };
    }
}

/// Calls `f` when the user goes Back or Forward; stops when dropped.
pub fn on_popstate(f: impl Fn() + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "popstate", move |_| f())
}

/// A date at its precision, worded by the browser's `Intl` for `locale`;
/// without a browser (server-side rendering), by the same words in Rust.
pub fn format_date(date: Date, locale: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        use js_sys::{Object, Reflect};
        let options = Object::new();
        for (key, value) in dates::intl_options(date.precision()) {
            let _ = Reflect::set(&options, &(*key).into(), &(*value).into());
        }
        let ms = js_sys::Date::utc(f64::from(date.year), f64::from(date.month.max(1)) - 1.0)
            + f64::from(date.day.max(1) - 1) * 86_400_000.0;
        let text = js_sys::Date::new(&ms.into()).to_locale_date_string(locale, &options);
        text.as_string()
            .unwrap_or_else(|| dates::format_english(date))
    }
    #[cfg(not(target_arch = "wasm32"))]
    dates::format_in(date, locale)
}

/// The reader's languages, most preferred first (`navigator.languages`).
pub fn preferred_languages() -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let navigator = gloo::utils::window().navigator();
        let list: Vec<String> = navigator
            .languages()
            .iter()
            .filter_map(|l| l.as_string())
            .collect();
        if !list.is_empty() {
            return list;
        }
        if let Some(one) = navigator.language() {
            return vec![one];
        }
    }
    Vec::new()
}

/// Parses JSON text in the browser (`JSON.parse`, then serde-wasm-bindgen),
/// naming the path of a field of the wrong shape: `people[3].actor`.
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

/// Fetches a data file (gloo-net), with a time limit, and checks that the
/// answer is JSON of a sane size before parsing it.
pub async fn fetch_dataset(url: &str) -> Result<crate::data::Dataset, crate::data::LoadError> {
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
    if !content_type.to_ascii_lowercase().contains("json") {
        return Err(LoadError::NotJson {
            url: owned(),
            content_type,
        });
    }
    let text = response
        .text()
        .await
        .map_err(|_| LoadError::Network { url: owned() })?;
    parse_dataset(&text)
}

/// Tells the page embedding the widget what happened: a `CustomEvent` on the
/// host element, with `detail` built from `detail`.
pub fn emit(host: &web_sys::Element, name: &str, detail: &impl serde::Serialize) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    // JSON-compatible: `null` for a missing value, plain objects for maps.
    if let Ok(value) = detail.serialize(&serde_wasm_bindgen::Serializer::json_compatible()) {
        init.set_detail(&value);
    }
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Focuses the first element inside `scope` that matches `selector`, if any.
pub fn focus_first(scope: &web_sys::Element, selector: &str) {
    use wasm_bindgen::JsCast;
    let target = scope
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(target) = target {
        let _ = target.focus();
    }
}

/// The element an event listener sits on.
pub fn listener_element(event: &web_sys::Event) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    event.current_target()?.dyn_into().ok()
}

/// The focused element as seen from `node`'s own tree: inside a shadow root,
/// `document.activeElement` is only the host.
pub fn active_element_near(node: &web_sys::Node) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    match node.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => shadow.active_element(),
        Err(_) => gloo::utils::document().active_element(),
    }
}

/// The reader's own "watched up to" choice as stored for this site
/// (`spoilers::STORAGE_KEY`); `None` when none is stored, or when storage is
/// unavailable (blocked, e.g. in a sandboxed iframe) or throws.
pub fn stored_watched() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let storage = gloo::utils::window().local_storage().ok()??;
        storage.get_item(crate::spoilers::STORAGE_KEY).ok()?
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Keeps the reader's "watched up to" choice for this site. Called only
/// when the reader uses the control; a storage that refuses is ignored.
pub fn store_watched(value: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
        let _ = storage.set_item(crate::spoilers::STORAGE_KEY, value);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = value;
}
