//! The baokan pack format: one versioned binary file that holds a compiled corpus.
//!
//! A pack is a 32-byte header, a directory of tables, and the tables themselves:
//! two UTF-8 arenas (the corpus text and a name pool) and fixed-width tables of
//! little-endian `u32` records. Items are spans into the arenas, so a reader hands
//! out `&str` slices of the pack bytes and never copies text.
//!
//! This crate knows the layout and its invariants; it knows nothing of Chinese text.
//! [`PackWriter`] writes packs deterministically. [`Pack::parse`] opens untrusted bytes
//! in time independent of their size (header and directory only); every accessor then
//! checks what it reads and never panics, and [`Pack::verify`] checks the whole pack
//! (every table's checksum and every record's invariants).
//!
//! ```
//! use baokan_pack::{Pack, PackWriter, records::FileRec};
//!
//! let mut w = PackWriter::new();
//! let name = w.push_name("page.txt");
//! w.files.push(FileRec { name_start: name.0, name_end: name.1, ..FileRec::default() });
//! let bytes = w.finish();
//!
//! let pack = Pack::parse(&bytes)?;
//! pack.verify()?;
//! assert_eq!(pack.files().len(), 1);
//! assert_eq!(pack.name(pack.files().get(0).name_start, pack.files().get(0).name_end), "page.txt");
//! # Ok::<(), baokan_pack::PackError>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod collation;
mod date;
mod error;
pub mod format;
pub mod keys;
pub mod lcps;
mod reader;
pub mod records;
mod validate;
pub mod vocab;
mod writer;

pub use date::{BadDate, Date};
pub use error::PackError;
pub use format::{FORMAT_VERSION, MAGIC, NONE};
pub use reader::{DirEntry, Pack, Table};
pub use records::Record;
pub use writer::{PackStream, PackWriter};
