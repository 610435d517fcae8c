//! Build step run by Trunk after each build (see Trunk.toml), on the files
//! Trunk is about to move into `dist/` (the rewrites themselves are in
//! `heartstopper_widget::page`, tested in `tests/page.rs`):
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
    use heartstopper_widget::page::{prerender, strip_trunk_loader};
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

    fn write(path: &Path, text: &str) -> Result<(), String> {
        std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
    }
}
