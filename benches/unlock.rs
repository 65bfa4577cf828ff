//! What one guess at a PIN or passphrase costs: one Argon2id run with the app's parameters
//! (64 MiB, 3 passes, one lane). This is the figure behind `vault::SECONDS_PER_GUESS` and
//! the times the safety screen shows: whoever copies the files pays it for every guess, on
//! every core they use. Run with `cargo bench --bench unlock`.

use criterion::{criterion_group, criterion_main, Criterion};

fn guess(c: &mut Criterion) {
    let mut group = c.benchmark_group("unlock");
    group.sample_size(20);
    group.bench_function("one guess: derive a database key from a PIN (Argon2id)", |b| {
        b.iter(|| std::hint::black_box(senda::safety::vault::derive_key("482913", [7u8; 16]).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, guess);
criterion_main!(benches);
