//! In headless Chromium: the widget mounted for real, clicked, re-rendered.
//! Run with `cargo test --target wasm32-unknown-unknown --features csr`.

#![cfg(target_arch = "wasm32")]

use heartstopper_widget::data::DataRef;
use heartstopper_widget::filter::Filter;
use heartstopper_widget::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount(initial: Filter) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            data: DataRef::embedded(),
            initial,
            sync_url: false,
        },
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
    let root = mount(Filter::default());
    yew::scheduler::flush().await;
    let total = heartstopper_widget::data::embedded().people.len();
    assert_eq!(names(&root).len(), total);

    button(&root, "hsw-option-1").click();
    yew::scheduler::flush().await;
    assert_eq!(
        button(&root, "hsw-option-1")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    let season_1 = names(&root);
    assert!(season_1.len() < total && season_1.contains(&"Nick Nelson".to_string()));

    button(&root, "hsw-option-higgs").click();
    yew::scheduler::flush().await;
    assert_eq!(names(&root), ["Elle Argent", "Tara Jones", "Darcy Olsson"]);
    let status = root
        .query_selector(".hsw-status")
        .ok()
        .flatten()
        .and_then(|s| s.text_content())
        .unwrap_or_default();
    assert_eq!(
        status,
        format!("3 of {total} cast members: Season 1, Higgs")
    );

    // A dead end does nothing: nobody was at Lambert in season 1.
    button(&root, "hsw-option-lambert").click();
    yew::scheduler::flush().await;
    assert_eq!(names(&root).len(), 3);

    root.query_selector(".hsw-clear")
        .ok()
        .flatten()
        .expect("clear")
        .dyn_into::<HtmlElement>()
        .expect("button")
        .click();
    yew::scheduler::flush().await;
    assert_eq!(names(&root).len(), total);
    root.remove();
}

#[wasm_bindgen_test]
async fn dates_are_worded_by_intl() {
    use heartstopper_widget::browser::format_date;
    use heartstopper_widget::data::Date;
    assert_eq!(format_date(Date::new(2022, 4, 22)), "22 April 2022");
    assert_eq!(format_date(Date::new(2021, 5, 0)), "May 2021");
    assert_eq!(format_date(Date::new(2019, 0, 0)), "2019");
}
