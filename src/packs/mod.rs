//! Guide packs on a device and passed between devices: the signed pack file, installing and
//! rolling back, the share kit with the installer it carries, and the desktop entry.

pub mod desktop;
#[cfg(feature = "packs")]
pub mod installer;
#[cfg(feature = "packs")]
pub mod packfile;
#[cfg(feature = "packs")]
pub mod sharekit;
#[cfg(feature = "packs")]
pub mod updates;
