//! The few places the widget touches the browser directly. Everything else is
//! plain Rust.

use crate::data::Date;
use crate::dates;
use gloo::events::EventListener;

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

/// A date at its precision, worded by the browser's `Intl` for the page's
/// language; in English when there is no browser (server-side rendering).
pub fn format_date(date: Date) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        use js_sys::{Object, Reflect};
        let options = Object::new();
        for (key, value) in dates::intl_options(date.precision()) {
            let _ = Reflect::set(&options, &(*key).into(), &(*value).into());
        }
        let ms = js_sys::Date::utc(f64::from(date.year), f64::from(date.month.max(1)) - 1.0)
            + f64::from(date.day.max(1) - 1) * 86_400_000.0;
        let lang = gloo::utils::document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"));
        let text = js_sys::Date::new(&ms.into())
            .to_locale_date_string(lang.as_deref().unwrap_or("en-GB"), &options);
        if let Some(text) = text.as_string() {
            return text;
        }
    }
    dates::format_english(date)
}
