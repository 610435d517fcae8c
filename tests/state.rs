//! The reducer: a link opens a selection's details, an embedding page's
//! attributes never do by themselves, and nothing changed means the same Rc.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::data::embedded;
use heartstopper_widget::state::{Action, State};
use heartstopper_widget::url_state::parse;
use std::rc::Rc;
use yew::Reducible;

#[test]
fn a_link_opens_details_but_attributes_only_light_up() {
    let url = parse("?person=elle-argent", embedded());
    assert!(State::from_url(url.clone()).detail_open);
    let embedded_state = State::from_attributes(url.clone());
    assert!(!embedded_state.detail_open);
    assert_eq!(embedded_state.url.selection, url.selection);

    let state = Rc::new(State::default());
    let replaced = state
        .clone()
        .reduce(Action::Attributes(url.clone(), vec!["person"]));
    assert!(!replaced.detail_open && replaced.url == url);
    let restored = state.reduce(Action::Restore(url.clone()));
    assert!(restored.detail_open && restored.url == url);
    // The reader opens them with one click.
    let opened = replaced.reduce(Action::Select(url.selection.clone().unwrap()));
    assert!(opened.detail_open);
}

#[test]
fn nothing_changed_is_the_same_rc() {
    let state = Rc::new(State::from_attributes(parse("?season=2", embedded())));
    let same = state.clone().reduce(Action::CloseDetail);
    assert!(Rc::ptr_eq(&state, &same));
}

/// A changed attribute changes what it names: an open dialog stays open,
/// and what the reader chose stays, unless the attribute names it.
#[test]
fn changed_attributes_keep_the_readers_state_and_an_open_dialog() {
    let data = embedded();
    let state = Rc::new(State::from_url(parse(
        "?season=2&school=truham&watched=3&person=nick-nelson",
        data,
    )));
    assert!(state.detail_open);
    let next = state.clone().reduce(Action::Attributes(
        parse("?view=timeline", data),
        vec!["view"],
    ));
    assert!(next.detail_open, "the dialog stays open");
    assert_eq!(next.url.filter, state.url.filter);
    assert_eq!(next.url.watched.as_deref(), Some("3"));
    assert_eq!(next.url.view.id(), "timeline");
    // A new person attribute: the new selection waits for the reader.
    let other = next.reduce(Action::Attributes(
        parse("?person=elle-argent", data),
        vec!["person"],
    ));
    assert!(!other.detail_open);
    assert_eq!(other.url.filter, state.url.filter);
}

/// A control's act (its `data-hsw-act`) reads back as the action it
/// dispatches; an act that names nothing of the data is refused.
#[test]
fn acts_read_back_as_their_actions() {
    use heartstopper_widget::filter::{option_ids, Group, Sort};
    use heartstopper_widget::timeline::Selection;
    use heartstopper_widget::url_state::View;
    let data = embedded();
    let mut actions = vec![Action::ClearFilters, Action::ToggleFilters];
    for group in Group::ALL {
        for id in option_ids(data, group) {
            actions.push(Action::Toggle(group, id.to_string()));
            actions.push(Action::Remove(group, id.to_string()));
        }
    }
    actions.extend(View::ALL.map(Action::SetView));
    actions.extend(
        data.people
            .iter()
            .map(|p| Action::Select(Selection::Person(p.id.to_string()))),
    );
    actions.extend(
        data.events
            .iter()
            .map(|e| Action::Select(Selection::Event(e.id.to_string()))),
    );
    for action in actions {
        let act = action.act().expect("an act");
        assert_eq!(Action::from_act(&act, data), Some(action), "{act}");
    }
    // Controls whose value completes the act.
    assert_eq!(
        Action::from_act("search:nick: the 2nd", data),
        Some(Action::Search("nick: the 2nd".into()))
    );
    assert_eq!(
        Action::from_act("sort:actor", data),
        Some(Action::SetSort(Sort::Actor))
    );
    for refused in [
        "",
        "toggle:season:9",
        "toggle:house:truham",
        "select:person:nobody",
        "select:event:",
        "view:list",
        "sort:random",
        "clear:all",
        "<script>",
    ] {
        assert_eq!(Action::from_act(refused, data), None, "{refused}");
    }
}

/// The first paint's controls carry their acts, so that input made before
/// the wasm takes over is handed over by what it means.
#[tokio::test]
async fn the_first_paint_carries_every_controls_act() {
    use heartstopper_widget::data::DataRef;
    use heartstopper_widget::url_state::UrlState;
    use heartstopper_widget::AppProps;
    let html =
        heartstopper_widget::page::render(AppProps::new(DataRef::embedded(), UrlState::default()))
            .await;
    for act in [
        "toggle:season:2",
        "toggle:school:truham",
        "filters",
        "toggle:role:teacher",
        "view:grid",
        "select:person:nick-nelson",
        "search",
        "sort",
    ] {
        assert!(html.contains(&format!("data-hsw-act=\"{act}\"")), "{act}");
    }
    let data = embedded();
    for act in html.split("data-hsw-act=\"").skip(1) {
        let act = &act[..act.find('"').unwrap()];
        if act != "search" && act != "sort" {
            assert!(Action::from_act(act, data).is_some(), "{act}");
        }
    }
}
