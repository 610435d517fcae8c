//! The dataset: its types, its validation and the embedded copy.

pub mod load;
mod lookup;
pub mod model;
pub mod validate;
pub mod wire;

pub use load::LoadError;
pub use model::*;
pub use validate::{validate, DataError, Problem, RefKind};

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// Decodes the dataset compiled into the bundle from
/// `data/heartstopper.toml`; its texts are borrowed from the constant.
fn decode_embedded() -> Dataset {
    // build.rs reads the constant back before writing it: it decodes.
    wire::decode_static(DATASET_WIRE).expect("build.rs checked the embedded dataset decodes")
}

/// The dataset compiled into the bundle, decoded on first use.
pub fn embedded() -> &'static Dataset {
    static DATASET: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    DATASET.get_or_init(decode_embedded)
}

/// A shared dataset handed to components; equal when it is the same one.
#[derive(Clone, Debug)]
pub struct DataRef(pub std::rc::Rc<Dataset>);

impl DataRef {
    /// The embedded dataset, decoded once per thread and shared after that
    /// (every widget on a page, and each takeover, uses the same one).
    pub fn embedded() -> Self {
        thread_local! {
            static SHARED: DataRef = DataRef::new(decode_embedded());
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
