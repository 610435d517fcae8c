//! What the build writes for the element, the package and the docs, from
//! the one parameter table (`params`): the element's contract, the Custom
//! Elements Manifest, the TypeScript types and the attribute table of
//! docs/embedding.md.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::contract::{
    attribute_table, element_module, first_paint_index, manifest, type_declarations,
    with_attribute_table, wordpress_plugin,
};
use heartstopper_widget::data::embedded;
use heartstopper_widget::lang::Lang;
use heartstopper_widget::page::all_first_paint_states;
use heartstopper_widget::params::{self, Kind};
use heartstopper_widget::text::strings;
use heartstopper_widget::url_state;
use serde_json::Value;

const MANIFEST: &str = include_str!("../packaging/custom-elements.template.json");
const TYPES: &str = include_str!("../packaging/heartstopper-widget.template.d.ts");

fn states() -> Vec<Vec<(&'static str, String)>> {
    all_first_paint_states(embedded())
}

/// The generated module's constants, read back as JSON.
fn constants() -> serde_json::Map<String, Value> {
    let index = first_paint_index(embedded(), &states());
    let js = element_module(&index);
    js.lines()
        .filter_map(|l| l.strip_prefix("export const "))
        .map(|l| {
            let (name, value) = l.split_once(" = ").expect("name = value");
            let value = value.strip_suffix(';').expect("ends with ;");
            (name.to_owned(), serde_json::from_str(value).expect(name))
        })
        .collect()
}

#[test]
fn the_element_observes_the_tables_attributes_and_sends_its_state_keys() {
    let c = constants();
    let names = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect()
    };
    let attributes: Vec<String> = params::attributes().map(|p| p.name.to_owned()).collect();
    assert_eq!(names(&c["ATTRIBUTES"]), attributes);
    let state: Vec<String> = params::state_keys().map(String::from).collect();
    assert_eq!(names(&c["STATE"]), state);
    for name in ["theme", "lang", "loading", "src", "overlay", "sync-url"] {
        assert!(!state.contains(&name.to_owned()), "{name} is not state");
    }
    // The iframe page hands on the looks and the data, never state.
    assert_eq!(
        names(&c["FRAME"]),
        ["lang", "theme", "limit", "src", "overlay"]
    );
    // The first paint's key: the state, then what shapes it (`limit`).
    assert_eq!(names(&c["FIRST_PAINT"]["after"]), ["limit"]);
    assert_eq!(c["DEFAULTS"]["view"], "both");
    assert_eq!(c["DEFAULTS"]["sort"], "billing");
    assert_eq!(
        c["WATCHED"]["key"],
        heartstopper_widget::spoilers::STORAGE_KEY
    );
}

#[test]
fn the_elements_messages_are_the_tables_in_every_language() {
    let c = constants();
    for lang in Lang::ALL {
        let t = strings(lang);
        assert_eq!(c["FAILED"][lang.code()], t.could_not_start);
        assert_eq!(c["MISSING"][lang.code()], t.could_not_load_fmt);
        assert!(t.could_not_load_fmt.contains("{url}"), "{lang:?}");
        let primary = lang.code().split('-').next().unwrap();
        assert_eq!(c["LANGS"][primary], lang.code());
    }
}

/// Each pre-rendered state is indexed by the query `url_state::write` gives
/// for it, and the element builds that query from attributes in the table's
/// order, leaving defaults out: the same string, key by key.
#[test]
fn first_paints_are_indexed_by_their_canonical_query() {
    let data = embedded();
    let index = first_paint_index(data, &states());
    assert_eq!(index.len(), states().len());
    let mut keys: Vec<&str> = index.iter().map(|(q, _)| q.as_str()).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), index.len(), "no two states share a query");
    let find = |q: &str| index.iter().find(|(k, _)| k == q).map(|(_, s)| s.as_str());
    assert_eq!(find(""), Some("default"));
    assert_eq!(find("season=2"), Some("season-2"));
    assert_eq!(
        find("season=1&school=truham&view=grid"),
        Some("season-1.school-truham.view-grid")
    );
    assert_eq!(
        find("view=timeline&watched=1"),
        Some("view-timeline.watched-1")
    );
    assert_eq!(find("limit=6"), Some("limit-6"));
    assert_eq!(
        find("season=2&view=grid&limit=12"),
        Some("season-2.view-grid.limit-12")
    );
    let order: Vec<&str> = params::state_keys().collect();
    for (query, _) in &index {
        // The state's own query, then `&limit=N` (FIRST_PAINT.after).
        let query = query.split("limit=").next().unwrap().trim_end_matches('&');
        if query.is_empty() {
            continue;
        }
        let state = url_state::parse(query, data);
        let keys: Vec<&str> = query
            .split('&')
            .map(|p| p.split('=').next().unwrap())
            .collect();
        // In the table's order, each once, none at its default.
        let positions: Vec<usize> = keys
            .iter()
            .map(|k| order.iter().position(|o| o == k).expect(k))
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{query}");
        for (key, value) in query.split('&').filter_map(|p| p.split_once('=')) {
            let default = params::param(key).and_then(|p| p.default);
            assert_ne!(Some(value), default, "{query}");
        }
        assert_eq!(url_state::write("", &state, data), format!("?{query}"));
    }
}

#[test]
fn the_manifest_lists_every_attribute_with_its_values() {
    let data = embedded();
    let text = manifest(data, MANIFEST).expect("manifest");
    let m: Value = serde_json::from_str(&text).unwrap();
    let element = &m["modules"][0]["declarations"][0];
    let attributes = element["attributes"].as_array().unwrap();
    let names: Vec<&str> = attributes
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    let table: Vec<&str> = params::attributes().map(|p| p.name).collect();
    assert_eq!(names, table);
    let season = &attributes[0]["type"]["text"];
    let ids: Vec<String> = data
        .seasons
        .iter()
        .map(|s| format!("\"{}\"", s.id))
        .collect();
    assert_eq!(season, &Value::from(ids.join(" | ")));
    assert_eq!(
        attributes[names.iter().position(|n| *n == "view").unwrap()]["default"],
        "both"
    );
    assert_eq!(
        attributes[names.iter().position(|n| *n == "sync-url").unwrap()]["type"]["text"],
        "boolean"
    );
    // The rest of the manifest is the template's.
    assert!(element["events"].as_array().is_some_and(|e| e.len() == 2));
}

#[test]
fn the_types_name_every_attribute_once() {
    let dts = type_declarations(embedded(), TYPES).expect("types");
    let body = &dts[dts
        .find("export interface HeartstopperWidgetAttributes {")
        .unwrap()..];
    let body = &body[..body.find("\n}").unwrap()];
    for p in params::attributes() {
        let name = if p.name.contains('-') {
            format!("'{}'?:", p.name)
        } else {
            format!("{}?:", p.name)
        };
        assert_eq!(body.matches(&format!("  {name}")).count(), 1, "{}", p.name);
    }
    assert!(dts.contains("export type HeartstopperSeason = '1' | '2' | '3' | 'film';"));
    assert!(dts.contains("export type HeartstopperLang = 'en' | 'es' | 'fr' | 'de' | 'pt-BR';"));
    assert!(!dts.contains("@generated"), "the marker is replaced");
}

/// The attribute tables of docs/embedding.md and the package's README are
/// the one the table writes (`cargo run --bin hsw-build -- readme` updates
/// them).
#[test]
fn the_readme_attribute_table_is_up_to_date() {
    for file in ["docs/embedding.md", "packaging/README.md"] {
        let readme = std::fs::read_to_string(file).expect(file);
        assert_eq!(
            with_attribute_table(&readme, embedded()).expect("markers"),
            readme,
            "{file}: run `cargo run --bin hsw-build -- readme`"
        );
    }
    let table = attribute_table(embedded());
    for p in params::attributes() {
        assert!(table.contains(&format!("| `{}` |", p.name)));
        if p.kind == Kind::State {
            assert!(table.contains(&format!("| `{}` | state |", p.name)));
        }
    }
}

/// The WordPress plugin's shortcode passes on the table's attributes, all
/// but the flags, in the table's order.
#[test]
fn the_wordpress_plugin_passes_on_the_tables_attributes() {
    let template = include_str!("../packaging/wordpress/heartstopper-wordpress.php");
    let php = wordpress_plugin(template).expect("plugin");
    let start = php.find("return array(").expect("the list") + "return array(".len();
    let list = &php[start..start + php[start..].find(')').unwrap()];
    let names: Vec<&str> = list.split(", ").map(|n| n.trim_matches('\'')).collect();
    let expected: Vec<&str> = params::attributes()
        .filter(|p| p.name != "sync-url")
        .map(|p| p.name)
        .collect();
    assert_eq!(names, expected);
    // URL-valued attributes are escaped as URLs.
    let start = php
        .find("function heartstopper_widget_url_attributes")
        .unwrap();
    let urls = &php[start..];
    let urls = &urls[urls.find("return array(").unwrap() + "return array(".len()..];
    assert_eq!(&urls[..urls.find(')').unwrap()], "'src', 'overlay'");
}
