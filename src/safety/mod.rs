//! What keeps personal data on a disk safe: the PIN and its key, a shared device's spaces,
//! wrong-PIN counting and the wipe.

pub mod attempts;
pub mod vault;
