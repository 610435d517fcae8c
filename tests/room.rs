//! The room the widget takes on a host page (`limit`): the rule natively,
//! then the widget rendered with it (Yew SSR), as its first paints are.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::data::{embedded, DataRef};
use heartstopper_widget::filter::Filter;
use heartstopper_widget::page::{all_first_paint_states, first_paint_stem};
use heartstopper_widget::room::{self, first_cards, first_events, Part};
use heartstopper_widget::state::{Action, State};
use heartstopper_widget::timeline::{eras, Era};
use heartstopper_widget::url_state::parse;
use heartstopper_widget::AppProps;
use proptest::prelude::*;
use std::rc::Rc;
use yew::Reducible;

#[test]
fn a_limit_is_a_whole_number_from_one_and_anything_else_shows_everything() {
    for (value, limit) in [
        ("6", Some(6)),
        (" 12 ", Some(12)),
        ("06", Some(6)),
        ("999", Some(999)),
        ("1", Some(1)),
        ("0", None),
        ("", None),
        ("six", None),
        ("-3", None),
        ("+3", None),
        ("1e3", None),
        ("6.5", None),
        ("1000", None),
        ("99999999999999999999999", None),
        ("٣", None),
    ] {
        assert_eq!(room::parse(value), limit, "limit=\"{value}\"");
    }
}

fn all_eras() -> Rc<Vec<Era>> {
    Rc::new(eras(embedded(), &Filter::default()))
}

#[test]
fn the_first_events_keep_their_order_and_their_eras() {
    let all = all_eras();
    let total: usize = all.iter().map(|e| e.events.len()).sum();
    let order: Vec<usize> = all.iter().flat_map(|e| e.events.clone()).collect();
    let (first, more) = first_events(&all, Some(6));
    let kept: Vec<usize> = first.iter().flat_map(|e| e.events.clone()).collect();
    assert_eq!(kept, order[..6]);
    assert_eq!(more, total - 6);
    assert!(first.iter().all(|e| !e.events.is_empty()), "no empty era");
    // Each kept era is the era it came from.
    for era in first.iter() {
        let from = all
            .iter()
            .find(|e| e.season == era.season)
            .expect("its era");
        assert!(era.events.iter().all(|i| from.events.contains(i)));
    }
    // No limit, or one that everything fits: the very same eras.
    for limit in [None, Some(total), Some(total + 5)] {
        let (same, none) = first_events(&all, limit);
        assert!(Rc::ptr_eq(&same, &all), "{limit:?}");
        assert_eq!(none, 0);
    }
}

#[test]
fn cards_under_a_limit() {
    assert_eq!(first_cards(33, Some(6)), (6, 27));
    assert_eq!(first_cards(4, Some(6)), (4, 0));
    assert_eq!(first_cards(6, Some(6)), (6, 0));
    assert_eq!(first_cards(33, None), (33, 0));
    assert_eq!(first_cards(0, Some(6)), (0, 0));
}

proptest! {
    #[test]
    fn the_first_events_are_never_more_than_the_limit_nor_lost(limit in 1usize..60) {
        let all = all_eras();
        let total: usize = all.iter().map(|e| e.events.len()).sum();
        let (first, more) = first_events(&all, Some(limit));
        let shown: usize = first.iter().map(|e| e.events.len()).sum();
        prop_assert_eq!(shown, limit.min(total));
        prop_assert_eq!(shown + more, total);
    }
}

#[test]
fn show_all_is_an_act_of_its_own_and_survives_back() {
    for part in [Part::Cast, Part::Timeline] {
        let act = Action::ShowAll(part).act().expect("an act");
        assert_eq!(
            Action::from_act(&act, embedded()),
            Some(Action::ShowAll(part))
        );
    }
    assert_eq!(Action::from_act("all:nothing", embedded()), None);
    let state = Rc::new(State::default())
        .reduce(Action::ShowAll(Part::Cast))
        .reduce(Action::Restore(parse("?season=2", embedded())));
    assert!(state.all_cards && !state.all_events);
}

async fn render(query: &str, limit: Option<usize>, lang: &str) -> String {
    let mut props = AppProps::new(DataRef::embedded(), parse(query, embedded()));
    props.limit = limit;
    props.lang = Some(lang.to_owned().into());
    heartstopper_widget::page::render(props).await
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[tokio::test]
async fn a_limit_shows_the_first_cards_and_events_and_says_so() {
    let people = embedded().people.len();
    let events = embedded().events.len();
    let html = render("", Some(6), "en").await;
    assert_eq!(count(&html, "<h3 class=\"hsw-name\">"), 6);
    assert_eq!(count(&html, "class=\"hsw-event-btn\""), 6);
    assert!(
        html.contains(&format!("Show all {people} cast members")),
        "{html}"
    );
    assert!(html.contains(&format!("Show all {events} events")));
    assert!(html.contains("data-hsw-act=\"all:cast\""));
    assert!(html.contains("data-hsw-act=\"all:timeline\""));
    // The live region says what is held back.
    assert!(
        html.contains(&format!(
            "{people} of {people} cast members (the first 6 shown), {events} of {events} events (the first 6 shown)"
        )),
        "{html}"
    );
    // One view: only its button and its words.
    let grid = render("?view=grid", Some(6), "en").await;
    assert!(!grid.contains("Show all 48") && !grid.contains("events (the first"));
    // A filter that leaves fewer than the limit: no button, no words.
    let few = render("?view=grid&q=nick", Some(6), "en").await;
    assert!(
        !few.contains("Show all") && !few.contains("the first"),
        "{few}"
    );
    // No limit: everything, as before.
    let all = render("", None, "en").await;
    assert_eq!(count(&all, "<h3 class=\"hsw-name\">"), people);
    assert!(!all.contains("Show all"));
}

#[tokio::test]
async fn the_limit_speaks_every_language() {
    assert_eq!((embedded().people.len(), embedded().events.len()), (33, 51));
    for (lang, words) in [
        ("fr", "Afficher les 33 membres de la distribution"),
        ("de", "Alle 33 Mitwirkenden zeigen"),
        ("es", "Mostrar los 51 eventos"),
        ("pt-BR", "os primeiros 6 exibidos"),
    ] {
        let html = render("", Some(6), lang).await;
        assert!(html.contains(words), "{lang}: {words} in {html}");
    }
}

#[test]
fn the_limits_offered_are_pre_rendered() {
    let states = all_first_paint_states(embedded());
    for limit in room::PRERENDERED {
        let limit = limit.to_string();
        let stems: Vec<String> = states
            .iter()
            .filter(|pairs| pairs.iter().any(|(k, v)| *k == "limit" && *v == limit))
            .map(|pairs| first_paint_stem(pairs))
            .collect();
        for stem in [
            "limit-",
            "view-grid.limit-",
            "season-2.view-timeline.limit-",
        ] {
            assert!(
                stems.contains(&format!("{stem}{limit}")),
                "{stem}{limit} in {stems:?}"
            );
        }
    }
}
