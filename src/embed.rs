//! The `<heartstopper-widget>` custom element's Rust side. The element itself
//! (a few lines of JavaScript in `static/heartstopper-widget.js`, since only
//! JavaScript can extend `HTMLElement`) creates a shadow root and calls
//! [`mount`] with its attributes; this module turns them into the widget's
//! props, loads custom data, and updates or tears the app down.

use crate::browser::HostRef;
use crate::data::load::Refusal;
use crate::data::{DataRef, Dataset};
use crate::lang::Lang;
use crate::state::{Action, External};
use crate::text::strings;
use crate::url_state::{self, UrlState};
use crate::{browser, App, AppProps};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

/// The element's attributes, as the element passes them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    /// Attributes that mirror URL parameters: `season`, `school`, `view`…
    pub state: Vec<(String, String)>,
    /// The season watched up to, as the element resolved it (the reader's
    /// stored choice, else the link's, else the attribute: see
    /// `static/element/watched.js`); empty for "show everything".
    pub watched: Option<String>,
    pub lang: Option<String>,
    /// `limit`: cards and events shown before "Show all" (`room::parse`).
    pub limit: Option<usize>,
    /// `src`: a URL of data in the format of `heartstopper.json`.
    pub src: Option<String>,
    /// The text of an inline `<script type="application/json">` child.
    pub inline: Option<String>,
    /// `overlay`: a URL of a CSV sheet laid over the data (`crate::overlay`).
    pub overlay: Option<String>,
    /// `sync-url`: keep the state in the page's address bar.
    pub sync_url: bool,
    /// The element's function that loads the custom-data reader and asks it
    /// for `(src, inline)` data (see `browser::read_custom_data`).
    pub read: Option<js_sys::Function>,
    /// The element's function to call once the app has first rendered (it
    /// keeps input made on the first paint until then).
    pub rendered: Option<js_sys::Function>,
}

impl Config {
    /// Reads the element's plain object field by field; anything missing
    /// or of another type is left at its default.
    fn from_js(value: &JsValue) -> Config {
        use js_sys::{Array, Reflect};
        let get = |key: &str| Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED);
        let text = |key: &str| get(key).as_string();
        let pair = |item: JsValue| {
            let item = item.dyn_into::<Array>().ok()?;
            Some((item.get(0).as_string()?, item.get(1).as_string()?))
        };
        Config {
            state: get("state")
                .dyn_into::<Array>()
                .map(|list| list.iter().filter_map(pair).collect())
                .unwrap_or_default(),
            watched: text("watched"),
            lang: text("lang"),
            limit: text("limit").as_deref().and_then(crate::room::parse),
            src: text("src"),
            inline: text("inline"),
            overlay: text("overlay"),
            sync_url: get("sync_url").as_bool().unwrap_or(false),
            read: get("read").dyn_into().ok(),
            rendered: get("rendered").dyn_into().ok(),
        }
    }
}

struct Inner {
    host: Element,
    root: Element,
    config: Config,
    data: DataRef,
    /// Custom data that was not used, and why, worded by the reader module
    /// in the reader's language (read again when the language changes).
    refused: Option<Refusal>,
    /// What of the site's sheet could not be applied, worded by the reader
    /// module in the reader's language (a heading, then a line each).
    sheet: Vec<String>,
    app: Option<AppHandle<App>>,
    /// The state the app started in, worked out once, when it first renders.
    initial: Option<UrlState>,
    /// Actions from outside, queued for the app to apply.
    external: External,
    /// Bumped on each data load, so that a slow, stale answer is ignored.
    load: u32,
    /// The first render is waiting for its task.
    starting: bool,
    /// The first paint found while that task waits (`adopt`).
    first_paint: Option<crate::adopt::FirstPaint>,
    /// Torn down: nothing renders any more.
    destroyed: bool,
}

/// A mounted widget, held by the custom element.
#[wasm_bindgen]
pub struct Widget {
    inner: Rc<RefCell<Inner>>,
}

thread_local! {
    /// Every mounted widget's root and language, for the panic hook.
    static ROOTS: RefCell<Vec<(Element, Lang)>> = const { RefCell::new(Vec::new()) };
}

/// Installed once: if the widget ever panics, each widget on the page shows
/// a short message in its own box instead of going dead, and the console
/// gets one line, not a stack of them.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("heartstopper-widget stopped: {info}").into());
            show_crash_message();
        }));
    });
}

/// Replaces every mounted widget's content with the "stopped working" note.
pub fn show_crash_message() {
    ROOTS.with(|roots| {
        if let Ok(roots) = roots.try_borrow() {
            for (root, lang) in roots.iter() {
                root.set_text_content(Some(strings(*lang).crashed));
            }
        }
    });
}

/// Decodes the built-in data ahead of the first mount, in a task of its own
/// (`mount` would do it otherwise, in the task that renders).
#[wasm_bindgen]
pub fn prepare() {
    drop(DataRef::embedded());
}

/// Mounts a widget into `root` (inside the shadow root of `host`).
#[wasm_bindgen]
pub fn mount(host: Element, root: Element, config: JsValue) -> Widget {
    install_panic_hook();
    ROOTS.with(|roots| roots.borrow_mut().push((root.clone(), Lang::default())));
    let widget = Widget {
        inner: Rc::new(RefCell::new(Inner {
            host,
            root,
            config: Config::default(),
            data: DataRef::embedded(),
            refused: None,
            sheet: Vec::new(),
            app: None,
            initial: None,
            external: External::default(),
            load: 0,
            starting: false,
            first_paint: None,
            destroyed: false,
        })),
    };
    widget.update(config);
    widget
}

#[wasm_bindgen]
impl Widget {
    /// Applies changed attributes: new state, theme, or data.
    pub fn update(&self, config: JsValue) {
        self.apply(Config::from_js(&config));
    }

    /// Applies what the reader did to the pre-rendered controls before the
    /// wasm took over, by what each control does (its `data-hsw-act`, see
    /// `Action::act`), in order. Returns the acts that name nothing this
    /// widget has, which are not applied (the element reports them).
    pub fn act(&self, acts: Vec<String>) -> Vec<String> {
        let (actions, refused) = {
            let inner = self.inner.borrow();
            let mut actions = Vec::new();
            let mut refused = Vec::new();
            for act in acts {
                match Action::from_act(&act, &inner.data) {
                    Some(action) => actions.push(action),
                    None => refused.push(act),
                }
            }
            (actions, refused)
        };
        if !actions.is_empty() {
            self.inner.borrow_mut().send(actions);
            // Before custom data has loaded, the app applies them when it
            // first renders.
            if self.inner.borrow().app.is_some() {
                render(&self.inner);
            }
        }
        refused
    }

    /// Tears the widget down: the element was removed from the page.
    pub fn destroy(&self) {
        let mut inner = self.inner.borrow_mut();
        let root = inner.root.clone();
        ROOTS.with(|roots| roots.borrow_mut().retain(|(r, _)| *r != root));
        inner.load += 1;
        inner.destroyed = true;
        if let Some(app) = inner.app.take() {
            app.destroy();
        }
    }
}

impl Widget {
    fn apply(&self, config: Config) {
        let data_changed = {
            let mut inner = self.inner.borrow_mut();
            let changed = url_state::changed_keys(&inner.config.state, &config.state);
            // The reader's state changes only where a state attribute did:
            // `theme`, `lang` and `loading` leave it alone.
            if inner.app.is_some() && !changed.is_empty() {
                let from = attribute_state(&config, &inner.data);
                inner.send(vec![Action::Attributes(from, changed)]);
            }
            inner.app.is_none()
                || inner.config.src != config.src
                || inner.config.inline != config.inline
                || inner.config.overlay != config.overlay
                // The sheet's problems, and why custom data cannot be used,
                // are worded in the reader's language by the reader module.
                || ((config.overlay.is_some() || config.src.is_some() || config.inline.is_some())
                    && inner.config.lang != config.lang)
        };
        self.inner.borrow_mut().config = config.clone();
        if !data_changed {
            render(&self.inner);
            return;
        }
        let custom = config.inline.is_some() || config.src.is_some();
        if !custom && (config.overlay.is_none() || self.inner.borrow().app.is_none()) {
            // The built-in data; a sheet over it comes when it has loaded,
            // and until then the widget starts as it would without one.
            settle(&self.inner, Ok(None));
            if config.overlay.is_none() {
                return;
            }
        }
        let (load, lang) = {
            let mut inner = self.inner.borrow_mut();
            inner.load += 1;
            let lang = reader_lang(&inner.config, &initial_state(&inner.config, &inner.data));
            if inner.app.is_none() && custom {
                inner.root.set_text_content(Some(strings(lang).loading));
            }
            (inner.load, lang)
        };
        let weak = Rc::downgrade(&self.inner);
        yew::platform::spawn_local(async move {
            // Inline data wins over `src`, as it always has.
            let (src, inline) = match config.inline {
                Some(text) => (None, Some(text)),
                None => (config.src, None),
            };
            let overlay = config.overlay;
            let result = browser::read_custom_data(
                config.read.as_ref(),
                src.as_deref(),
                inline.as_deref(),
                overlay.as_deref(),
                lang,
            )
            .await;
            if let Some(inner) = weak.upgrade() {
                if inner.borrow().load == load {
                    settle(&inner, result.map(Some));
                }
            }
        });
    }
}

impl Inner {
    /// Queues `actions` for the app, which applies them after its next render.
    fn send(&mut self, actions: Vec<Action>) {
        self.external.push(actions);
    }
}

/// Uses the loaded data (none: the embedded), or keeps the embedded data
/// and says why not.
fn settle(
    inner: &Rc<RefCell<Inner>>,
    result: Result<Option<crate::data::load::Overlaid>, Refusal>,
) {
    {
        let mut inner = inner.borrow_mut();
        match result {
            Ok(loaded) => {
                let (data, sheet) = match loaded {
                    Some(o) => (DataRef::new(o.data), o.problems),
                    None => (DataRef::embedded(), Vec::new()),
                };
                inner.data = data;
                inner.sheet = sheet;
                inner.refused = None;
            }
            Err(refusal) => {
                inner.data = DataRef::embedded();
                inner.sheet = Vec::new();
                // The console is for the page's developer: in English.
                let english = format!("heartstopper-widget: {}", refusal.english);
                web_sys::console::warn_1(&english.into());
                inner.refused = Some(refusal);
            }
        }
    }
    render(inner);
}

/// The state the element's attributes ask for, "watched up to" as the
/// element resolved it.
fn attribute_state(config: &Config, data: &Dataset) -> UrlState {
    let pairs = config.state.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let mut state = url_state::from_pairs(pairs, data);
    state.watched = config
        .watched
        .as_deref()
        .map(|w| w.trim().to_ascii_lowercase())
        .filter(|w| data.season(w).is_some());
    state
}

/// The state the widget starts in: the address bar's when it follows it and
/// the link sets any, else the element's attributes; "watched up to" as the
/// element resolved it either way.
fn initial_state(config: &Config, data: &Dataset) -> UrlState {
    let query = browser::query();
    let attributes = attribute_state(config, data);
    let mut state = match config.sync_url && url_state::has_state(&query) {
        true => url_state::parse(&query, data),
        false => attributes.clone(),
    };
    state.watched = attributes.watched;
    state
}

/// The reader's language by the app's rule (attribute, then the link's
/// `?lang=`, then the browser's), for the messages shown before or around
/// the app.
fn reader_lang(config: &Config, initial: &UrlState) -> Lang {
    Lang::choose(
        config.lang.as_deref(),
        initial.lang,
        browser::preferred_languages().iter().map(String::as_str),
    )
}

fn render(inner: &Rc<RefCell<Inner>>) {
    // The first render gets a task of its own, apart from the element's
    // call to `mount` (each is tens of milliseconds on a phone); what has
    // changed by then is in `Inner`, read when it runs.
    {
        let mut i = inner.borrow_mut();
        if i.app.is_none() {
            if !i.starting && !i.destroyed {
                i.starting = true;
                // What can be worked out before the first render is, in
                // this task: the first paint's items (the first paint stays
                // as it is until then). The state the app starts in waits
                // for the first render, so that attributes changed before
                // it count.
                i.first_paint = crate::adopt::FirstPaint::find(&i.root);
                let weak = Rc::downgrade(inner);
                gloo::timers::callback::Timeout::new(0, move || {
                    if let Some(inner) = weak.upgrade() {
                        inner.borrow_mut().starting = false;
                        if !inner.borrow().destroyed {
                            render_now(&inner);
                        }
                    }
                })
                .forget();
            }
            return;
        }
    }
    render_now(inner);
}

fn render_now(inner: &Rc<RefCell<Inner>>) {
    let mut inner = inner.borrow_mut();
    // The state the app starts in, from the attributes as they are at its
    // first render; later renders hand it the same.
    if inner.app.is_none() {
        inner.initial = Some(initial_state(&inner.config, &inner.data));
    }
    let initial = inner.initial.clone().unwrap_or_default();
    // The first paint the app may take over instead of rebuilding it.
    let first_paint = match inner.app {
        None => inner.first_paint.take(),
        Some(_) => None,
    };
    let config = &inner.config;
    // The same choice as the app's, for the panic message.
    let lang = reader_lang(config, &initial);
    ROOTS.with(|roots| {
        for (root, l) in roots.borrow_mut().iter_mut() {
            if *root == inner.root {
                *l = lang;
            }
        }
    });
    let props = AppProps {
        first_paint,
        data: inner.data.clone(),
        initial,
        external: Some(inner.external.clone()),
        sync_url: config.sync_url,
        host: Some(HostRef(inner.host.clone())),
        notice: match &inner.refused {
            Some(refusal) => Some(refusal.notice.clone().into()),
            None if !inner.sheet.is_empty() => Some(inner.sheet.join("\n").into()),
            None => None,
        },
        lang: config.lang.clone().map(Into::into),
        limit: config.limit,
    };
    if let Some(app) = inner.app.as_mut() {
        app.update(props);
    } else {
        inner.root.set_text_content(None);
        let root = inner.root.clone();
        inner.app = Some(yew::Renderer::<App>::with_root_and_props(root, props).render());
        // Yew renders in a microtask queued just now: this one runs after it.
        if let Some(rendered) = inner.config.rendered.clone() {
            yew::platform::spawn_local(async move {
                let _ = rendered.call0(&JsValue::NULL);
            });
        }
    }
}
