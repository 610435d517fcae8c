//! URL state: round trips, odd input, and the parameters the widget does not own.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::data::embedded;
use heartstopper_widget::filter::{option_ids, Filter, Group};
use heartstopper_widget::url_state::{parse, write};
use proptest::prelude::*;

fn filter(seasons: &[&str], schools: &[&str]) -> Filter {
    Filter {
        seasons: seasons.iter().map(|s| s.to_string()).collect(),
        schools: schools.iter().map(|s| s.to_string()).collect(),
    }
}

#[test]
fn reads_the_documented_form() {
    let data = embedded();
    assert_eq!(
        parse("?season=2,3&school=truham,higgs", data),
        filter(&["2", "3"], &["truham", "higgs"])
    );
    assert_eq!(
        parse("season=film&school=none", data),
        filter(&["film"], &["none"])
    );
    assert_eq!(parse("", data), Filter::default());
}

#[test]
fn writes_ids_in_display_order_whatever_the_click_order() {
    let data = embedded();
    let f = filter(&["film", "2"], &["none", "lambert", "truham"]);
    assert_eq!(
        write("", &f, data),
        "?season=2,film&school=truham,lambert,none"
    );
    assert_eq!(write("?season=1", &Filter::default(), data), "");
}

#[test]
fn ignores_unknown_values_and_parameters() {
    let data = embedded();
    assert_eq!(
        parse("?season=9,2,,x&school=hogwarts&colour=red", data),
        filter(&["2"], &[])
    );
    assert_eq!(parse("?Season=2&SCHOOL=truham", data), Filter::default());
    assert_eq!(
        parse("?season=FILM&school=Truham", data),
        filter(&["film"], &["truham"])
    );
}

#[test]
fn repeated_keys_add_up() {
    assert_eq!(
        parse("?season=1&season=3&school=higgs&school=lambert", embedded()),
        filter(&["1", "3"], &["higgs", "lambert"])
    );
}

#[test]
fn percent_encoding_good_and_broken() {
    let data = embedded();
    assert_eq!(
        parse("?season=2%2C3&school=%74ruham", data),
        filter(&["2", "3"], &["truham"])
    );
    assert_eq!(
        parse("?season=%E0%A4%A&school=%%%&season=1%", data),
        Filter::default()
    );
    assert_eq!(parse("?season=+2+,+3", data), filter(&["2", "3"], &[]));
}

#[test]
fn very_long_values_are_ignored() {
    let data = embedded();
    let long = format!("?season={}&school=higgs", "2,".repeat(5_000));
    assert_eq!(parse(&long, data), filter(&[], &["higgs"]));
}

#[test]
fn keeps_the_parameters_it_does_not_own() {
    let data = embedded();
    let f = filter(&["1"], &["higgs"]);
    assert_eq!(
        write("?utm_source=blog&season=3&lang=fr", &f, data),
        "?utm_source=blog&lang=fr&season=1&school=higgs"
    );
    assert_eq!(write("?q=a%26b", &Filter::default(), data), "?q=a%26b");
}

fn arb_filter() -> impl Strategy<Value = Filter> {
    let data = embedded();
    let seasons: Vec<String> = option_ids(data, Group::Season)
        .into_iter()
        .map(|s| s.to_string())
        .collect();
    let schools: Vec<String> = option_ids(data, Group::School)
        .into_iter()
        .map(|s| s.to_string())
        .collect();
    (
        proptest::sample::subsequence(seasons.clone(), 0..=seasons.len()),
        proptest::sample::subsequence(schools.clone(), 0..=schools.len()),
    )
        .prop_map(|(a, b)| Filter {
            seasons: a.into_iter().collect(),
            schools: b.into_iter().collect(),
        })
}

proptest! {
    #[test]
    fn round_trips(f in arb_filter(), other in "[a-z]{1,8}=[a-z0-9%]{0,8}") {
        let data = embedded();
        prop_assert_eq!(parse(&write("", &f, data), data), f.clone());
        let with_other = write(&format!("?{other}"), &f, data);
        prop_assert_eq!(parse(&with_other, data), f);
    }

    #[test]
    fn never_panics_and_keeps_only_known_ids(query in "\\PC{0,300}") {
        let data = embedded();
        let f = parse(&query, data);
        for group in Group::ALL {
            let known = option_ids(data, group);
            prop_assert!(f.selected(group).iter().all(|id| known.iter().any(|k| k == id)));
        }
        // Writing is stable: writing what was read and reading it again changes nothing.
        let once = write(&query, &f, data);
        prop_assert_eq!(parse(&once, data), f.clone());
        prop_assert_eq!(write(&once, &f, data), once);
    }
}
