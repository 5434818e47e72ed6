//! Small conversions shared by the classes.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDate, PyInt, PyString};

/// An item id as Python gives it: a `str` like `"1.2"`, or an `int` for an article.
/// Anything else (including `bool`) is a `TypeError`; a malformed id is left to the
/// crate, which reports it as `BadIdError`.
pub(crate) fn id_arg(id: &Bound<'_, PyAny>) -> PyResult<String> {
    if let Ok(s) = id.cast::<PyString>() {
        return Ok(s.to_str()?.to_owned());
    }
    if id.is_instance_of::<PyInt>() && !id.is_instance_of::<PyBool>() {
        // `int.__repr__`, not `str()`: an int subclass may override `__str__`.
        return py_int_repr(id);
    }
    Err(PyTypeError::new_err(format!(
        "an item id is a str like \"1.2\" or an int like 1, not {}",
        id.get_type().name()?
    )))
}

fn py_int_repr(id: &Bound<'_, PyAny>) -> PyResult<String> {
    let repr = id.py().get_type::<PyInt>().getattr("__repr__")?;
    repr.call1((id,))?.extract()
}

/// A crate date as a `datetime.date`.
pub(crate) fn date<'py>(
    py: Python<'py>,
    d: Option<baokan::Date>,
) -> PyResult<Option<Bound<'py, PyDate>>> {
    let Some(d) = d else { return Ok(None) };
    // A `Date` is validated (month 1..=12, day 1..=31), so the narrowing cannot fail;
    // should it, Python's own date check reports it rather than a panic.
    let month = u8::try_from(d.month).unwrap_or(0);
    let day = u8::try_from(d.day).unwrap_or(0);
    PyDate::new(py, d.year, month, day).map(Some)
}

/// The address of the text arena an item's text lies in: the identity of its corpus,
/// for `==` and `hash`. Items of one corpus share it; items of two corpora never do.
pub(crate) fn arena(text: &str, byte_start: usize) -> usize {
    (text.as_ptr() as usize).wrapping_sub(byte_start)
}

/// A short preview of a text for `repr`: at most `n` chars, with `…` when cut.
pub(crate) fn preview(text: &str, n: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(n).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}
