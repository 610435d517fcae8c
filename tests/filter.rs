//! Filtering: the questions a fan asks, and properties over every filter.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::data::{embedded, Dataset};
use heartstopper_widget::filter::{
    facet_options, is_new_in, matches, matching_people, option_ids, school_key, Filter, Group,
};
use proptest::prelude::*;
use std::collections::BTreeSet;

fn filter(seasons: &[&str], schools: &[&str]) -> Filter {
    Filter {
        seasons: seasons.iter().map(|s| s.to_string()).collect(),
        schools: schools.iter().map(|s| s.to_string()).collect(),
    }
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
            "naomi",
            "felix",
            "christian",
            "mr-farouk",
            "david-nelson",
            "stephane-nelson",
            "amanda-olsson"
        ]
    );
    // James appeared, unnamed, in season 1, so he is not new in season 2.
    assert!(!new.contains(&"james-mcewan"));
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

fn arb_filter() -> impl Strategy<Value = Filter> {
    let data = embedded();
    let seasons = option_ids(data, Group::Season)
        .into_iter()
        .map(|s| s.to_string())
        .collect::<Vec<_>>();
    let schools = option_ids(data, Group::School)
        .into_iter()
        .map(|s| s.to_string())
        .collect::<Vec<_>>();
    (
        proptest::sample::subsequence(seasons.clone(), 0..=seasons.len()),
        proptest::sample::subsequence(schools.clone(), 0..=schools.len()),
    )
        .prop_map(|(seasons, schools)| Filter {
            seasons: seasons.into_iter().collect(),
            schools: schools.into_iter().collect(),
        })
}

/// The definition, written out the long way.
fn brute_force(data: &Dataset, f: &Filter) -> BTreeSet<usize> {
    let mut out = BTreeSet::new();
    for (i, person) in data.people.iter().enumerate() {
        for a in person.appearances.iter() {
            let season_ok = f.seasons.is_empty() || f.seasons.iter().any(|s| *s == a.season);
            let school_ok = f.schools.is_empty() || f.schools.iter().any(|s| s == school_key(a));
            if season_ok && school_ok {
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
        if f.selected(group).is_empty() {
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
                prop_assert_eq!(option.count, data.people.iter().filter(|p| matches(p, &only)).count());
                prop_assert_eq!(option.selected, f.is_selected(group, &option.id));
            }
        }
    }
}
