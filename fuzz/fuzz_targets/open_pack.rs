//! Arbitrary bytes as a pack: open (header and directory only), and if it opens, walk
//! everything (mentions included; every lazy check), search, find repeats, serialize,
//! then verify the whole pack.
#![no_main]

use baokan::Corpus;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(c) = Corpus::from_bytes(data) else {
        return;
    };
    baokan_fuzz::walk(&c);
    for needle in baokan_fuzz::substrings(c.text(), &data[data.len().saturating_sub(8)..], 3) {
        baokan_fuzz::search(&c, needle);
    }
    let _ = c.repeats(4, 2);
    baokan_fuzz::stats(&c);
    let _ = c.verify();
});
