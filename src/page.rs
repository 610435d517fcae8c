//! Rewrites of the built HTML pages, for the post-build step
//! (`src/bin/hsw-build.rs`). Plain string work, no browser types.

/// Replaces every piece of `html` that runs from `open` to the first `close`
/// after it (both included) by what `f` makes of it.
fn rewrite(html: &str, open: &str, close: &str, f: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(open) {
        let Some(len) = rest[start..].find(close) else {
            break;
        };
        let end = start + len + close.len();
        out.push_str(&rest[..start]);
        out.push_str(&f(&rest[start..end]));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Removes what Trunk injects to start the wasm: the inline
/// `<script type="module">` (the page's own `heartstopper-widget.js` does
/// that, and inline scripts would need `'unsafe-inline'` in a
/// Content-Security-Policy) and the preloads of the glue and the wasm (the
/// element fetches them after the pre-rendered page has painted, so that they
/// never hold up the first paint).
pub fn strip_trunk_loader(html: &str) -> String {
    let html = rewrite(html, "<script type=\"module\">", "</script>", |block| {
        if block.contains("import init") {
            String::new()
        } else {
            block.to_owned()
        }
    });
    rewrite(&html, "<link rel=\"", ">", |tag| {
        let preload = tag.starts_with("<link rel=\"modulepreload\"")
            || tag.starts_with("<link rel=\"preload\"");
        if preload && (tag.contains("hsw.js") || tag.contains("hsw_bg.wasm")) {
            String::new()
        } else {
            tag.to_owned()
        }
    })
}

/// Puts `widget` into each `<heartstopper-widget … prerender>` as a
/// declarative shadow root holding the same stylesheet and root element the
/// custom element would create.
pub fn prerender(html: &str, widget: &str) -> String {
    rewrite(html, "<heartstopper-widget", ">", |tag| {
        if tag
            .split_whitespace()
            .any(|a| a.trim_end_matches('>') == "prerender")
        {
            format!(
                "{tag}<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"widget.css\"><div class=\"hsw-root\">{widget}</div></template>"
            )
        } else {
            tag.to_owned()
        }
    })
}
