//! Filtering: the questions a fan asks, and properties over every filter.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::cast::{is_new_in, school_key};
use heartstopper_widget::data::{embedded, Dataset};
use heartstopper_widget::filter::{
    facet_options, matches, matching_people, option_ids, sort_people, Filter, Group, Sort,
};
use heartstopper_widget::search::fold;
use proptest::prelude::*;

mod common;
use common::arb_filter;
use std::collections::BTreeSet;

fn filter(seasons: &[&str], schools: &[&str]) -> Filter {
    let mut f = Filter::default();
    seasons.iter().for_each(|id| f.select(Group::Season, id));
    schools.iter().for_each(|id| f.select(Group::School, id));
    f
}

fn shown(data: &Dataset, f: &Filter) -> Vec<String> {
    matching_people(data, f)
        .into_iter()
        .map(|i| data.people[i].id.to_string())
        .collect()
}

#[test]
fn no_filter_shows_everyone() {
    let data = embedded();
    assert_eq!(
        matching_people(data, &Filter::default()).len(),
        data.people.len()
    );
}

#[test]
fn who_was_at_higgs_in_season_1() {
    assert_eq!(
        shown(embedded(), &filter(&["1"], &["higgs"])),
        ["elle-argent", "tara-jones", "darcy-olsson"]
    );
}

#[test]
fn season_3_at_lambert_is_elle_naomi_and_felix() {
    assert_eq!(
        shown(embedded(), &filter(&["3"], &["lambert"])),
        ["elle-argent", "naomi", "felix"]
    );
}

#[test]
fn school_is_judged_in_the_selected_season() {
    let data = embedded();
    // Elle was at Higgs, but not in season 3.
    assert!(!shown(data, &filter(&["3"], &["higgs"])).contains(&"elle-argent".to_string()));
    // Selecting seasons 1 and 3 with Lambert finds her through season 3.
    assert!(shown(data, &filter(&["1", "3"], &["lambert"])).contains(&"elle-argent".to_string()));
    // OR within a group: Higgs or Lambert in season 3 has Elle and Tara.
    let both = shown(data, &filter(&["3"], &["higgs", "lambert"]));
    assert!(both.contains(&"elle-argent".to_string()) && both.contains(&"tara-jones".to_string()));
}

#[test]
fn no_school_matches_family_and_other_adults() {
    let data = embedded();
    let none = shown(data, &filter(&["2"], &["none"]));
    for id in [
        "sarah-nelson",
        "david-nelson",
        "stephane-nelson",
        "tori-spring",
    ] {
        assert!(none.contains(&id.to_string()), "{id}");
    }
    assert!(!none.contains(&"nick-nelson".to_string()));
}

#[test]
fn who_was_new_in_season_2() {
    let data = embedded();
    let new: Vec<&str> = data
        .people
        .iter()
        .filter(|p| is_new_in(data, p, "2"))
        .map(|p| p.id.as_ref())
        .collect();
    assert_eq!(
        new,
        [
            "sahar-zahid",
            "james-mcewan",
            "naomi",
            "felix",
            "christian",
            "mr-farouk",
            "david-nelson",
            "stephane-nelson",
            "amanda-olsson"
        ]
    );
    // The actor played an unnamed student in season 1; the character James is new in season 2.
    assert!(new.contains(&"james-mcewan"));
}

#[test]
fn counts_are_given_the_other_groups_choices() {
    let data = embedded();
    let f = filter(&["3"], &[]);
    let schools = facet_options(data, &f, Group::School);
    let lambert = schools
        .iter()
        .find(|o| o.id == "lambert")
        .expect("lambert option");
    assert_eq!(lambert.count, 3);
    assert!(!lambert.selected);
    // Season 1 with Lambert: nobody, so the option is a dead end.
    let f = filter(&["1"], &[]);
    let lambert = facet_options(data, &f, Group::School)
        .into_iter()
        .find(|o| o.id == "lambert")
        .expect("lambert");
    assert_eq!(lambert.count, 0);
    assert!(lambert.is_dead_end());
    // A selected option is never a dead end, so it can always be turned off.
    let f = filter(&["1"], &["lambert"]);
    let lambert = facet_options(data, &f, Group::School)
        .into_iter()
        .find(|o| o.id == "lambert")
        .expect("lambert");
    assert!(lambert.selected && !lambert.is_dead_end());
}

#[test]
fn search_ignores_case_and_accents() {
    let data = embedded();
    let mut f = Filter::default();
    f.set_query("stephane");
    assert_eq!(shown(data, &f), ["stephane-nelson"]);
    f.set_query("  NELSON kit ");
    assert_eq!(shown(data, &f), ["nick-nelson"]);
    f.set_query("Stéphane");
    assert_eq!(shown(data, &f), ["stephane-nelson"]);
    f.set_query("zzz");
    assert!(shown(data, &f).is_empty());
    assert_eq!(fold("Œuvre Straße ÀÉÎÕÜ Ł"), "oeuvre strasse aeiou l");
}

#[test]
fn role_filter_and_new_this_season() {
    let data = embedded();
    let mut f = filter(&["2"], &["truham"]);
    f.select(Group::Role, "teacher");
    assert_eq!(
        shown(data, &f),
        ["mr-ajayi", "coach-singh", "mr-farouk", "headmaster-barnes"]
    );
    f.set_new_only(true);
    assert_eq!(shown(data, &f), ["mr-farouk"]);
    // "Who joined Truham in season 2?"
    let mut f = filter(&["2"], &["truham"]);
    f.set_new_only(true);
    assert_eq!(shown(data, &f), ["james-mcewan", "christian", "mr-farouk"]);
    // Without a season, "new" means nothing and is dropped...
    let mut f = Filter::default();
    f.set_new_only(true);
    assert!(!f.new_only());
    // ...and dropped again when the last season goes.
    let mut f = filter(&["2"], &[]);
    f.set_new_only(true);
    assert!(f.new_only());
    f.toggle(Group::Season, "2");
    assert!(!f.new_only());
    // A role that does not exist is never selected.
    f.select(Group::Role, "wizard");
    assert!(f.roles().is_empty() && !f.is_selected(Group::Role, "wizard"));
}

#[test]
fn sorting_keeps_everyone_and_orders_them() {
    let data = embedded();
    let f = Filter::default();
    let names = |sort| {
        let mut people = matching_people(data, &f);
        sort_people(data, &f, &mut people, sort);
        people
            .into_iter()
            .map(|i| data.people[i].clone())
            .collect::<Vec<_>>()
    };
    let by_actor = names(Sort::Actor);
    assert_eq!(by_actor.len(), data.people.len());
    assert_eq!(by_actor[0].actor, "Fisayo Akinade");
    assert!(
        by_actor
            .iter()
            .position(|p| p.actor == "Thibault de Montalembert")
            > by_actor.iter().position(|p| p.actor == "Eddie Marsan")
    );
    let by_character = names(Sort::Character);
    assert_eq!(by_character[0].character, "Amanda Olsson");
    let by_billing = names(Sort::Billing);
    assert_eq!(by_billing[0].id, "nick-nelson");
    assert_eq!(
        by_billing.last().map(|p| p.id.as_ref()),
        Some("jack-maddox")
    );
    let by_first = names(Sort::FirstAppearance);
    assert_eq!(by_first.last().map(|p| p.id.as_ref()), Some("jack-maddox"));
    assert!(by_first
        .iter()
        .take(18)
        .all(|p| p.appearances[0].season == "1"));
}

/// The definition, written out the long way.
fn brute_force(data: &Dataset, f: &Filter) -> BTreeSet<usize> {
    let mut out = BTreeSet::new();
    let words: Vec<String> = fold(f.q()).split_whitespace().map(str::to_owned).collect();
    for (i, person) in data.people.iter().enumerate() {
        let names = format!("{}\n{}", fold(&person.actor), fold(&person.character));
        if !words.iter().all(|w| names.contains(w.as_str())) {
            continue;
        }
        if !f.roles().is_empty() && !f.roles().contains(&person.role) {
            continue;
        }
        let first = person
            .appearances
            .iter()
            .map(|a| data.seasons.iter().position(|s| s.id == a.season))
            .min()
            .flatten();
        for a in person.appearances.iter() {
            let season_ok = f.seasons().is_empty() || f.seasons().iter().any(|s| *s == a.season);
            let school_ok =
                f.schools().is_empty() || f.schools().iter().any(|s| s == school_key(a));
            let new_ok =
                !f.new_only() || data.seasons.iter().position(|s| s.id == a.season) == first;
            if season_ok && school_ok && new_ok {
                out.insert(i);
            }
        }
    }
    out
}

proptest! {
    #[test]
    fn matching_follows_the_definition(f in arb_filter()) {
        let data = embedded();
        let fast: BTreeSet<usize> = matching_people(data, &f).into_iter().collect();
        prop_assert_eq!(fast, brute_force(data, &f));
    }

    #[test]
    fn adding_an_option_widens_its_group_and_narrows_an_empty_one(f in arb_filter(), group_is_season: bool, pick: usize) {
        let data = embedded();
        let group = if group_is_season { Group::Season } else { Group::School };
        let ids = option_ids(data, group);
        let id = &ids[pick % ids.len()];
        prop_assume!(!f.is_selected(group, id));
        let before: BTreeSet<usize> = matching_people(data, &f).into_iter().collect();
        let mut g = f.clone();
        g.toggle(group, id);
        let after: BTreeSet<usize> = matching_people(data, &g).into_iter().collect();
        if f.active_ids(data, group).is_empty() {
            prop_assert!(after.is_subset(&before));
        } else {
            prop_assert!(before.is_subset(&after));
        }
        g.toggle(group, id);
        prop_assert_eq!(g, f);
    }

    #[test]
    fn each_count_is_what_choosing_that_option_alone_shows(f in arb_filter()) {
        let data = embedded();
        for group in Group::ALL {
            for option in facet_options(data, &f, group) {
                let only = f.with_only(group, &option.id);
                prop_assert_eq!(option.count, brute_force(data, &only).len());
                prop_assert_eq!(option.count, data.people.iter().filter(|p| matches(data, p, &only)).count());
                prop_assert_eq!(option.selected, f.is_selected(group, &option.id));
            }
        }
    }
}

#[test]
fn active_count_counts_options_search_and_new() {
    let data = embedded();
    assert_eq!(Filter::default().active_count(data), 0);
    let mut f = filter(&["2", "3"], &["truham"]);
    assert_eq!(f.active_count(data), 3);
    f.set_query("  nick ");
    f.set_new_only(true);
    assert_eq!(f.active_count(data), 5);
    f.set_query("   ");
    assert_eq!(f.active_count(data), 4);
}
