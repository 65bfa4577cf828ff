//! Hostile files, made on demand for tests and benchmarks (never committed as binaries).
//!
//! Included with `#[path]` by the core's tests (`tests/it`), the command line's tests and the
//! benchmarks, so each regression fixture is written once.

#![allow(dead_code)]

use senda::packs::packfile;

const EOCD: [u8; 4] = *b"PK\x05\x06";
const CDFH: [u8; 4] = *b"PK\x01\x02";
const LFH: [u8; 4] = *b"PK\x03\x04";

/// The archive that kept a core busy for hours: a central directory of 65,533 entries whose
/// last entry is broken, and after it end-of-directory records that all point at that
/// directory, repeated until the file is exactly as large as a pack may be. A zip reader that
/// looks for the end record backwards re-reads the whole directory for every record it finds.
pub fn many_end_records() -> Vec<u8> {
    many_end_records_sized(packfile::MAX_PACK_BYTES as usize)
}

/// [`many_end_records`] cut to `size` bytes (rounded down to whole end records).
pub fn many_end_records_sized(size: usize) -> Vec<u8> {
    const ENTRIES: u16 = 65_533;
    let mut out = Vec::with_capacity(size);
    // One stored, empty file named "a", so that the directory has something to point at.
    out.extend_from_slice(&LFH);
    out.extend_from_slice(&[10, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    out.extend_from_slice(&[0; 12]); // crc, compressed and uncompressed sizes
    out.extend_from_slice(&[1, 0, 0, 0]); // name length 1, no extra field
    out.push(b'a');
    let directory_start = out.len() as u32;
    for i in 0..ENTRIES {
        // The last entry says its file starts after the directory: the reader gives up on
        // this directory only after reading all of it.
        let local = if i == ENTRIES - 1 { u32::MAX - 1 } else { 0 };
        central_entry(&mut out, b"a", local);
    }
    let directory_size = out.len() as u32 - directory_start;
    while out.len() + 22 <= size {
        end_record(&mut out, ENTRIES, directory_size, directory_start);
    }
    out
}

/// A directory entry for a stored file with no extra field and no comment.
fn central_entry(out: &mut Vec<u8>, name: &[u8], local_header: u32) {
    out.extend_from_slice(&CDFH);
    out.extend_from_slice(&[20, 3, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0]); // made by, needed, flags, method, time, date
    out.extend_from_slice(&[0; 12]); // crc, sizes
    out.extend_from_slice(&(name.len() as u16).to_le_bytes());
    out.extend_from_slice(&[0; 8]); // extra, comment, disk, internal attributes
    out.extend_from_slice(&[0; 4]); // external attributes
    out.extend_from_slice(&local_header.to_le_bytes());
    out.extend_from_slice(name);
}

fn end_record(out: &mut Vec<u8>, entries: u16, directory_size: u32, directory_start: u32) {
    out.extend_from_slice(&EOCD);
    out.extend_from_slice(&[0; 4]); // this disk, the directory's disk
    out.extend_from_slice(&entries.to_le_bytes());
    out.extend_from_slice(&entries.to_le_bytes());
    out.extend_from_slice(&directory_size.to_le_bytes());
    out.extend_from_slice(&directory_start.to_le_bytes());
    out.extend_from_slice(&[0; 2]); // no comment
}

/// A real signed pack whose signature file's last line (the signature of the trusted comment)
/// is replaced by `AAAA`: three bytes where minisign expects 64. Verifying it used to panic
/// inside the minisign crate (exit 101; in the app, an aborted process).
pub fn short_global_signature(signed_pack: &[u8]) -> Vec<u8> {
    with_signature(signed_pack, |sig| {
        let mut lines: Vec<&str> = sig.lines().collect();
        *lines.last_mut().expect("a signature has lines") = "AAAA";
        lines.join("\n") + "\n"
    })
}

/// A signed pack with its signature file's text replaced by `edit(text)`, written back as the
/// canonical archive, so that only the signature differs.
pub fn with_signature(signed_pack: &[u8], edit: impl FnOnce(&str) -> String) -> Vec<u8> {
    let archive = packfile::read_archive(signed_pack).expect("a readable pack");
    let signature = archive.signature.as_deref().expect("a signed pack");
    packfile::write_archive(&archive.manifest_bytes, Some(&edit(signature)), &archive.files)
}
