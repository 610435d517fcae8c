//! The WebAssembly entry. Everything it offers is exported by the library
//! (`embed::mount`) and started by `heartstopper-widget.js`.

// Links the library, whose `#[wasm_bindgen]` exports make up the module.
use heartstopper_widget as _;

fn main() {}
