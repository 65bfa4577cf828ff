//! The Linux package's files that come from the core: the desktop entry is generated from the
//! locales (`UPDATE_PACKAGING=1` rewrites `packaging/linux/senda.desktop`), and the bundle's
//! configuration agrees with the names the core uses.

use senda::guide::l10n::Isolation;
use senda::guide::Guide;

use crate::repo_path;

fn conf() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(repo_path("src-tauri/tauri.conf.json")).unwrap()).unwrap()
}

#[test]
fn desktop_entry_is_generated_from_the_locales() {
    let path = repo_path("packaging/linux/senda.desktop");
    let generated = senda::packs::desktop::entry(Guide::builtin(Isolation::Off).unwrap().catalog());
    if std::env::var_os("UPDATE_PACKAGING").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(committed == generated, "packaging/linux/senda.desktop is stale: run `UPDATE_PACKAGING=1 cargo test --test it packaging`");
}

#[test]
fn desktop_entry_names_and_describes_the_app_in_every_language() {
    let guide = Guide::builtin(Isolation::Off).unwrap();
    let entry = senda::packs::desktop::entry(guide.catalog());
    let value = |key: &str| -> String {
        entry.lines().find_map(|l| l.strip_prefix(&format!("{key}="))).unwrap_or_else(|| panic!("no {key} line")).to_string()
    };
    for code in ["es", "en", "ht", "fr", "pt"] {
        for key in ["Name", "GenericName", "Comment", "Keywords"] {
            let text = value(&format!("{key}[{code}]"));
            assert!(!text.is_empty() && !text.contains('{') && !text.contains('\n'), "{key}[{code}]={text}");
        }
        assert!(value(&format!("Keywords[{code}]")).ends_with(';'));
    }
    assert_eq!(value("Name"), "Senda");
    // The keys without a language are the Spanish ones, as the app falls back to Spanish.
    assert_eq!(value("Comment"), value("Comment[es]"));
    assert_ne!(value("Comment[ht]"), value("Comment[es]"));
    assert_eq!(value("Exec"), senda::packs::desktop::APP_PROGRAM);
    // No Unicode isolation marks: the file is read by menus, not by Senda.
    assert!(!entry.contains('\u{2068}') && !entry.contains('\u{2069}'));
}

#[test]
fn the_bundle_installs_what_the_core_expects() {
    let conf = conf();
    // Tauri's bundler names the Debian package after the product, in kebab case; the share
    // kit looks for the package under that name.
    assert_eq!(conf["productName"].as_str().unwrap().to_lowercase(), senda::packs::installer::DEB_PACKAGE);
    assert_eq!(conf["identifier"], senda::APP_ID);
    assert_eq!(conf["version"], env!("CARGO_PKG_VERSION"), "the package's version is the crates'");
    let manifest = std::fs::read_to_string(repo_path("src-tauri/Cargo.toml")).unwrap();
    assert!(
        manifest.contains(&format!("name = \"{}\"", senda::packs::desktop::APP_PROGRAM)),
        "the app's program is {}",
        senda::packs::desktop::APP_PROGRAM
    );
    let deb = &conf["bundle"]["linux"]["deb"];
    assert_eq!(deb["desktopTemplate"], "../packaging/linux/senda.desktop");
    assert_eq!(deb["files"]["/usr/bin/senda"], "../target/release/senda");
    let depends: Vec<&str> = deb["depends"].as_array().unwrap().iter().map(|d| d.as_str().unwrap()).collect();
    assert!(depends.iter().any(|d| d.starts_with("libwebkit2gtk-4.1-0")), "{depends:?}");
    assert!(depends.iter().all(|d| !d.contains("-dev")), "runtime packages only: {depends:?}");
    // Every file the configuration names exists.
    let tauri_dir = repo_path("src-tauri");
    for icon in conf["bundle"]["icon"].as_array().unwrap() {
        assert!(tauri_dir.join(icon.as_str().unwrap()).is_file(), "{icon} is missing");
    }
    for (_, source) in deb["files"].as_object().unwrap().iter().filter(|(dest, _)| !dest.starts_with("/usr/bin")) {
        assert!(tauri_dir.join(source.as_str().unwrap()).is_file(), "{source} is missing");
    }
    // Tauri's own `changelog` option would put it under the product's name
    // (`/usr/share/doc/Senda`); Debian looks in the package's folder.
    assert!(deb.get("changelog").is_none());
    assert!(tauri_dir.join(conf["bundle"]["licenseFile"].as_str().unwrap()).is_file());
}

#[test]
fn the_copyright_file_carries_the_whole_licence() {
    let licence = std::fs::read_to_string(repo_path("packaging/LICENSE")).unwrap();
    let copyright = std::fs::read_to_string(repo_path("packaging/linux/copyright")).unwrap();
    assert!(licence.starts_with("                    GNU AFFERO GENERAL PUBLIC LICENSE\n"));
    // In the Debian format, each line of a licence text is indented and a blank line is " .".
    let folded: String = licence.lines().map(|l| if l.trim().is_empty() { " .\n".to_string() } else { format!(" {l}\n") }).collect();
    assert!(copyright.contains(&folded), "packaging/linux/copyright lacks the text of packaging/LICENSE");
}

#[test]
fn the_compressed_changelog_is_the_changelog() {
    use std::io::Read as _;
    let text = std::fs::read_to_string(repo_path("packaging/linux/changelog")).unwrap();
    let gz = std::fs::read(repo_path("packaging/linux/changelog.gz")).unwrap();
    let mut unpacked = String::new();
    flate2::read::GzDecoder::new(&gz[..]).read_to_string(&mut unpacked).unwrap();
    assert!(
        unpacked == text,
        "packaging/linux/changelog.gz is stale: run `gzip -9n -c packaging/linux/changelog > packaging/linux/changelog.gz`"
    );
    assert!(text.starts_with(&format!("senda ({}) ", env!("CARGO_PKG_VERSION"))), "the changelog's first entry is this version");
    // Debian wants it compressed at the highest level, without a time stamp (gzip -9n).
    assert_eq!(gz[8], 2, "maximum compression");
    assert_eq!(&gz[4..8], &[0, 0, 0, 0], "no time stamp");
}
