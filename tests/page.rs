//! The post-build rewrites of the HTML pages.

#![cfg(not(target_arch = "wasm32"))]

use heartstopper_widget::page::{prerender, strip_trunk_loader};

const TRUNK: &str = r#"<head><link rel="stylesheet" href="./page.css"/>
<script type="module">
import init, * as bindings from './hsw.js';
const wasm = await init({ module_or_path: './hsw_bg.wasm' });
</script>
<script type="module" src="./heartstopper-widget.js"></script>
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
