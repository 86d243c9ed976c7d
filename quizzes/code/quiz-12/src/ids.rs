//! Public ids: a prefix that says what the id is for, and 12 characters of
//! Crockford's base 32, at random: `ret_7Q2M4K8W3Z1D`.

use std::hash::{BuildHasher, RandomState};

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A fresh id: `ord` for an order, `ret` for a return.
pub fn new(prefix: &str) -> String {
    // std's hasher keys are random for each process and each `RandomState`:
    // enough randomness for ids that only have to differ, with no extra crate.
    let mut bits = RandomState::new().hash_one(prefix);
    let mut id = format!("{prefix}_");
    for _ in 0..12 {
        id.push(char::from(CROCKFORD[(bits & 31) as usize]));
        bits >>= 5;
    }
    id
}
