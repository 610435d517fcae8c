//! In headless Chromium: the custom-data reader as it runs in the browser
//! (`JSON.parse`, then serde-wasm-bindgen, `src/reader.rs`), fuzzed. A
//! deterministic generator (proptest does not run on wasm32 here) mutates
//! the exported dataset: valid data reads back equal, a wrong value is
//! refused with an error naming the field it is at, broken text is a syntax
//! error, and nothing ever panics. Run with `cargo test --target
//! wasm32-unknown-unknown --features csr,reader`.

#![cfg(all(target_arch = "wasm32", feature = "reader"))]

use heartstopper_widget::data::{embedded, wire, Dataset, LoadError};
use heartstopper_widget::reader::read_text;
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// xorshift64*: the same cases on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// What the reader makes of inline data, before it words a refusal.
fn read(text: &str) -> Result<Dataset, LoadError> {
    heartstopper_widget::reader::parse_dataset(text)
}

/// The reader's answer, decoded as the widget does: data, or a refusal
/// worded in the reader's language, with the English for the console.
#[wasm_bindgen_test]
fn the_answer_is_the_data_or_a_refusal_worded_in_the_readers_language() {
    use heartstopper_widget::data::load::Refusal;
    let answer = |text: &str, lang: &str| -> Result<Dataset, Refusal> {
        wire::decode(&read_text(text, lang.to_owned()))
            .expect("the reader always answers in wire text")
    };
    let ok = answer(
        &String::from(js_sys::JSON::stringify(&exported()).unwrap()),
        "fr",
    );
    assert_eq!(
        ok.expect("the exported data reads back").people.len(),
        embedded().people.len()
    );
    let error = read("{ not json").expect_err("not JSON");
    let refusal = answer("{ not json", "fr").expect_err("not JSON");
    assert_eq!(refusal.english, error.to_string());
    assert!(
        refusal.notice.contains("JSON valide\u{a0}:"),
        "{}",
        refusal.notice
    );
    assert!(
        refusal.notice.contains("données intégrées"),
        "{}",
        refusal.notice
    );
    let german = answer("{ not json", "de-AT").expect_err("not JSON");
    assert_ne!(german.notice, refusal.notice);
    assert_eq!(german.english, refusal.english);
}

/// The embedded dataset as a JSON value, as `heartstopper.json` holds it.
fn exported() -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(embedded(), &serializer).expect("serializes")
}

fn text(value: &JsValue) -> String {
    JSON::stringify(value).expect("stringify").into()
}

/// Every path in a JSON value: `["people", "3", "actor"]`.
fn paths(value: &JsValue, here: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(here.clone());
    if let Some(array) = value.dyn_ref::<Array>() {
        for (i, item) in array.iter().enumerate() {
            here.push(i.to_string());
            paths(&item, here, out);
            here.pop();
        }
    } else if value.is_object() {
        let object: &Object = value.unchecked_ref();
        for key in Object::keys(object).iter() {
            let key: String = key.as_string().unwrap_or_default();
            here.push(key.clone());
            paths(
                &Reflect::get(value, &key.into()).unwrap_or_default(),
                here,
                out,
            );
            here.pop();
        }
    }
}

/// The path as serde_path_to_error writes it: `people[3].actor`.
fn dotted(path: &[String]) -> String {
    let mut out = String::new();
    for part in path {
        if part.parse::<usize>().is_ok() {
            out.push_str(&format!("[{part}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(part);
        }
    }
    out
}

/// A value of another kind than most fields expect.
fn odd_value(rng: &mut Rng) -> JsValue {
    match rng.below(8) {
        0 => JsValue::NULL,
        1 => JsValue::from(rng.below(1000) as f64 - 500.5),
        2 => JsValue::TRUE,
        3 => JsValue::from("<img src=x onerror=alert(1)>"),
        4 => Array::new().into(),
        5 => Object::new().into(),
        6 => JsValue::from("9999-99-99"),
        _ => Array::of1(&JsValue::from(7)).into(),
    }
}

#[wasm_bindgen_test]
fn the_exported_data_reads_back_equal() {
    assert_eq!(read(&text(&exported())).as_ref(), Ok(embedded()));
}

/// One value replaced anywhere: the data is read (the new value fits) or
/// refused with an error at that place: a shape error whose path is the
/// replaced field's (or inside or above it), or a content error.
#[wasm_bindgen_test]
fn a_wrong_value_is_refused_naming_its_field() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut all = Vec::new();
    paths(&exported(), &mut Vec::new(), &mut all);
    all.retain(|p| !p.is_empty());
    let mut shapes = 0;
    for _ in 0..300 {
        let json = exported();
        let path = all[rng.below(all.len())].clone();
        let mut parent = json.clone();
        for part in &path[..path.len() - 1] {
            parent = Reflect::get(&parent, &part.into()).expect("exists");
        }
        let key = path.last().expect("a key");
        let replacement = odd_value(&mut rng);
        let key_value: JsValue = match key.parse::<u32>() {
            Ok(i) if parent.is_array() => i.into(),
            _ => key.into(),
        };
        Reflect::set(&parent, &key_value, &replacement).expect("set");
        match read(&text(&json)) {
            Ok(data) => assert!(!data.people.is_empty(), "{path:?}"),
            Err(LoadError::Shape { path: at, message }) => {
                shapes += 1;
                let want = dotted(&path);
                assert!(
                    at.starts_with(&want) || want.starts_with(&at),
                    "replacing {want} was reported at {at}: {message}"
                );
                assert!(!message.is_empty());
            }
            Err(LoadError::Invalid(errors)) => assert!(!errors.is_empty()),
            Err(other) => panic!("replacing {}: {other:?}", dotted(&path)),
        }
    }
    assert!(
        shapes > 100,
        "most odd values are the wrong shape ({shapes})"
    );
}

/// Cut anywhere, the text is a syntax error, never a panic.
#[wasm_bindgen_test]
fn cut_text_is_a_syntax_error() {
    let full = text(&exported());
    let mut rng = Rng(42);
    for _ in 0..60 {
        let mut cut = rng.below(full.len() - 1);
        while !full.is_char_boundary(cut) {
            cut -= 1;
        }
        let result = read(&full[..cut]);
        assert!(
            matches!(&result, Err(LoadError::Syntax { message }) if !message.is_empty()),
            "cut at {cut}: {result:?}"
        );
    }
}

/// Any text at all: an answer, never a panic or a throw.
#[wasm_bindgen_test]
fn any_text_is_answered() {
    let mut rng = Rng(7);
    let pieces = [
        "{",
        "}",
        "[",
        "]",
        "\"",
        ":",
        ",",
        "null",
        "1e999",
        "-0",
        "\\u0000",
        "é",
        "𝄞",
        "\"people\"",
        "\"as_of\"",
        "true",
        " ",
        "\n",
        "{\"show\":",
        "\u{feff}",
    ];
    for _ in 0..400 {
        let n = rng.below(40);
        let text: String = (0..n).map(|_| pieces[rng.below(pieces.len())]).collect();
        let result = read(&text);
        assert!(result.is_err() || result.is_ok(), "{text}");
    }
}

/// A sheet read as the browser reads it: fetched (here from a `data:` URL),
/// parsed by the csv crate in the reader, laid over the built-in data, and
/// decoded by the widget's side of the wire.
async fn overlay(url: &str, lang: &str) -> heartstopper_widget::data::load::Overlaid {
    let answer =
        heartstopper_widget::reader::read_overlay(None, None, url.to_owned(), lang.to_owned())
            .await;
    wire::decode::<
        Result<heartstopper_widget::data::load::Overlaid, heartstopper_widget::data::load::Refusal>,
    >(&answer)
    .expect("wire text")
    .expect("the built-in data is always there")
}

#[wasm_bindgen_test]
async fn a_sheet_is_read_in_the_browser() {
    let csv = "\u{feff}id;picture;alt;credit;note\r\nnick-nelson;nick.jpg;Nick;Photo: Sam;\"One; two\"\r\nnick-nelsn;;;;x\r\n";
    let url = format!(
        "data:text/csv;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(csv))
    );
    let o = overlay(&url, "de").await;
    let nick = o.data.person("nick-nelson").unwrap();
    assert_eq!(nick.image.as_ref().unwrap().src, "nick.jpg");
    assert_eq!(nick.own.as_ref().unwrap().note.as_deref(), Some("One; two"));
    assert_eq!(o.data.people.len(), embedded().people.len());
    // A heading naming the file, then the problem, in German.
    assert_eq!(o.problems.len(), 2, "{:?}", o.problems);
    assert!(
        o.problems[1].starts_with("Zeile 3, Spalte id:"),
        "{:?}",
        o.problems
    );
    assert!(o.problems[1].contains("meinten Sie nick-nelson?"));
}

#[wasm_bindgen_test]
async fn a_web_page_instead_of_a_sheet_is_said_and_changes_nothing() {
    let o = overlay("data:text/html,<p>Sign in to Google</p>", "en").await;
    assert_eq!(o.data, *embedded());
    assert!(
        o.problems[1].contains("gives a web page, not CSV"),
        "{:?}",
        o.problems
    );
}
