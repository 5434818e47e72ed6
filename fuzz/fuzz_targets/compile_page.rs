//! Arbitrary bytes as a page: compile, pack, reopen (the compiler's own output must
//! validate), walk everything, search substrings of the text, serialize.
#![no_main]

use baokan::Corpus;
use baokan_compile::{FileMeta, compile_bytes, pack};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let meta = FileMeta {
        date: baokan::Date::new(2022, 10, 9),
        source: Some("fuzz".to_string()),
        page: Some("1".to_string()),
        ..FileMeta::default()
    };
    let Ok(doc) = compile_bytes("fuzz.txt", data, &meta) else {
        return;
    };
    let bytes = match pack(&[doc]) {
        Ok(bytes) => bytes,
        // A page too large for u32 offsets is a legitimate error, not a bug.
        Err(_) => return,
    };
    let c = match Corpus::from_bytes(&bytes) {
        Ok(c) => c,
        Err(e) => panic!("the compiler wrote a pack its reader rejects: {e}"),
    };
    baokan_fuzz::walk(&c);
    let text = c.text();
    for needle in baokan_fuzz::substrings(text, data, 4) {
        baokan_fuzz::search(&c, needle);
        let n = c.count(needle);
        if let Ok(n) = n {
            // The index and a linear scan must agree on what they can both see.
            assert!(n <= text.len(), "count {n} exceeds the text length");
        }
    }
    baokan_fuzz::stats(&c);
    if text.len() < 4096 {
        baokan_fuzz::words(
            &c,
            baokan_fuzz::substrings(text, data, 1)
                .first()
                .copied()
                .unwrap_or("的"),
        );
    }
});
