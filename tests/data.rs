//! The embedded dataset: its content follows the sources, and validation
//! names the entry and the field of every problem.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::data::{
    embedded, validate, Billing, Dataset, Date, DateError, EventKind, Precision, Role, Status,
};
use heartstopper_widget::timeline::sort_day;
use std::borrow::Cow;

fn person<'a>(data: &'a Dataset, id: &str) -> &'a heartstopper_widget::data::Person {
    data.people
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no person {id}"))
}

fn school_in(data: &Dataset, id: &str, season: &str) -> Option<String> {
    person(data, id)
        .appearances
        .iter()
        .find(|a| a.season == season)
        .and_then(|a| a.school.as_ref().map(|s| s.to_string()))
}

#[test]
fn embedded_data_is_valid() {
    assert_eq!(validate(embedded()), vec![]);
}

#[test]
fn every_person_named_in_the_seeds_is_present() {
    let data = embedded();
    let actors: Vec<&str> = data.people.iter().map(|p| p.actor.as_ref()).collect();
    for actor in [
        "Kit Connor",
        "Joe Locke",
        "Yasmin Finney",
        "William Gao",
        "Corinna Brown",
        "Kizzy Edgell",
        "Sebastian Croft",
        "Tobie Donovan",
        "Rhea Norwood",
        "Cormac Hyde-Corrin",
        "Jenny Walser",
        "Olivia Colman",
        "Chetna Pandya",
        "Fisayo Akinade",
        "Alan Turkington",
        "Leila Khan",
        "Jack Barton",
        "Nima Taleghani",
        "Bradley Riches",
        "Bel Priestley",
        "Ash Self",
        "Thibault de Montalembert",
    ] {
        assert!(actors.contains(&actor), "{actor} is missing");
    }
}

#[test]
fn schools_follow_the_sources_season_by_season() {
    let data = embedded();
    assert_eq!(
        school_in(data, "elle-argent", "1").as_deref(),
        Some("higgs")
    );
    assert_eq!(
        school_in(data, "elle-argent", "2").as_deref(),
        Some("higgs")
    );
    assert_eq!(
        school_in(data, "elle-argent", "3").as_deref(),
        Some("lambert")
    );
    assert_eq!(
        school_in(data, "sahar-zahid", "2").as_deref(),
        Some("higgs")
    );
    assert_eq!(school_in(data, "mr-farouk", "2").as_deref(), Some("truham"));
    assert_eq!(
        school_in(data, "james-mcewan", "2").as_deref(),
        Some("truham")
    );
    assert_eq!(school_in(data, "naomi", "3").as_deref(), Some("lambert"));
    assert_eq!(school_in(data, "felix", "3").as_deref(), Some("lambert"));
    assert_eq!(school_in(data, "sarah-nelson", "1"), None);
    assert_eq!(person(data, "mr-farouk").role, Role::Teacher);
    assert_eq!(person(data, "sarah-nelson").role, Role::Family);
    // Sourced exits: Ben leaves after season 2, Colman does not return for season 3.
    assert_eq!(school_in(data, "ben-hope", "3"), None);
    assert!(person(data, "ben-hope")
        .appearances
        .iter()
        .all(|a| a.season != "3"));
    assert!(person(data, "sarah-nelson")
        .appearances
        .iter()
        .all(|a| a.season != "3"));
    assert_eq!(
        person(data, "headmaster-barnes").appearances[0].billing,
        Billing::Voice
    );
    assert_eq!(
        person(data, "jack-maddox").appearances[0].billing,
        Billing::Cameo
    );
}

#[test]
fn only_the_confirmed_leads_are_in_the_film() {
    let data = embedded();
    let mut film: Vec<&str> = data
        .people
        .iter()
        .filter(|p| p.appearances.iter().any(|a| a.season == "film"))
        .map(|p| p.id.as_ref())
        .collect();
    film.sort_unstable();
    assert_eq!(film, ["charlie-spring", "nick-nelson"]);
}

#[test]
fn seasons_carry_premieres_episodes_and_volumes() {
    let data = embedded();
    let ids: Vec<&str> = data.seasons.iter().map(|s| s.id.as_ref()).collect();
    assert_eq!(ids, ["1", "2", "3", "film"]);
    let s1 = &data.seasons[0];
    assert_eq!(
        (s1.premiere, s1.episodes, s1.volumes.as_ref()),
        (Date::new(2022, 4, 22), 8, &[1u8, 2][..])
    );
    // Seed 002 expected volumes 3 and 4 for season 2; the sources say volume 3.
    assert_eq!(data.seasons[1].volumes.as_ref(), &[3u8][..]);
    assert_eq!(data.seasons[1].premiere, Date::new(2023, 8, 3));
    assert_eq!(data.seasons[2].premiere, Date::new(2024, 10, 3));
    let film = &data.seasons[3];
    assert_eq!(
        (film.status, film.premiere.precision()),
        (Status::Upcoming, Precision::Year)
    );
    // Seed 000 says five books; there are six volumes, the sixth adapted by the film.
    assert_eq!(film.volumes.as_ref(), &[6u8][..]);
}

#[test]
fn the_seed_errors_are_corrected() {
    let data = embedded();
    // Nick comes out to his mum in the season 1 finale, not in season 2.
    assert!(data.seasons[0].summary.contains("comes out to his mum"));
    assert!(!data.seasons[1].summary.contains("mum"));
    assert!(data
        .events
        .iter()
        .any(|e| e.id == "volume-6" && e.kind == EventKind::Book));
}

#[test]
fn the_timeline_has_at_least_forty_dated_events_from_2014_to_2026() {
    let data = embedded();
    assert!(data.events.len() >= 40, "{} events", data.events.len());
    assert!(data
        .events
        .iter()
        .all(|e| (2014..=2026).contains(&e.date.year)));
    assert_eq!(data.events.iter().map(|e| e.date.year).min(), Some(2014));
    assert_eq!(data.events.iter().map(|e| e.date.year).max(), Some(2026));
    // Kept in the file in the timeline's order (the header's sort rule): a
    // less precise date sits at the start of its range ("2021-04" before
    // "2021-04-22"), an event still to come no earlier than `as_of`.
    for pair in data.events.windows(2) {
        assert!(
            sort_day(data, &pair[0]) <= sort_day(data, &pair[1]),
            "{} before {}",
            pair[0].id,
            pair[1].id
        );
    }
    for precision in [Precision::Day, Precision::Month, Precision::Year] {
        assert!(data.events.iter().any(|e| e.date.precision() == precision));
    }
}

#[test]
fn every_source_link_is_https() {
    for source in embedded().sources.iter() {
        if let Some(url) = &source.url {
            assert!(url.starts_with("https://"), "{}: {url}", source.id);
        }
    }
}

fn broken() -> Dataset {
    embedded().clone()
}

fn messages(data: &Dataset) -> Vec<String> {
    validate(data).iter().map(ToString::to_string).collect()
}

#[test]
fn a_duplicate_id_names_the_entry() {
    let mut data = broken();
    let mut people = data.people.to_vec();
    people[1].id = Cow::Borrowed("nick-nelson");
    data.people = people.into();
    let found = messages(&data);
    assert_eq!(found[0], "people[1] \"nick-nelson\", field `id`: \"nick-nelson\" is used by an earlier entry of people");
    // The renamed person's id no longer resolves where events cite it.
    assert!(
        found[1..]
            .iter()
            .all(|m| m.ends_with("unknown person \"charlie-spring\"")),
        "{found:?}"
    );
}

#[test]
fn a_dangling_reference_names_the_entry_and_field() {
    let mut data = broken();
    let mut people = data.people.to_vec();
    let mut appearances = people[2].appearances.to_vec();
    appearances[2].school = Some(Cow::Borrowed("lambrt"));
    people[2].appearances = appearances.into();
    data.people = people.into();
    let mut events = data.events.to_vec();
    events[3].people = vec![Cow::Borrowed("nobody")].into();
    events[3].season = Some(Cow::Borrowed("4"));
    data.events = events.into();
    assert_eq!(
        messages(&data),
        [
            "people[2] \"elle-argent\", field `appearances[2].school`: unknown school \"lambrt\" (known: higgs, lambert, truham)",
            "events[3] \"kickstarter\", field `season`: unknown season \"4\" (known: 1, 2, 3, film)",
            "events[3] \"kickstarter\", field `people[0]`: unknown person \"nobody\"",
        ]
    );
}

#[test]
fn a_fact_without_a_source_is_refused() {
    let mut data = broken();
    let mut events = data.events.to_vec();
    events[0].sources = Vec::new().into();
    data.events = events.into();
    let mut people = data.people.to_vec();
    people[0].sources = vec![Cow::Borrowed("made-up")].into();
    data.people = people.into();
    assert_eq!(
        messages(&data),
        [
            "people[0] \"nick-nelson\", field `sources[0]`: unknown source \"made-up\"",
            "events[0] \"solitaire-published\", field `sources`: must cite at least one source",
        ]
    );
}

#[test]
fn bad_ids_empty_text_and_unsafe_links_are_refused() {
    let mut data = broken();
    let mut people = data.people.to_vec();
    people[0].id = Cow::Borrowed("Nick Nelson");
    people[0].actor = Cow::Borrowed("  ");
    people[0].appearances = Vec::new().into();
    data.people = people.into();
    let mut sources = data.sources.to_vec();
    sources[0].url = Some(Cow::Borrowed("javascript:alert(1)"));
    data.sources = sources.into();
    let found = messages(&data);
    assert!(found.contains(&"people[0] \"Nick Nelson\", field `id`: must be lowercase letters, digits and single hyphens (kebab-case)".to_string()), "{found:?}");
    assert!(
        found.contains(&"people[0] \"Nick Nelson\", field `actor`: must not be empty".to_string())
    );
    assert!(found.contains(
        &"people[0] \"Nick Nelson\", field `appearances`: must list at least one season"
            .to_string()
    ));
    assert!(found.contains(
        &"sources[0] \"s000\", field `url`: \"javascript:alert(1)\" is not an http(s) address"
            .to_string()
    ));
}

#[test]
fn dates_parse_at_their_precision_and_impossible_ones_fail() {
    assert_eq!(
        Date::parse("2019").map(|d| d.precision()),
        Ok(Precision::Year)
    );
    assert_eq!(
        Date::parse("2021-05").map(|d| d.precision()),
        Ok(Precision::Month)
    );
    assert_eq!(Date::parse("2022-04-22"), Ok(Date::new(2022, 4, 22)));
    assert_eq!(Date::parse("2024-02-29"), Ok(Date::new(2024, 2, 29)));
    assert_eq!(
        Date::parse("2023-02-30"),
        Err(DateError::Impossible(Date::new(2023, 2, 30)))
    );
    assert_eq!(
        Date::parse("2023-13"),
        Err(DateError::Impossible(Date::new(2023, 13, 0)))
    );
    for bad in [
        "",
        "22",
        "2022-4-22",
        "2022-04-22-01",
        "twenty",
        "2022-04-",
        "-2022",
        "２０２２",
    ] {
        assert!(
            matches!(Date::parse(bad), Err(DateError::Format(_))),
            "{bad:?}"
        );
    }
    assert_eq!(Date::new(2021, 5, 0).to_string(), "2021-05");
}
