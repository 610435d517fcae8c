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
    assert_eq!(json["events"][0]["date"], "2014-07-31");
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
            .seasons()
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

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    /// A JSON value of any shape, a few levels deep.
    fn arb_json() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(Into::into),
            any::<i64>().prop_map(Into::into),
            any::<f64>().prop_map(
                |f| serde_json::Number::from_f64(f).map_or(serde_json::Value::Null, Into::into)
            ),
            "\\PC{0,20}".prop_map(Into::into),
            Just("2023-02-30".into()),
            Just("<img src=x onerror=alert(1)>".into()),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Into::into),
                proptest::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// Every place in a JSON value, as a path of keys and indices.
    fn paths(value: &serde_json::Value, here: Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(here.clone());
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    let mut p = here.clone();
                    p.push(k.clone());
                    paths(v, p, out);
                }
            }
            serde_json::Value::Array(list) => {
                for (i, v) in list.iter().enumerate() {
                    let mut p = here.clone();
                    p.push(i.to_string());
                    paths(v, p, out);
                }
            }
            _ => {}
        }
    }

    fn at<'a>(value: &'a mut serde_json::Value, path: &[String]) -> &'a mut serde_json::Value {
        path.iter().fold(value, |v, key| match v {
            serde_json::Value::Object(map) => map.get_mut(key).expect("path exists"),
            serde_json::Value::Array(list) => &mut list[key.parse::<usize>().expect("index")],
            _ => unreachable!("paths only go through containers"),
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn arbitrary_text(text in "\\PC{0,400}") {
            let _ = from_json(&text);
        }

        #[test]
        fn arbitrary_json(value in arb_json()) {
            let _ = from_json(&value.to_string());
        }

        /// The real data with one value anywhere replaced by anything:
        /// either accepted (and then valid) or refused with a message.
        #[test]
        fn one_value_replaced(pick in any::<prop::sample::Index>(), replacement in arb_json()) {
            let mut json = exported();
            let mut all = Vec::new();
            paths(&json, Vec::new(), &mut all);
            let path = pick.get(&all[1..]).clone();
            *at(&mut json, &path) = replacement;
            match from_json(&json.to_string()) {
                Ok(data) => prop_assert!(heartstopper_widget::data::validate(&data).is_empty()),
                Err(err) => prop_assert!(!err.to_string().is_empty()),
            }
        }
    }
}
