//! How long a search over the whole guide takes, once the index is built (it is built on the
//! first search). Run with `cargo bench --bench search`; `scripts/percentiles` reads the
//! samples criterion saves and prints p50 and p95 per query.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use senda::guide::l10n::Isolation;
use senda::guide::Guide;

const QUERIES: &[(&str, &str)] = &[
    ("es", "tramite"),
    ("en", "10888"),
    ("ht", "COMAR"),
    ("fr", "carte de visiteur"),
    ("pt", "prazo"),
    ("es", "días hábiles apelación"),
    ("ht", "solicitud"), // falls back to Spanish
    ("en", "zzzz"),      // nothing anywhere
];

fn search(c: &mut Criterion) {
    let guide = Guide::builtin(Isolation::On).unwrap();
    c.bench_function("build the search index (first search)", |b| {
        b.iter_batched(|| Guide::builtin(Isolation::On).unwrap(), |g| g.search("asilo", "es").unwrap(), criterion::BatchSize::PerIteration)
    });
    guide.search("warm", "es").unwrap();
    let mut group = c.benchmark_group("search");
    for (lang, query) in QUERIES {
        group.bench_with_input(BenchmarkId::new(*lang, query), query, |b, q| {
            b.iter(|| std::hint::black_box(guide.search(q, lang).unwrap()))
        });
    }
    group.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
