//! The installer for this platform, for the share kit: on Linux, the Debian package that put
//! this program on the computer, rebuilt from dpkg's record of it and the installed files (as
//! Debian's `dpkg-repack` does). Every installed file is first checked against the MD5 sums
//! the package shipped, so a changed file is never passed on.
//!
//! The program's own path is passed in: when it is `<root>/usr/bin/<name>` and the package
//! database under `<root>/var/lib/dpkg` lists it as a file of [`DEB_PACKAGE`], the package
//! is rebuilt from `<root>`. A program built from source (`target/release/senda`) has no
//! installer, and says so.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use md5::{Digest, Md5};

/// The Debian package's name (Tauri's bundler names it after the product, in kebab case).
pub const DEB_PACKAGE: &str = "senda";

/// The installer the share kit can carry, or why there is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Installer {
    /// A package file, ready to copy: its file name and bytes.
    Package {
        file_name: String,
        bytes: Vec<u8>,
    },
    Unavailable(Unavailable),
}

/// Why no installer can be passed on from here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unavailable {
    /// This program was not installed from a package (it was built from source, or copied).
    NotPackaged,
    /// A file of the installed package differs from the one the package shipped (or is gone).
    Changed { path: String },
    /// This platform has no installer that Senda can copy.
    Platform,
    /// The installed files or the package database could not be read.
    Unreadable { path: String, detail: String },
}

/// The installer of the package that installed this program, given where the program is
/// (`std::env::current_exe()`).
pub fn of_program(exe: std::io::Result<PathBuf>) -> Installer {
    match exe {
        Ok(exe) => find(&exe),
        Err(e) => Installer::Unavailable(Unavailable::Unreadable { path: String::new(), detail: e.to_string() }),
    }
}

/// The installer of the package that installed the program at `exe`.
pub fn find(exe: &Path) -> Installer {
    if !cfg!(target_os = "linux") {
        return Installer::Unavailable(Unavailable::Platform);
    }
    let Some((root, name)) = package_root(exe) else {
        return Installer::Unavailable(Unavailable::NotPackaged);
    };
    match rebuild(&root, &name) {
        Ok(installer) => installer,
        Err(e) => Installer::Unavailable(e),
    }
}

/// `<root>` and the file name, for a program at `<root>/usr/bin/<name>`.
fn package_root(exe: &Path) -> Option<(PathBuf, String)> {
    let name = exe.file_name()?.to_str()?.to_string();
    let bin = exe.parent()?;
    let usr = bin.parent()?;
    if bin.file_name()? != "bin" || usr.file_name()? != "usr" {
        return None;
    }
    Some((usr.parent()?.to_path_buf(), name))
}

fn unreadable(path: &Path, e: impl std::fmt::Display) -> Unavailable {
    Unavailable::Unreadable { path: path.display().to_string(), detail: e.to_string() }
}

fn read(path: &Path) -> Result<Vec<u8>, Unavailable> {
    std::fs::read(path).map_err(|e| unreadable(path, e))
}

/// The package's record in dpkg's database under `root`, checked against the files on disk,
/// written out again as a package file.
fn rebuild(root: &Path, exe_name: &str) -> Result<Installer, Unavailable> {
    let admin = root.join("var/lib/dpkg");
    let info = admin.join("info");
    // A package of one architecture is recorded as `senda.list`; dpkg names files of
    // packages that can be installed for several architectures `senda:<arch>.list`.
    let base = std::fs::read_dir(&info)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".list")).map(str::to_string))
        .find(|stem| stem == DEB_PACKAGE || stem.split_once(':').is_some_and(|(p, _)| p == DEB_PACKAGE));
    let Some(base) = base else { return Ok(Installer::Unavailable(Unavailable::NotPackaged)) };
    let list_path = info.join(format!("{base}.list"));
    let list = String::from_utf8_lossy(&read(&list_path)?).into_owned();
    let paths: BTreeSet<PathBuf> =
        list.lines().filter(|l| !l.is_empty() && *l != "/.").map(|l| PathBuf::from(l.trim_start_matches('/'))).collect();
    if !paths.contains(&Path::new("usr/bin").join(exe_name)) {
        return Ok(Installer::Unavailable(Unavailable::NotPackaged));
    }
    let status_path = admin.join("status");
    let status = String::from_utf8_lossy(&read(&status_path)?).into_owned();
    let Some(fields) = installed_paragraph(&status) else {
        return Ok(Installer::Unavailable(Unavailable::NotPackaged));
    };
    let md5sums_path = info.join(format!("{base}.md5sums"));
    let md5sums = read(&md5sums_path)?;
    let sums = parse_md5sums(&String::from_utf8_lossy(&md5sums));

    let mut data = TarWriter::default();
    data.dir(Path::new(""), 0o755, 0).map_err(|e| unreadable(root, e))?;
    for rel in &paths {
        let path = root.join(rel);
        let meta = std::fs::symlink_metadata(&path).map_err(|_| Unavailable::Changed { path: format!("/{}", rel.display()) })?;
        let mode = unix_mode(&meta);
        let mtime = mtime(&meta);
        let fail = |e: std::io::Error| unreadable(&path, e);
        if meta.file_type().is_symlink() {
            let target = std::fs::read_link(&path).map_err(fail)?;
            data.symlink(rel, &target, mtime).map_err(fail)?;
        } else if meta.is_dir() {
            data.dir(rel, mode, mtime).map_err(fail)?;
        } else if meta.is_file() {
            let bytes = read(&path)?;
            let key = rel.to_string_lossy().into_owned();
            if let Some(expected) = sums.get(&key) {
                let found: String = Md5::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
                if &found != expected {
                    return Ok(Installer::Unavailable(Unavailable::Changed { path: format!("/{key}") }));
                }
            }
            data.file(rel, mode, mtime, &bytes).map_err(fail)?;
        }
    }
    // Every file the package shipped must still be there.
    if let Some(missing) = sums.keys().find(|p| !root.join(p).is_file()) {
        return Ok(Installer::Unavailable(Unavailable::Changed { path: format!("/{missing}") }));
    }

    // Senda's package has no configuration files, so dpkg's record of them is not carried.
    let control_text: String = fields
        .iter()
        .filter(|(name, _)| !matches!(name.as_str(), "Status" | "Config-Version" | "Conffiles"))
        .map(|(name, value)| format!("{name}:{value}\n"))
        .collect();
    let mut control = TarWriter::default();
    let io = |e: std::io::Error| unreadable(&status_path, e);
    control.dir(Path::new(""), 0o755, 0).map_err(io)?;
    control.file(Path::new("control"), 0o644, 0, control_text.as_bytes()).map_err(io)?;
    control.file(Path::new("md5sums"), 0o644, 0, &md5sums).map_err(io)?;

    let field = |name: &str| fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.trim().to_string()).unwrap_or_default();
    // Debian writes an epoch's colon as `%3a` in file names.
    let file_name = format!("{DEB_PACKAGE}_{}_{}.deb", field("Version").replace(':', "%3a"), field("Architecture"));
    let bytes = ar(&[
        ("debian-binary", b"2.0\n".to_vec()),
        ("control.tar.gz", gzip(&control.finish()).map_err(io)?),
        ("data.tar.gz", gzip(&data.finish()).map_err(|e| unreadable(root, e))?),
    ]);
    Ok(Installer::Package { file_name, bytes })
}

/// The fields of the package's paragraph in dpkg's `status` file, when it is installed, in
/// order, each value as written after the colon (continuation lines included).
fn installed_paragraph(status: &str) -> Option<Vec<(String, String)>> {
    for paragraph in status.split("\n\n") {
        let mut fields: Vec<(String, String)> = Vec::new();
        for line in paragraph.lines() {
            if line.starts_with([' ', '\t']) {
                if let Some((_, value)) = fields.last_mut() {
                    value.push('\n');
                    value.push_str(line);
                }
            } else if let Some((name, value)) = line.split_once(':') {
                fields.push((name.to_string(), value.to_string()));
            }
        }
        let get = |name: &str| fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.trim());
        if get("Package") == Some(DEB_PACKAGE) && get("Status") == Some("install ok installed") {
            return Some(fields);
        }
    }
    None
}

/// `md5sums` lines, `<hex>  <path>`, as path → hex.
fn parse_md5sums(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter_map(|l| l.split_once(char::is_whitespace))
        .map(|(sum, path)| (path.trim_start().trim_start_matches('/').to_string(), sum.to_lowercase()))
        .collect()
}

#[cfg(unix)]
fn unix_mode(meta: &std::fs::Metadata) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o7777
}

#[cfg(not(unix))]
fn unix_mode(meta: &std::fs::Metadata) -> u32 {
    if meta.is_dir() {
        0o755
    } else {
        0o644
    }
}

fn mtime(meta: &std::fs::Metadata) -> u64 {
    meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_secs())
}

fn gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes)?;
    encoder.finish()
}

/// An `ar` archive, as `dpkg-deb` writes a package: the global header, then each member with
/// a 60-byte header, padded to an even length.
fn ar(members: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut out = b"!<arch>\n".to_vec();
    for (name, bytes) in members {
        let header = format!("{name:<16}{:<12}{:<6}{:<6}{:<8}{:<10}`\n", 0, 0, 0, "100644", bytes.len());
        out.extend_from_slice(header.as_bytes());
        out.extend_from_slice(bytes);
        if bytes.len() % 2 == 1 {
            out.push(b'\n');
        }
    }
    out
}

/// A POSIX (ustar) tar archive of `./`-relative names, owned by root, as packages hold them.
#[derive(Default)]
struct TarWriter {
    out: Vec<u8>,
}

impl TarWriter {
    fn dir(&mut self, rel: &Path, mode: u32, mtime: u64) -> std::io::Result<()> {
        let name = format!("{}/", dotted(rel));
        self.header(&name, mode, 0, mtime, b'5', "")
    }

    fn file(&mut self, rel: &Path, mode: u32, mtime: u64, bytes: &[u8]) -> std::io::Result<()> {
        self.header(&dotted(rel), mode, bytes.len() as u64, mtime, b'0', "")?;
        self.out.extend_from_slice(bytes);
        self.out.resize(self.out.len().next_multiple_of(512), 0);
        Ok(())
    }

    fn symlink(&mut self, rel: &Path, target: &Path, mtime: u64) -> std::io::Result<()> {
        self.header(&dotted(rel), 0o777, 0, mtime, b'2', &target.to_string_lossy())
    }

    fn header(&mut self, name: &str, mode: u32, size: u64, mtime: u64, kind: u8, link: &str) -> std::io::Result<()> {
        let too_long = || std::io::Error::new(std::io::ErrorKind::InvalidInput, format!("name too long for a package: {name}"));
        // A name longer than 100 bytes is split at a slash into a prefix (up to 155 bytes).
        let (prefix, short) = if name.len() <= 100 {
            ("", name)
        } else {
            let cut = name
                .char_indices()
                .filter(|(i, c)| *c == '/' && *i <= 155 && name.len() - i - 1 <= 100 && name.len() - i - 1 > 0)
                .map(|(i, _)| i)
                .next()
                .ok_or_else(too_long)?;
            (&name[..cut], &name[cut + 1..])
        };
        if link.len() > 100 {
            return Err(too_long());
        }
        let mut h = [0u8; 512];
        let put = |h: &mut [u8; 512], at: usize, bytes: &[u8]| h[at..at + bytes.len()].copy_from_slice(bytes);
        put(&mut h, 0, short.as_bytes());
        put(&mut h, 100, format!("{mode:07o}\0").as_bytes());
        put(&mut h, 108, b"0000000\0");
        put(&mut h, 116, b"0000000\0");
        put(&mut h, 124, format!("{size:011o}\0").as_bytes());
        put(&mut h, 136, format!("{mtime:011o}\0").as_bytes());
        put(&mut h, 148, b"        ");
        h[156] = kind;
        put(&mut h, 157, link.as_bytes());
        put(&mut h, 257, b"ustar\0");
        put(&mut h, 263, b"00");
        put(&mut h, 265, b"root");
        put(&mut h, 297, b"root");
        put(&mut h, 329, b"0000000\0");
        put(&mut h, 337, b"0000000\0");
        put(&mut h, 345, prefix.as_bytes());
        let sum: u32 = h.iter().map(|b| u32::from(*b)).sum();
        put(&mut h, 148, format!("{sum:06o}\0 ").as_bytes());
        self.out.extend_from_slice(&h);
        Ok(())
    }

    fn finish(mut self) -> Vec<u8> {
        self.out.extend_from_slice(&[0u8; 1024]);
        self.out
    }
}

/// `./usr/bin/senda` for `usr/bin/senda`, and `.` for the root.
fn dotted(rel: &Path) -> String {
    let text = rel.to_string_lossy().replace('\\', "/");
    if text.is_empty() {
        ".".to_string()
    } else {
        format!("./{text}")
    }
}
