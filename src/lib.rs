//! Heartstopper cast grid and season timeline widget.
//!
//! Pure logic (the data model, filtering, URL state, date choices) lives in
//! plain modules tested natively; the Yew components in `components` are thin.

pub mod adopt;
pub mod browser;
pub mod cast;
pub mod components;
/// What the element's JavaScript, the manifest and the types need from
/// Rust, written by the build: never compiled into the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub mod contract;
pub mod data;
pub mod dates;
#[cfg(feature = "csr")]
pub mod embed;
pub mod filter;
pub mod hooks;
pub mod lang;
/// A site's spreadsheet laid over the data: in the reader module and the
/// native tests, never in the first wasm.
#[cfg(any(feature = "reader", not(target_arch = "wasm32")))]
pub mod overlay;
/// Build tooling (the post-build step): never compiled into the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub mod page;
pub mod params;
/// The custom-data reader's exports: a second wasm module (`hsw_reader`).
#[cfg(feature = "reader")]
pub mod reader;
pub mod room;
pub mod search;
pub mod spoilers;
pub mod state;
pub mod text;
pub mod timeline;
pub mod url_state;

pub use components::app::{App, AppProps};
