//! URL state: round trips, odd input, and the parameters the widget does not own.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::data::{embedded, Role};
use heartstopper_widget::filter::{option_ids, Filter, Group, Sort};
use heartstopper_widget::lang::Lang;
use heartstopper_widget::timeline::Selection;
use heartstopper_widget::url_state::{has_state, parse, write, UrlState, View};
use proptest::prelude::*;

mod common;
use common::arb_filter;

fn state(seasons: &[&str], schools: &[&str]) -> UrlState {
    UrlState {
        filter: {
            let mut f = Filter::default();
            seasons.iter().for_each(|id| f.select(Group::Season, id));
            schools.iter().for_each(|id| f.select(Group::School, id));
            f
        },
        ..UrlState::default()
    }
}

#[test]
fn reads_the_documented_form() {
    let data = embedded();
    assert_eq!(
        parse("?season=2,3&school=truham,higgs", data),
        state(&["2", "3"], &["truham", "higgs"])
    );
    assert_eq!(
        parse("season=film&school=none", data),
        state(&["film"], &["none"])
    );
    assert_eq!(parse("", data), UrlState::default());
}

#[test]
fn reads_search_role_new_sort_view_and_selection() {
    let data = embedded();
    let s = parse("?season=2&q=St%C3%A9phane+N&role=family,teacher&new=1&sort=actor&view=timeline&person=stephane-nelson", data);
    assert_eq!(s.filter.q(), "Stéphane N");
    assert_eq!(
        s.filter.roles().iter().copied().collect::<Vec<_>>(),
        [Role::Teacher, Role::Family]
    );
    assert!(s.filter.new_only());
    assert_eq!((s.sort, s.view), (Sort::Actor, View::Timeline));
    assert_eq!(
        s.selection,
        Some(Selection::Person("stephane-nelson".into()))
    );
    assert_eq!(
        write("", &s, data),
        "?season=2&role=teacher,family&q=St%C3%A9phane+N&new=1&sort=actor&view=timeline&person=stephane-nelson"
    );
    assert_eq!(
        parse("?event=season-2-premiere", data).selection,
        Some(Selection::Event("season-2-premiere".into()))
    );
}

#[test]
fn new_this_season_needs_a_season() {
    assert!(!parse("?new=1", embedded()).filter.new_only());
}

#[test]
fn unknown_selection_sort_and_view_fall_back() {
    let data = embedded();
    let s = parse("?person=nobody&event=never&sort=height&view=carousel", data);
    assert_eq!(s, UrlState::default());
    // A person wins over an event when a link names both.
    let s = parse("?event=season-2-premiere&person=nick-nelson", data);
    assert_eq!(s.selection, Some(Selection::Person("nick-nelson".into())));
}

#[test]
fn writes_ids_in_display_order_whatever_the_click_order() {
    let data = embedded();
    let s = state(&["film", "2"], &["none", "lambert", "truham"]);
    assert_eq!(
        write("", &s, data),
        "?season=2,film&school=truham,lambert,none"
    );
    assert_eq!(
        write(
            "?season=1&view=both&sort=billing",
            &UrlState::default(),
            data
        ),
        ""
    );
}

#[test]
fn ignores_unknown_values_and_parameters() {
    let data = embedded();
    assert_eq!(
        parse("?season=9,2,,x&school=hogwarts&colour=red", data),
        state(&["2"], &[])
    );
    assert_eq!(parse("?Season=2&SCHOOL=truham", data), UrlState::default());
    assert_eq!(
        parse("?season=FILM&school=Truham", data),
        state(&["film"], &["truham"])
    );
}

#[test]
fn repeated_keys_add_up() {
    assert_eq!(
        parse("?season=1&season=3&school=higgs&school=lambert", embedded()),
        state(&["1", "3"], &["higgs", "lambert"])
    );
}

#[test]
fn percent_encoding_good_and_broken() {
    let data = embedded();
    assert_eq!(
        parse("?season=2%2C3&school=%74ruham", data),
        state(&["2", "3"], &["truham"])
    );
    assert_eq!(
        parse("?season=%E0%A4%A&school=%%%&season=1%", data),
        UrlState::default()
    );
    assert_eq!(parse("?season=+2+,+3", data), state(&["2", "3"], &[]));
}

#[test]
fn very_long_values_are_ignored() {
    let data = embedded();
    let long = format!(
        "?season={}&school=higgs&q={}",
        "2,".repeat(5_000),
        "a".repeat(5_000)
    );
    assert_eq!(parse(&long, data), state(&[], &["higgs"]));
}

#[test]
fn keeps_the_parameters_it_does_not_own() {
    let data = embedded();
    let s = state(&["1"], &["higgs"]);
    assert_eq!(
        write("?utm_source=blog&season=3", &s, data),
        "?utm_source=blog&season=1&school=higgs"
    );
    // `lang` is the widget's own: written from the state, never kept as well.
    let fr = UrlState {
        lang: Some(Lang::Fr),
        ..s.clone()
    };
    assert_eq!(
        write("?utm_source=blog&season=3&lang=fr", &fr, data),
        "?utm_source=blog&season=1&school=higgs&lang=fr"
    );
    assert_eq!(
        write("?utm_source=blog&lang=fr", &s, data),
        "?utm_source=blog&season=1&school=higgs"
    );
    assert_eq!(
        write("?ref=a%26b", &UrlState::default(), data),
        "?ref=a%26b"
    );
}

fn arb_state() -> impl Strategy<Value = UrlState> {
    let people: Vec<String> = embedded().people.iter().map(|p| p.id.to_string()).collect();
    (
        arb_filter(),
        0..4usize,
        0..3usize,
        proptest::option::of(proptest::sample::select(people)),
        proptest::option::of(proptest::sample::select(Lang::ALL.to_vec())),
        proptest::option::of(proptest::sample::select(vec!["1", "2", "3", "film"])),
    )
        .prop_map(|(filter, sort, view, person, lang, watched)| UrlState {
            filter,
            sort: Sort::ALL[sort],
            view: View::ALL[view],
            selection: person.map(Selection::Person),
            lang,
            watched: watched.map(String::from),
        })
}

proptest! {
    #[test]
    fn round_trips(s in arb_state(), other in "[a-z]{1,8}=[a-z0-9%]{0,8}") {
        let data = embedded();
        prop_assert_eq!(parse(&write("", &s, data), data), s.clone());
        let with_other = write(&format!("?{other}"), &s, data);
        prop_assert_eq!(parse(&with_other, data), s);
    }

    /// Writing the state into an address bar that already holds it changes
    /// nothing, whatever else the bar holds (the page's own parameters, a
    /// `lang`): a widget that writes on every change never grows the URL.
    #[test]
    fn writing_twice_is_writing_once(
        s in arb_state(),
        before in arb_state(),
        foreign in proptest::collection::vec("(utm_source|ref|page|language|p)=[a-z0-9%+]{0,8}", 0..4),
    ) {
        let data = embedded();
        let current = write(&format!("?{}", foreign.join("&")), &before, data);
        let once = write(&current, &s, data);
        prop_assert_eq!(write(&once, &s, data), once.clone());
        prop_assert_eq!(parse(&once, data), s.clone());
        // Every foreign parameter is still there, once.
        for f in &foreign {
            let key = f.split('=').next().unwrap_or_default();
            let count = |q: &str| q.trim_start_matches('?').split('&').filter(|p| p.split('=').next() == Some(key)).count();
            prop_assert_eq!(count(&once), count(&format!("?{}", foreign.join("&"))));
        }
    }

    #[test]
    fn never_panics_and_keeps_only_known_ids(query in "\\PC{0,300}") {
        let data = embedded();
        let s = parse(&query, data);
        for group in Group::ALL {
            let known = option_ids(data, group);
            prop_assert!(s.filter.active_ids(data, group).iter().all(|id| known.contains(id)));
            let selected = match group {
                Group::Season => s.filter.seasons().len(),
                Group::School => s.filter.schools().len(),
                Group::Role => s.filter.roles().len(),
            };
            prop_assert_eq!(selected, s.filter.active_ids(data, group).len());
        }
        // Writing is stable: writing what was read and reading it again changes nothing.
        let once = write(&query, &s, data);
        prop_assert_eq!(parse(&once, data), s.clone());
        prop_assert_eq!(write(&once, &s, data), once);
    }
}

#[test]
fn language_from_the_url() {
    let data = embedded();
    assert_eq!(parse("?lang=fr-CA", data).lang, Some(Lang::Fr));
    assert_eq!(parse("?lang=pt", data).lang, Some(Lang::PtBr));
    assert_eq!(parse("?lang=klingon", data).lang, None);
    let s = UrlState {
        lang: Some(Lang::PtBr),
        ..UrlState::default()
    };
    assert_eq!(write("", &s, data), "?lang=pt-BR");
}

/// On a page that follows the address bar, a link with only `?lang=` is
/// read as the state to show, like any of the widget's own parameters (the
/// element's first paint counts it too).
#[test]
fn a_language_alone_is_state() {
    assert!(has_state("?lang=fr"));
    assert!(has_state("lang=pt-BR"));
    assert!(has_state("?utm_source=blog&lang=de"));
    assert!(!has_state("?utm_source=blog&language=de"));
    assert!(!has_state(""));
    assert_eq!(parse("?lang=fr", embedded()).lang, Some(Lang::Fr));
}

/// The bug this table fixed: with `?lang=fr`, each state change appended
/// another `lang=fr`.
#[test]
fn a_language_in_the_link_is_written_once() {
    let data = embedded();
    let mut url = "?lang=fr".to_owned();
    for season in ["1", "2", "3"] {
        let mut s = parse(&url, data);
        s.filter.toggle(Group::Season, season);
        url = write(&url, &s, data);
    }
    assert_eq!(url.matches("lang=").count(), 1, "{url}");
    assert_eq!(url, "?season=1,2,3&lang=fr");
}

/// The parameter table is the one list: the URL keys, the element's state
/// attributes and what `write` owns all come from it.
#[test]
fn the_parameter_table_decides_who_owns_what() {
    use heartstopper_widget::params::{self, Kind};
    let state: Vec<&str> = params::state_keys().collect();
    assert_eq!(
        state,
        ["season", "school", "role", "q", "new", "sort", "view", "person", "event", "watched"]
    );
    assert!(params::is_owned("lang") && params::is_in_url("lang") && !params::is_state("lang"));
    for name in ["theme", "src", "overlay", "sync-url", "loading"] {
        let p = params::param(name).expect(name);
        assert!(p.attribute && !p.in_url && p.kind != Kind::State, "{name}");
        assert!(!has_state(&format!("?{name}=x")), "{name}");
    }
    let names: Vec<&str> = params::PARAMS.iter().map(|p| p.name).collect();
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "unique names");
}

/// A changed attribute changes what it names, and keeps what the reader chose.
#[test]
fn a_changed_attribute_changes_only_what_it_names() {
    use heartstopper_widget::url_state::{changed_keys, from_pairs};
    let data = embedded();
    let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let before = pairs(&[("season", "2"), ("view", "grid")]);
    // The reader narrowed to Truham and picked "watched up to 3".
    let mut reader = from_pairs([("season", "2"), ("view", "grid")], data);
    reader.filter.select(Group::School, "truham");
    reader.watched = Some("3".into());
    // No state attribute changed (a theme or language change): nothing to do.
    assert!(changed_keys(&before, &before).is_empty());
    // The host switches the view.
    let after = pairs(&[("season", "2"), ("view", "timeline")]);
    let keys = changed_keys(&before, &after);
    assert_eq!(keys, ["view"]);
    let mut next = reader.clone();
    next.take(
        &from_pairs([("season", "2"), ("view", "timeline")], data),
        &keys,
    );
    assert_eq!(next.view, View::Timeline);
    assert_eq!(next.filter, reader.filter);
    assert_eq!(next.watched.as_deref(), Some("3"));
    // The host removes `season`: the seasons go, the school stays.
    let gone = pairs(&[("view", "grid")]);
    let keys = changed_keys(&before, &gone);
    assert_eq!(keys, ["season"]);
    let mut next = reader.clone();
    next.take(&from_pairs([("view", "grid")], data), &keys);
    assert!(next.filter.seasons().is_empty());
    assert!(next.filter.schools().contains("truham"));
}
