//! How fast hostile pack files are refused, in a release build. The goal: the archive of
//! 65,533 directory entries and some 600,000 end records, as large as a pack may be (which
//! once kept the zip reader busy for hours), is refused in well under one second.
//! Run with `cargo bench --bench hostile`; `scripts/percentiles` prints p50 and p95.

use criterion::{criterion_group, criterion_main, Criterion};
use senda::packs::packfile;

#[path = "../tests/support/hostile.rs"]
mod hostile;

fn hostile(c: &mut Criterion) {
    let (secret, public) = packfile::keygen().unwrap();
    let key = packfile::parse_public_key(&public).unwrap();
    let files = senda::guide::pack::PackFiles::builtin();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let manifest = packfile::manifest_for(&files, 2, day, day, day, vec!["es".into()]);
    let signed = packfile::sign(&packfile::build(&files, &manifest), &secret).unwrap();

    let many_ends = hostile::many_end_records();
    assert!(packfile::verify(&many_ends, std::slice::from_ref(&key)).is_err());
    c.bench_function("refuse the archive of many end records (16 MiB)", |b| {
        b.iter(|| packfile::verify(std::hint::black_box(&many_ends), std::slice::from_ref(&key)).unwrap_err())
    });

    let aaaa = hostile::short_global_signature(&signed);
    assert!(packfile::verify(&aaaa, std::slice::from_ref(&key)).is_err());
    c.bench_function("refuse the pack whose signature ends in AAAA", |b| {
        b.iter(|| packfile::verify(std::hint::black_box(&aaaa), std::slice::from_ref(&key)).unwrap_err())
    });

    c.bench_function("verify a real signed pack (for comparison)", |b| {
        b.iter(|| packfile::verify(std::hint::black_box(&signed), std::slice::from_ref(&key)).unwrap())
    });
}

criterion_group!(benches, hostile);
criterion_main!(benches);
