//! `ui/src/bindings.ts` is generated from the core's view models. This test fails when the
//! file and the Rust types disagree; `UPDATE_BINDINGS=1` rewrites the file instead.

#[test]
fn bindings() {
    let path = crate::repo_path("ui/src/bindings.ts");
    let generated = senda::views::bindings::typescript_bindings();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(committed == generated, "ui/src/bindings.ts is stale: run `UPDATE_BINDINGS=1 cargo test --test it bindings`");
}
