//! Guards over the source itself: data never reaches the DOM as HTML.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).expect("readable src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "js") {
            out.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).expect("utf-8 source"),
            ));
        }
    }
}

#[test]
fn no_html_injection_apis_anywhere() {
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    sources(Path::new("static"), &mut files);
    assert!(files.len() > 20);
    for (name, text) in files {
        for api in [
            "inner_html",
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "Html::from_html_unchecked",
            "eval(",
        ] {
            assert!(!text.contains(api), "{name} uses {api}");
        }
    }
}
