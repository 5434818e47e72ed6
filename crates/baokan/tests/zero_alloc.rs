//! Opening the embedded corpus and walking all of it allocate nothing.
//!
//! This binary holds a single test, so its first call of `baokan::corpus()` is the
//! first in the process: the one that validates the pack.
// A global allocator must be declared with `unsafe impl GlobalAlloc`; this counting
// wrapper only forwards to `System`. The workspace denies unsafe code; this file alone
// allows it.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

use baokan::{Corpus, Item};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    // Only the measuring thread counts, so the test harness's own threads (output
    // capture, timers) cannot disturb the figure. A const-initialised `Cell` needs no
    // allocation and no destructor, so reading it inside the allocator is sound.
    static COUNTING: Cell<bool> = const { Cell::new(false) };
}

fn note() {
    if COUNTING.try_with(Cell::get).unwrap_or(false) {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
    }
}

// SAFETY: every method forwards to `System` with the caller's arguments unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note();
        // SAFETY: forwarded unchanged; the caller upholds `alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note();
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note();
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations made by `f` on this thread.
fn allocations<T>(f: impl FnOnce() -> T) -> (usize, T) {
    ALLOCATIONS.store(0, Ordering::SeqCst);
    COUNTING.with(|c| c.set(true));
    let out = f();
    COUNTING.with(|c| c.set(false));
    (ALLOCATIONS.load(Ordering::SeqCst), out)
}

/// Touches every accessor of every item; returns a checksum so nothing is optimised out.
fn walk(c: Corpus<'static>) -> usize {
    let mut n = 0usize;
    let mut touch = |s: &str| n = n.wrapping_add(black_box(s).len());
    touch(c.text());
    for f in c.files() {
        touch(f.name());
        touch(f.declared_source().unwrap_or_default());
        touch(f.page().unwrap_or_default());
        black_box((f.date(), f.lines(), f.index()));
    }
    for a in c.articles() {
        touch(a.text());
        touch(a.title().unwrap_or_default());
        touch(a.subtitle().unwrap_or_default());
        touch(a.byline().unwrap_or_default());
        if let Some(d) = a.dateline() {
            touch(d.text);
            touch(d.source.file);
            black_box((d.agency, d.place, d.month, d.day, d.date));
        }
        for m in [a.continued_from(), a.continued_to()].into_iter().flatten() {
            touch(m.marker);
            touch(m.page);
            black_box(m.source);
        }
        black_box((a.id(), a.span(), a.char_span(), a.source(), a.title_span()));
        black_box((a.date(), a.date_basis(), a.source_lines(), a.file().name()));
        for s in a.sections() {
            touch(s.text());
            touch(s.heading().unwrap_or_default());
            black_box((
                s.id(),
                s.span(),
                s.char_span(),
                s.source(),
                s.article().id(),
            ));
            for p in s.paragraphs() {
                touch(p.text());
                black_box((p.id(), p.kind(), p.span(), p.char_span(), p.source()));
                black_box((p.section().id(), p.article().id()));
                for j in p.joins() {
                    black_box(j);
                }
                for t in p.sentences() {
                    touch(t.text());
                    black_box((t.id(), t.end(), t.span(), t.char_span(), t.source()));
                    black_box((t.paragraph().id(), t.section().id(), t.article().id()));
                }
            }
        }
    }
    // The flat iterators and id lookups by literal ids.
    for t in c.sentences() {
        touch(t.text());
    }
    black_box((c.paragraphs().len(), c.sections().len(), c.stats()));
    for id in ["1", "1.2", "1.2.3", "1.2.3.1", "2.3.1.1"] {
        if let Ok(item) = c.find(id) {
            black_box(matches!(item, Item::Sentence(_)));
        }
    }
    touch(c.paragraph("2.1.1").map(|p| p.text()).unwrap_or_default());
    black_box(c.source_at(1000));
    n
}

#[test]
fn opening_and_walking_the_corpus_allocate_nothing() {
    // The first call validates the embedded pack (CRC, bounds, UTF-8, every record).
    let (first, c) = allocations(baokan::corpus);
    assert_eq!(first, 0, "the first corpus() (validation) allocated");
    assert_eq!(c.articles().len(), 2);

    // Later calls and a full walk of everything.
    let (n, total) = allocations(|| walk(baokan::corpus()));
    assert_eq!(n, 0, "corpus() plus a full walk allocated {n} times");
    assert!(total > c.text().len());

    // Opening the same bytes by hand validates again, still without allocating.
    let (n, opened) = allocations(|| Corpus::from_bytes(baokan::EMBEDDED_PACK).map(walk));
    assert_eq!(n, 0, "from_bytes plus a full walk allocated {n} times");
    assert!(opened.is_ok());

    // The counter works: an allocation on this thread is seen.
    let (n, v) = allocations(|| black_box(vec![1u8; 16]));
    assert!(n >= 1, "the counting allocator saw no allocation");
    drop(v);
}
