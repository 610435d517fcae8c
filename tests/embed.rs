//! In headless Chromium: the element's Rust side (`embed::mount`, then
//! `update` again and again, as the element calls it when a host page
//! changes its attributes). State attributes change what they name; `lang`
//! and a repeat of the same attributes (a `theme` change) never touch the
//! reader's state. Run with `cargo test --target wasm32-unknown-unknown
//! --features csr`.

#![cfg(all(target_arch = "wasm32", feature = "csr"))]

#[path = "support/browser.rs"]
mod support;
use heartstopper_widget::embed::{self, Widget};
use js_sys::{Array, Object, Reflect};
use support::settle;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The element's config: its state attributes, "watched up to" as it
/// resolved it, its language and `sync-url`.
fn config(state: &[(&str, &str)], watched: &str, lang: Option<&str>, sync_url: bool) -> JsValue {
    let object = Object::new();
    let pairs = Array::new();
    for (k, v) in state {
        pairs.push(&Array::of2(&(*k).into(), &(*v).into()));
    }
    let set = |key: &str, value: JsValue| {
        Reflect::set(&object, &key.into(), &value).expect("set");
    };
    set("state", pairs.into());
    set("watched", watched.into());
    if let Some(lang) = lang {
        set("lang", lang.into());
    }
    set("sync_url", sync_url.into());
    object.into()
}

struct Mounted {
    host: Element,
    root: Element,
    widget: Widget,
}

async fn mount(config: JsValue) -> Mounted {
    let (host, root) = painted_host("");
    let widget = embed::mount(host.clone(), root.clone(), config);
    settle().await;
    Mounted { host, root, widget }
}

impl Mounted {
    async fn update(&self, config: JsValue) {
        self.widget.update(config);
        settle().await;
    }

    fn status(&self) -> String {
        self.root
            .query_selector(".hsw-status")
            .ok()
            .flatten()
            .and_then(|s| s.text_content())
            .unwrap_or_default()
    }

    fn click(&self, selector: &str) {
        self.root
            .query_selector(selector)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("no {selector}"))
            .dyn_into::<HtmlElement>()
            .expect("an element")
            .click();
    }

    fn pressed(&self, class: &str) -> bool {
        self.root
            .query_selector(&format!("button.{class}"))
            .ok()
            .flatten()
            .and_then(|b| b.get_attribute("aria-pressed"))
            .as_deref()
            == Some("true")
    }

    fn has(&self, selector: &str) -> bool {
        self.root.query_selector(selector).ok().flatten().is_some()
    }

    fn remove(self) {
        self.widget.destroy();
        self.host.remove();
    }
}

/// The reported bug: a host page that switches `theme` (or `lang`) after
/// the reader picked "Watched up to" and a school wiped the school.
#[wasm_bindgen_test]
async fn presentation_changes_keep_the_readers_filters() {
    let state = [("season", "2")];
    let w = mount(config(&state, "3", None, false)).await;
    assert!(w.pressed("hsw-option-2"));
    w.click("button.hsw-option-truham");
    settle().await;
    assert!(w.pressed("hsw-option-truham"));
    let before = w.status();
    assert!(before.contains("Truham"), "{before}");
    // A theme toggle: the element calls update with the same state.
    for _ in 0..3 {
        w.update(config(&state, "3", None, false)).await;
        assert_eq!(w.status(), before);
    }
    // A language change: the same state, in French.
    w.update(config(&state, "3", Some("fr"), false)).await;
    assert!(w.pressed("hsw-option-truham") && w.pressed("hsw-option-2"));
    assert!(w.status().contains("Truham"), "{}", w.status());
    assert!(w.has("section.hsw[lang='fr']"));
    w.remove();
}

/// A changed state attribute changes what it names, several times over,
/// and nothing else.
#[wasm_bindgen_test]
async fn state_attributes_change_what_they_name() {
    let w = mount(config(&[("season", "2")], "", None, false)).await;
    w.click("button.hsw-option-truham");
    settle().await;
    // The host switches to the timeline: the reader's school stays.
    w.update(config(
        &[("season", "2"), ("view", "timeline")],
        "",
        None,
        false,
    ))
    .await;
    assert!(!w.has(".hsw-cast"), "the grid is gone");
    assert!(w.has(".hsw-timeline"));
    assert!(w.pressed("hsw-option-truham"));
    // Then to season 1: the seasons change, the school stays.
    w.update(config(
        &[("season", "1"), ("view", "timeline")],
        "",
        None,
        false,
    ))
    .await;
    assert!(w.pressed("hsw-option-1") && !w.pressed("hsw-option-2"));
    assert!(w.pressed("hsw-option-truham"));
    // Then "watched up to 1": season 2's people are hidden.
    w.update(config(
        &[("season", "1"), ("view", "grid"), ("watched", "1")],
        "1",
        None,
        false,
    ))
    .await;
    assert!(w.has(".hsw-cast"));
    assert!(!w.has("button.hsw-option-2"), "season 2 hidden");
    assert!(w.pressed("hsw-option-truham"));
    // And back: the season attribute removed.
    w.update(config(
        &[("view", "grid"), ("watched", "1")],
        "1",
        None,
        false,
    ))
    .await;
    assert!(!w.pressed("hsw-option-1"));
    assert!(w.pressed("hsw-option-truham"));
    w.remove();
}

/// A host that sets two attributes in a row, before the widget renders
/// again, gets both.
#[wasm_bindgen_test]
async fn attributes_set_in_a_row_all_apply() {
    let w = mount(config(
        &[("season", "1"), ("school", "higgs")],
        "",
        None,
        false,
    ))
    .await;
    w.widget.update(config(
        &[("season", "3"), ("school", "higgs")],
        "",
        None,
        false,
    ));
    w.widget.update(config(
        &[("season", "3"), ("school", "lambert")],
        "",
        None,
        false,
    ));
    settle().await;
    assert!(w.pressed("hsw-option-3") && !w.pressed("hsw-option-1"));
    assert!(w.pressed("hsw-option-lambert") && !w.pressed("hsw-option-higgs"));
    assert!(w.status().starts_with("3 of "), "{}", w.status());
    w.remove();
}

/// With `sync-url`, a details dialog opened by the link stays open through
/// a host's presentation changes (it used to close on any attribute change).
#[wasm_bindgen_test]
async fn an_open_dialog_stays_open_when_the_host_changes_an_attribute() {
    let history = gloo::utils::window().history().expect("history");
    let before = gloo::utils::window().location().href().expect("href");
    history
        .replace_state_with_url(&JsValue::NULL, "", Some("?person=nick-nelson"))
        .expect("url");
    let w = mount(config(&[], "", None, true)).await;
    let open = |w: &Mounted| w.has("dialog.hsw-dialog[open]");
    assert!(open(&w), "the link opens the details");
    for lang in [None, Some("de"), Some("de")] {
        w.update(config(&[], "", lang, true)).await;
        assert!(open(&w), "still open after {lang:?}");
    }
    // A state attribute the dialog does not depend on: still open.
    w.update(config(&[("sort", "actor")], "", Some("de"), true))
        .await;
    assert!(open(&w));
    w.remove();
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&before))
        .expect("url");
}

/// A host on the page whose root holds `html` (a first paint, or nothing),
/// not yet mounted.
fn painted_host(html: &str) -> (Element, Element) {
    let document = gloo::utils::document();
    let host = document.create_element("div").expect("host");
    let root = document.create_element("div").expect("root");
    root.set_inner_html(html);
    host.append_child(&root).expect("appended");
    document
        .body()
        .expect("body")
        .append_child(&host)
        .expect("appended");
    (host, root)
}

/// Mounts the widget on a painted host and lets only its first render run:
/// it comes in a task of its own (queued by `mount`), Yew renders in a
/// microtask of that task, and the lists' next pieces wait for a later task.
async fn take_over(host: Element, root: Element, config: JsValue) -> Mounted {
    let widget = embed::mount(host.clone(), root.clone(), config);
    assert!(
        root.query_selector(".hsw-card").ok().flatten().is_some(),
        "the first paint stays until the first render's task"
    );
    // Yew's scheduler is shared with the widgets before this one, so its
    // render may wait behind their pieces: a few tasks at most.
    for _ in 0..20 {
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(tick).await;
        if root.query_selector(".hsw").ok().flatten().is_some() {
            break;
        }
    }
    Mounted { host, root, widget }
}

/// What a settled widget in this state shows: the first paint the build
/// pre-renders for it is the same markup.
async fn painted(state: &[(&str, &str)]) -> String {
    let w = mount(config(state, "", Some("en"), false)).await;
    let html = w.root.inner_html();
    w.remove();
    html
}

fn item(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {selector}"))
}

const NICK: &str = ".hsw-card [data-hsw-act='select:person:nick-nelson']";

/// The takeover puts the first paint's own cards and events back instead of
/// rebuilding them: the same nodes, and no stand-in. A click on one before
/// the app made it its own does what it says; a few tasks later every item
/// is the app's own.
#[wasm_bindgen_test]
async fn the_takeover_keeps_the_first_paints_cards_and_events() {
    let html = painted(&[("season", "2")]).await;
    let (host, root) = painted_host(&html);
    let last_card = item(&root, ".hsw-grid > :last-child");
    let last_event = item(&root, ".hsw-event:last-of-type");
    let nick = item(&root, NICK);
    let w = take_over(
        host,
        root,
        config(&[("season", "2")], "", Some("en"), false),
    )
    .await;
    let state = w
        .root
        .query_selector(".hsw")
        .ok()
        .flatten()
        .and_then(|s| s.get_attribute("data-hsw-state"));
    assert_eq!(
        state.as_deref(),
        Some("season=2"),
        "the app names its state: {}",
        w.root.inner_html().chars().take(300).collect::<String>()
    );
    assert!(!w.has(".hsw-pending"), "no stand-in at the takeover");
    assert!(
        w.root.contains(Some(&last_card)),
        "the painted card is the one shown"
    );
    assert!(
        w.root.contains(Some(&last_event)),
        "the painted event is the one shown"
    );
    assert!(w.root.contains(Some(&nick)));
    // A click on an adopted card opens its details.
    nick.dyn_into::<HtmlElement>().expect("a button").click();
    settle().await;
    assert!(
        w.has("dialog.hsw-dialog[open]"),
        "the adopted card's click opened the details"
    );
    assert!(!w.has(".hsw-pending"));
    assert!(
        !w.root.contains(Some(&last_card)),
        "made the app's own in the end"
    );
    w.remove();
}

/// A first paint of another state, or in another language, is not adopted:
/// none of its nodes stays.
#[wasm_bindgen_test]
async fn a_first_paint_of_another_state_is_not_adopted() {
    let html = painted(&[("season", "2")]).await;
    for (state, lang, locale) in [("1", "en", "en-GB"), ("2", "de", "de")] {
        let (host, root) = painted_host(&html);
        let nick = item(&root, NICK);
        let w = take_over(
            host,
            root,
            config(&[("season", state)], "", Some(lang), false),
        )
        .await;
        let shown = w
            .root
            .query_selector(".hsw")
            .ok()
            .flatten()
            .map(|s| (s.get_attribute("data-hsw-state"), s.get_attribute("lang")));
        assert_eq!(
            shown,
            Some((Some(format!("season={state}")), Some(locale.to_owned())))
        );
        assert!(
            !w.root.contains(Some(&nick)),
            "season {state} in {lang}: not adopted"
        );
        settle().await;
        assert!(w.has(NICK) && !w.has(".hsw-pending"));
        w.remove();
    }
}
