//! In headless Chromium: the widget mounted for real, clicked, re-rendered.
//! Run with `cargo test --target wasm32-unknown-unknown --features csr`.

#![cfg(target_arch = "wasm32")]

#[path = "support/browser.rs"]
mod support;
use heartstopper_widget::data::DataRef;
use heartstopper_widget::url_state::{parse, UrlState};
use heartstopper_widget::{App, AppProps};
use support::settle;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount(query: &str) -> Element {
    let initial: UrlState = parse(query, heartstopper_widget::data::embedded());
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps::new(DataRef::embedded(), initial),
    )
    .render();
    root
}

fn names(root: &Element) -> Vec<String> {
    let list = root
        .query_selector_all(".hsw-card .hsw-name")
        .expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.text_content())
        .collect()
}

fn button(root: &Element, class: &str) -> HtmlElement {
    root.query_selector(&format!("button.{class}"))
        .expect("selector")
        .expect("button")
        .dyn_into()
        .expect("an element")
}

#[wasm_bindgen_test]
async fn clicking_filters_changes_the_grid() {
    let root = mount("");
    settle().await;
    let total = heartstopper_widget::data::embedded().people.len();
    assert_eq!(names(&root).len(), total);

    button(&root, "hsw-option-1").click();
    settle().await;
    assert_eq!(
        button(&root, "hsw-option-1")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    let season_1 = names(&root);
    assert!(season_1.len() < total && season_1.contains(&"Nick Nelson".to_string()));

    button(&root, "hsw-option-higgs").click();
    settle().await;
    assert_eq!(names(&root), ["Elle Argent", "Tara Jones", "Darcy Olsson"]);
    let status = root
        .query_selector(".hsw-status")
        .ok()
        .flatten()
        .and_then(|s| s.text_content())
        .unwrap_or_default();
    assert!(
        status.starts_with(&format!("3 of {total} cast members, ")),
        "{status}"
    );
    assert!(status.ends_with(": Season 1, Higgs"), "{status}");

    // A dead end does nothing: nobody was at Lambert in season 1.
    button(&root, "hsw-option-lambert").click();
    settle().await;
    assert_eq!(names(&root).len(), 3);

    root.query_selector(".hsw-active .hsw-clear")
        .ok()
        .flatten()
        .expect("clear")
        .dyn_into::<HtmlElement>()
        .expect("button")
        .click();
    settle().await;
    assert_eq!(names(&root).len(), total);
    root.remove();
}

#[wasm_bindgen_test]
async fn dates_are_worded_by_intl() {
    use heartstopper_widget::browser::intl_date as format_date;
    use heartstopper_widget::data::Date;
    assert_eq!(
        format_date(Date::new(2022, 4, 22), "en-GB"),
        "22 April 2022"
    );
    assert_eq!(format_date(Date::new(2021, 5, 0), "en-GB"), "May 2021");
    assert_eq!(format_date(Date::new(2019, 0, 0), "en-GB"), "2019");
    assert_eq!(format_date(Date::new(2022, 4, 22), "fr"), "22 avril 2022");
    assert_eq!(format_date(Date::new(2021, 5, 0), "de"), "Mai 2021");
    assert_eq!(
        format_date(Date::new(2022, 4, 22), "es"),
        "22 de abril de 2022"
    );
    assert_eq!(
        format_date(Date::new(2022, 4, 22), "pt-BR"),
        "22 de abril de 2022"
    );
}

/// The widget words dates with Rust's tables (the pre-rendered first paint
/// too); the browser's `Intl` must word every month and precision the same.
#[wasm_bindgen_test]
async fn dates_match_intl_in_every_language() {
    use heartstopper_widget::browser::intl_date as format_date;
    use heartstopper_widget::data::Date;
    use heartstopper_widget::dates::format_in;
    use heartstopper_widget::lang::Lang;
    use heartstopper_widget::text::strings;
    for lang in Lang::ALL {
        let locale = strings(lang).locale;
        for month in 1..=12 {
            for date in [
                Date::new(2023, month, 3),
                Date::new(2021, month, 0),
                Date::new(2019, 0, 0),
            ] {
                assert_eq!(
                    format_in(date, locale),
                    format_date(date, locale),
                    "{locale} {date}"
                );
            }
        }
    }
}

fn key(target: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    target.dispatch_event(&event).expect("dispatched");
}

fn active_element() -> Option<Element> {
    gloo::utils::document().active_element()
}

#[wasm_bindgen_test]
async fn timeline_keys_move_one_tab_stop_and_enter_opens_details() {
    let root = mount("?view=timeline&season=2");
    settle().await;
    let buttons = root
        .query_selector_all("[data-hsw-event]")
        .expect("selector");
    let nth = |i: u32| {
        buttons
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlElement>().ok())
            .expect("event button")
    };
    let count = buttons.length();
    assert!(count > 5);
    let stops = (0..count)
        .filter(|&i| nth(i).get_attribute("tabindex").as_deref() == Some("0"))
        .count();
    assert_eq!(stops, 1);

    nth(0).focus().expect("focus");
    key(&nth(0), "ArrowDown");
    settle().await;
    assert_eq!(active_element(), Some(nth(1).into()));
    assert_eq!(nth(1).get_attribute("tabindex").as_deref(), Some("0"));
    key(&nth(1), "End");
    settle().await;
    assert_eq!(active_element(), Some(nth(count - 1).into()));
    key(&nth(count - 1), "Home");
    settle().await;
    assert_eq!(active_element(), Some(nth(0).into()));

    // Activating an event opens its details in a modal dialog...
    nth(0).click();
    settle().await;
    let dialog: web_sys::HtmlDialogElement = root
        .query_selector("dialog")
        .ok()
        .flatten()
        .expect("dialog")
        .dyn_into()
        .expect("a dialog");
    assert!(dialog.open());
    // ...and closing it puts focus back where it was.
    button(&root, "hsw-close").click();
    settle().await;
    assert!(!dialog.open());
    assert_eq!(active_element(), Some(nth(0).into()));
    root.remove();
}

#[wasm_bindgen_test]
async fn tabs_follow_the_arrow_keys() {
    let root = mount("");
    settle().await;
    let tablist = root
        .query_selector("[role=tablist]")
        .ok()
        .flatten()
        .expect("tablist");
    let selected = || {
        root.query_selector("[role=tab][aria-selected=true]")
            .ok()
            .flatten()
            .and_then(|t| t.text_content())
            .unwrap_or_default()
    };
    assert_eq!(selected(), "Both");
    key(&tablist, "ArrowLeft");
    settle().await;
    assert_eq!(selected(), "Timeline");
    assert!(root.query_selector(".hsw-grid").ok().flatten().is_none());
    key(&tablist, "Home");
    settle().await;
    assert_eq!(selected(), "Cast");
    assert!(root
        .query_selector(".hsw-timeline")
        .ok()
        .flatten()
        .is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn after_a_panic_every_widget_shows_a_message_instead_of_going_dead() {
    use heartstopper_widget::embed;
    let document = gloo::utils::document();
    let host = document.create_element("div").expect("host");
    let root = document.create_element("div").expect("root");
    host.append_child(&root).expect("appended");
    document
        .body()
        .expect("body")
        .append_child(&host)
        .expect("appended");
    let widget = embed::mount(host.clone(), root.clone(), js_sys::Object::new().into());
    settle().await;
    assert!(
        root.query_selector(".hsw-card").ok().flatten().is_some(),
        "mounted"
    );
    // What the panic hook does, without panicking the test itself.
    embed::show_crash_message();
    assert_eq!(
        root.text_content().as_deref(),
        Some(heartstopper_widget::text::strings(heartstopper_widget::lang::Lang::En).crashed)
    );
    widget.destroy();
    host.remove();
}
