//! The timeline: eras, which events each filter keeps, dates at their
//! precision, and the links between people and events.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::data::{embedded, Date, Precision};
use heartstopper_widget::dates::{format_english, intl_options};
use heartstopper_widget::filter::{Filter, Group};
use heartstopper_widget::timeline::{eras, events_of, highlight, is_upcoming, sort_day, Selection};

fn filter(seasons: &[&str], schools: &[&str]) -> Filter {
    let mut f = Filter::default();
    seasons.iter().for_each(|id| f.select(Group::Season, id));
    schools.iter().for_each(|id| f.select(Group::School, id));
    f
}

fn search(q: &str) -> Filter {
    let mut f = Filter::default();
    f.set_query(q);
    f
}

fn ids(f: &Filter) -> Vec<String> {
    let data = embedded();
    eras(data, f)
        .iter()
        .flat_map(|e| e.events.iter().map(|&i| data.events[i].id.to_string()))
        .collect()
}

#[test]
fn every_event_sits_in_one_era_in_date_order() {
    let data = embedded();
    let all = eras(data, &Filter::default());
    let seasons: Vec<Option<&str>> = all
        .iter()
        .map(|e| e.season.map(|i| data.seasons[i].id.as_ref()))
        .collect();
    assert_eq!(
        seasons,
        [None, Some("1"), Some("2"), Some("3"), Some("film")]
    );
    assert_eq!(
        all.iter().map(|e| e.events.len()).sum::<usize>(),
        data.events.len()
    );
    for era in &all {
        let dates: Vec<Date> = era
            .events
            .iter()
            .map(|&i| sort_day(data, &data.events[i]))
            .collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{:?}", era.season);
    }
}

#[test]
fn selected_seasons_narrow_the_timeline_to_their_eras() {
    let data = embedded();
    let f = filter(&["2"], &[]);
    let only = eras(data, &f);
    assert_eq!(only.len(), 1);
    assert!(ids(&f).contains(&"season-2-premiere".to_string()));
    assert!(!ids(&f).contains(&"season-1-premiere".to_string()));
}

#[test]
fn a_school_keeps_its_peoples_events_and_the_show_wide_ones() {
    let f = filter(&[], &["lambert"]);
    let kept = ids(&f);
    // Naomi and Felix are at Lambert: the casting news naming them stays.
    assert!(kept.contains(&"season-2-more-cast".to_string()));
    // Show-wide events name nobody and stay.
    assert!(kept.contains(&"netflix-order".to_string()));
    // Only Truham people are named here: it goes.
    assert!(!kept.contains(&"leads-cast".to_string()));
}

#[test]
fn search_covers_event_text_and_the_people_named() {
    // Named in the text of one, and among the people of the other.
    let f = search("hayley");
    assert_eq!(ids(&f), ["season-3-new-cast", "season-3-premiere"]);
    let f = search("aunt diane");
    assert_eq!(ids(&f), ["season-3-new-cast", "season-3-premiere"]);
    let f = search("kickstarter");
    assert_eq!(ids(&f), ["kickstarter", "volume-1"]);
}

#[test]
fn a_selected_season_with_no_events_left_still_shows_its_era() {
    let data = embedded();
    let mut f = filter(&["3"], &[]);
    f.set_query("zzzz");
    let left = eras(data, &f);
    assert_eq!(left.len(), 1);
    assert!(left[0].events.is_empty());
}

#[test]
fn upcoming_is_judged_against_as_of() {
    let data = embedded();
    let by_id = |id: &str| data.events.iter().find(|e| e.id == id).expect("event");
    assert!(!is_upcoming(data, by_id("volume-6")));
    assert!(is_upcoming(data, by_id("film-release")));
    assert!(!is_upcoming(data, by_id("london-book-fair-update")));
    assert!(!is_upcoming(data, by_id("season-3-premiere")));
}

#[test]
fn people_and_events_link_both_ways() {
    let data = embedded();
    let elle: Vec<&str> = events_of(data, "elle-argent")
        .iter()
        .map(|&i| data.events[i].id.as_ref())
        .collect();
    assert_eq!(elle, ["main-cast-announced"]);
    let h = highlight(data, Some(&Selection::Event("season-2-premiere".into())));
    let lit: Vec<&str> = h
        .people
        .iter()
        .map(|&i| data.people[i].id.as_ref())
        .collect();
    assert_eq!(lit.len(), 7);
    assert!(lit.contains(&"sahar-zahid") && lit.contains(&"mr-farouk"));
    let h = highlight(data, Some(&Selection::Person("nick-nelson".into())));
    assert_eq!(h.people.len(), 1);
    assert!(h.events.len() >= 8);
    assert_eq!(
        highlight(data, Some(&Selection::Person("nobody".into()))),
        Default::default()
    );
}

#[test]
fn dates_show_at_their_precision() {
    assert_eq!(format_english(Date::new(2019, 0, 0)), "2019");
    assert_eq!(format_english(Date::new(2021, 5, 0)), "May 2021");
    assert_eq!(format_english(Date::new(2022, 4, 22)), "22 April 2022");
    assert_eq!(format_english(Date::new(2022, 13, 40)), "2022");
    let keys = |p| intl_options(p).iter().map(|(k, _)| *k).collect::<Vec<_>>();
    assert_eq!(keys(Precision::Year), ["year", "timeZone"]);
    assert_eq!(keys(Precision::Month), ["year", "month", "timeZone"]);
    assert_eq!(keys(Precision::Day), ["year", "month", "day", "timeZone"]);
}
