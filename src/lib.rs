//! Heartstopper cast grid and season timeline widget.
//!
//! Pure logic (the data model, filtering, URL state, date choices) lives in
//! plain modules tested natively; the Yew components in `components` are thin.

pub mod browser;
pub mod components;
pub mod data;
pub mod dates;
pub mod filter;
pub mod hooks;
pub mod search;
pub mod state;
pub mod text;
pub mod timeline;
pub mod url_state;

pub use components::app::{App, AppProps};

/// Mounts the standalone widget into `#heartstopper` (or the body), with its
/// filter taken from, and kept in, the address bar.
#[cfg(feature = "csr")]
pub fn start() {
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id("heartstopper")
        .or_else(|| document.body().map(Into::into));
    let Some(root) = root else { return };
    let data = data::DataRef::embedded();
    let initial = url_state::parse(&browser::query(), &data);
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            data,
            initial,
            sync_url: true,
        },
    )
    .render();
}
