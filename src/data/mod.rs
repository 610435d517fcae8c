//! The dataset: its types, its validation and the embedded copy.

pub mod load;
mod lookup;
pub mod model;
pub mod validate;
pub mod wire;

pub use load::LoadError;
pub use model::*;
pub use validate::{validate, DataError, Problem, RefKind};

use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The dataset compiled into the bundle from `data/heartstopper.toml`.
pub fn embedded() -> &'static Dataset {
    &DATASET
}

/// A shared dataset handed to components; equal when it is the same one.
#[derive(Clone, Debug)]
pub struct DataRef(pub std::rc::Rc<Dataset>);

impl DataRef {
    /// The embedded dataset, copied once per thread and shared after that
    /// (every widget on a page, and each takeover, uses the same one).
    pub fn embedded() -> Self {
        thread_local! {
            static SHARED: DataRef = DataRef::new(embedded().clone());
        }
        SHARED.with(Clone::clone)
    }

    pub fn new(data: Dataset) -> Self {
        Self(std::rc::Rc::new(data))
    }
}

impl PartialEq for DataRef {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for DataRef {
    type Target = Dataset;
    fn deref(&self) -> &Dataset {
        &self.0
    }
}
