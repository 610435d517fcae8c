//! Pictures from custom data: reserved size, lazy, the credit in the
//! details; only http(s) and relative addresses (see also tests/spoilers.rs
//! for `is_image_url`).

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::data::{embedded, validate, DataRef, Image};
use heartstopper_widget::url_state::parse;
use heartstopper_widget::AppProps;

fn with_image(src: &str) -> heartstopper_widget::data::Dataset {
    let mut data = embedded().clone();
    let mut people = data.people.to_vec();
    people[0].image = Some(Image {
        src: src.to_owned().into(),
        alt: "A drawing of two autumn leaves".into(),
        credit: "Drawn by a fan".into(),
    });
    data.people = people.into();
    data
}

async fn render(data: heartstopper_widget::data::Dataset, query: &str) -> String {
    let initial = parse(query, &data);
    let props = AppProps::new(DataRef::new(data), initial);
    heartstopper_widget::page::render(props).await
}

#[tokio::test]
async fn a_card_reserves_the_picture_s_box_and_loads_it_lazily() {
    let html = render(with_image("sample-images/leaves.svg"), "").await;
    let img = html
        .split("<img")
        .nth(1)
        .and_then(|s| s.split('>').next())
        .expect("an img");
    for attr in [
        "src=\"sample-images/leaves.svg\"",
        "alt=\"\"",
        "width=\"48\"",
        "height=\"48\"",
        "loading=\"lazy\"",
        "decoding=\"async\"",
    ] {
        assert!(img.contains(attr), "{attr} in {img}");
    }
    assert!(!img.contains("onerror"), "no inline handler: {img}");
    // Only the one person with a picture has one.
    assert_eq!(html.matches("<img").count(), 1);
}

#[tokio::test]
async fn the_details_show_the_picture_its_text_and_its_credit() {
    let html = render(
        with_image("https://fan.example/nick.jpg"),
        "?person=nick-nelson",
    )
    .await;
    assert!(html.contains("alt=\"A drawing of two autumn leaves\""));
    assert!(
        html.contains("Image credit: <span lang=\"en\">Drawn by a fan</span>"),
        "{html}"
    );
}

#[test]
fn a_picture_needs_a_safe_address_a_text_and_a_credit() {
    assert!(validate(&with_image("sample-images/leaves.svg")).is_empty());
    let errors = validate(&with_image("data:image/svg+xml,<svg onload=alert(1)>"));
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].to_string(),
        "people[0] \"nick-nelson\", field `image.src`: \"data:image/svg+xml,<svg onload=alert(1)>\" is not an http(s) or relative address"
    );
    let mut data = with_image("a.svg");
    let mut people = data.people.to_vec();
    people[0].image.as_mut().unwrap().credit = " ".into();
    data.people = people.into();
    let fields: Vec<_> = validate(&data).into_iter().map(|e| e.field).collect();
    assert_eq!(fields, ["image.credit"]);
}
