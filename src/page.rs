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
        } else if tag.starts_with("<link rel=\"icon\"") {
            // Trunk writes `integrity` on every asset link, but the HTML
            // standard allows it only on stylesheets, preloads and
            // modulepreloads: on an icon it is a validation error.
            without_attribute(tag, "integrity")
        } else {
            tag.to_owned()
        }
    })
}

/// `tag` without the attribute `name="…"`.
fn without_attribute(tag: &str, name: &str) -> String {
    let needle = format!(" {name}=\"");
    let Some(start) = tag.find(&needle) else {
        return tag.to_owned();
    };
    let value = start + needle.len();
    match tag[value..].find('"') {
        Some(end) => format!("{}{}", &tag[..start], &tag[value + end + 1..]),
        None => tag.to_owned(),
    }
}

/// The wasm-opt passes of the release build, as index.html gives them to
/// Trunk (`data-wasm-opt` and `data-wasm-opt-params` on the `rust` link):
/// the one place they are written, read here for the reader module and the
/// size report's profile build.
pub fn wasm_opt_passes(index_html: &str) -> Vec<String> {
    let Some(link) = index_html.split("<link ").find(|tag| {
        tag.contains("data-trunk")
            && tag.contains("rel=\"rust\"")
            && tag.contains("data-bin=\"hsw\"")
    }) else {
        return Vec::new();
    };
    let attribute = |name: &str| {
        let needle = format!("{name}=\"");
        let start = link.find(&needle)? + needle.len();
        let end = link[start..].find('"')?;
        Some(link[start..start + end].to_owned())
    };
    let mut passes: Vec<String> = attribute("data-wasm-opt")
        .map(|level| format!("-O{level}"))
        .into_iter()
        .collect();
    if let Some(params) = attribute("data-wasm-opt-params") {
        passes.extend(params.split_whitespace().map(str::to_owned));
    }
    passes
}

/// The widget for `props`, rendered to HTML as its first paints are (Yew
/// SSR, no hydration markers): the build's pre-rendering and the native
/// render tests both go through it.
pub async fn render(props: crate::AppProps) -> String {
    yew::LocalServerRenderer::<crate::App>::with_props(props)
        .hydratable(false)
        .render()
        .await
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

/// The folder of the pre-rendered first paints, next to the element's script.
pub const FIRST_PAINT_DIR: &str = "first-paint";

/// The element attributes whose states are pre-rendered for embedded widgets
/// (`view` is left out when it is the default, `both`).
pub const FIRST_PAINT_KEYS: [&str; 3] = ["season", "school", "view"];

/// The attribute sets whose first paint the build pre-renders, per language:
/// no filter, one season, one school, or one season and one school; each in
/// every view. `seasons` and `schools` are the data's ids (`none` included).
pub fn first_paint_states(seasons: &[&str], schools: &[&str]) -> Vec<Vec<(&'static str, String)>> {
    let mut filters: Vec<Vec<(&'static str, String)>> = vec![Vec::new()];
    filters.extend(seasons.iter().map(|s| vec![("season", s.to_string())]));
    filters.extend(schools.iter().map(|s| vec![("school", s.to_string())]));
    for season in seasons {
        filters.extend(schools.iter().map(|school| {
            vec![
                ("season", season.to_string()),
                ("school", school.to_string()),
            ]
        }));
    }
    in_every_view(&filters)
}

/// Every attribute set whose first paint the build pre-renders for `data`:
/// [`first_paint_states`] over its seasons and schools (`none` included),
/// then [`watched_first_paint_states`].
pub fn all_first_paint_states(data: &crate::data::Dataset) -> Vec<Vec<(&'static str, String)>> {
    let seasons: Vec<&str> = data.seasons.iter().map(|s| s.id.as_ref()).collect();
    let mut schools: Vec<&str> = data.schools.iter().map(|s| s.id.as_ref()).collect();
    schools.push(crate::data::NO_SCHOOL);
    let mut states = first_paint_states(&seasons, &schools);
    states.extend(watched_first_paint_states(&seasons));
    states.extend(limit_first_paint_states(&seasons));
    states
}

/// The attributes after the state in a first paint's key and stem: they
/// shape the first paint without being the reader's state.
pub const FIRST_PAINT_AFTER: [&str; 1] = ["limit"];

/// The attribute sets pre-rendered with a `limit` (`room::PRERENDERED`):
/// no filter or one season, in each view.
pub fn limit_first_paint_states(seasons: &[&str]) -> Vec<Vec<(&'static str, String)>> {
    let mut sets: Vec<Vec<(&'static str, String)>> = vec![Vec::new()];
    sets.extend(seasons.iter().map(|s| vec![("season", s.to_string())]));
    let mut out = Vec::new();
    for limit in crate::room::PRERENDERED {
        for mut pairs in in_every_view(&sets) {
            pairs.push(("limit", limit.to_string()));
            out.push(pairs);
        }
    }
    out
}

/// The attribute sets pre-rendered for a reader who watched up to a season
/// (the spoiler guard, `watched`): only the views, with no filter, for each
/// season (ten or so files a language rather than seventy).
pub fn watched_first_paint_states(seasons: &[&str]) -> Vec<Vec<(&'static str, String)>> {
    let watched: Vec<Vec<(&'static str, String)>> = seasons
        .iter()
        .map(|season| vec![("watched", season.to_string())])
        .collect();
    in_every_view(&watched)
}

/// Each attribute set in each view (`view` left out for the default, `both`).
fn in_every_view(sets: &[Vec<(&'static str, String)>]) -> Vec<Vec<(&'static str, String)>> {
    let mut out = Vec::new();
    for view in ["both", "grid", "timeline"] {
        for set in sets {
            let mut pairs = set.clone();
            if view != "both" {
                pairs.push(("view", view.to_owned()));
            }
            out.push(pairs);
        }
    }
    out
}

/// The file name (without `.html`) of a state's first paint: its attributes
/// in the URL's order, `season-2.school-higgs.view-grid`, then any
/// `watched-1`, then any `limit-6`, or `default`.
pub fn first_paint_stem(pairs: &[(&str, String)]) -> String {
    let parts: Vec<String> = FIRST_PAINT_KEYS
        .iter()
        .chain(&["watched"])
        .chain(&FIRST_PAINT_AFTER)
        .filter_map(|key| {
            pairs
                .iter()
                .find(|(k, v)| k == key && !(*k == "view" && v == "both"))
                .map(|(k, v)| format!("{k}-{v}"))
        })
        .collect();
    if parts.is_empty() {
        "default".to_owned()
    } else {
        parts.join(".")
    }
}

/// A script without its comment lines, blank lines and indentation, for
/// `dist/` (the sources keep them for people). Only whole lines go: a line
/// that starts with `//`, or a `/* … */` block that starts a line; code is
/// never cut mid-line, so strings are left alone. A script with a template
/// literal over several lines (an odd number of backticks on a line) is left
/// as it is, since its indentation could be part of a string.
pub fn strip_js_comments(js: &str) -> String {
    if js.lines().any(|l| l.matches('`').count() % 2 == 1) {
        return js.to_owned();
    }
    let mut out = String::with_capacity(js.len());
    let mut in_block = false;
    for line in js.lines() {
        let t = line.trim();
        if in_block {
            in_block = !t.contains("*/");
            continue;
        }
        if t.starts_with("/*") {
            in_block = !t.contains("*/");
            continue;
        }
        if t.is_empty() || t.starts_with("//") {
            continue;
        }
        out.push_str(t);
        out.push('\n');
    }
    out
}

/// A stylesheet without its comments, blank lines and indentation. Left as
/// it is if a string in it could hold a comment marker.
pub fn strip_css_comments(css: &str) -> String {
    if css.contains("\"/*") || css.contains("'/*") {
        return css.to_owned();
    }
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        match rest[start..].find("*/") {
            Some(end) => rest = &rest[start + end + 2..],
            None => {
                rest = "";
                break;
            }
        }
    }
    text.push_str(rest);
    let mut out = String::with_capacity(text.len());
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        out.push_str(line);
        out.push('\n');
    }
    out
}
