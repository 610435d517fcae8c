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

/// A date at its precision in `locale`, as the browser's `Intl` words it.
///
/// The words come from `dates::format_in`'s tables, which a browser test
/// holds equal to `Intl` (`intl_date`) for every month, precision and
/// language: the first paint is pre-rendered with them at build time, where
/// there is no `Intl`, and setting up `Intl.DateTimeFormat` in the browser
/// (its locale data) was the largest single cost of the widget's first
/// render, about 120 ms of main thread on Lighthouse's throttled phone.
pub fn format_date(date: Date, locale: &str) -> String {
    dates::format_in(date, locale)
}

/// `date` at its precision worded by the browser's `Intl.DateTimeFormat`
/// for `locale`: the reference `format_date` is tested against.
#[cfg(target_arch = "wasm32")]
pub fn intl_date(date: Date, locale: &str) -> String {
    let ms = js_sys::Date::utc(f64::from(date.year), f64::from(date.month.max(1)) - 1.0)
        + f64::from(date.day.max(1) - 1) * 86_400_000.0;
    let day = js_sys::Date::new(&ms.into());
    intl_format(locale, date.precision())
        .call1(&wasm_bindgen::JsValue::NULL, &day)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}

/// The `format` function of an `Intl.DateTimeFormat` for `locale` and
/// `precision`, made once.
#[cfg(target_arch = "wasm32")]
fn intl_format(locale: &str, precision: crate::data::Precision) -> js_sys::Function {
    use js_sys::{Array, Intl, Object, Reflect};
    use std::cell::RefCell;
    thread_local! {
        static MADE: RefCell<Vec<(String, crate::data::Precision, js_sys::Function)>> =
            const { RefCell::new(Vec::new()) };
    }
    MADE.with(|made| {
        let mut made = made.borrow_mut();
        if let Some((_, _, f)) = made.iter().find(|(l, p, _)| l == locale && *p == precision) {
            return f.clone();
        }
        let options = Object::new();
        for (key, value) in dates::intl_options(precision) {
            let _ = Reflect::set(&options, &(*key).into(), &(*value).into());
        }
        let format = Intl::DateTimeFormat::new(&Array::of1(&locale.into()), &options).format();
        made.push((locale.to_owned(), precision, format.clone()));
        format
    })
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

/// Asks the custom-data reader (a second wasm module, loaded by the element
/// only when it is needed: see `reader.rs` and `data::wire`) for the data at
/// `src`, or in the inline text, with the sheet at `overlay` laid over it
/// (over the built-in data when there is neither); `read` is the element's
/// function that loads the reader and calls it. If the reader cannot be
/// loaded (or there is no such function), the error names the file that
/// could not be reached.
pub async fn read_custom_data(
    read: Option<&js_sys::Function>,
    src: Option<&str>,
    inline: Option<&str>,
    overlay: Option<&str>,
    lang: crate::lang::Lang,
) -> Result<crate::data::load::Overlaid, crate::data::load::Refusal> {
    use crate::data::load::{Overlaid, Refusal};
    use crate::data::wire;
    use crate::text::{fill, strings};
    use wasm_bindgen::JsValue;
    let arg = |v: Option<&str>| v.map_or(JsValue::NULL, JsValue::from);
    // The reader words why data cannot be used; that the reader itself
    // could not be loaded is said here, as for any of the widget's files.
    let unreachable = |reason: JsValue| {
        let url = reason.as_string().unwrap_or_else(|| "hsw_reader.js".into());
        let missing = |l| fill(strings(l).could_not_load_fmt, &[("url", &url)]);
        Refusal {
            notice: missing(lang),
            english: missing(crate::lang::Lang::En),
        }
    };
    let Some(read) = read else {
        return Err(unreachable(JsValue::UNDEFINED));
    };
    let args = js_sys::Array::of4(
        &arg(src),
        &arg(inline),
        &arg(overlay),
        &JsValue::from(lang.code()),
    );
    let answer = read.apply(&JsValue::NULL, &args).map_err(unreachable)?;
    let answer = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&answer))
        .await
        .map_err(unreachable)?;
    let text = answer.as_string().unwrap_or_default();
    let decoded = match overlay {
        Some(_) => wire::decode::<Result<Overlaid, Refusal>>(&text),
        None => wire::decode::<Result<crate::data::Dataset, Refusal>>(&text).map(|r| {
            r.map(|data| Overlaid {
                data,
                problems: Vec::new(),
            })
        }),
    };
    decoded.unwrap_or_else(|| Err(unreachable(JsValue::UNDEFINED)))
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
    focus_nth(scope, selector, 0);
}

/// Focuses the `n`th element (from 0) inside `scope` that matches
/// `selector`, if there is one.
pub fn focus_nth(scope: &web_sys::Element, selector: &str, n: usize) {
    use wasm_bindgen::JsCast;
    let target = scope
        .query_selector_all(selector)
        .ok()
        .and_then(|list| list.item(u32::try_from(n).ok()?))
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
/// (`spoilers::STORAGE_KEY`), read against `data` (`spoilers::from_stored`):
/// `Some(None)` for "show everything"; `None` when no usable choice is
/// stored, or when storage is unavailable (blocked, e.g. in a sandboxed
/// iframe) or throws.
pub fn stored_watched(data: &crate::data::Dataset) -> Option<Option<String>> {
    #[cfg(target_arch = "wasm32")]
    let stored = gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|storage| {
            storage
                .get_item(crate::spoilers::STORAGE_KEY)
                .ok()
                .flatten()
        });
    #[cfg(not(target_arch = "wasm32"))]
    let stored: Option<String> = None;
    crate::spoilers::from_stored(data, stored.as_deref())
}

/// Keeps the reader's "watched up to" choice for this site. Called only
/// when the reader uses the control; a storage that refuses is ignored.
pub fn store_watched(value: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
            let _ = storage.set_item(crate::spoilers::STORAGE_KEY, value);
        }
        // The page's other widgets follow (other tabs hear `storage`).
        if let Ok(event) = web_sys::Event::new(WATCHED_EVENT) {
            let _ = gloo::utils::window().dispatch_event(&event);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = value;
}

/// Told on the window when a widget keeps the reader's new choice.
const WATCHED_EVENT: &str = "heartstopper-widget:watched";

/// Calls `f` when the reader's stored "watched up to" choice may have
/// changed: chosen in another widget on this page, or in another tab of
/// this site. Stops when dropped.
pub fn on_watched_stored(f: impl Fn() + 'static) -> [EventListener; 2] {
    let window = gloo::utils::window();
    let f = std::rc::Rc::new(f);
    let g = f.clone();
    [
        EventListener::new(&window, WATCHED_EVENT, move |_| f()),
        EventListener::new(&window, "storage", move |_| g()),
    ]
}
