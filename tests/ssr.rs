//! The components rendered to HTML natively (Yew SSR), for a given state.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::data::{embedded, DataRef};
use heartstopper_widget::url_state::{parse, UrlState};
use heartstopper_widget::AppProps;

async fn render_state(initial: UrlState) -> String {
    let props = AppProps::new(DataRef::embedded(), initial);
    heartstopper_widget::page::render(props).await
}

/// Renders what a link with this query shows.
async fn render(query: &str) -> String {
    render_state(parse(query, embedded())).await
}

fn total() -> usize {
    embedded().people.len()
}

fn cards(html: &str) -> Vec<String> {
    html.split("<h3 class=\"hsw-name\">")
        .skip(1)
        .map(|s| {
            s.split("</button>")
                .next()
                .unwrap_or_default()
                .rsplit('>')
                .next()
                .unwrap_or_default()
                .trim()
                .to_string()
        })
        .collect()
}

fn events(html: &str) -> usize {
    html.matches("data-hsw-event=").count()
}

#[tokio::test]
async fn everyone_and_every_event_without_a_filter() {
    let html = render("").await;
    assert_eq!(cards(&html).len(), total());
    assert_eq!(events(&html), embedded().events.len());
    assert!(
        html.contains(&format!(
            "{0} of {0} cast members, {1} of {1} events",
            total(),
            embedded().events.len()
        )),
        "{html}"
    );
    assert!(!html.contains("aria-pressed=\"true\""));
    assert!(
        !html.contains("hsw-active"),
        "no active-filter tags without a filter"
    );
    // One tab stop in the timeline.
    let stops = html
        .split("<button")
        .filter(|b| b.contains("data-hsw-event") && b.contains("tabindex=\"0\""))
        .count();
    assert_eq!(stops, 1);
}

#[tokio::test]
async fn season_3_at_lambert() {
    let html = render("?season=3&school=lambert").await;
    assert_eq!(cards(&html), ["Elle Argent", "Naomi", "Felix"]);
    assert!(
        html.contains(&format!("3 of {} cast members", total())),
        "{html}"
    );
    assert!(
        html.contains("Season 3, Lambert"),
        "the live region names the filters"
    );
    assert!(html.contains("<span class=\"hsw-school\">Lambert</span>"));
    assert!(html.contains("hsw-avatar hsw-school-lambert"));
    assert_eq!(html.matches("aria-pressed=\"true\"").count(), 2);
    assert!(html.contains("Remove filter:"));
    assert!(html.contains("Clear all filters"));
}

#[tokio::test]
async fn newcomers_are_marked_in_the_season_they_joined() {
    let html = render("?season=2").await;
    assert_eq!(html.matches("New in Season 2").count(), 9, "{html}");
    let html = render("?season=3").await;
    assert!(!html.contains("New in Season 2"));
}

#[tokio::test]
async fn dead_end_options_are_inert_and_say_why() {
    let html = render("?season=1").await;
    let lambert = html
        .split("<button")
        .find(|b| b.contains("hsw-option-lambert"))
        .expect("lambert option");
    assert!(lambert.contains("aria-disabled=\"true\""), "{lambert}");
    assert!(lambert.contains("none with the other filters"));
    let new = html
        .split("<button")
        .find(|b| b.contains("hsw-option-new"))
        .expect("new option");
    assert!(!new.contains("aria-disabled"));
    let html = render("").await;
    let new = html
        .split("<button")
        .find(|b| b.contains("hsw-option-new"))
        .expect("new option");
    assert!(new.contains("aria-disabled=\"true\"") && new.contains("choose a season first"));
}

#[tokio::test]
async fn an_empty_result_offers_the_way_back() {
    let html = render("?season=film&school=higgs").await;
    assert!(cards(&html).is_empty());
    assert!(html.contains("No cast member matches these filters."));
    assert!(html.contains(&format!("0 of {} cast members", total())));
}

#[tokio::test]
async fn views_follow_the_tabs() {
    let html = render("?view=timeline&season=2").await;
    assert!(
        cards(&html).is_empty(),
        "the grid is not rendered in the timeline view"
    );
    assert!(events(&html) > 5);
    assert!(html.contains("Season 2 premieres"));
    assert!(!html.contains("Season 1 premieres"));
    assert!(
        html.contains("aria-selected=\"true\" aria-controls=\"hsw")
            || html.contains("id=\"hsw1-tab-timeline\"")
    );
    let html = render("?view=grid").await;
    assert_eq!(events(&html), 0);
    assert_eq!(cards(&html).len(), total());
}

#[tokio::test]
async fn eras_show_premiere_episodes_and_volumes_and_the_as_of_marker() {
    let html = render("?view=timeline").await;
    assert!(
        html.contains("Premiered 22 April 2022 · 8 episodes · Volumes 1–2"),
        "{html}"
    );
    assert!(html.contains("Expected 2026"));
    assert!(html.contains("Volume 6"));
    assert!(html.contains("Before the series"));
    assert_eq!(html.matches("class=\"hsw-asof\"").count(), 1);
    assert!(html.contains("Upcoming"));
    let may = html
        .split("<time")
        .find(|t| t.contains("datetime=\"2021-05\""))
        .expect("a month-precision date");
    assert!(may.contains(">May 2021</time>"), "{may}");
}

#[tokio::test]
async fn a_person_link_highlights_their_card_and_events_and_opens_details() {
    let html = render("?person=elle-argent").await;
    assert!(html.contains("Highlighting: <strong>Elle Argent</strong>"));
    let lit_cards = html.matches("hsw-card hsw-hl").count();
    assert_eq!(lit_cards, 1);
    assert!(html.matches("hsw-hl").count() > 1, "her events are lit too");
    // The dialog holds her details: school per season, events, sources.
    let dialog = html.split("<dialog").nth(1).expect("dialog");
    assert!(dialog.contains("Harvey Greene Grammar School for Girls (Higgs)"));
    assert!(dialog.contains("Lambert School of Art"));
    assert!(dialog.contains("The rest of the main cast announced"));
    assert!(dialog.contains("rel=\"noopener noreferrer\""));
}

#[tokio::test]
async fn an_event_link_lists_its_people_with_newcomers_marked() {
    let html = render("?event=season-2-premiere").await;
    let dialog = html.split("<dialog").nth(1).expect("dialog");
    assert!(dialog.contains("Season 2 premieres"));
    for name in ["Sahar Zahid", "Naomi", "Felix", "Mr Farouk"] {
        assert!(dialog.contains(name), "{name}");
    }
    assert_eq!(dialog.matches("class=\"hsw-new\"").count(), 7);
}

#[tokio::test]
async fn data_text_is_escaped() {
    let mut data = embedded().clone();
    let mut people = data.people.to_vec();
    people[0].character = "<img src=x onerror=alert(1)>".into();
    data.people = people.into();
    let mut sources = data.sources.to_vec();
    sources[0].url = Some("javascript:alert(1)".into());
    data.sources = sources.into();
    let initial = UrlState {
        selection: Some(heartstopper_widget::timeline::Selection::Person(
            "nick-nelson".into(),
        )),
        ..UrlState::default()
    };
    let props = AppProps::new(DataRef::new(data), initial);
    let html = heartstopper_widget::page::render(props).await;
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(
        !html.contains("javascript:"),
        "only http(s) links are rendered"
    );
}

#[tokio::test]
async fn the_interface_speaks_the_asked_language_and_the_data_stays_english() {
    let html = render("?lang=fr&season=2&view=both").await;
    assert!(
        html.contains("lang=\"fr\""),
        "the widget declares its language"
    );
    assert!(html.contains(">Saison 2<"), "season labels are translated");
    assert!(html.contains(&format!("sur {} membres de la distribution", total())));
    assert!(html.contains("Effacer tous les filtres"));
    assert!(
        html.contains("lang=\"en\""),
        "data text is marked as English"
    );
    for (query, word) in [
        ("?lang=es", "Reparto"),
        ("?lang=de", "Besetzung"),
        ("?lang=pt-BR", "Elenco"),
        ("", "Cast"),
    ] {
        let html = render(query).await;
        assert!(html.contains(&format!(">{word}<")), "{query}: {word}");
    }
}
