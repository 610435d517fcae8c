//! What the element's JavaScript, the npm package and the docs need from
//! Rust, written by the build from the one parameter table (`params`), the
//! data and the text tables. Plain string work, no browser types; run by
//! `hsw-build`, tested in `tests/contract.rs`.
//!
//! - [`element_module`]: `contract.js`, bundled into `heartstopper-widget.js`:
//!   the attributes it observes and which carry state, the languages, the
//!   messages it shows before any wasm, the spoiler guard's storage key, and
//!   the pre-rendered first paints indexed by their canonical query;
//! - [`manifest`]: the Custom Elements Manifest (`custom-elements.json`);
//! - [`type_declarations`]: `heartstopper-widget.d.ts`;
//! - [`attribute_table`]: the attribute table of docs/embedding.md and of the
//!   package's README.

use crate::data::{Dataset, Role, NO_SCHOOL};
use crate::filter::Sort;
use crate::lang::Lang;
use crate::page::{first_paint_stem, FIRST_PAINT_AFTER};
use crate::params::{self, Kind, Param, Values, LOADING, THEMES};
use crate::spoilers::{STORAGE_KEY, STORED_ALL};
use crate::text::strings;
use crate::url_state::{self, View};
use serde_json::{json, Map, Value};

/// The values a parameter takes, when they are a closed set.
pub fn values(p: &Param, data: &Dataset) -> Option<Vec<String>> {
    let own = |list: &mut dyn Iterator<Item = &str>| list.map(str::to_owned).collect();
    Some(match p.values {
        Values::Seasons | Values::Season => own(&mut data.seasons.iter().map(|s| s.id.as_ref())),
        Values::Schools => own(&mut data
            .schools
            .iter()
            .map(|s| s.id.as_ref())
            .chain([NO_SCHOOL])),
        Values::Roles => own(&mut Role::ALL.iter().map(|r| r.id())),
        Values::Sort => own(&mut Sort::ALL.iter().map(|s| s.id())),
        Values::View => own(&mut View::ALL.iter().map(|v| v.id())),
        Values::Theme => own(&mut THEMES.into_iter()),
        Values::Lang => own(&mut Lang::ALL.iter().map(|l| l.code())),
        Values::Loading => own(&mut LOADING.into_iter()),
        Values::One => vec!["1".to_owned()],
        Values::Flag
        | Values::Text
        | Values::PersonId
        | Values::EventId
        | Values::Url
        | Values::Count => return None,
    })
}

/// An example of the attribute as a page writes it.
pub fn example(p: &Param) -> String {
    let value = match p.values {
        Values::Seasons => "2",
        Values::Schools => "truham",
        Values::Roles => "teacher",
        Values::Season => "1",
        Values::Sort => "actor",
        Values::View => "timeline",
        Values::Theme => "dark",
        Values::Lang => "fr",
        Values::Loading => "eager",
        Values::One => "1",
        Values::Text => "nick",
        Values::PersonId => "elle-argent",
        Values::EventId => "season-2-premiere",
        Values::Url => "my-cast.json",
        Values::Count => "6",
        Values::Flag => return p.name.to_owned(),
    };
    format!("{}=\"{value}\"", p.name)
}

/// The pre-rendered first paints (`page::first_paint_states` and the
/// watched ones), by canonical query: the query `url_state::write` gives
/// for that state, without its `?` (empty for the default state), mapped
/// to the file's stem.
pub fn first_paint_index(
    data: &Dataset,
    states: &[Vec<(&'static str, String)>],
) -> Vec<(String, String)> {
    states
        .iter()
        .map(|pairs| {
            let mut state =
                url_state::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())), data);
            state.watched = pairs
                .iter()
                .find(|(k, _)| *k == "watched")
                .map(|(_, v)| v.clone());
            let query = url_state::write("", &state, data);
            let mut parts: Vec<String> = query
                .trim_start_matches('?')
                .split('&')
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect();
            // Then what shapes the paint without being state, in order.
            for key in FIRST_PAINT_AFTER {
                if let Some((_, value)) = pairs.iter().find(|(k, _)| *k == key) {
                    parts.push(format!("{key}={value}"));
                }
            }
            (parts.join("&"), first_paint_stem(pairs))
        })
        .collect()
}

/// `contract.js`: the element's generated module (see the module docs).
pub fn element_module(index: &[(String, String)]) -> String {
    let attributes: Vec<&str> = params::attributes().map(|p| p.name).collect();
    let state: Vec<&str> = params::state_keys().collect();
    // What the iframe page (embed.html) passes from its URL to its widget:
    // how it looks and where its data comes from. Its state is read from the
    // URL by the widget itself (`sync-url`).
    let frame: Vec<&str> = params::attributes()
        .filter(|p| matches!(p.kind, Kind::Presentation | Kind::Data))
        .map(|p| p.name)
        .collect();
    let defaults: Map<String, Value> = params::PARAMS
        .iter()
        .filter(|p| p.kind == Kind::State)
        .filter_map(|p| Some((p.name.to_owned(), Value::from(p.default?))))
        .collect();
    let langs: Map<String, Value> = Lang::ALL
        .iter()
        .map(|l| {
            let primary = l.code().split('-').next().unwrap_or_default();
            (primary.to_ascii_lowercase(), Value::from(l.code()))
        })
        .collect();
    let messages = |pick: fn(Lang) -> &'static str| -> Map<String, Value> {
        Lang::ALL
            .iter()
            .map(|l| (l.code().to_owned(), Value::from(pick(*l))))
            .collect()
    };
    let index: Map<String, Value> = index
        .iter()
        .map(|(q, stem)| (q.clone(), Value::from(stem.as_str())))
        .collect();
    let consts = [
        ("ATTRIBUTES", json!(attributes)),
        ("STATE", json!(state)),
        ("FRAME", json!(frame)),
        ("DEFAULTS", Value::Object(defaults)),
        ("LANGS", Value::Object(langs)),
        (
            "FAILED",
            Value::Object(messages(|l| strings(l).could_not_start)),
        ),
        (
            "MISSING",
            Value::Object(messages(|l| strings(l).could_not_load_fmt)),
        ),
        ("WATCHED", json!({ "key": STORAGE_KEY, "all": STORED_ALL })),
        // The `limit`s pre-rendered (and offered by the builder).
        ("LIMITS", json!(crate::room::PRERENDERED)),
        (
            "FIRST_PAINT",
            json!({ "index": Value::Object(index), "after": FIRST_PAINT_AFTER }),
        ),
    ];
    let mut out = String::from(
        "// Generated by the build (src/contract.rs, from src/params.rs, the data and\n\
         // the text tables). Do not edit: change the Rust and build again.\n",
    );
    for (name, value) in consts {
        out.push_str(&format!("export const {name} = {value};\n"));
    }
    out
}

/// A TypeScript union of string literals: `'1' | '2'`.
fn union(values: &[String]) -> String {
    values
        .iter()
        .map(|v| format!("'{v}'"))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The Custom Elements Manifest's attributes, from the table; the rest of
/// the manifest (events, CSS parts and properties) is `template`.
pub fn manifest(data: &Dataset, template: &str) -> Result<String, String> {
    let mut manifest: Value =
        serde_json::from_str(template).map_err(|e| format!("manifest template: {e}"))?;
    let attributes: Vec<Value> = params::attributes()
        .map(|p| {
            let text = match (p.values, values(p, data)) {
                (Values::Flag, _) => "boolean".to_owned(),
                (_, Some(list)) => list
                    .iter()
                    .map(|v| format!("\"{v}\""))
                    .collect::<Vec<_>>()
                    .join(" | "),
                (_, None) => "string".to_owned(),
            };
            let mut a = json!({ "name": p.name, "type": { "text": text } });
            if let Some(default) = p.default {
                a["default"] = default.into();
            } else if p.values == Values::Flag {
                a["default"] = "false".into();
            }
            a["description"] = p.doc.into();
            a
        })
        .collect();
    let element = manifest
        .pointer_mut("/modules/0/declarations/0")
        .ok_or("manifest template: no declaration")?;
    element["attributes"] = Value::Array(attributes);
    serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())
}

/// The marker in the `.d.ts` template that the attribute types replace.
pub const TYPES_MARKER: &str = "// @generated attribute types";

/// `heartstopper-widget.d.ts`: `template` with the attribute value types
/// and the attributes interface written from the table.
pub fn type_declarations(data: &Dataset, template: &str) -> Result<String, String> {
    if !template.contains(TYPES_MARKER) {
        return Err(format!("the types template has no {TYPES_MARKER:?} line"));
    }
    let closed = |v: Values| -> String {
        let p = Param {
            values: v,
            ..params::PARAMS[0]
        };
        union(&values(&p, data).unwrap_or_default())
    };
    let primaries: Vec<String> = Lang::ALL
        .iter()
        .map(|l| l.code().split('-').next().unwrap_or_default().to_owned())
        .collect();
    let mut out = String::new();
    let alias = |out: &mut String, doc: &str, name: &str, body: String| {
        out.push_str(&format!("/** {doc} */\nexport type {name} = {body};\n"));
    };
    alias(
        &mut out,
        "A season id: the series and the film.",
        "HeartstopperSeason",
        closed(Values::Seasons),
    );
    alias(
        &mut out,
        "A school id; `none` is no school.",
        "HeartstopperSchool",
        closed(Values::Schools),
    );
    alias(
        &mut out,
        "A cast member's role.",
        "HeartstopperRole",
        closed(Values::Roles),
    );
    alias(
        &mut out,
        "The order of the cast cards.",
        "HeartstopperSort",
        closed(Values::Sort),
    );
    alias(
        &mut out,
        "Which views are shown.",
        "HeartstopperView",
        closed(Values::View),
    );
    alias(
        &mut out,
        "The colour theme; without one the widget follows the system setting.",
        "HeartstopperTheme",
        closed(Values::Theme),
    );
    alias(
        &mut out,
        "An interface language the widget speaks.",
        "HeartstopperLang",
        closed(Values::Lang),
    );
    alias(
        &mut out,
        "When the widget starts its WebAssembly.",
        "HeartstopperLoading",
        closed(Values::Loading),
    );
    let mut unique = primaries.clone();
    unique.dedup();
    let short: Vec<String> = unique
        .iter()
        .filter(|p| !Lang::ALL.iter().any(|l| l.code() == p.as_str()))
        .cloned()
        .collect();
    let mut lang_attr = format!(
        "\n  | HeartstopperLang\n  | `${{{}}}-${{string}}`",
        union(&unique)
    );
    if !short.is_empty() {
        lang_attr.push_str(&format!("\n  | {}", union(&short)));
    }
    alias(
        &mut out,
        "The language attribute: a language the widget speaks, or a regional tag of one (`en-GB`, `pt-PT`).",
        "HeartstopperLangAttribute",
        lang_attr,
    );
    out.push_str(
        "\n/**\n * The element's attributes and their values. Every one is optional; the\n * state attributes take the same values as the widget's URL parameters.\n */\nexport interface HeartstopperWidgetAttributes {\n",
    );
    for p in params::attributes() {
        let ty = match p.values {
            Values::Seasons => "CommaList<HeartstopperSeason>".to_owned(),
            Values::Schools => "CommaList<HeartstopperSchool>".to_owned(),
            Values::Roles => "CommaList<HeartstopperRole>".to_owned(),
            Values::Season => "HeartstopperSeason".to_owned(),
            Values::Sort => "HeartstopperSort".to_owned(),
            Values::View => "HeartstopperView".to_owned(),
            Values::Theme => "HeartstopperTheme".to_owned(),
            Values::Lang => "HeartstopperLangAttribute".to_owned(),
            Values::Loading => "HeartstopperLoading".to_owned(),
            Values::One => "'1'".to_owned(),
            Values::Flag => "boolean | ''".to_owned(),
            Values::Count => "`${number}`".to_owned(),
            Values::Text | Values::PersonId | Values::EventId | Values::Url => "string".to_owned(),
        };
        let name = if p.name.contains('-') {
            format!("'{}'", p.name)
        } else {
            p.name.to_owned()
        };
        out.push_str(&format!("  /** {} */\n  {name}?: {ty};\n", p.doc));
    }
    out.push_str("}\n");
    Ok(template.replace(TYPES_MARKER, out.trim_end()))
}

/// The attribute table (Markdown) of docs/embedding.md and the package's
/// README, between its markers.
pub fn attribute_table(data: &Dataset) -> String {
    let mut out =
        String::from("| attribute | kind | values | what | example |\n|---|---|---|---|---|\n");
    for p in params::attributes() {
        let kind = match p.kind {
            Kind::State => "state",
            Kind::Presentation => "presentation",
            Kind::Data => "data",
            Kind::Behaviour => "behaviour",
        };
        let list = matches!(p.values, Values::Seasons | Values::Schools | Values::Roles);
        let values = match values(p, data) {
            Some(v) => {
                let v: Vec<String> = v.iter().map(|v| format!("`{v}`")).collect();
                let mut text = v.join(", ");
                if list {
                    text.push_str(" (comma-separated)");
                }
                if let Some(d) = p.default {
                    text.push_str(&format!("; default `{d}`"));
                }
                text
            }
            None if p.values == Values::Flag => "present or absent".to_owned(),
            None if p.values == Values::Url => "a URL".to_owned(),
            None if p.values == Values::Text => "text".to_owned(),
            None if p.values == Values::Count => "a whole number from 1".to_owned(),
            None => "an id in the data".to_owned(),
        };
        let doc = p.doc.replace('|', "\\|").replace('<', "&lt;");
        out.push_str(&format!(
            "| `{}` | {kind} | {values} | {doc} | `{}` |\n",
            p.name,
            example(p)
        ));
    }
    out
}

/// The markers around the generated table in those two files.
pub const TABLE_START: &str = "<!-- attributes: generated from src/params.rs by `cargo run --bin hsw-build -- readme`; do not edit -->";
pub const TABLE_END: &str = "<!-- /attributes -->";

/// `readme` with its attribute table replaced by [`attribute_table`].
pub fn with_attribute_table(readme: &str, data: &Dataset) -> Result<String, String> {
    let start = readme
        .find(TABLE_START)
        .ok_or("the README has no attribute table marker")?
        + TABLE_START.len();
    let end = start
        + readme[start..]
            .find(TABLE_END)
            .ok_or("the README's attribute table has no end marker")?;
    Ok(format!(
        "{}\n{}{}",
        &readme[..start],
        attribute_table(data),
        &readme[end..]
    ))
}

/// The marker in the WordPress plugin's template that the attribute list
/// replaces.
pub const PLUGIN_MARKER: &str = "/* @generated: the element's attributes */";
/// The marker that the list of URL-valued attributes (escaped as URLs)
/// replaces.
pub const PLUGIN_URL_MARKER: &str = "/* @generated: the URL attributes */";

/// The WordPress plugin (`heartstopper-wordpress.php`): `template` with the
/// attributes its shortcode passes on, every attribute but the flags
/// (`sync-url`, which would tie a post's widget to the blog's address bar).
pub fn wordpress_plugin(template: &str) -> Result<String, String> {
    if !template.contains(PLUGIN_MARKER) {
        return Err(format!("the plugin template has no {PLUGIN_MARKER:?}"));
    }
    let list = |keep: &dyn Fn(&params::Param) -> bool| {
        params::attributes()
            .filter(|p| keep(p))
            .map(|p| format!("'{}'", p.name))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Ok(template
        .replace(PLUGIN_MARKER, &list(&|p| p.values != Values::Flag))
        .replace(PLUGIN_URL_MARKER, &list(&|p| p.values == Values::Url)))
}
