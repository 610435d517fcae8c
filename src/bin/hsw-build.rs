//! Build step run by Trunk after each build (see Trunk.toml), on the files
//! Trunk is about to move into `dist/`:
//! - removes Trunk's inline loader from the HTML pages, so they run under a
//!   strict Content-Security-Policy; `heartstopper-widget.js` loads the wasm;
//! - pre-renders the widget (Yew SSR) into each `<heartstopper-widget
//!   prerender>` as a declarative shadow root, so the grid is painted before
//!   the wasm arrives; the element then renders the same thing in its place;
//! - writes the embedded data as `heartstopper.json`, with its JSON Schema,
//!   for fan sites to copy and edit.
//!
//! Usage: `hsw-build [DIR]`, DIR defaulting to `$TRUNK_STAGING_DIR`.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if let Err(message) = native::run() {
        eprintln!("hsw-build: {message}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use heartstopper_widget::data::{embedded, DataRef};
    use heartstopper_widget::url_state::UrlState;
    use heartstopper_widget::{App, AppProps};
    use std::path::{Path, PathBuf};

    const SCHEMA: &str = include_str!("../../data/heartstopper.schema.json");

    pub fn run() -> Result<(), String> {
        let dir: PathBuf = std::env::args()
            .nth(1)
            .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
            .ok_or("give the output directory, or run from Trunk (TRUNK_STAGING_DIR)")?
            .into();
        let json = serde_json::to_string_pretty(embedded()).map_err(|e| e.to_string())?;
        write(&dir.join("heartstopper.json"), &json)?;
        write(&dir.join("heartstopper.schema.json"), SCHEMA)?;
        let index = dir.join("index.html");
        let html =
            std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
        let html = strip_trunk_loader(&html);
        let html = prerender(&html, &render_default()?);
        write(&index, &html)?;
        Ok(())
    }

    /// The widget with no filter, as HTML.
    fn render_default() -> Result<String, String> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| e.to_string())?;
        let props = AppProps::new(DataRef::embedded(), UrlState::default());
        Ok(runtime.block_on(
            yew::LocalServerRenderer::<App>::with_props(props)
                .hydratable(false)
                .render(),
        ))
    }

    /// Puts `widget` into each `<heartstopper-widget … prerender>` as a
    /// declarative shadow root holding the same stylesheet and root element
    /// the custom element would create.
    pub fn prerender(html: &str, widget: &str) -> String {
        let mut out = String::with_capacity(html.len() + widget.len());
        let mut rest = html;
        while let Some(start) = rest.find("<heartstopper-widget") {
            let Some(open_len) = rest[start..].find('>') else {
                break;
            };
            let open_end = start + open_len + 1;
            let tag = &rest[start..open_end];
            out.push_str(&rest[..open_end]);
            if tag
                .split_whitespace()
                .any(|a| a.trim_end_matches('>') == "prerender")
            {
                out.push_str("<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"widget.css\"><div class=\"hsw-root\">");
                out.push_str(widget);
                out.push_str("</div></template>");
            }
            rest = &rest[open_end..];
        }
        out.push_str(rest);
        out
    }

    fn write(path: &Path, text: &str) -> Result<(), String> {
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Removes what Trunk injects to start the wasm: the inline
    /// `<script type="module">` (the page's own `heartstopper-widget.js` does
    /// that, and inline scripts would need `'unsafe-inline'` in a
    /// Content-Security-Policy) and the preloads of the glue and the wasm (the
    /// element fetches them after the pre-rendered page has painted, so that
    /// they never hold up the first paint).
    pub fn strip_trunk_loader(html: &str) -> String {
        let html = strip_inline_loader(html);
        let mut out = String::with_capacity(html.len());
        let mut rest = html.as_str();
        while let Some(start) = rest.find("<link rel=\"") {
            let Some(len) = rest[start..].find('>') else {
                break;
            };
            let end = start + len + 1;
            let tag = &rest[start..end];
            out.push_str(&rest[..start]);
            let preload = tag.starts_with("<link rel=\"modulepreload\"")
                || tag.starts_with("<link rel=\"preload\"");
            if !(preload && (tag.contains("hsw.js") || tag.contains("hsw_bg.wasm"))) {
                out.push_str(tag);
            }
            rest = &rest[end..];
        }
        out.push_str(rest);
        out
    }

    fn strip_inline_loader(html: &str) -> String {
        let mut out = String::with_capacity(html.len());
        let mut rest = html;
        while let Some(start) = rest.find("<script type=\"module\">") {
            let Some(len) = rest[start..].find("</script>") else {
                break;
            };
            let end = start + len + "</script>".len();
            let block = &rest[start..end];
            out.push_str(&rest[..start]);
            if !block.contains("import init") {
                out.push_str(block);
            }
            rest = &rest[end..];
        }
        out.push_str(rest);
        out
    }
}
