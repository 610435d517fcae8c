//! The spoiler guard ("watched up to"): with a season chosen, nothing from a
//! later season is left in the dataset the widget shows, nor in what it
//! renders, counts, finds or tells the host page.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::data::{embedded, validate, DataRef, Dataset, Problem};
use heartstopper_widget::filter::{facet_options, matching_people, Filter, Group};
use heartstopper_widget::spoilers::{self, hidden_from, safe, visible_texts};
use heartstopper_widget::timeline::{eras, Selection};
use heartstopper_widget::url_state::{parse, write};
use heartstopper_widget::AppProps;

/// The seasons a reader can have watched up to and still miss something.
const PARTIAL: [&str; 3] = ["1", "2", "3"];

fn index(id: &str) -> usize {
    embedded().season_index(id).expect("a known season")
}

/// The people who first appear after season `w`.
fn hidden_people(w: &str) -> Vec<&'static heartstopper_widget::data::Person> {
    let full = embedded();
    full.people
        .iter()
        .filter(|p| {
            p.appearances
                .iter()
                .all(|a| full.season_index(&a.season).unwrap() > index(w))
        })
        .collect()
}

/// Every visible string of the dataset, joined, lowercased.
fn all_text(data: &Dataset) -> String {
    visible_texts(data).join("\n").to_lowercase()
}

async fn render(query: &str) -> String {
    let props = AppProps::new(DataRef::embedded(), parse(query, embedded()));
    heartstopper_widget::page::render(props).await
}

#[test]
fn nothing_is_hidden_without_a_choice_or_after_the_last_season() {
    assert_eq!(&safe(embedded(), None), embedded());
    assert_eq!(&safe(embedded(), Some("film")), embedded());
    assert_eq!(&safe(embedded(), Some("season-9")), embedded());
}

#[test]
fn no_one_first_seen_later_and_no_later_appearance() {
    for w in PARTIAL {
        let s = safe(embedded(), Some(w));
        assert_eq!(s.seasons.len(), index(w) + 1, "watched {w}");
        for p in s.people.iter() {
            for a in p.appearances.iter() {
                assert!(
                    index(&a.season) <= index(w),
                    "{} in {} (watched {w})",
                    p.id,
                    a.season
                );
            }
        }
        let hidden = hidden_people(w);
        assert_eq!(hidden.is_empty(), w == "3", "watched {w}");
        for p in &hidden {
            assert!(s.person(&p.id).is_none(), "{} shown (watched {w})", p.id);
        }
        assert_eq!(s.people.len() + hidden.len(), embedded().people.len());
        for e in s.events.iter() {
            if let Some(season) = &e.season {
                assert!(index(season) <= index(w), "event {} (watched {w})", e.id);
            }
            for id in e.people.iter() {
                assert!(s.person(id).is_some(), "event {} names hidden {id}", e.id);
            }
        }
    }
}

#[test]
fn no_hidden_name_anywhere_in_what_shows() {
    for w in PARTIAL {
        let text = all_text(&safe(embedded(), Some(w)));
        for p in hidden_people(w) {
            for name in [&p.character, &p.actor] {
                assert!(
                    !text.contains(&name.to_lowercase()),
                    "watched {w}: \"{name}\" ({}) is named somewhere",
                    p.id
                );
            }
        }
    }
    // Geoff the therapist, the example, in particular.
    for w in ["1", "2"] {
        let text = all_text(&safe(embedded(), Some(w)));
        assert!(
            !text.contains("geoff") && !text.contains("therapist"),
            "watched {w}"
        );
        assert!(
            !text.contains("eddie marsan") && !text.contains("anorexia"),
            "watched {w}"
        );
    }
}

#[test]
fn no_text_marked_for_a_later_season_shows() {
    let full = embedded();
    let later = |reveals: &Option<std::borrow::Cow<'static, str>>, w: &str| {
        reveals.as_deref().is_some_and(|r| index(r) > index(w))
    };
    for w in PARTIAL {
        let s = safe(full, Some(w));
        let shown = visible_texts(&s);
        let shows = |t: &str| shown.contains(&t);
        let mut marked = 0;
        for p in full.people.iter() {
            if later(&p.reveals, w) {
                marked += 1;
                assert!(!shows(&p.blurb), "watched {w}: {}'s blurb", p.id);
            }
            for a in p.appearances.iter() {
                if let (true, Some(note)) = (later(&a.reveals, w), &a.note) {
                    marked += 1;
                    assert!(!shows(note), "watched {w}: {}'s note", p.id);
                }
            }
        }
        for e in full.events.iter() {
            if later(&e.reveals, w) {
                marked += 1;
                assert!(s.event(&e.id).is_none(), "watched {w}: event {}", e.id);
            }
        }
        for src in full.sources.iter() {
            if later(&src.reveals, w) {
                marked += 1;
                assert!(
                    s.source(&src.id).is_none(),
                    "watched {w}: source {}",
                    src.id
                );
                assert!(!shows(&src.title), "watched {w}: source {}", src.id);
            }
        }
        for season in full.seasons.iter() {
            if later(&season.reveals, w) {
                marked += 1;
                assert!(!shows(&season.summary), "watched {w}: season {}", season.id);
            }
        }
        assert!(
            marked > 0,
            "the data marks texts revealing after season {w}"
        );
    }
}

#[test]
fn the_data_marks_what_reveals_later_plot() {
    let full = embedded();
    let geoff = full.person("geoff").unwrap();
    assert_eq!(geoff.reveals.as_deref(), Some("3"), "Geoff the therapist");
    let event = full.event("season-3-new-cast").unwrap();
    assert_eq!(event.reveals.as_deref(), Some("3"));
    // Every text naming the therapist is marked for season 3.
    for p in full.people.iter() {
        if p.blurb.contains("therapist") {
            assert_eq!(p.reveals.as_deref(), Some("3"), "{}", p.id);
        }
    }
    for e in full.events.iter() {
        if e.text.contains("therapist") {
            assert_eq!(e.reveals.as_deref(), Some("3"), "{}", e.id);
        }
    }
    // Blurbs are about the person's first season; what came later is in the
    // later season's note: Elle's move to Lambert is season 3's.
    let elle = full.person("elle-argent").unwrap();
    assert!(!elle.blurb.contains("Lambert"));
    let s3 = elle.appearances.iter().find(|a| a.season == "3").unwrap();
    assert!(s3.note.as_deref().unwrap().contains("Lambert"));
}

#[test]
fn no_later_school_elle_at_higgs_until_season_3() {
    for w in ["1", "2"] {
        let s = safe(embedded(), Some(w));
        assert!(s.school("lambert").is_none(), "watched {w}");
        let schools: Vec<_> = facet_options(&s, &Filter::default(), Group::School)
            .into_iter()
            .map(|o| o.id.to_string())
            .collect();
        assert_eq!(schools, ["truham", "higgs", "none"], "watched {w}");
        let elle = s.person("elle-argent").unwrap();
        assert!(elle
            .appearances
            .iter()
            .all(|a| a.school.as_deref() == Some("higgs")));
        assert_eq!(elle.appearances.len(), index(w) + 1);
    }
    assert!(!all_text(&safe(embedded(), Some("1"))).contains("lambert"));
    let s = safe(embedded(), Some("3"));
    assert!(s.school("lambert").is_some());
}

#[test]
fn every_reference_in_the_safe_dataset_resolves() {
    for w in PARTIAL {
        let s = safe(embedded(), Some(w));
        // A fact may lose all its sources (each named a later season); every
        // other rule of the data still holds.
        let problems: Vec<_> = validate(&s)
            .into_iter()
            .filter(|e| e.problem != Problem::NoSources)
            .map(|e| e.to_string())
            .collect();
        assert_eq!(problems, Vec::<String>::new(), "watched {w}");
    }
}

#[test]
fn counts_and_search_give_nothing_away() {
    let s = safe(embedded(), Some("1"));
    let everyone = matching_people(&s, &Filter::default()).len();
    assert_eq!(everyone, s.people.len());
    let seasons = facet_options(&s, &Filter::default(), Group::Season);
    assert_eq!(seasons.len(), 1);
    assert_eq!(seasons[0].count, everyone);
    for q in [
        "geoff",
        "marsan",
        "michael",
        "sahar",
        "lambert",
        "therapist",
    ] {
        let mut f = Filter::default();
        f.set_query(q);
        assert_eq!(matching_people(&s, &f).len(), 0, "{q}");
        let found: usize = eras(&s, &f).iter().map(|e| e.events.len()).sum();
        assert_eq!(found, 0, "{q} finds an event");
    }
}

#[test]
fn hidden_is_told_apart_from_unknown() {
    let full = embedded();
    let s1 = safe(full, Some("1"));
    let person = |id: &str| Selection::Person(id.into());
    assert_eq!(hidden_from(full, &s1, &person("geoff")), Some("3"));
    assert_eq!(hidden_from(full, &s1, &person("sahar-zahid")), Some("2"));
    assert_eq!(hidden_from(full, &s1, &person("nick-nelson")), None);
    assert_eq!(hidden_from(full, &s1, &person("nobody")), None);
    let event = Selection::Event("season-2-premiere".into());
    assert_eq!(hidden_from(full, &s1, &event), Some("2"));
    let s2 = safe(full, Some("2"));
    assert_eq!(hidden_from(full, &s2, &event), None);
}

#[test]
fn the_url_and_the_host_event_carry_the_choice() {
    let full = embedded();
    let state = parse("?watched=1&person=geoff", full);
    assert_eq!(state.watched.as_deref(), Some("1"));
    assert_eq!(state.selection, Some(Selection::Person("geoff".into())));
    assert_eq!(write("", &state, full), "?person=geoff&watched=1");
    assert_eq!(parse("?watched=9", full).watched, None);
    assert_eq!(
        parse("?watched=FILM", full).watched.as_deref(),
        Some("film")
    );
    // The event names no hidden person and counts only what shows.
    let s1 = safe(full, Some("1"));
    let detail = state.detail(&s1, s1.people.len());
    assert_eq!(detail.person, None);
    assert_eq!(detail.watched.as_deref(), Some("1"));
    assert_eq!(detail.shown, s1.people.len());
}

#[test]
fn stored_choices_are_read_safely() {
    let full = embedded();
    assert_eq!(spoilers::from_stored(full, None), None);
    assert_eq!(spoilers::from_stored(full, Some("all")), Some(None));
    assert_eq!(
        spoilers::from_stored(full, Some("2")),
        Some(Some("2".into()))
    );
    assert_eq!(spoilers::from_stored(full, Some("<script>")), None);
    assert_eq!(spoilers::stored_value(None), "all");
}

#[tokio::test]
async fn the_rendered_widget_shows_nothing_later() {
    for view in ["both", "grid", "timeline"] {
        let html = render(&format!("?watched=1&view={view}"))
            .await
            .to_lowercase();
        for p in hidden_people("1") {
            assert!(
                !html.contains(&p.character.to_lowercase()),
                "{view}: {}",
                p.id
            );
            assert!(!html.contains(&p.actor.to_lowercase()), "{view}: {}", p.id);
        }
        assert!(!html.contains("lambert"), "{view}");
    }
    // The counts are of what shows.
    let html = render("?watched=1").await;
    let shown = safe(embedded(), Some("1")).people.len();
    assert!(
        html.contains(&format!("{shown} of {shown} cast members")),
        "{html}"
    );
}

#[tokio::test]
async fn a_link_to_someone_hidden_says_so_without_naming_them() {
    let html = render("?watched=1&person=geoff").await;
    assert!(html.contains("Hidden: this link shows something from Season 3"));
    assert!(html.contains("Show anyway"));
    assert!(!html.contains("Geoff") && !html.contains("Eddie Marsan"));
    // The same link after "show anyway" (watched up to season 3).
    let html = render("?watched=3&person=geoff").await;
    assert!(!html.contains("Hidden:"));
    assert!(html.contains("Eddie Marsan"));
}

#[test]
fn marks_and_images_are_validated() {
    let mut data = embedded().clone();
    let mut people = data.people.to_vec();
    people[0].reveals = Some("season-9".into());
    people[1].image = Some(heartstopper_widget::data::Image {
        src: "javascript:alert(1)".into(),
        alt: "".into(),
        credit: "Me".into(),
    });
    people[2].image = Some(heartstopper_widget::data::Image {
        src: "photos/elle.svg".into(),
        alt: "A drawing".into(),
        credit: "Me".into(),
    });
    data.people = people.into();
    let errors = validate(&data);
    let fields: Vec<_> = errors
        .iter()
        .map(|e| format!("{} {}", e.entry, e.field))
        .collect();
    assert_eq!(
        fields,
        [
            "people[0] \"nick-nelson\" reveals",
            "people[1] \"charlie-spring\" image.src",
            "people[1] \"charlie-spring\" image.alt",
        ]
    );
    assert!(matches!(errors[1].problem, Problem::NotImageUrl { .. }));
    assert_eq!(
        errors[0].to_string(),
        "people[0] \"nick-nelson\", field `reveals`: unknown season \"season-9\" (known: 1, 2, 3, film)"
    );
}

#[test]
fn image_addresses_are_http_or_relative_only() {
    use heartstopper_widget::data::validate::is_image_url;
    for ok in [
        "https://fan.example/nick.jpg",
        "http://fan.example/a.png",
        "photos/nick.jpg",
        "/img/nick.jpg",
        "./a.svg",
        "../a.svg",
        "//cdn.example/a.jpg",
        "a.svg?v=2#x",
    ] {
        assert!(is_image_url(ok), "{ok}");
    }
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:image/svg+xml,<svg/>",
        "java\tscript:alert(1)",
        " javascript:alert(1)",
        "vbscript:x",
        "file:///etc/passwd",
        "blob:https://x/1",
        "",
        "a b.png",
        "\\\\evil/a.png",
    ] {
        assert!(!is_image_url(bad), "{bad:?}");
    }
}
