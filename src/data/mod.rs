//! The dataset: its types, its validation and the embedded copy.

pub mod model;
pub mod validate;

pub use model::*;
pub use validate::{validate, DataError};

use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The dataset compiled into the bundle from `data/heartstopper.toml`.
pub fn embedded() -> &'static Dataset {
    &DATASET
}
