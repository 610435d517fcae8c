//! The rules about one cast member, and finding entries by id: each rule
//! lives in one pure module, and is checked here on the real data.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::cast::{
    first_season, initials, is_new_in, is_newcomer_in, joined_later, school_label, SchoolLabel,
};
use heartstopper_widget::data::embedded;
use heartstopper_widget::filter::{focus_appearance, new_only_count, Filter, Group};
use heartstopper_widget::lang::Lang;

fn person(id: &str) -> &'static heartstopper_widget::data::Person {
    embedded().person(id).expect(id)
}

#[test]
fn lookups_find_every_entry_by_its_id_and_nothing_else() {
    let data = embedded();
    for (i, p) in data.people.iter().enumerate() {
        assert_eq!(data.person_index(&p.id), Some(i));
        assert_eq!(data.person(&p.id).map(|q| &q.id), Some(&p.id));
    }
    for (i, e) in data.events.iter().enumerate() {
        assert_eq!(data.event_index(&e.id), Some(i));
        assert_eq!(data.event(&e.id).map(|f| &f.id), Some(&e.id));
    }
    for (i, s) in data.seasons.iter().enumerate() {
        assert_eq!(data.season_index(&s.id), Some(i));
        assert_eq!(data.season(&s.id).map(|t| &t.id), Some(&s.id));
    }
    for s in data.schools.iter() {
        assert_eq!(data.school(&s.id).map(|t| &t.name), Some(&s.name));
    }
    for s in data.sources.iter() {
        assert_eq!(data.source(&s.id).map(|t| &t.title), Some(&s.title));
    }
    for missing in ["", "nobody", "NICK-NELSON", "none"] {
        assert!(data.person(missing).is_none());
        assert!(data.event(missing).is_none());
        assert!(data.season(missing).is_none());
        assert!(data.school(missing).is_none());
        assert!(data.source(missing).is_none());
    }
}

#[test]
fn newcomers_are_those_who_joined_after_the_first_season() {
    let data = embedded();
    // Everyone first seen in season 1 is "new in" it, but never marked.
    let nick = person("nick-nelson");
    assert_eq!(first_season(data, nick), Some("1"));
    assert!(is_new_in(data, nick, "1"));
    assert_eq!(joined_later(data, nick), None);
    assert!(!is_newcomer_in(data, nick, "1"));
    // Sahar joined in season 2: new there, and marked there only.
    let sahar = person("sahar-zahid");
    assert_eq!(joined_later(data, sahar), Some("2"));
    assert!(is_newcomer_in(data, sahar, "2"));
    assert!(!is_newcomer_in(data, sahar, "3"));
    // The mark and the filter agree for everyone after season 1.
    for p in data.people.iter() {
        for s in data.seasons.iter().skip(1) {
            assert_eq!(is_newcomer_in(data, p, &s.id), is_new_in(data, p, &s.id));
        }
    }
}

#[test]
fn a_card_names_the_school_or_says_why_it_cannot() {
    let data = embedded();
    let label = |id: &str, season: &str| {
        let p = person(id);
        let a = p
            .appearances
            .iter()
            .find(|a| a.season == season)
            .expect(season);
        school_label(data, p, a)
    };
    assert!(matches!(label("nick-nelson", "1"), SchoolLabel::School(s) if s.id == "truham"));
    assert!(matches!(label("elle-argent", "3"), SchoolLabel::School(s) if s.id == "lambert"));
    // A parent is at no school; a student with no school named is at one
    // the sources do not name.
    assert_eq!(label("sarah-nelson", "1"), SchoolLabel::NoSchool);
    assert_eq!(label("imogen-heaney", "1"), SchoolLabel::Unnamed);
    assert_eq!(label("mr-lange", "2"), SchoolLabel::Unnamed);
}

#[test]
fn the_card_focuses_on_the_first_selected_season_else_the_latest() {
    let data = embedded();
    let elle = person("elle-argent");
    let focus = |f: &Filter| focus_appearance(data, elle, f).map(|a| a.season.to_string());
    assert_eq!(focus(&Filter::default()).as_deref(), Some("1"));
    let mut f = Filter::default();
    f.select(Group::Season, "3");
    assert_eq!(focus(&f).as_deref(), Some("3"));
    // Filtered out: the card would not show, but its focus is the latest.
    f.select(Group::School, "truham");
    assert_eq!(
        focus(&f).as_deref(),
        elle.appearances.last().map(|a| a.season.as_ref())
    );
}

#[test]
fn new_this_season_counts_only_with_a_season() {
    let data = embedded();
    assert_eq!(new_only_count(data, &Filter::default()), None);
    let mut f = Filter::default();
    f.select(Group::Season, "2");
    let expected = data
        .people
        .iter()
        .filter(|p| is_new_in(data, p, "2"))
        .count();
    assert_eq!(new_only_count(data, &f), Some(expected));
    assert!(expected > 0);
}

#[test]
fn initials_take_two_words_at_most() {
    assert_eq!(initials("Nick Nelson"), "NN");
    assert_eq!(initials("Naomi"), "N");
    assert_eq!(initials("Thibault de Montalembert"), "TD");
    assert_eq!(initials("élise"), "É");
    assert_eq!(initials("  "), "");
}

#[test]
fn one_language_rule_for_the_app_and_the_element() {
    let browser = ["de-AT", "en"];
    // The attribute wins, then the link, then the browser, then English.
    assert_eq!(Lang::choose(Some("es"), Some(Lang::Fr), browser), Lang::Es);
    assert_eq!(Lang::choose(None, Some(Lang::Fr), browser), Lang::Fr);
    assert_eq!(Lang::choose(None, None, browser), Lang::De);
    assert_eq!(Lang::choose(Some("tlh"), None, ["ja"]), Lang::En);
    assert_eq!(Lang::choose(Some("pt-PT"), None, []), Lang::PtBr);
}
