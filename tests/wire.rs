//! The reader module's answer crosses to the widget as wire text: every
//! dataset and every error reads back as it was written, and no text, however
//! broken, makes the decoder panic or accept something half-read.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::data::load::from_json;
use heartstopper_widget::data::wire::{decode, decode_static, encode};
use heartstopper_widget::data::{embedded, DataError, Dataset, LoadError, Problem, RefKind, Text};
use proptest::prelude::*;
use std::borrow::Cow;

type Answer = Result<Dataset, LoadError>;

fn every_problem() -> Vec<Problem> {
    let mut all = vec![
        Problem::Empty,
        Problem::NotKebab,
        Problem::Duplicate {
            id: "nick-nelson".into(),
            collection: "people".into(),
        },
        Problem::Reserved { id: "none".into() },
        Problem::NoSeasons,
        Problem::NoSources,
        Problem::NoAppearances,
        Problem::SeasonTwice { season: "2".into() },
        Problem::NotWebUrl {
            url: "javascript:alert(1)".into(),
        },
        Problem::NotImageUrl {
            url: "data:image/png;base64,AAAA".into(),
        },
    ];
    for kind in RefKind::ALL {
        all.push(Problem::Unknown {
            kind,
            id: "x".into(),
            known: None,
        });
        all.push(Problem::Unknown {
            kind,
            id: "ü 🌈 \"; 12;".into(),
            known: Some(vec!["1".into(), "2".into()]),
        });
    }
    all
}

fn every_error() -> Vec<LoadError> {
    let url = || "https://example.org/data.json?a=1;b=2".to_owned();
    vec![
        LoadError::Http {
            url: url(),
            status: 404,
        },
        LoadError::Network { url: url() },
        LoadError::Timeout { url: url() },
        LoadError::NotJson {
            url: url(),
            content_type: "text/html; charset=utf-8".into(),
        },
        LoadError::TooLarge { bytes: 6_000_000 },
        LoadError::Syntax {
            message: String::new(),
        },
        LoadError::Shape {
            path: "people[3].actor".into(),
            message: "invalid type: integer `3`, expected a string".into(),
        },
        LoadError::Invalid(
            every_problem()
                .into_iter()
                .enumerate()
                .map(|(i, problem)| DataError {
                    entry: format!("people[{i}] \"p-{i}\""),
                    field: "appearances[1].school".into(),
                    problem,
                })
                .collect(),
        ),
    ]
}

#[test]
fn the_embedded_dataset_reads_back_as_it_was() {
    let answer: Answer = Ok(embedded().clone());
    assert_eq!(decode::<Answer>(&encode(&answer)), Some(answer));
}

/// The bundle carries the dataset as wire text, and decoding it copies no
/// text: every string is a slice of the constant. Text decoded from anywhere
/// else is its own copy.
#[test]
fn the_embedded_dataset_borrows_its_texts() {
    let data = embedded();
    let borrowed = |t: &Text| matches!(t, Cow::Borrowed(_));
    assert!(borrowed(&data.show.title));
    assert!(data
        .people
        .iter()
        .all(|p| borrowed(&p.id) && borrowed(&p.actor)));
    assert!(data.events.iter().all(|e| borrowed(&e.title)));
    let copy: Dataset = decode(&encode(data)).expect("reads back");
    assert!(!borrowed(&copy.show.title));
    assert_eq!(&copy, data);
    // Broken texts are refused the same way when read as the constant is.
    let text: &'static str = encode(data).leak();
    assert_eq!(decode_static::<Dataset>(&text[..text.len() - 1]), None);
    assert_eq!(decode_static::<Dataset>(text).as_ref(), Some(data));
}

#[test]
fn custom_data_reads_back_as_the_reader_read_it() {
    let text = std::fs::read_to_string("static/demo-data.json").expect("demo data");
    let answer = from_json(&text);
    assert!(answer.is_ok(), "the demo data is valid: {answer:?}");
    assert_eq!(decode::<Answer>(&encode(&answer)), Some(answer));
}

#[test]
fn pictures_and_spoiler_marks_read_back_as_they_were() {
    let text = std::fs::read_to_string("tests/e2e/fixtures/photos.json").expect("photo data");
    let answer = from_json(&text);
    let data = answer.as_ref().expect("the photo fixture is valid");
    assert!(data.people.iter().any(|p| p.image.is_some()));
    assert!(embedded().people.iter().any(|p| p.reveals.is_some()));
    assert_eq!(decode::<Answer>(&encode(&answer)), Some(answer));
}

#[test]
fn every_error_reads_back_as_it_was() {
    for error in every_error() {
        let answer: Answer = Err(error);
        assert_eq!(decode::<Answer>(&encode(&answer)), Some(answer));
    }
}

#[test]
fn a_cut_or_padded_text_is_refused() {
    let full = encode::<Answer>(&Ok(embedded().clone()));
    // Every cut at a character boundary, sampled.
    let cuts: Vec<usize> = (0..full.len())
        .step_by(97)
        .filter(|i| full.is_char_boundary(*i))
        .collect();
    assert!(cuts.len() > 100);
    for cut in cuts {
        assert_eq!(decode::<Answer>(&full[..cut]), None, "cut at {cut}");
    }
    assert_eq!(decode::<Answer>(&format!("{full}0;")), None);
    assert_eq!(decode::<Answer>(""), None);
    assert_eq!(decode::<Answer>("2;"), None, "no third kind of answer");
}

#[test]
fn huge_lengths_are_refused_without_allocating() {
    assert_eq!(decode::<Answer>("1;7;99999999999999999;"), None);
    assert_eq!(decode::<Answer>("1;7;18446744073709551615;"), None);
    assert_eq!(decode::<Answer>("1;7;99999999999999999999999;"), None);
    assert_eq!(decode::<String>("999999999999;abc"), None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn arbitrary_text_never_panics(text in "[0-9;a-z\"]{0,200}|\\PC{0,200}") {
        let _ = decode::<Answer>(&text);
    }

    /// The real answer with one character changed: decoded to something,
    /// or refused, never a panic.
    #[test]
    fn one_character_changed(at in any::<prop::sample::Index>(), c in any::<char>()) {
        let full = encode::<Answer>(&Err(every_error().pop().expect("an error")));
        let chars: Vec<char> = full.chars().collect();
        let i = at.index(chars.len());
        let text: String = chars.iter().enumerate().map(|(j, x)| if i == j { c } else { *x }).collect();
        let _ = decode::<Answer>(&text);
    }

    #[test]
    fn any_strings_survive(entry in "\\PC{0,40}", field in "\\PC{0,40}", id in "\\PC{0,40}") {
        let answer: Answer = Err(LoadError::Invalid(vec![DataError {
            entry,
            field,
            problem: Problem::Reserved { id },
        }]));
        prop_assert_eq!(decode::<Answer>(&encode(&answer)), Some(answer));
    }
}
