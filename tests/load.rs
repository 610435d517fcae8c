//! Data from elsewhere: the exported heartstopper.json reads back as the
//! embedded data, and each kind of bad file gets a message naming what is
//! wrong.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::data::load::{from_json, MAX_BYTES};
use heartstopper_widget::data::{embedded, LoadError};
use heartstopper_widget::url_state::{from_pairs, has_state, View};

fn exported() -> serde_json::Value {
    serde_json::to_value(embedded()).expect("the data serialises")
}

#[test]
fn the_exported_json_reads_back_as_the_embedded_data() {
    let text = serde_json::to_string(embedded()).expect("json");
    assert_eq!(from_json(&text).as_ref(), Ok(embedded()));
    // Defaults are left out, so the file stays easy to edit.
    let json = exported();
    assert!(json["people"][0]["appearances"][0]
        .get("inferred")
        .is_none());
    assert_eq!(json["events"][0]["date"], "2014-02-20");
}

#[test]
fn wrong_shapes_name_the_path() {
    let mut json = exported();
    json["people"][3]
        .as_object_mut()
        .expect("object")
        .remove("actor");
    let err = from_json(&json.to_string()).expect_err("missing field");
    assert_eq!(
        err,
        LoadError::Shape {
            path: "people[3]".into(),
            message: "missing field `actor`".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "the data is not in the widget's format at people[3]: missing field `actor`"
    );

    let mut json = exported();
    json["people"][0]["role"] = "wizard".into();
    let err = from_json(&json.to_string()).expect_err("bad enum");
    assert!(
        matches!(&err, LoadError::Shape { path, .. } if path == "people[0].role"),
        "{err}"
    );

    let mut json = exported();
    json["events"][2]["date"] = "2023-02-30".into();
    let err = from_json(&json.to_string()).expect_err("impossible date");
    assert!(
        err.to_string()
            .contains("events[2].date: 2023-02-30 is not a day in the calendar"),
        "{err}"
    );
}

#[test]
fn broken_json_and_empty_data_are_refused() {
    assert!(matches!(
        from_json("{\"as_of\": "),
        Err(LoadError::Syntax { .. })
    ));
    assert!(matches!(from_json("[]"), Err(LoadError::Shape { .. })));
    let mut json = exported();
    json["seasons"] = serde_json::json!([]);
    json["people"] = serde_json::json!([]);
    json["events"] = serde_json::json!([]);
    let err = from_json(&json.to_string()).expect_err("no seasons");
    assert!(
        err.to_string().contains("at least one season is needed"),
        "{err}"
    );
}

#[test]
fn references_are_checked_like_the_build_does() {
    let mut json = exported();
    json["events"][5]["people"] = serde_json::json!(["nobody"]);
    let err = from_json(&json.to_string()).expect_err("dangling");
    assert!(
        err.to_string()
            .contains("field `people[0]`: unknown person \"nobody\""),
        "{err}"
    );
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let big = " ".repeat(MAX_BYTES + 1);
    assert_eq!(
        from_json(&big),
        Err(LoadError::TooLarge {
            bytes: MAX_BYTES + 1
        })
    );
}

#[test]
fn attributes_use_the_url_names() {
    let data = embedded();
    let s = from_pairs(
        [
            ("season", "2"),
            ("school", "truham"),
            ("view", "timeline"),
            ("theme", "dark"),
        ],
        data,
    );
    assert_eq!(
        s.filter
            .seasons
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        ["2"]
    );
    assert_eq!(s.view, View::Timeline);
    assert!(has_state("?utm=x&season=1"));
    assert!(!has_state("?utm=x"));
    let detail = s.detail(data, 7);
    assert_eq!(
        (detail.season.as_slice(), detail.view, detail.shown),
        (&["2".to_string()][..], "timeline", 7)
    );
}
