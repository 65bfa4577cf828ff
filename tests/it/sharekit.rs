//! The copy to pass on: the Debian package rebuilt from an installed system's files (a root
//! made by the test, with dpkg's records), checked by the real `dpkg-deb`; the share kit's
//! files, their SHA-256 list, the bilingual README, the absence of anything personal, and its
//! pack installing on a fresh data folder.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use md5::{Digest, Md5};
use senda::base::text::Localized;
use senda::guide::l10n::Isolation;
use senda::guide::pack::PackFiles;
use senda::guide::Guide;
use senda::packs::installer::{self, Installer, Unavailable};
use senda::packs::packfile;
use senda::packs::sharekit::{self, ShareKitError};
use senda::packs::updates::Updates;
use senda::session::Session;

use crate::safety::word_on_disk;

const TODAY: chrono::NaiveDate = date!(2026 - 11 - 30);
const NOW: i64 = 1_796_000_000;
/// Planted in the person's profile, note and own item; must be in no file of the kit.
const WORD: &str = "Xochicalcoatl";

/// The installed package's files: path, bytes, mode.
const FILES: &[(&str, &[u8], u32)] = &[
    ("usr/bin/senda", b"#!/bin/sh\necho senda\n", 0o755),
    ("usr/bin/senda-app", b"#!/bin/sh\necho app\n", 0o755),
    ("usr/share/applications/Senda.desktop", b"[Desktop Entry]\nName=Senda\n", 0o644),
    ("usr/share/doc/senda/copyright", b"Files: *\nLicense: AGPL-3.0-or-later\n", 0o644),
];
const DIRS: &[&str] = &["usr", "usr/bin", "usr/share", "usr/share/applications", "usr/share/doc", "usr/share/doc/senda"];

fn md5_hex(bytes: &[u8]) -> String {
    Md5::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// A root with Senda installed as dpkg records it: the files, `status`, `senda.list` and
/// `senda.md5sums`.
fn installed_root() -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    for dir in DIRS {
        std::fs::create_dir_all(root.path().join(dir)).unwrap();
    }
    for (path, bytes, mode) in FILES {
        let file = root.path().join(path);
        std::fs::write(&file, bytes).unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(*mode)).unwrap();
    }
    let info = root.path().join("var/lib/dpkg/info");
    std::fs::create_dir_all(&info).unwrap();
    let mut list = String::from("/.\n");
    for path in DIRS.iter().chain(FILES.iter().map(|(p, _, _)| p)) {
        list.push_str(&format!("/{path}\n"));
    }
    std::fs::write(info.join("senda.list"), list).unwrap();
    let sums: String = FILES.iter().map(|(p, bytes, _)| format!("{}  {p}\n", md5_hex(bytes))).collect();
    std::fs::write(info.join("senda.md5sums"), sums).unwrap();
    let status = "Package: another\nStatus: install ok installed\nVersion: 1\n\n\
        Package: senda\nStatus: install ok installed\nPriority: optional\nSection: misc\nInstalled-Size: 12\n\
        Maintainer: Senda maintainers <maintainers@senda.invalid>\nArchitecture: amd64\nVersion: 0.1.0\n\
        Depends: libc6 (>= 2.34), libwebkit2gtk-4.1-0 (>= 2.41.90)\nDescription: Offline guide\n Two lines.\n .\n And a third.\n";
    std::fs::write(root.path().join("var/lib/dpkg/status"), status).unwrap();
    root
}

fn exe(root: &Path) -> PathBuf {
    root.join("usr/bin/senda")
}

fn package(root: &Path) -> (String, Vec<u8>) {
    match installer::find(&exe(root)) {
        Installer::Package { file_name, bytes } => (file_name, bytes),
        other => panic!("no package: {other:?}"),
    }
}

fn dpkg_deb(args: &[&str]) -> String {
    let out = Command::new("dpkg-deb").args(args).output().expect("dpkg-deb runs (Debian's package tools)");
    assert!(out.status.success(), "dpkg-deb {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_installed_package_is_rebuilt_whole_and_dpkg_reads_it() {
    let root = installed_root();
    let (name, bytes) = package(root.path());
    assert_eq!(name, "senda_0.1.0_amd64.deb");
    let tmp = tempfile::tempdir().unwrap();
    let deb = tmp.path().join(&name);
    std::fs::write(&deb, &bytes).unwrap();
    let deb = deb.to_str().unwrap();
    assert_eq!(dpkg_deb(&["--field", deb, "Package", "Version", "Architecture"]), "Package: senda\nVersion: 0.1.0\nArchitecture: amd64\n");
    assert_eq!(dpkg_deb(&["--field", deb, "Depends"]).trim(), "libc6 (>= 2.34), libwebkit2gtk-4.1-0 (>= 2.41.90)");
    assert_eq!(dpkg_deb(&["--field", deb, "Description"]), "Offline guide\n Two lines.\n .\n And a third.\n");
    // dpkg's own state is not part of a package.
    assert_eq!(dpkg_deb(&["--field", deb, "Status"]).trim(), "");

    let control = tmp.path().join("control");
    dpkg_deb(&["--control", deb, control.to_str().unwrap()]);
    let shipped_sums = std::fs::read_to_string(root.path().join("var/lib/dpkg/info/senda.md5sums")).unwrap();
    assert_eq!(std::fs::read_to_string(control.join("md5sums")).unwrap(), shipped_sums);

    let data = tmp.path().join("data");
    dpkg_deb(&["--extract", deb, data.to_str().unwrap()]);
    for (path, content, mode) in FILES {
        let file = data.join(path);
        assert_eq!(std::fs::read(&file).unwrap(), *content, "{path}");
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o7777, *mode, "{path}");
    }
    let listing = dpkg_deb(&["--contents", deb]);
    assert!(listing.lines().all(|l| l.contains(" root/root ")), "{listing}");
    assert_eq!(listing.lines().count(), 1 + DIRS.len() + FILES.len(), "{listing}");
}

#[test]
fn a_long_path_is_kept_whole() {
    // Names over 100 bytes use the tar header's prefix field.
    let root = installed_root();
    let long = format!("usr/share/icons/hicolor/{}/apps", "x".repeat(90));
    std::fs::create_dir_all(root.path().join(&long)).unwrap();
    let file = format!("{long}/senda-app.png");
    std::fs::write(root.path().join(&file), b"png").unwrap();
    let info = root.path().join("var/lib/dpkg/info");
    let mut list = std::fs::read_to_string(info.join("senda.list")).unwrap();
    list.push_str(&format!("/usr/share/icons\n/usr/share/icons/hicolor\n/usr/share/icons/hicolor/{}\n/{long}\n/{file}\n", "x".repeat(90)));
    std::fs::write(info.join("senda.list"), list).unwrap();
    let (name, bytes) = package(root.path());
    let tmp = tempfile::tempdir().unwrap();
    let deb = tmp.path().join(name);
    std::fs::write(&deb, bytes).unwrap();
    let data = tmp.path().join("data");
    dpkg_deb(&["--extract", deb.to_str().unwrap(), data.to_str().unwrap()]);
    assert_eq!(std::fs::read(data.join(&file)).unwrap(), b"png");
}

#[test]
fn a_changed_or_missing_installed_file_is_not_passed_on() {
    let root = installed_root();
    std::fs::write(root.path().join("usr/bin/senda-app"), b"#!/bin/sh\necho changed\n").unwrap();
    assert_eq!(installer::find(&exe(root.path())), Installer::Unavailable(Unavailable::Changed { path: "/usr/bin/senda-app".into() }));

    let root = installed_root();
    std::fs::remove_file(root.path().join("usr/share/doc/senda/copyright")).unwrap();
    assert_eq!(
        installer::find(&exe(root.path())),
        Installer::Unavailable(Unavailable::Changed { path: "/usr/share/doc/senda/copyright".into() })
    );
}

#[test]
fn a_program_not_installed_by_the_package_has_no_installer() {
    let not_packaged = Installer::Unavailable(Unavailable::NotPackaged);
    // A source build.
    assert_eq!(installer::find(&crate::repo_path("target/release/senda")), not_packaged);
    // In a /usr/bin, but not a file of the package.
    let root = installed_root();
    assert_eq!(installer::find(&root.path().join("usr/bin/other")), not_packaged);
    // The package was removed: dpkg keeps a paragraph for it, but not as installed.
    let status_path = root.path().join("var/lib/dpkg/status");
    let status = std::fs::read_to_string(&status_path)
        .unwrap()
        .replace("Package: senda\nStatus: install ok installed", "Package: senda\nStatus: deinstall ok config-files");
    std::fs::write(&status_path, status).unwrap();
    assert_eq!(installer::find(&exe(root.path())), not_packaged);
    // No package database at all.
    let bare = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(bare.path().join("usr/bin")).unwrap();
    assert_eq!(installer::find(&exe(bare.path())), not_packaged);
}

/// A data folder with personal data holding [`WORD`], a trusted organization key, and a
/// pack of version 2 signed with it. Returns the key's public text.
fn device_with_pack(data: &Path) -> String {
    let (secret, public) = packfile::keygen().unwrap();
    let updates = Updates::new(data);
    updates.trust(&public).unwrap();
    let files = PackFiles::builtin();
    let languages = ["es", "en", "ht", "fr", "pt"].map(String::from).to_vec();
    let manifest = packfile::manifest_for(&files, 2, TODAY, TODAY, TODAY, languages);
    let pack = packfile::sign(&packfile::build(&files, &manifest), &secret).unwrap();
    let mut session = Session::open_with_updates(data, Updates::new(data), Isolation::Off).unwrap();
    session.install_pack(&pack, Isolation::Off).unwrap();
    let id = session.add_profile(&format!("Ana {WORD}"), NOW).unwrap().id;
    session.set_item(id, "tvrh-id", "have", Some(&format!("nota {WORD}"))).unwrap();
    session.add_own_item(id, &format!("carta de {WORD}")).unwrap();
    session.set_date(id, "entered", Some("2026-11-01"), TODAY).unwrap();
    public
}

/// `SHA256SUMS` as (name, hash), after checking that it lists every file but itself and the
/// README, and that each hash is the file's.
fn verified_sums(kit: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(kit.join(sharekit::SUMS_FILE)).unwrap();
    let sums: Vec<(String, String)> =
        text.lines().map(|l| l.split_once("  ").expect("`<hash>  <name>` lines")).map(|(h, n)| (n.to_string(), h.to_string())).collect();
    for (name, hash) in &sums {
        assert_eq!(&sharekit::sha256_hex(&std::fs::read(kit.join(name)).unwrap()), hash, "{name}");
    }
    let mut on_disk = files_under(kit, kit);
    on_disk.retain(|n| n != sharekit::SUMS_FILE && n != sharekit::README_FILE);
    let mut listed: Vec<String> = sums.iter().map(|(n, _)| n.clone()).collect();
    listed.sort();
    on_disk.sort();
    assert_eq!(listed, on_disk);
    sums
}

fn files_under(base: &Path, dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(base, &path));
        } else {
            out.push(path.strip_prefix(base).unwrap().to_string_lossy().into_owned());
        }
    }
    out
}

#[test]
fn the_kit_holds_installer_pack_and_keys_with_checked_sums_and_nothing_personal() {
    let data = tempfile::tempdir().unwrap();
    let public = device_with_pack(data.path());
    assert!(!word_on_disk(data.path(), WORD).is_empty(), "the planted word is in the person's data");
    let root = installed_root();
    let out = tempfile::tempdir().unwrap();
    let kit_dir = out.path().join("kit");
    let kit = sharekit::build("ht", &Updates::new(data.path()), installer::find(&exe(root.path())), TODAY);
    kit.write(&kit_dir).unwrap();

    let key = packfile::parse_public_key(&public).unwrap();
    let key_file = format!("keys/{}.pub", packfile::key_id(key.keynum()));
    let sums = verified_sums(&kit_dir);
    let names: Vec<&str> = sums.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["senda_0.1.0_amd64.deb", "senda-guide-2.sendapack", key_file.as_str()]);

    // The README, in Haitian Creole and then in Spanish, lists every file's SHA-256.
    let readme = std::fs::read_to_string(kit_dir.join(sharekit::README_FILE)).unwrap();
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let (ht, es) = (guide.catalog().localizer("ht"), guide.catalog().localizer("es"));
    let (ht_at, es_at) = (readme.find(&ht.text("sharekit-readme-title")).unwrap(), readme.find(&es.text("sharekit-readme-title")).unwrap());
    assert!(ht_at < es_at, "the reader's language comes first");
    for (name, hash) in &sums {
        assert_eq!(readme.matches(hash.as_str()).count(), 2, "{name}'s SHA-256 in both languages");
    }
    assert!(readme.contains("sudo apt install ./senda_0.1.0_amd64.deb"));
    assert!(readme.contains(&key.to_base64()), "the key's fingerprint");
    assert!(readme.contains(&format!("senda pack trust {key_file}")));
    assert!(!readme.contains('{') && !readme.contains("sharekit-"), "every message resolved:\n{readme}");

    // Nothing personal in any file, nor inside the package's archives.
    assert_eq!(word_on_disk(&kit_dir, WORD), Vec::<String>::new());
    let unpacked = out.path().join("unpacked");
    let deb = kit_dir.join("senda_0.1.0_amd64.deb");
    dpkg_deb(&["--raw-extract", deb.to_str().unwrap(), unpacked.to_str().unwrap()]);
    assert!(unpacked.join("usr/bin/senda").is_file());
    assert_eq!(word_on_disk(&unpacked, WORD), Vec::<String>::new());

    // The pack installs on a fresh data folder once its key is trusted, and not before.
    let fresh = tempfile::tempdir().unwrap();
    let mut device = Session::open_with_updates(fresh.path(), Updates::new(fresh.path()), Isolation::Off).unwrap();
    let pack = std::fs::read(kit_dir.join("senda-guide-2.sendapack")).unwrap();
    assert_eq!(device.install_pack(&pack, Isolation::Off).unwrap_err().msg().id, "error-pack-unknown-signer");
    Updates::new(fresh.path()).trust(&std::fs::read_to_string(kit_dir.join(&key_file)).unwrap()).unwrap();
    let mut device = Session::open_with_updates(fresh.path(), Updates::new(fresh.path()), Isolation::Off).unwrap();
    device.install_pack(&pack, Isolation::Off).unwrap();
    assert_eq!(device.pack_info(TODAY).unwrap().version, 2);

    let view = kit.view(&kit_dir, &guide.catalog().localizer("en"));
    assert!(view.has_installer && view.notes.is_empty());
    assert_eq!(view.pack_version, Some(2));
    assert_eq!(view.files.len(), 4, "three files and SHA256SUMS");
}

#[test]
fn without_an_installer_or_a_pack_the_kit_says_so_plainly() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let kit = sharekit::build("es", &Updates::new(data.path()), Installer::Unavailable(Unavailable::NotPackaged), TODAY);
    kit.write(&out.path().join("kit")).unwrap();
    let readme = std::fs::read_to_string(out.path().join("kit").join(sharekit::README_FILE)).unwrap();
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let es = guide.catalog().localizer("es");
    for id in ["sharekit-no-installer-source", "sharekit-readme-guide-builtin", "sharekit-readme-keys-none", "sharekit-readme-title"] {
        assert_eq!(readme.matches(&es.text(id)).count(), 1, "{id} once: a Spanish reader gets Spanish once");
    }
    assert!(!readme.contains("apt install"));
    assert_eq!(verified_sums(&out.path().join("kit")), Vec::<(String, String)>::new());
    let view = kit.view(&out.path().join("kit"), &es);
    assert!(!view.has_installer);
    assert_eq!(view.notes, [es.text("sharekit-no-installer-source")]);
    assert_eq!(view.pack_version, None);
}

#[test]
fn a_folder_that_is_not_empty_is_refused_and_left_alone() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join("photo.jpg"), b"mine").unwrap();
    let kit = sharekit::build("en", &Updates::new(data.path()), Installer::Unavailable(Unavailable::Platform), TODAY);
    let err = kit.write(out.path()).unwrap_err();
    assert!(matches!(err, ShareKitError::NotEmpty { .. }));
    assert_eq!(senda::Error::from(err).msg().id, "error-sharekit-not-empty");
    assert_eq!(files_under(out.path(), out.path()), ["photo.jpg"]);
    // An empty folder is used as it is; nothing is left beside it.
    let empty = out.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    kit.write(&empty).unwrap();
    assert!(empty.join(sharekit::README_FILE).is_file());
    let mut names = files_under(out.path(), out.path());
    names.sort();
    assert_eq!(names, ["empty/README.txt", "empty/SHA256SUMS", "photo.jpg"]);
}

#[test]
fn the_app_writes_a_dated_kit_where_backups_go() {
    let data = tempfile::tempdir().unwrap();
    let downloads = tempfile::tempdir().unwrap();
    device_with_pack(data.path());
    let mut session = Session::open_with_updates(data.path(), Updates::new(data.path()), Isolation::On).unwrap();
    session.choose_language("fr").unwrap();
    let first = session.write_share_kit(downloads.path(), Installer::Unavailable(Unavailable::NotPackaged), TODAY).unwrap();
    let second = session.write_share_kit(downloads.path(), Installer::Unavailable(Unavailable::NotPackaged), TODAY).unwrap();
    assert!(first.path.ends_with("senda-kit-2026-11-30"), "{}", first.path);
    assert!(second.path.ends_with("senda-kit-2026-11-30-2"), "{}", second.path);
    let fr = session.guide().catalog().localizer("fr");
    assert!(first.message.starts_with("La copie à transmettre est dans"), "{}", first.message);
    assert_eq!(first.notes, [fr.text("sharekit-no-installer-source")]);
    assert_eq!(first.pack_version, Some(2));
    assert_eq!(word_on_disk(downloads.path(), WORD), Vec::<String>::new());
}

#[test]
fn files_left_by_an_interrupted_kit_do_not_join_the_next() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    // What a kit interrupted in this process would have left beside the target.
    let partial = out.path().join(format!(".kit.partial-{}", std::process::id()));
    std::fs::create_dir(&partial).unwrap();
    std::fs::write(partial.join("notes.txt"), WORD).unwrap();
    let kit = sharekit::build("en", &Updates::new(data.path()), Installer::Unavailable(Unavailable::NotPackaged), TODAY);
    kit.write(&out.path().join("kit")).unwrap();
    let mut names = files_under(out.path(), out.path());
    names.sort();
    assert_eq!(names, ["kit/README.txt", "kit/SHA256SUMS"]);
}
