//! The post-build rewrites of the HTML pages.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::page::{prerender, strip_trunk_loader, wasm_opt_passes};

const TRUNK: &str = r#"<head><link rel="stylesheet" href="./page.css"/>
<script type="module">
import init, * as bindings from './hsw.js';
const wasm = await init({ module_or_path: './hsw_bg.wasm' });
</script>
<script type="module" src="./heartstopper-widget.js"></script>
<link rel="icon" href="./favicon.svg" integrity="sha384-CGkAfI+dbXZ"/>
<link rel="stylesheet" href="./widget.css" integrity="sha384-abc"/>
<link rel="modulepreload" href="./hsw.js" crossorigin="anonymous"><link rel="preload" href="./hsw_bg.wasm" as="fetch"></head>"#;

#[test]
fn trunks_loader_and_preloads_go_and_everything_else_stays() {
    let out = strip_trunk_loader(TRUNK);
    assert!(!out.contains("import init"));
    assert!(!out.contains("preload"));
    assert!(out.contains(r#"<link rel="stylesheet" href="./page.css"/>"#));
    assert!(out.contains(r#"<script type="module" src="./heartstopper-widget.js"></script>"#));
    assert_eq!(strip_trunk_loader(&out), out, "idempotent");
}

/// Trunk writes `integrity` on the favicon link, where the HTML standard
/// does not allow it (the W3C checker's error); stylesheets keep theirs.
#[test]
fn the_icon_link_loses_its_integrity_and_stylesheets_keep_theirs() {
    let out = strip_trunk_loader(TRUNK);
    assert!(
        out.contains(r#"<link rel="icon" href="./favicon.svg"/>"#),
        "{out}"
    );
    assert!(out.contains(r#"<link rel="stylesheet" href="./widget.css" integrity="sha384-abc"/>"#));
}

/// The wasm-opt passes are written once, in index.html, and read from there
/// for the reader module and the size report.
#[test]
fn the_wasm_opt_passes_come_from_index_html() {
    let index = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html");
    let passes = wasm_opt_passes(&index);
    assert_eq!(
        passes.first().map(String::as_str),
        Some("-Oz"),
        "{passes:?}"
    );
    assert!(passes.len() > 1, "{passes:?}");
    for pass in &passes {
        assert!(pass.starts_with('-'), "{pass}");
        assert!(
            index.contains(pass.trim_start_matches("-O")),
            "{pass} is in index.html"
        );
    }
    assert!(wasm_opt_passes("<link data-trunk rel=\"css\" href=\"a.css\">").is_empty());
}

#[test]
fn only_elements_marked_prerender_get_the_widget() {
    let html = r#"<heartstopper-widget sync-url prerender></heartstopper-widget><heartstopper-widget season="2"></heartstopper-widget>"#;
    let out = prerender(html, "<p>grid</p>");
    assert_eq!(
        out,
        r#"<heartstopper-widget sync-url prerender><template shadowrootmode="open"><link rel="stylesheet" href="widget.css"><div class="hsw-root"><p>grid</p></div></template></heartstopper-widget><heartstopper-widget season="2"></heartstopper-widget>"#
    );
    // An attribute that merely starts with the word does not count.
    assert_eq!(
        prerender("<heartstopper-widget prerendered>", "x"),
        "<heartstopper-widget prerendered>"
    );
}

#[test]
fn first_paints_are_named_in_the_url_order_and_cover_the_common_states() {
    use heartstopper_widget::page::{first_paint_states, first_paint_stem};
    let pair = |k: &'static str, v: &str| (k, v.to_owned());
    assert_eq!(first_paint_stem(&[]), "default");
    assert_eq!(first_paint_stem(&[pair("view", "both")]), "default");
    assert_eq!(
        first_paint_stem(&[
            pair("view", "grid"),
            pair("school", "higgs"),
            pair("season", "2")
        ]),
        "season-2.school-higgs.view-grid"
    );
    let states = first_paint_states(&["1", "2"], &["truham", "none"]);
    // (none + 2 seasons + 2 schools + 4 pairs) in each of 3 views.
    assert_eq!(states.len(), 27);
    let stems: std::collections::BTreeSet<String> =
        states.iter().map(|s| first_paint_stem(s)).collect();
    assert_eq!(stems.len(), states.len(), "every state has its own file");
    for stem in [
        "default",
        "season-2",
        "school-none.view-timeline",
        "season-1.school-truham.view-grid",
    ] {
        assert!(stems.contains(stem), "{stem}");
    }
}

#[test]
fn the_shipped_element_loses_comment_lines_only() {
    use heartstopper_widget::page::strip_js_comments;
    let js = "// header\n/**\n * doc\n */\nconst a = 'http://x'; // kept\n\n  /* one */\n  if (a) f();\n";
    assert_eq!(
        strip_js_comments(js),
        "const a = 'http://x'; // kept\nif (a) f();\n"
    );
    // A real script keeps its code, minus a good part of its bytes.
    let real = std::fs::read_to_string("static/element/element.js").expect("element");
    let stripped = strip_js_comments(&real);
    assert!(stripped.len() < real.len() * 9 / 10);
    assert!(stripped.contains("static observedAttributes = ATTRIBUTES;"));
    assert_eq!(strip_js_comments(&stripped), stripped, "idempotent");
}

#[test]
fn stylesheets_lose_comments_and_scripts_with_multiline_templates_are_kept() {
    use heartstopper_widget::page::{strip_css_comments, strip_js_comments};
    let css =
        "/* head\n   more */\n.a { color: red; } /* tail */\n\n  .b::before { content: \"✓ \"; }\n";
    assert_eq!(
        strip_css_comments(css),
        ".a { color: red; }\n.b::before { content: \"✓ \"; }\n"
    );
    let tricky = ".a::before { content: \"/* not a comment */\"; }";
    assert_eq!(strip_css_comments(tricky), tricky);
    let template = "const t = `line one\n  // inside\n`;\n";
    assert_eq!(strip_js_comments(template), template);
    let real = std::fs::read_to_string("static/widget.css").expect("stylesheet");
    let stripped = strip_css_comments(&real);
    assert!(!stripped.contains("/*") && stripped.len() < real.len());
    // Every rule is still whole.
    assert_eq!(stripped.matches('{').count(), stripped.matches('}').count());
    assert!(stripped.matches('{').count() > 100);
}
