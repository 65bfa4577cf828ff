//! Helpers shared by the command line's tests: each test file uses some of them.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

use senda::guide::l10n::Isolation;
use senda::guide::Guide;

pub fn guide() -> Guide {
    Guide::builtin(Isolation::Off).unwrap()
}

/// Runs `senda` with a clean language environment and an empty data folder.
pub fn senda(args: &[&str]) -> Output {
    senda_env(args, &[])
}

pub fn senda_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let data = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_senda"));
    cmd.args(args).env_remove("LANGUAGE").env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
    cmd.env("SENDA_DATA_DIR", data.path());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

pub fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(out)))
}

/// Runs `senda` on a data folder from `cwd`, writing `input` to its standard input (the PIN
/// with `--pin-stdin`, for instance).
pub fn senda_fed(data: &Path, cwd: &Path, args: &[&str], input: &str) -> Output {
    use std::io::Write as _;
    let mut child = Command::new(env!("CARGO_BIN_EXE_senda"))
        .args(["--data-dir", data.to_str().unwrap(), "--lang", "en"])
        .args(args)
        .current_dir(cwd)
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// Copies `from` into `to`, folders included.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let dest = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &dest);
        } else {
            std::fs::copy(&path, &dest).unwrap();
        }
    }
}
