//! Embeds the repository's `content/` and `locales/` into the core as the built-in guide pack.
//!
//! The built-in guide is a pack like any other: the same loader reads these files as it reads
//! a pack installed from a file. Cargo reruns this script whenever either folder changes.
//!
//! The files are stored in one block (`builtin.bin`), deflated except for WebAssembly: for each file, in path order,
//! the path's length and the file's length (little-endian u32), the path, the bytes. The
//! guide's text is about a quarter of its size compressed, and is inflated once at start-up.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for top in ["content", "locales"] {
        println!("cargo:rerun-if-changed={top}");
        collect(&root, &root.join(top), &mut files);
    }
    files.sort();
    let mut block = Vec::new();
    for (rel, abs) in &files {
        let bytes = std::fs::read(abs).expect("read a guide file");
        block.extend_from_slice(&u32::try_from(rel.len()).expect("short path").to_le_bytes());
        block.extend_from_slice(&u32::try_from(bytes.len()).expect("small file").to_le_bytes());
        block.extend_from_slice(rel.as_bytes());
        block.extend_from_slice(&bytes);
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    // The web edition's whole page is gzipped, guide included: deflating the guide inside it
    // too would only make the page larger, so WebAssembly builds keep the block as it is.
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let stored = if wasm { block.clone() } else { miniz_oxide::deflate::compress_to_vec(&block, 9) };
    std::fs::write(out_dir.join("builtin.bin"), stored).expect("write builtin.bin");
    std::fs::write(out_dir.join("builtin_len.rs"), block.len().to_string()).expect("write builtin_len.rs");

    // The project's pack-signing public keys (`keys/*.pub`), trusted on every device.
    println!("cargo:rerun-if-changed=keys");
    let mut keys: Vec<PathBuf> = std::fs::read_dir(root.join("keys"))
        .map(|entries| entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "pub")).collect())
        .unwrap_or_default();
    keys.sort();
    let mut list = String::from("[\n");
    for key in keys {
        writeln!(list, "    include_str!({:?}),", key.display().to_string()).unwrap();
    }
    list.push(']');
    std::fs::write(out_dir.join("project_keys.rs"), list).expect("write project_keys.rs");
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries {
        let path = entry.expect("read content folder").path();
        if path.is_dir() {
            collect(root, &path, files);
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("ftl" | "toml")) {
            let rel = path.strip_prefix(root).expect("under root").to_string_lossy().replace('\\', "/");
            files.push((rel, path));
        }
    }
}
