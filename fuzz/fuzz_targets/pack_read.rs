//! Fuzzes the reading and verification of a guide pack file: any bytes must be refused or
//! accepted without a panic and within the pack's size limits.
//! Run with `cargo +nightly fuzz run pack_read` from the repository's root.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = senda::packfile::read_archive(data);
    let _ = senda::packfile::verify(data, &[]);
});
