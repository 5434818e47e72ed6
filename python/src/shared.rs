//! What the classes share, written once: identity (`==` and `hash`) and the
//! `#[pymethods]` block with its one-line getters.
//!
//! Most classes wrap one held crate view (`struct X(Held<XView<'static>>)`, see
//! [`crate::held`]) and pass its accessors through: the text, the char offsets, the source, the items around it,
//! `to_dict`. [`methods!`] writes a class's `#[pymethods] impl` block from a short list
//! of those getters, each still with its own doc comment (the Python docstring), mixed
//! freely with ordinary methods, which are kept as written. pyo3 takes one
//! `#[pymethods]` block per class (without its `multiple-pymethods` feature), so the
//! macro writes the whole block.

/// `PartialEq`, `Eq` and `Hash` by identity, through the class's `key()`; the hash
/// mixes in the class name, so equal keys of two classes hash apart.
///
/// - `identity!(X by index)`: an item, the same item (index) of the same corpus (text
///   arena).
/// - `identity!(X by span)`: a mention or a hit, the same byte span of the same corpus.
/// - `identity!(X by value)`: `==` only, a value type by its fields.
/// - `identity!(X by value, hashed)`: `==` and `hash`, by all its fields.
/// - `identity!(X)`: with the class's own `key()`.
macro_rules! identity {
    ($ty:ident by index) => {
        impl $ty {
            /// The identity of an item: its corpus (text arena) and index.
            fn key(&self) -> (usize, usize) {
                let x = self.0.raw();
                ($crate::util::arena(x.text(), x.span().start), x.index())
            }
        }
        $crate::shared::identity!($ty);
    };
    ($ty:ident by span) => {
        impl $ty {
            /// The identity of a span of text: its corpus (text arena) and byte span.
            fn key(&self) -> (usize, usize, usize) {
                let span = self.0.raw().span();
                (
                    $crate::util::arena(self.0.raw().text(), span.start),
                    span.start,
                    span.end,
                )
            }
        }
        $crate::shared::identity!($ty);
    };
    ($ty:ident by value, hashed) => {
        impl $ty {
            /// The identity of a value: all its fields.
            fn key(&self) -> ::baokan::$ty<'_> {
                **self.0.raw()
            }
        }
        $crate::shared::identity!($ty);
    };
    ($ty:ident by value) => {
        impl PartialEq for $ty {
            fn eq(&self, other: &Self) -> bool {
                **self.0.raw() == **other.0.raw()
            }
        }
    };
    ($ty:ident) => {
        impl PartialEq for $ty {
            fn eq(&self, other: &Self) -> bool {
                self.key() == other.key()
            }
        }

        impl Eq for $ty {}

        impl ::std::hash::Hash for $ty {
            fn hash<H: ::std::hash::Hasher>(&self, state: &mut H) {
                ::std::hash::Hash::hash(stringify!($ty), state);
                ::std::hash::Hash::hash(&self.key(), state);
            }
        }
    };
}

/// A class's `#[pymethods] impl` block: `methods! { impl X { ... } }`.
///
/// The body holds ordinary methods (kept as written) and one-line getters of the
/// held view `x = self.0.get()?` (which raises `ClosedError` once the corpus is
/// closed), each after its doc comment:
///
/// | line | getter |
/// | --- | --- |
/// | `get name -> T;` | `x.name()` |
/// | `get name of f -> T;` | `x.f.name()` |
/// | `field name -> T;` | `x.name` |
/// | `wrap name -> C;` (`of f` as for `get`) | a `C` holding `x.name()` |
/// | `wrap name -> Option<C>;` | the same, or None |
/// | `wrap name -> Vec<C>;` | one `C` per item of `x.name()` |
/// | `id;` | `id`: `x.id().to_string()` |
/// | `char_start;`, `char_end;` (`of f` too), `char_span;` | from `x.char_span()` |
/// | `to_dict;` | the method `to_dict()`: `x` as plain Python values |
///
/// Four lines write several, with their docstrings: `offsets;` (`char_start`,
/// `char_end`, `char_span`), `located;` (`paragraph`, `sentence`, `section` and
/// `article`, of a span of text), `iter children;` (`__iter__` over the list getter
/// `children`) and `all name -> Vec<C>;` (a `Corpus` getter: one `C` per item of
/// `c.name()`, collected without the GIL).
macro_rules! methods {
    (impl $ty:ident { $($body:tt)* }) => {
        $crate::shared::methods!(@ $ty [] $($body)*);
    };

    // All read: the block.
    (@ $ty:ident [$($done:tt)*]) => {
        #[::pyo3::pymethods]
        impl $ty {
            $($done)*
        }
    };

    // A method, as written (or as a line below wrote it).
    (@ $ty:ident [$($done:tt)*]
        $(#[$($a:tt)*])*
        fn $name:ident $(<$lt:lifetime>)? ($($args:tt)*) $(-> $ret:ty)? { $($body:tt)* }
        $($rest:tt)*
    ) => {
        $crate::shared::methods!(@ $ty [$($done)*
            $(#[$($a)*])*
            fn $name $(<$lt>)? ($($args)*) $(-> $ret)? { $($body)* }
        ] $($rest)*);
    };

    // Each line below writes its method in place of itself, for the arm above.
    (@ $ty:ident $done:tt
        $(#[$($a:tt)*])* get $name:ident $(of $f:ident)? -> $ret:ty; $($rest:tt)*
    ) => {
        $crate::shared::methods!(@ $ty $done $(#[$($a)*])* #[getter]
            fn $name(&self) -> ::pyo3::PyResult<$ret> {
                Ok(self.0.get()? $(.$f)? .$name())
            }
            $($rest)*);
    };

    (@ $ty:ident $done:tt $(#[$($a:tt)*])* field $name:ident -> $ret:ty; $($rest:tt)*) => {
        $crate::shared::methods!(@ $ty $done $(#[$($a)*])* #[getter]
            fn $name(&self) -> ::pyo3::PyResult<$ret> { Ok(self.0.get()?.$name) } $($rest)*);
    };

    (@ $ty:ident $done:tt
        $(#[$($a:tt)*])* wrap $name:ident -> Option<$c:path>; $($rest:tt)*
    ) => {
        $crate::shared::methods!(@ $ty $done $(#[$($a)*])* #[getter]
            fn $name(&self) -> ::pyo3::PyResult<Option<$c>> {
                let view = self.0.project_opt::<<$c as $crate::held::Class>::View>(|x, _| {
                    x.$name().map(Into::into)
                })?;
                Ok(view.map(<$c as $crate::held::Class>::new))
            }
            $($rest)*);
    };

    (@ $ty:ident $done:tt $(#[$($a:tt)*])* wrap $name:ident -> Vec<$c:path>; $($rest:tt)*) => {
        $crate::shared::methods!(@ $ty $done $(#[$($a)*])* #[getter]
            fn $name(&self) -> ::pyo3::PyResult<Vec<$c>> {
                let list = self.0.project::<<$c as $crate::held::Class>::List>(|x, _| {
                    x.$name().collect()
                })?;
                Ok(<$c as $crate::held::Class>::split(&list))
            }
            $($rest)*);
    };

    (@ $ty:ident $done:tt
        $(#[$($a:tt)*])* wrap $name:ident $(of $f:ident)? -> $c:path; $($rest:tt)*
    ) => {
        $crate::shared::methods!(@ $ty $done $(#[$($a)*])* #[getter]
            fn $name(&self) -> ::pyo3::PyResult<$c> {
                let view = self.0.project::<<$c as $crate::held::Class>::View>(|x, _| {
                    x $(.$f)? .$name().into()
                })?;
                Ok(<$c as $crate::held::Class>::new(view))
            }
            $($rest)*);
    };

    (@ $ty:ident $done:tt $(#[$($a:tt)*])* id; $($rest:tt)*) => {
        $crate::shared::methods!(@ $ty $done $(#[$($a)*])* #[getter]
            fn id(&self) -> ::pyo3::PyResult<String> { Ok(self.0.get()?.id().to_string()) }
            $($rest)*);
    };

    (@ $ty:ident $done:tt $(#[$($a:tt)*])* char_start $(of $f:ident)?; $($rest:tt)*) => {
        $crate::shared::methods!(@ $ty $done $(#[$($a)*])* #[getter]
            fn char_start(&self) -> ::pyo3::PyResult<usize> {
                Ok(self.0.get()? $(.$f)? .char_span().start)
            }
            $($rest)*);
    };

    (@ $ty:ident $done:tt $(#[$($a:tt)*])* char_end $(of $f:ident)?; $($rest:tt)*) => {
        $crate::shared::methods!(@ $ty $done $(#[$($a)*])* #[getter]
            fn char_end(&self) -> ::pyo3::PyResult<usize> {
                Ok(self.0.get()? $(.$f)? .char_span().end)
            }
            $($rest)*);
    };

    (@ $ty:ident $done:tt $(#[$($a:tt)*])* char_span; $($rest:tt)*) => {
        $crate::shared::methods!(@ $ty $done $(#[$($a)*])* #[getter]
            fn char_span(&self) -> ::pyo3::PyResult<(usize, usize)> {
                let s = self.0.get()?.char_span();
                Ok((s.start, s.end))
            }
            $($rest)*);
    };

    (@ $ty:ident $done:tt $(#[$($a:tt)*])* to_dict; $($rest:tt)*) => {
        $crate::shared::methods!(@ $ty $done $(#[$($a)*])*
            fn to_dict<'py>(
                &self,
                py: ::pyo3::Python<'py>,
            ) -> ::pyo3::PyResult<::pyo3::Bound<'py, ::pyo3::PyAny>> {
                Ok(::pythonize::pythonize(py, &**self.0.get()?)?)
            }
            $($rest)*);
    };

    (@ $ty:ident $done:tt iter $children:ident; $($rest:tt)*) => {
        $crate::shared::methods!(@ $ty $done
            fn __iter__(
                &self,
                py: ::pyo3::Python<'_>,
            ) -> ::pyo3::PyResult<::pyo3::Py<::pyo3::PyAny>> {
                let list = ::pyo3::types::PyList::new(py, self.$children()?)?;
                Ok(list.try_iter()?.into_any().unbind())
            }
            $($rest)*);
    };

    (@ $ty:ident $done:tt $(#[$($a:tt)*])* all $name:ident -> Vec<$c:path>; $($rest:tt)*) => {
        $crate::shared::methods!(@ $ty $done $(#[$($a)*])* #[getter]
            fn $name(&self, py: ::pyo3::Python<'_>) -> ::pyo3::PyResult<Vec<$c>> {
                let c = self.held()?;
                let list = py.detach(|| {
                    c.map::<<$c as $crate::held::Class>::List>(|c, _| c.$name().collect())
                });
                Ok(<$c as $crate::held::Class>::split(&list))
            }
            $($rest)*);
    };

    (@ $ty:ident $done:tt offsets; $($rest:tt)*) => {
        $crate::shared::methods!(@ $ty $done
            /// Char offset in Corpus.text where it begins.
            char_start;
            /// Char offset in Corpus.text one past its end.
            char_end;
            /// (char_start, char_end).
            char_span;
            $($rest)*);
    };

    (@ $ty:ident $done:tt located; $($rest:tt)*) => {
        $crate::shared::methods!(@ $ty $done
            /// The paragraph it is in.
            wrap paragraph -> $crate::items::Paragraph;
            /// The sentence it begins in.
            wrap sentence -> Option<$crate::items::Sentence>;
            /// The section it is in.
            wrap section -> $crate::items::Section;
            /// The article it is in.
            wrap article -> $crate::items::Article;
            $($rest)*);
    };
}

pub(crate) use {identity, methods};
