//! The command line's help in each language, and `senda deadline`'s date options, which come
//! from the guide's own date keys.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::copy_dir;
use senda::guide::l10n::Isolation;
use senda::guide::Guide;

/// Runs `senda` with a clean language environment, on the data folder `data`, from `cwd`.
fn senda_at(data: &Path, cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_senda"))
        .args(["--data-dir", data.to_str().unwrap()])
        .args(args)
        .current_dir(cwd)
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// `senda --help` and `senda deadline --help` in `lang`: every command, option and heading in
/// that language's words, the date options named by the guide's date keys, and no English
/// heading left by clap.
fn help_is_translated(lang: &str) {
    let data = tempfile::tempdir().unwrap();
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let l = guide.catalog().localizer(lang);
    let run = |args: &[&str]| {
        let mut all = vec!["--lang", lang];
        all.extend_from_slice(args);
        let out = senda_at(data.path(), data.path(), &all);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
        text(&out.stdout)
    };
    let help = run(&["--help"]);
    for id in [
        "cli-about",
        "cli-help-usage",
        "cli-help-heading-commands",
        "cli-help-heading-options",
        "cli-cmd-deadline",
        "cli-opt-json",
        "cli-opt-help",
    ] {
        assert!(help.contains(&l.text(id)), "{lang}: {id} missing from senda --help:\n{help}");
    }
    let deadline = run(&["deadline", "--help"]);
    for id in ["cli-cmd-deadline", "cli-help-heading-arguments", "cli-arg-deadline-kind", "cli-opt-statutory-only", "cli-opt-today"] {
        assert!(deadline.contains(&l.text(id)), "{lang}: {id} missing from senda deadline --help:\n{deadline}");
    }
    for key in ["entered", "could-apply", "notified", "filed", "tvrh-issued", "us-arrival"] {
        let label = &guide.content().date_keys.iter().find(|k| k.key == key).unwrap().label;
        assert!(deadline.contains(&format!("--{key} <DATE>")), "{lang}: --{key} missing:\n{deadline}");
        assert!(deadline.contains(&l.text(label)), "{lang}: the label of {key} missing:\n{deadline}");
    }
    for english in ["Options:", "Commands:", "Arguments:", "Usage:", "Print help"] {
        if lang != "en" {
            assert!(!help.contains(english) && !deadline.contains(english), "{lang}: {english:?} in the help");
        }
    }
}

#[test]
fn help_in_spanish() {
    help_is_translated("es");
}

#[test]
fn help_in_english() {
    help_is_translated("en");
}

#[test]
fn help_in_haitian_creole() {
    help_is_translated("ht");
}

#[test]
fn help_in_french() {
    help_is_translated("fr");
}

#[test]
fn help_in_portuguese() {
    help_is_translated("pt");
}

/// Regression: `senda deadline` took its date options from a list copied into the command
/// line, and panicked ("every date key has an option") on a pack whose deadline counts from a
/// key the list did not have. The options now come from the installed guide's date keys.
#[test]
fn deadline_counting_from_another_date_key_does_not_panic() {
    let work = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let (w, d) = (work.path(), data.path());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let pack = w.join("guide");
    for top in ["content", "locales"] {
        copy_dir(&root.join(top), &pack.join(top));
    }
    // The COMAR deadline counts from the day the claim was extended, a key no deadline of the
    // built-in guide counts from.
    let deadlines = pack.join("content/deadlines.toml");
    let toml = std::fs::read_to_string(&deadlines).unwrap();
    let edited = toml.replacen("kind = \"comar\"\nfrom = \"entered\"", "kind = \"comar\"\nfrom = \"extended\"", 1);
    assert_ne!(edited, toml, "the sample edits the COMAR deadline");
    std::fs::write(&deadlines, edited).unwrap();

    let run = |args: &[&str]| {
        let mut all = vec!["--lang", "en", "--today", "2026-11-22"];
        all.extend_from_slice(args);
        senda_at(d, w, &all)
    };
    let ok = |args: &[&str]| {
        let out = run(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
        out
    };
    ok(&["pack", "keygen", "--out", "staff"]);
    ok(&["pack", "build", "--out", "g.sendapack", "--version", "2", "--dir", pack.to_str().unwrap()]);
    ok(&["pack", "sign", "g.sendapack", "--key", "staff.key"]);
    ok(&["pack", "trust", "staff.pub", "--yes"]);
    ok(&["pack", "install", "g.sendapack"]);

    let out = run(&["deadline", "comar", "--could-apply", "2026-03-27"]);
    assert_eq!(out.status.code(), Some(2), "a usage error, not a panic: {}", text(&out.stderr));
    assert!(text(&out.stderr).contains("--extended"), "names the option to give: {}", text(&out.stderr));
    assert!(text(&ok(&["deadline", "--help"]).stdout).contains("--extended <DATE>"));
    let out = ok(&["--json", "deadline", "comar", "--extended", "2026-03-27"]);
    let view: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(view["from_key"], "extended", "{view}");
}
