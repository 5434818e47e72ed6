//! The `baokan._baokan` Python extension module: the `baokan` Python package's face on
//! the [`baokan`] crate.
//!
//! Everything here is thin. A Python object is a frozen wrapper around one of the
//! crate's `Copy` handles (a `Corpus`, or a `Corpus` plus an index and its record),
//! held together with the reference-counted pack it borrows (see [`held`]), so objects
//! are `Send + Sync`, immutable, and cheap to hand out, and a pack's bytes (the embedded
//! `static`, a memory-mapped file, or bytes from Python or a compile run) are released
//! when the last object reading them goes. Every fact comes from the crate (and, for
//! `baokan.compile`, from [`baokan_compile`]). Errors map onto the `baokan.BaokanError` hierarchy, and
//! walks over a whole corpus run with the GIL released.
#![forbid(unsafe_code)]

mod compile;
mod corpora;
mod corpus;
mod errors;
mod held;
mod items;
mod mentions;
mod search;
mod shared;
mod stats;
mod util;

use pyo3::prelude::*;

pub use compile::CompileResult;
pub use corpora::Corpora;
pub use corpus::Corpus;
pub use items::{Article, Credit, Dateline, Join, Paragraph, Reporter, Section, Sentence, Source};
pub use mentions::{
    Citation, DateMention, Entity, EntityMention, Figure, Numeral, Quote, TimelineEntry,
};
pub use search::{Hit, KwicLine};
pub use stats::{Collocate, Keyword, Repeat};

/// baokan (报刊): typed, zero-copy Chinese news corpora.
///
/// The compiled extension behind the `baokan` package; import `baokan`, not this.
#[pymodule]
#[pyo3(name = "_baokan")]
fn baokan_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<Corpus>()?;
    m.add_class::<Corpora>()?;
    m.add_class::<CompileResult>()?;
    m.add_class::<Article>()?;
    m.add_class::<Section>()?;
    m.add_class::<Paragraph>()?;
    m.add_class::<Sentence>()?;
    m.add_class::<Source>()?;
    m.add_class::<Dateline>()?;
    m.add_class::<Join>()?;
    m.add_class::<Credit>()?;
    m.add_class::<Reporter>()?;
    m.add_class::<Hit>()?;
    m.add_class::<KwicLine>()?;
    m.add_class::<Collocate>()?;
    m.add_class::<Keyword>()?;
    m.add_class::<Repeat>()?;
    m.add_class::<Figure>()?;
    m.add_class::<DateMention>()?;
    m.add_class::<Citation>()?;
    m.add_class::<Quote>()?;
    m.add_class::<Entity>()?;
    m.add_class::<EntityMention>()?;
    m.add_class::<TimelineEntry>()?;
    m.add_class::<Numeral>()?;
    m.add_function(wrap_pyfunction!(corpus::corpus, m)?)?;
    m.add_function(wrap_pyfunction!(corpus::open, m)?)?;
    m.add_function(wrap_pyfunction!(compile::compile, m)?)?;
    m.add_function(wrap_pyfunction!(compile::plan_shards, m)?)?;
    m.add_function(wrap_pyfunction!(search::to_simplified, m)?)?;
    m.add_function(wrap_pyfunction!(stats::segment, m)?)?;
    m.add_function(wrap_pyfunction!(mentions::extract, m)?)?;
    m.add_function(wrap_pyfunction!(mentions::parse_number, m)?)?;
    m.add_function(wrap_pyfunction!(mentions::parse_numeral, m)?)?;
    errors::register(m)?;
    m.add(
        "EMBEDDED_PACK",
        pyo3::types::PyBytes::new(py, baokan::EMBEDDED_PACK),
    )?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use pyo3::prelude::*;

    #[test]
    fn module_imports_and_maps_errors() {
        Python::initialize();
        Python::attach(|py| {
            let m = PyModule::new(py, "_baokan").unwrap();
            super::baokan_module(&m).unwrap();
            let c = m.getattr("corpus").unwrap().call0().unwrap();
            let err = c.call_method1("article", ("99",)).unwrap_err();
            let unknown = m.getattr("UnknownIdError").unwrap();
            assert!(err.matches(py, unknown).unwrap());
            let err = c.call_method1("count", ("",)).unwrap_err();
            assert!(err.matches(py, m.getattr("QueryError").unwrap()).unwrap());
            let err = c.call_method1("ngrams", (9,)).unwrap_err();
            assert!(
                err.matches(py, m.getattr("BadArgumentError").unwrap())
                    .unwrap()
            );
            let missing = std::env::temp_dir().join("baokan-no-such-file.pack");
            let err = m.getattr("open").unwrap().call1((missing,)).unwrap_err();
            assert!(err.matches(py, m.getattr("FileError").unwrap()).unwrap());
            let os_error = py.get_type::<pyo3::exceptions::PyOSError>();
            assert!(err.matches(py, os_error).unwrap());
        });
    }
}
