//! The share kit: a folder that passes Senda on to another computer without internet. It
//! holds the installer for this platform (see [`crate::packs::installer`]), the guide pack the device
//! has installed (exported as `senda pack export` does), the public keys the device trusts,
//! `SHA256SUMS`, and a `README.txt` in the reader's language and in Spanish that says how to
//! install each part and lists the SHA-256 of every file.
//!
//! Nothing personal goes in: the kit is made only from the installed package, the installed
//! pack and the trusted keys, never from the person's database or settings. The README's words
//! come from the locales built into this version of the app, which always has them (a guide
//! pack made for an older version may not).

use std::path::{Path, PathBuf};

use chrono::NaiveDate as Date;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::base::text::{Localized, Msg};
use crate::guide::l10n::{Isolation, Localizer};
use crate::guide::Guide;
use crate::packs::installer::{Installer, Unavailable};
use crate::packs::packfile;
use crate::packs::updates::{UpdateError, Updates};

/// The file that lists every other file's SHA-256, as `sha256sum -c` reads it.
pub const SUMS_FILE: &str = "SHA256SUMS";
pub const README_FILE: &str = "README.txt";
/// The folder of the kit that holds the trusted keys.
pub(crate) const KEYS_DIR: &str = "keys";

#[derive(Debug, thiserror::Error)]
pub enum ShareKitError {
    #[error("{path} is not an empty folder")]
    NotEmpty { path: PathBuf },
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
}

impl Localized for ShareKitError {
    fn msg(&self) -> Msg {
        match self {
            ShareKitError::NotEmpty { path } => Msg::new("error-sharekit-not-empty").user("path", path.display().to_string()),
            ShareKitError::Write { path, .. } => Msg::new("error-sharekit-write").user("path", path.display().to_string()),
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            ShareKitError::Write { source, .. } => Some(source.to_string()),
            ShareKitError::NotEmpty { .. } => None,
        }
    }
}

pub type Result<T> = std::result::Result<T, ShareKitError>;

/// One file of the kit: its path inside the kit (with `/`) and its SHA-256 in hex.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct KitFile {
    pub name: String,
    pub sha256: String,
}

/// What was written, in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ShareKitView {
    /// The kit's folder.
    pub path: String,
    /// "The copy to pass on is in …"
    pub message: String,
    /// Why a part is missing (no installer, no guide file), each in a full sentence.
    pub notes: Vec<String>,
    /// Every file but the README, with its SHA-256.
    pub files: Vec<KitFile>,
    pub has_installer: bool,
    /// The version of the guide pack in the kit, if there is one.
    #[ts(type = "number | null")]
    pub pack_version: Option<u64>,
}

/// The kit's files, in memory, before they are written.
#[derive(Debug, Clone)]
pub struct Kit {
    /// Path inside the kit and bytes, the README and `SHA256SUMS` last.
    pub files: Vec<(String, Vec<u8>)>,
    pub listed: Vec<KitFile>,
    pub installer: Option<Unavailable>,
    pub pack_version: Option<u64>,
    /// Set when the device has an installed pack that could not be read: it is left out.
    pub pack_unreadable: bool,
}

enum PackPart {
    /// The installed pack, with its version.
    Installed(u64, Vec<u8>),
    /// The device shows the guide built into the app.
    Builtin,
    /// The installed pack does not pass its checks any more.
    Unreadable,
}

/// Gathers the kit for a reader of `lang`: the installer as found, the pack the device has
/// installed, and every key it trusts.
pub fn build(lang: &str, updates: &Updates, installer: Installer, today: Date) -> Kit {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let (installer_file, unavailable) = match installer {
        Installer::Package { file_name, bytes } => {
            files.push((file_name.clone(), bytes));
            (Some(file_name), None)
        }
        Installer::Unavailable(why) => (None, Some(why)),
    };
    let pack = match updates.export() {
        // The same bytes `senda pack export` writes, checked as a receiving device would.
        Ok(bytes) => match updates.check_ignoring_version(&bytes) {
            Ok((pack, _)) => PackPart::Installed(pack.manifest.version, bytes),
            Err(_) => PackPart::Unreadable,
        },
        Err(UpdateError::BuiltinExport) => PackPart::Builtin,
        Err(_) => PackPart::Unreadable,
    };
    let pack_file = match &pack {
        PackPart::Installed(version, bytes) => {
            let name = format!("senda-guide-{version}.sendapack");
            files.push((name.clone(), bytes.clone()));
            Some((name, *version))
        }
        _ => None,
    };
    let mut keys: Vec<(String, String)> = Vec::new();
    for key in updates.trusted_keys() {
        let id = packfile::key_id(key.keynum());
        let name = format!("{KEYS_DIR}/{id}.pub");
        if keys.iter().any(|(n, _)| *n == name) {
            continue;
        }
        let text = format!("untrusted comment: senda trusted key {id}\n{}\n", key.to_base64());
        files.push((name.clone(), text.into_bytes()));
        keys.push((name, key.to_base64()));
    }
    let listed: Vec<KitFile> = files.iter().map(|(name, bytes)| KitFile { name: name.clone(), sha256: sha256_hex(bytes) }).collect();
    let sums: String = listed.iter().map(|f| format!("{}  {}\n", f.sha256, f.name)).collect();

    let parts = Parts {
        installer: installer_file.as_deref(),
        unavailable: unavailable.as_ref(),
        pack: pack_file.as_ref().map(|(n, v)| (n.as_str(), *v)),
        pack_unreadable: matches!(pack, PackPart::Unreadable),
        keys: &keys,
        listed: &listed,
        today,
    };
    let readme = readme(lang, &parts);
    files.push((SUMS_FILE.to_string(), sums.into_bytes()));
    let mut listed = listed;
    listed.push(KitFile { name: SUMS_FILE.to_string(), sha256: sha256_hex(&files.last().expect("just pushed").1) });
    files.push((README_FILE.to_string(), readme.into_bytes()));
    Kit {
        files,
        listed,
        installer: unavailable,
        pack_version: pack_file.map(|(_, v)| v),
        pack_unreadable: matches!(pack, PackPart::Unreadable),
    }
}

impl Kit {
    /// Writes the kit into `out`, which must be missing or empty. The files are written into
    /// a new folder beside it, flushed, and the folder renamed into place: an interruption
    /// leaves no half-written kit under that name.
    pub fn write(&self, out: &Path) -> Result<()> {
        if out.exists() {
            let empty = std::fs::read_dir(out).map_err(write_err(out))?.next().is_none();
            if !empty || !out.is_dir() {
                return Err(ShareKitError::NotEmpty { path: out.to_path_buf() });
            }
        }
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(write_err(&parent))?;
        let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "senda-kit".to_string());
        let tmp = parent.join(format!(".{name}.partial-{}", std::process::id()));
        // What an interrupted earlier attempt left under that name must not join this kit.
        if tmp.exists() {
            std::fs::remove_dir_all(&tmp).map_err(write_err(&tmp))?;
        }
        let result = self.write_into(&tmp).and_then(|()| {
            if out.exists() {
                // Only an empty folder gets here; the rename needs its name free on every system.
                std::fs::remove_dir(out).map_err(write_err(out))?;
            }
            std::fs::rename(&tmp, out).map_err(write_err(out))?;
            if let Ok(dir) = std::fs::File::open(&parent) {
                let _ = dir.sync_all();
            }
            Ok(())
        });
        if result.is_err() {
            let _ = std::fs::remove_dir_all(&tmp);
        }
        result
    }

    fn write_into(&self, dir: &Path) -> Result<()> {
        std::fs::create_dir_all(dir).map_err(write_err(dir))?;
        for (name, bytes) in &self.files {
            let path = dir.join(name);
            if let Some(folder) = path.parent() {
                std::fs::create_dir_all(folder).map_err(write_err(folder))?;
            }
            let mut file = std::fs::File::create(&path).map_err(write_err(&path))?;
            std::io::Write::write_all(&mut file, bytes).map_err(write_err(&path))?;
            file.sync_all().map_err(write_err(&path))?;
        }
        Ok(())
    }

    /// The view of a kit written to `path`, in the language of `l`.
    pub fn view(&self, path: &Path, l: &Localizer<'_>) -> ShareKitView {
        let shown = path.display().to_string();
        let mut notes: Vec<String> = self.installer.iter().map(|why| l.msg(&unavailable_msg(why))).collect();
        if self.pack_unreadable {
            notes.push(l.text("sharekit-readme-guide-unreadable"));
        }
        ShareKitView {
            message: l.msg(&Msg::new("sharekit-written").user("path", shown.clone())),
            path: shown,
            notes,
            files: self.listed.clone(),
            has_installer: self.installer.is_none(),
            pack_version: self.pack_version,
        }
    }
}

fn write_err(path: &Path) -> impl FnOnce(std::io::Error) -> ShareKitError + '_ {
    move |source| ShareKitError::Write { path: path.to_path_buf(), source }
}

/// Finds a free folder name `senda-kit-DATE` (numbered if taken) inside `folder`.
pub(crate) fn dated_folder(folder: &Path, today: Date) -> PathBuf {
    let stem = format!("senda-kit-{}", crate::base::dates::iso_date(today));
    (1..).map(|n| folder.join(if n == 1 { stem.clone() } else { format!("{stem}-{n}") })).find(|p| !p.exists()).expect("some name is free")
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

fn unavailable_msg(why: &Unavailable) -> Msg {
    match why {
        Unavailable::NotPackaged => Msg::new("sharekit-no-installer-source"),
        Unavailable::Platform => Msg::new("sharekit-no-installer-platform"),
        Unavailable::Changed { path } => Msg::new("sharekit-no-installer-changed").arg("path", path.as_str()),
        Unavailable::Unreadable { .. } => Msg::new("sharekit-no-installer-unreadable"),
    }
}

struct Parts<'a> {
    installer: Option<&'a str>,
    unavailable: Option<&'a Unavailable>,
    pack: Option<(&'a str, u64)>,
    pack_unreadable: bool,
    /// Path inside the kit and fingerprint.
    keys: &'a [(String, String)],
    listed: &'a [KitFile],
    today: Date,
}

/// The README: the reader's language first, then Spanish (once, for a Spanish reader).
fn readme(lang: &str, parts: &Parts<'_>) -> String {
    let guide = Guide::builtin(Isolation::Off).expect("the built-in guide is checked by the test suite");
    let catalog = guide.catalog();
    let reference = catalog.reference().to_string();
    let lang = catalog.resolve(lang).unwrap_or_else(|_| reference.clone());
    let mut text = readme_in(&catalog.localizer(&lang), parts);
    if lang != reference {
        text.push_str("\n\n================================================================\n\n");
        text.push_str(&readme_in(&catalog.localizer(&reference), parts));
    }
    text
}

fn readme_in(l: &Localizer<'_>, parts: &Parts<'_>) -> String {
    let mut out = String::new();
    let heading = |out: &mut String, id: &str| {
        let title = l.text(id);
        out.push_str(&format!("\n{title}\n{}\n", "-".repeat(title.chars().count())));
    };
    let title = l.text("sharekit-readme-title");
    out.push_str(&format!("{title}\n{}\n\n", "=".repeat(title.chars().count())));
    let made = Msg::new("sharekit-readme-made").arg("date", l.date_long(parts.today)).arg("version", env!("CARGO_PKG_VERSION"));
    out.push_str(&format!("{}\n{}\n", l.msg(&made), l.text("sharekit-readme-private")));

    heading(&mut out, "sharekit-readme-contents");
    if let Some(file) = parts.installer {
        out.push_str(&format!("- {}\n", l.msg(&Msg::new("sharekit-readme-file-installer").arg("file", file))));
    }
    if let Some((file, version)) = parts.pack {
        out.push_str(&format!("- {}\n", l.msg(&Msg::new("sharekit-readme-file-pack").arg("file", file).arg("version", version as i64))));
    }
    for (file, _) in parts.keys {
        out.push_str(&format!("- {}\n", l.msg(&Msg::new("sharekit-readme-file-key").arg("file", file.as_str()))));
    }
    out.push_str(&format!("- {}\n", l.msg(&Msg::new("sharekit-readme-file-sums").arg("file", SUMS_FILE))));

    heading(&mut out, "sharekit-readme-install");
    match (parts.installer, parts.unavailable) {
        (Some(file), _) => {
            let command = format!("sudo apt install ./{file}");
            out.push_str(&format!("{}\n", l.msg(&Msg::new("sharekit-readme-install-steps").arg("command", command))));
        }
        (None, Some(why)) => out.push_str(&format!("{}\n", l.msg(&unavailable_msg(why)))),
        (None, None) => {}
    }

    heading(&mut out, "sharekit-readme-guide");
    match parts.pack {
        Some((file, _)) => out.push_str(&format!("{}\n", l.msg(&Msg::new("sharekit-readme-guide-steps").arg("file", file)))),
        None if parts.pack_unreadable => out.push_str(&format!("{}\n", l.text("sharekit-readme-guide-unreadable"))),
        None => out.push_str(&format!("{}\n", l.text("sharekit-readme-guide-builtin"))),
    }

    heading(&mut out, "sharekit-readme-keys");
    if parts.keys.is_empty() {
        out.push_str(&format!("{}\n", l.text("sharekit-readme-keys-none")));
    } else {
        out.push_str(&format!("{}\n\n", l.text("sharekit-readme-keys-intro")));
        for (file, fingerprint) in parts.keys {
            out.push_str(&format!("  {file}\n    {fingerprint}\n"));
        }
        let command = format!("senda pack trust {}", parts.keys[0].0);
        out.push_str(&format!("\n{}\n", l.msg(&Msg::new("sharekit-readme-keys-trust").arg("command", command))));
    }

    heading(&mut out, "sharekit-readme-check");
    out.push_str(&format!("{}\n", l.text("sharekit-readme-check-intro")));
    if !parts.listed.is_empty() {
        out.push('\n');
        for file in parts.listed {
            out.push_str(&format!("  {}\n    {}\n", file.name, file.sha256));
        }
    }
    let command = format!("sha256sum -c {SUMS_FILE}");
    out.push_str(&format!("\n{}\n", l.msg(&Msg::new("sharekit-readme-check-command").arg("command", command))));
    out
}
