//! The bytes a corpus reads, and the objects that keep them alive.
//!
//! A pack is held by an [`Arc`] of its [`Backing`]: the embedded pack, a memory-mapped
//! file or bytes copied from Python. Every Python object made from a corpus (the corpus
//! itself, items, hits, mentions, statistics) holds its crate view in a [`Held`]: a
//! [`Yoke`] whose cart is that `Arc`, so no view can outlive the bytes it points into,
//! and the bytes (the mapping) go when the last object that reads them goes. A `Held`
//! also shares its corpus's [`State`]: once the corpus is closed, [`Held::get`] raises
//! `ClosedError` for every object of it.

use std::marker::PhantomData;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use pyo3::prelude::*;
use yoke::{Yoke, Yokeable};

use crate::errors::{OrRaise, closed_error};

/// Where a pack's bytes live.
pub(crate) enum Backing {
    /// The embedded pack, a `static` of the crate.
    Embedded,
    /// A pack file, memory-mapped; unmapped when dropped.
    File(baokan::CorpusFile),
    /// Bytes copied from Python, validated once.
    Bytes(Yoke<baokan::Corpus<'static>, Box<[u8]>>),
    /// Several pack files, memory-mapped, read as one corpus ([`Held::corpora`]).
    Set(baokan::PackSet),
}

impl Backing {
    /// Bytes copied from Python, once they validate as a pack.
    pub(crate) fn bytes(bytes: Vec<u8>) -> Result<Backing, baokan::Error> {
        let view = Yoke::try_attach_to_cart(bytes.into_boxed_slice(), |b: &[u8]| {
            baokan::Corpus::from_bytes(b)
        })?;
        Ok(Backing::Bytes(view))
    }

    /// The corpus over these bytes (validated when the backing was made); of a set,
    /// its first pack (a set is read through [`Backing::corpora`]).
    fn corpus(&self) -> baokan::Corpus<'_> {
        match self {
            Backing::Embedded => baokan::corpus(),
            Backing::File(file) => file.corpus(),
            Backing::Bytes(bytes) => *bytes.get(),
            Backing::Set(set) => match set.files().first() {
                Some(file) => file.corpus(),
                None => baokan::corpus(),
            },
        }
    }

    /// The packs of a set as one corpus; any other backing is its own one pack.
    fn corpora(&self) -> baokan::Corpora<'_> {
        match self {
            Backing::Set(set) => set.corpora(),
            _ => baokan::Corpora::from(self.corpus()),
        }
    }
}

/// What every object of one opened corpus shares: whether it was closed.
#[derive(Default)]
pub(crate) struct State {
    closed: AtomicBool,
}

impl State {
    /// Marks the corpus and every object of it closed.
    pub(crate) fn close(&self) {
        self.closed.store(true, Ordering::Release);
    }

    pub(crate) fn is_closed(&self) -> bool {
        self.closed.load(Ordering::Acquire)
    }
}

/// A crate view `Y` kept together with the bytes it borrows and its corpus's state.
pub(crate) struct Held<Y: for<'a> Yokeable<'a>> {
    view: Yoke<Y, Arc<Backing>>,
    state: Arc<State>,
}

impl<Y: for<'a> Yokeable<'a>> Clone for Held<Y>
where
    for<'a> <Y as Yokeable<'a>>::Output: Clone,
{
    fn clone(&self) -> Self {
        Held {
            view: self.view.clone(),
            state: Arc::clone(&self.state),
        }
    }
}

impl Held<baokan::Corpus<'static>> {
    /// The corpus over `backing`, with a state of its own.
    pub(crate) fn corpus(backing: Backing) -> Self {
        Held {
            view: Yoke::attach_to_cart(Arc::new(backing), |b: &Backing| b.corpus()),
            state: Arc::default(),
        }
    }
}

impl Held<baokan::Corpora<'static>> {
    /// The packs of `set` as one corpus, with a state of their own.
    pub(crate) fn corpora(set: baokan::PackSet) -> Self {
        Held {
            view: Yoke::attach_to_cart(Arc::new(Backing::Set(set)), |b: &Backing| b.corpora()),
            state: Arc::default(),
        }
    }
}

impl<Y: for<'a> Yokeable<'a> + Sync> Held<Y> {
    /// One `C` per view of the list `f` makes from the view (a corpus, or several),
    /// made without the GIL.
    pub(crate) fn list<C: Class>(
        &self,
        py: Python<'_>,
        f: impl for<'a> FnOnce(
            &<Y as Yokeable<'a>>::Output,
            PhantomData<&'a ()>,
        ) -> <C::List as Yokeable<'a>>::Output
        + Send,
    ) -> Vec<C> {
        C::split(&py.detach(|| self.map::<C::List>(f)))
    }

    /// [`Held::list`] for a list the crate may refuse to make.
    pub(crate) fn try_list<C: Class>(
        &self,
        py: Python<'_>,
        f: impl for<'a> FnOnce(
            &<Y as Yokeable<'a>>::Output,
            PhantomData<&'a ()>,
        ) -> Result<<C::List as Yokeable<'a>>::Output, baokan::Error>
        + Send,
    ) -> PyResult<Vec<C>> {
        let list = py.detach(|| self.try_project::<C::List>(f))?.or_raise(py)?;
        Ok(C::split(&list))
    }
}

impl<Y: for<'a> Yokeable<'a>> Held<Y> {
    /// The corpus's shared state.
    pub(crate) fn state(&self) -> &Arc<State> {
        &self.state
    }

    /// The view, or `ClosedError` once its corpus is closed.
    pub(crate) fn get(&self) -> PyResult<&<Y as Yokeable<'_>>::Output> {
        if self.state.is_closed() {
            return Err(closed_error());
        }
        Ok(self.view.get())
    }

    /// The view even after close: for `==`, `hash` and `repr`, which must not raise.
    /// The bytes are still there, as this object holds them.
    pub(crate) fn raw(&self) -> &<Y as Yokeable<'_>>::Output {
        self.view.get()
    }

    /// A view derived from this one, over the same bytes. Raises `ClosedError` once the
    /// corpus is closed.
    pub(crate) fn project<P: for<'a> Yokeable<'a>>(
        &self,
        f: impl for<'a> FnOnce(
            &<Y as Yokeable<'a>>::Output,
            PhantomData<&'a ()>,
        ) -> <P as Yokeable<'a>>::Output,
    ) -> PyResult<Held<P>> {
        self.get()?;
        Ok(self.map(f))
    }

    /// [`Held::project`] for a derivation that may find nothing.
    pub(crate) fn project_opt<P: for<'a> Yokeable<'a>>(
        &self,
        f: impl for<'a> FnOnce(
            &<Y as Yokeable<'a>>::Output,
            PhantomData<&'a ()>,
        ) -> Option<<P as Yokeable<'a>>::Output>,
    ) -> PyResult<Option<Held<P>>> {
        self.get()?;
        Ok(self.try_map(|y, p| f(y, p).ok_or(())).ok())
    }

    /// [`Held::project`] for a derivation that can fail with a crate error.
    pub(crate) fn try_project<P: for<'a> Yokeable<'a>>(
        &self,
        f: impl for<'a> FnOnce(
            &<Y as Yokeable<'a>>::Output,
            PhantomData<&'a ()>,
        ) -> Result<<P as Yokeable<'a>>::Output, baokan::Error>,
    ) -> PyResult<Result<Held<P>, baokan::Error>> {
        self.get()?;
        Ok(self.try_map(f))
    }

    /// A fallible derivation, without the check.
    fn try_map<P: for<'a> Yokeable<'a>, E>(
        &self,
        f: impl for<'a> FnOnce(
            &<Y as Yokeable<'a>>::Output,
            PhantomData<&'a ()>,
        ) -> Result<<P as Yokeable<'a>>::Output, E>,
    ) -> Result<Held<P>, E> {
        let view = self.view.try_map_project_cloned(f)?;
        Ok(Held {
            view,
            state: Arc::clone(&self.state),
        })
    }

    /// [`Held::project`] without the check, for splitting a list already checked.
    pub(crate) fn map<P: for<'a> Yokeable<'a>>(
        &self,
        f: impl for<'a> FnOnce(
            &<Y as Yokeable<'a>>::Output,
            PhantomData<&'a ()>,
        ) -> <P as Yokeable<'a>>::Output,
    ) -> Held<P> {
        Held {
            view: self.view.map_project_cloned(|y, p| f(y, p)),
            state: Arc::clone(&self.state),
        }
    }
}

/// A Python class that wraps a held crate view, and the list of such views its
/// constructors project to before splitting.
pub(crate) trait Class: Sized {
    /// The view one object holds.
    type View: for<'a> Yokeable<'a> + Send + Sync;
    /// A list of views, as a crate call returns them.
    type List: for<'a> Yokeable<'a> + Send + Sync;
    /// The object for a held view.
    fn new(view: Held<Self::View>) -> Self;
    /// One object per view of a held list, each holding the same bytes.
    fn split(list: &Held<Self::List>) -> Vec<Self>;
}

/// Declares the held view and list of a class wrapping `baokan::$ty`, and its
/// [`Class`] impl: `held!(Paragraph: Paragraph, ParagraphView, Paragraphs)`.
macro_rules! held {
    ($class:ident: $ty:ident, $view:ident, $list:ident) => {
        #[doc = concat!("A `baokan::", stringify!($ty), "` as a Python object holds it.")]
        #[derive(::yoke::Yokeable, Clone, Copy)]
        pub(crate) struct $view<'a>(::baokan::$ty<'a>);

        impl<'a> ::std::ops::Deref for $view<'a> {
            type Target = ::baokan::$ty<'a>;
            fn deref(&self) -> &Self::Target {
                &self.0
            }
        }

        impl<'a> From<::baokan::$ty<'a>> for $view<'a> {
            fn from(x: ::baokan::$ty<'a>) -> Self {
                $view(x)
            }
        }

        #[doc = concat!("A list of `baokan::", stringify!($ty), "`, before it is split.")]
        #[derive(::yoke::Yokeable)]
        pub(crate) struct $list<'a>(Vec<::baokan::$ty<'a>>);

        impl<'a> FromIterator<::baokan::$ty<'a>> for $list<'a> {
            fn from_iter<I: IntoIterator<Item = ::baokan::$ty<'a>>>(it: I) -> Self {
                $list(it.into_iter().collect())
            }
        }

        impl $crate::held::Class for $class {
            type View = $view<'static>;
            type List = $list<'static>;

            fn new(view: $crate::held::Held<$view<'static>>) -> Self {
                $class(view)
            }

            fn split(list: &$crate::held::Held<$list<'static>>) -> Vec<Self> {
                (0..list.raw().0.len())
                    .map(|i| $class(list.map(move |l: &$list<'_>, _| $view(l.0[i]))))
                    .collect()
            }
        }
    };
}

pub(crate) use held;
