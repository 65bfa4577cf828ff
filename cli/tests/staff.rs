//! The command line run as a real process, for staff: guide packs from building to rollback,
//! the PIN and shared devices from standard input, hostile pack files, the share kit.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{guide, json, senda, senda_fed, stderr, stdout};
use senda::base::text::Msg;

/// Runs `senda` with a data folder and a working folder of its own.
fn senda_at(data: &Path, cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_senda"))
        .args(["--data-dir", data.to_str().unwrap(), "--today", "2026-11-22", "--lang", "en"])
        .args(args)
        .current_dir(cwd)
        .env_remove("LANG")
        .output()
        .unwrap()
}

#[test]
fn packs_from_build_to_rollback_on_the_command_line() {
    let work = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let (w, d) = (work.path(), data.path());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let run = |args: &[&str]| senda_at(d, w, args);
    let ok = |args: &[&str]| {
        let out = run(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        out
    };
    let version = || json(&run(&["--json", "pack", "info"]))["version"].as_u64().unwrap();

    ok(&["pack", "keygen", "--out", "staff"]);
    ok(&["pack", "keygen", "--out", "stranger"]);
    // The built-in guide is version 1: packs start at 2.
    for n in ["2", "3"] {
        ok(&["pack", "build", "--out", &format!("g{n}.sendapack"), "--version", n, "--dir", root.to_str().unwrap()]);
        ok(&["pack", "sign", &format!("g{n}.sendapack"), "--key", "staff.key"]);
    }
    assert_eq!(run(&["pack", "verify", "g2.sendapack"]).status.code(), Some(1), "not trusted yet");
    assert_eq!(run(&["pack", "install", "g2.sendapack"]).status.code(), Some(1), "not trusted yet");
    assert_eq!(run(&["pack", "trust", "staff.pub"]).status.code(), Some(1), "no confirmation, no trust");
    ok(&["pack", "trust", "staff.pub", "--yes"]);
    let v = json(&ok(&["--json", "pack", "verify", "g2.sendapack"]));
    assert_eq!(v["version"], 2);

    // The same pack with one byte changed is refused by verify and install.
    let mut bad = std::fs::read(w.join("g2.sendapack")).unwrap();
    let at = bad.len() / 3;
    bad[at] ^= 0x01;
    std::fs::write(w.join("bad.sendapack"), bad).unwrap();
    assert_eq!(run(&["pack", "verify", "bad.sendapack"]).status.code(), Some(1));
    assert_eq!(run(&["pack", "install", "bad.sendapack"]).status.code(), Some(1));
    assert_eq!(version(), 1, "still the built-in guide");

    ok(&["pack", "install", "g2.sendapack"]);
    assert_eq!(version(), 2);
    ok(&["pack", "install", "g3.sendapack"]);
    assert_eq!(version(), 3);
    let out = run(&["--json", "pack", "install", "g2.sendapack"]);
    assert_eq!(out.status.code(), Some(1), "older than the installed one");
    let err: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["error"]["id"], "error-pack-not-newer-than-seen");
    let info = json(&run(&["--json", "pack", "info"]));
    assert_eq!(info["signer"], std::fs::read_to_string(w.join("staff.pub")).unwrap().lines().nth(1).unwrap());
    assert!(info["built"].is_string() && info["checked"].is_string());

    ok(&["pack", "export", "shared.sendapack"]);
    assert_eq!(std::fs::read(w.join("shared.sendapack")).unwrap(), std::fs::read(w.join("g3.sendapack")).unwrap());
    ok(&["pack", "rollback"]);
    assert_eq!(version(), 2, "back to version 2");

    // A pack signed by a key nobody trusted is refused.
    ok(&["pack", "build", "--out", "s.sendapack", "--version", "9", "--dir", root.to_str().unwrap()]);
    ok(&["pack", "sign", "s.sendapack", "--key", "stranger.key"]);
    let out = run(&["--json", "pack", "install", "s.sendapack"]);
    let err: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["error"]["id"], "error-pack-unknown-signer");
}

#[test]
fn trusting_a_key_needs_the_pin_where_one_is_set() {
    let work = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let (w, d) = (work.path(), data.path());
    let run = |args: &[&str], stdin: &str| senda_fed(d, w, args, stdin);
    assert_eq!(run(&["pack", "keygen", "--out", "staff"], "").status.code(), Some(0));
    assert_eq!(run(&["profile", "add", "Ana"], "").status.code(), Some(0));
    assert_eq!(run(&["--pin-stdin", "pin", "set"], "902417\n").status.code(), Some(0));
    let wrong = run(&["--pin-stdin", "pack", "trust", "staff.pub", "--yes"], "000000\n");
    assert_eq!(wrong.status.code(), Some(1), "{}", stderr(&wrong));
    assert!(!d.join("trusted-keys").exists(), "nothing trusted with a wrong PIN");
    assert_eq!(run(&["--pin-stdin", "pack", "trust", "staff.pub", "--yes"], "902417\n").status.code(), Some(0));
    assert!(d.join("trusted-keys").exists());
}

#[test]
fn a_chosen_number_of_wrong_pins_wipes_everything() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let run = |args: &[&str], stdin: &str| senda_fed(d, d, &[&["--pin-stdin"], args].concat(), stdin);
    assert_eq!(run(&["profile", "add", "Ana"], "").status.code(), Some(0));
    assert_eq!(run(&["pin", "set"], "4821\n").status.code(), Some(1), "a PIN of 4 digits is refused");
    let set = run(&["pin", "set"], "902417\n");
    assert_eq!(set.status.code(), Some(0));
    assert!(stdout(&set).contains("every PIN of 6 digits"), "how strong it is: {}", stdout(&set));
    assert_eq!(run(&["pin", "wipe-after", "2"], "902417\n").status.code(), Some(0));
    for _ in 0..2 {
        assert_eq!(run(&["profile", "list"], "000000\n").status.code(), Some(1));
    }
    let after = run(&["--json", "profile", "list"], "");
    assert_eq!(after.status.code(), Some(0), "no PIN any more: {}", stderr(&after));
    assert!(json(&after)["profiles"].as_array().unwrap().is_empty(), "everything was wiped");
}

#[test]
fn a_shared_device_opens_the_space_each_secret_names() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let run = |args: &[&str], stdin: &str| senda_fed(d, d, &[&["--pin-stdin"], args].concat(), stdin);
    let names = |secret: &str| {
        let out = run(&["--json", "profile", "list"], &format!("{secret}\n"));
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        json(&out)["profiles"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap().to_string()).collect::<Vec<_>>()
    };
    // The device's word for the space just made, and the notice that shows it once.
    let made = |args: &[&str], pin: &str| {
        let out = run(&[&["--json"], args].concat(), &format!("{pin}\n{pin}\n"));
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let answer = json(&out);
        let word = answer["space_word"].as_str().unwrap().to_string();
        let notice = answer["notice"].as_array().unwrap();
        assert!(notice[0].as_str().unwrap().contains(&word) && notice[1].as_str().unwrap().contains("100 computers"), "{answer}");
        format!("{word} {pin}")
    };
    assert_eq!(run(&["profile", "add", "Ana"], "").status.code(), Some(0));
    let mismatch = run(&["share"], "583920\n583921\n");
    assert_eq!(mismatch.status.code(), Some(1));
    assert!(stderr(&mismatch).contains("not the same"), "{}", stderr(&mismatch));
    let common = run(&["share"], "123456\n123456\n");
    assert!(stderr(&common).contains("too easy to guess"), "{}", stderr(&common));
    let ana = made(&["share"], "583920");
    let luis = made(&["space", "new"], "794061");
    assert_eq!(run(&["profile", "add", "Luis"], &format!("{luis}\n")).status.code(), Some(0));
    // The same PIN again makes another space, with another word: nothing says it was used.
    let again = made(&["space", "new"], "583920");
    assert_ne!(again, ana);
    assert_eq!(names(&again), Vec::<String>::new());
    assert_eq!(names(&ana), ["Ana"]);
    assert_eq!(names(&luis), ["Luis"]);
    // The wipe asks for the secret on a shared device and deletes only that space.
    assert_eq!(run(&["wipe", "--yes"], &format!("{luis}\n")).status.code(), Some(0));
    assert_eq!(run(&["profile", "list"], &format!("{luis}\n")).status.code(), Some(1));
    assert_eq!(names(&ana), ["Ana"]);
}

#[path = "../../tests/support/hostile.rs"]
mod hostile;

/// Regression: `senda pack verify` on a signed pack whose signature file's last line was
/// replaced by `AAAA` panicked inside minisign (exit 101). That pack, the archive of 600,000
/// end records (which kept the zip reader busy for hours) and a file of a terabyte are each
/// refused with exit 1 and a message in the reader's language.
#[test]
fn hostile_pack_files_fail_with_exit_1_and_a_translated_message() {
    let work = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let (w, d) = (work.path(), data.path());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let run = |lang: &str, args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_senda"))
            .args(["--data-dir", d.to_str().unwrap(), "--lang", lang])
            .args(args)
            .current_dir(w)
            .env_remove("LANG")
            .output()
            .unwrap()
    };
    for args in [
        &["pack", "keygen", "--out", "staff"][..],
        &["pack", "build", "--out", "g.sendapack", "--version", "2", "--dir", root.to_str().unwrap()],
        &["pack", "sign", "g.sendapack", "--key", "staff.key"],
        &["pack", "trust", "staff.pub", "--yes"],
    ] {
        assert_eq!(run("en", args).status.code(), Some(0), "{args:?}");
    }
    let signed = std::fs::read(w.join("g.sendapack")).unwrap();
    std::fs::write(w.join("aaaa.sendapack"), hostile::short_global_signature(&signed)).unwrap();
    std::fs::write(w.join("ends.sendapack"), hostile::many_end_records()).unwrap();
    std::fs::File::create(w.join("huge.sendapack")).unwrap().set_len(1 << 40).unwrap();

    let too_large = senda::base::incoming::too_large(senda::packs::packfile::MAX_PACK_BYTES);
    for (file, msg) in [
        ("aaaa.sendapack", Msg::new("error-pack-tampered")),
        ("ends.sendapack", Msg::new("error-pack-not-a-pack")),
        ("huge.sendapack", too_large),
    ] {
        for command in ["verify", "install"] {
            let out = run("en", &["--json", "pack", command, file]);
            assert_eq!(out.status.code(), Some(1), "{command} {file}: {}", stderr(&out));
            let err: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
            assert_eq!(err["error"]["id"], msg.id, "{command} {file}");
            for lang in ["ht", "pt"] {
                let out = run(lang, &["pack", command, file]);
                assert_eq!(out.status.code(), Some(1), "{command} {file}");
                let expected = format!("senda: {}\n", guide().catalog().localizer(lang).msg(&msg));
                assert!(stderr(&out).starts_with(&expected), "{lang} {command} {file}: {}", stderr(&out));
            }
        }
    }
    assert_eq!(run("en", &["--json", "pack", "info"]).status.code(), Some(0));
    assert_eq!(json(&run("en", &["--json", "pack", "info"]))["version"], 1, "nothing installed");

    // A backup of a terabyte is refused the same way, before the passphrase is asked for.
    std::fs::File::create(w.join("huge.age")).unwrap().set_len(1 << 40).unwrap();
    let out = run("en", &["--json", "backup", "import", "huge.age", "--yes"]);
    assert_eq!(out.status.code(), Some(1));
    let err: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["error"]["id"], "error-file-too-large");
}

/// Planted in the person's data; the copy to pass on must not hold it.
const PERSONAL_WORD: &str = "Tlahuizcalpan";

#[test]
fn share_kit_writes_a_checked_folder_with_nothing_personal() {
    let work = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let (w, d) = (work.path(), data.path());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let ok = |data: &Path, args: &[&str]| {
        let out = senda_at(data, w, args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        out
    };
    ok(d, &["pack", "keygen", "--out", "staff"]);
    ok(d, &["pack", "build", "--out", "g.sendapack", "--version", "3", "--dir", root.to_str().unwrap()]);
    ok(d, &["pack", "sign", "g.sendapack", "--key", "staff.key"]);
    ok(d, &["pack", "trust", "staff.pub", "--yes"]);
    ok(d, &["pack", "install", "g.sendapack"]);
    ok(d, &["profile", "add", &format!("Ana {PERSONAL_WORD}")]);
    ok(d, &["checklist", "set", "tvrh-id", "have", "--note", &format!("nota {PERSONAL_WORD}")]);
    ok(d, &["checklist", "add", &format!("carta {PERSONAL_WORD}")]);

    let out = ok(d, &["share-kit", "--out", "kit"]);
    let text = stdout(&out);
    let guide = guide();
    let en = guide.catalog().localizer("en");
    let kit = w.join("kit");
    assert!(text.contains(&en.msg(&Msg::new("sharekit-written").arg("path", "kit"))), "{text}");
    // Run from a source build, it says plainly that it has no installer.
    assert!(text.contains(&en.text("sharekit-no-installer-source")), "{text}");
    let sums = std::fs::read_to_string(kit.join("SHA256SUMS")).unwrap();
    let mut listed = Vec::new();
    for line in sums.lines() {
        let (hash, name) = line.split_once("  ").unwrap();
        assert_eq!(senda::packs::sharekit::sha256_hex(&std::fs::read(kit.join(name)).unwrap()), hash, "{name}");
        assert!(text.contains(&format!("{hash}  {name}")), "{text}");
        listed.push(name.to_string());
    }
    let key_id = senda::packs::packfile::key_id(
        senda::packs::packfile::parse_public_key(&std::fs::read_to_string(w.join("staff.pub")).unwrap()).unwrap().keynum(),
    );
    assert_eq!(listed, ["senda-guide-3.sendapack".to_string(), format!("keys/{key_id}.pub")]);
    let readme = std::fs::read_to_string(kit.join("README.txt")).unwrap();
    let es = guide.catalog().localizer("es");
    assert!(readme.contains(&en.text("sharekit-no-installer-source")) && readme.contains(&es.text("sharekit-no-installer-source")));

    // Nothing personal in any file of the kit (the pack is a stored archive: words stay readable).
    let mut files = vec![kit.join("README.txt"), kit.join("SHA256SUMS")];
    files.extend(listed.iter().map(|n| kit.join(n)));
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        assert!(!bytes.windows(PERSONAL_WORD.len()).any(|win| win == PERSONAL_WORD.as_bytes()), "{}", file.display());
    }

    // The kit's pack installs on a fresh data folder once the kit's key is trusted.
    let fresh = tempfile::tempdir().unwrap();
    ok(fresh.path(), &["pack", "trust", &format!("kit/keys/{key_id}.pub"), "--yes"]);
    ok(fresh.path(), &["pack", "install", "kit/senda-guide-3.sendapack"]);
    assert_eq!(json(&ok(fresh.path(), &["--json", "pack", "info"]))["version"], 3);

    // The same folder again: refused, and the kit is left as it was.
    let out = senda_at(d, w, &["--json", "share-kit", "--out", "kit"]);
    assert_eq!(out.status.code(), Some(1));
    let err: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["error"]["id"], "error-sharekit-not-empty");
    assert_eq!(std::fs::read_to_string(kit.join("SHA256SUMS")).unwrap(), sums);
}

#[test]
fn share_kit_as_json_and_in_the_help() {
    let work = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let out = senda_at(data.path(), work.path(), &["--json", "share-kit", "--out", "k"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["has_installer"], false);
    assert_eq!(v["pack_version"], serde_json::Value::Null, "the built-in guide needs no file");
    assert_eq!(v["files"].as_array().unwrap().len(), 1, "only SHA256SUMS");
    let help = stdout(&senda(&["--lang", "ht", "--help"]));
    assert!(help.contains("share-kit") && help.contains(&guide().catalog().localizer("ht").text("cli-cmd-share-kit")), "{help}");
    let out = senda(&["share-kit"]);
    assert_eq!(out.status.code(), Some(2), "--out is required");
}
