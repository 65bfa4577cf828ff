//! How long the app waits for a person's records: opening the database file and reading one
//! profile's checklist, and building the whole profile screen in a language.
//! Run with `cargo bench --bench records`.

// Dates are written with their leading zeros, `date!(2026 - 11 - 01)`, as people read them.
#![allow(clippy::zero_prefixed_literal)]

use criterion::{criterion_group, criterion_main, Criterion};
use senda::guide::l10n::Isolation;
use senda::guide::Guide;
use senda::records::store::Store;
use senda::session::Session;

/// A date literal, as `date!(2026 - 03 - 27)`; checked when the tests compile.
macro_rules! date {
    ($y:literal - $m:literal - $d:literal) => {
        match chrono::NaiveDate::from_ymd_opt($y, $m, $d) {
            Some(date) => date,
            None => panic!("not a date"),
        }
    };
}

fn records(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let mut session = Session::open(dir.path(), Guide::builtin(Isolation::On).unwrap()).unwrap();
        let id = session.add_profile("Ana", 0).unwrap().id;
        session.set_date(id, "entered", Some("2026-11-01"), date!(2026 - 11 - 22)).unwrap();
        for item in ["tvrh-id", "tvrh-constancia", "comar-claim-id", "appeal-decision", "us-i589-form"] {
            session.set_item(id, item, "have", Some("original y copia")).unwrap();
        }
        session.add_own_item(id, "Carta de la iglesia").unwrap();
        id
    };
    let path = dir.path().join(senda::DATABASE_FILE);

    c.bench_function("open database and read a profile's checklist", |b| {
        b.iter(|| {
            let store = Store::open(&path).unwrap();
            let items = store.items(id).unwrap();
            let own = store.own_items(id).unwrap();
            std::hint::black_box((items, own))
        })
    });

    let session = Session::open(dir.path(), Guide::builtin(Isolation::On).unwrap()).unwrap();
    c.bench_function("profile screen (deadlines and checklist) in Spanish", |b| {
        b.iter(|| std::hint::black_box(session.profile(id, date!(2026 - 11 - 22)).unwrap()))
    });
}

/// What unlocking costs: Argon2id with the app's parameters, the price of every PIN guess.
fn unlock(c: &mut Criterion) {
    let mut group = c.benchmark_group("unlock");
    group.sample_size(10);
    group.bench_function("derive the database key from a PIN (Argon2id)", |b| {
        b.iter(|| std::hint::black_box(senda::safety::vault::derive_key("482913", [7u8; 16]).unwrap()))
    });
    // On a shared device: the PIN's Argon2id run, finding the space's file, opening it.
    let dir = tempfile::tempdir().unwrap();
    let secret;
    {
        let mut session = Session::open(dir.path(), Guide::builtin(Isolation::On).unwrap()).unwrap();
        session.share_device("583920", "583920").unwrap();
        session.create_space("794061", "794061").unwrap();
        secret = format!("{} 794061", session.pending_space_word().unwrap());
    }
    let mut session = Session::open(dir.path(), Guide::builtin(Isolation::On).unwrap()).unwrap();
    group.bench_function("open a shared device's space by its PIN", |b| {
        b.iter(|| {
            session.unlock(&secret, 0).unwrap();
            session.lock().unwrap();
        })
    });
    group.finish();
}

criterion_group!(benches, records, unlock);
criterion_main!(benches);
