//! The custom-data reader's WebAssembly entry: the library's `reader`
//! exports (`reader::read_text`, `reader::read_url`), loaded by the element only for
//! widgets with `src` or inline data.

// Links the library, whose `#[wasm_bindgen]` exports make up the module.
use heartstopper_widget as _;

fn main() {}
