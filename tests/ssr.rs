//! The components rendered to HTML natively (Yew SSR), for a given filter.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::data::DataRef;
use heartstopper_widget::filter::Filter;
use heartstopper_widget::{App, AppProps};

fn filter(seasons: &[&str], schools: &[&str]) -> Filter {
    Filter {
        seasons: seasons.iter().map(|s| s.to_string()).collect(),
        schools: schools.iter().map(|s| s.to_string()).collect(),
    }
}

async fn render(initial: Filter) -> String {
    let props = AppProps {
        data: DataRef::embedded(),
        initial,
        sync_url: false,
    };
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

fn total() -> usize {
    heartstopper_widget::data::embedded().people.len()
}

fn cards(html: &str) -> Vec<String> {
    html.split("<h3 class=\"hsw-name\">")
        .skip(1)
        .map(|s| s.split('<').next().unwrap_or_default().to_string())
        .collect()
}

#[tokio::test]
async fn everyone_without_a_filter() {
    let html = render(Filter::default()).await;
    let total = heartstopper_widget::data::embedded().people.len();
    assert_eq!(cards(&html).len(), total);
    assert!(
        html.contains(&format!("{total} of {total} cast members")),
        "{html}"
    );
    assert!(!html.contains("aria-pressed=\"true\""));
    assert!(
        !html.contains("hsw-active"),
        "no active-filter tags without a filter"
    );
}

#[tokio::test]
async fn season_3_at_lambert() {
    let html = render(filter(&["3"], &["lambert"])).await;
    assert_eq!(cards(&html), ["Elle Argent", "Naomi", "Felix"]);
    assert!(
        html.contains(&format!("3 of {} cast members", total())),
        "{html}"
    );
    assert!(
        html.contains("Season 3, Lambert"),
        "the live region names the filters"
    );
    // Elle's card shows the school of the season in focus, and the avatar its colour.
    assert!(html.contains("<span class=\"hsw-school\">Lambert</span>"));
    assert!(html.contains("hsw-avatar hsw-school-lambert"));
    // Both chosen options are pressed and appear as removable tags.
    assert_eq!(html.matches("aria-pressed=\"true\"").count(), 2);
    assert!(html.contains("Remove filter:"));
    assert!(html.contains("Clear all filters"));
}

#[tokio::test]
async fn newcomers_are_marked_in_the_season_they_joined() {
    let html = render(filter(&["2"], &[])).await;
    assert_eq!(html.matches("New in Season 2").count(), 8, "{html}");
    let html = render(filter(&["3"], &[])).await;
    assert!(!html.contains("New in Season 2"));
}

#[tokio::test]
async fn dead_end_options_are_inert_and_say_why() {
    let html = render(filter(&["1"], &[])).await;
    // Nobody was at Lambert in season 1, and the film has no one at Higgs.
    let lambert = html
        .split("<button")
        .find(|b| b.contains("hsw-option-lambert"))
        .expect("lambert option");
    assert!(lambert.contains("aria-disabled=\"true\""), "{lambert}");
    assert!(lambert.contains("none with the other filters"));
}

#[tokio::test]
async fn an_empty_result_offers_the_way_back() {
    let html = render(filter(&["film"], &["higgs"])).await;
    assert!(cards(&html).is_empty());
    assert!(html.contains("No cast member matches these filters."));
    assert!(html.contains(&format!("0 of {} cast members", total())));
}

#[tokio::test]
async fn data_text_is_escaped() {
    let mut data = heartstopper_widget::data::embedded().clone();
    let mut people = data.people.to_vec();
    people[0].character = "<img src=x onerror=alert(1)>".into();
    data.people = people.into();
    let props = AppProps {
        data: DataRef::new(data),
        initial: Filter::default(),
        sync_url: false,
    };
    let html = yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
}
