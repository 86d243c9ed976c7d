//! Public ids: the ids that clients see.
//!
//! Every order and shipment has two ids. The database numbers its rows 1, 2,
//! 3, ...: that **internal id** is how the tables refer to each other, and it
//! never leaves the server, because a client who sees it learns how many
//! orders the shop has taken and can guess the next one. Clients get a
//! **public id** instead, made fresh and at random when the order is placed:
//!
//! - an order's is `ord_` and then 12 characters, such as `ord_5M2K8QW3ZP1D`;
//! - a shipment's is `shp_` and then 12 characters, such as `shp_0Q7RT9XH4C2M`.
//!
//! The 12 characters come from Crockford's base 32: the digits `0`-`9` and
//! the capitals `A`-`Z` without `I`, `L`, `O` and `U`, which are too easy to
//! misread or mistype.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

/// Crockford's base 32 alphabet.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// How many characters follow the prefix.
pub const LENGTH: usize = 12;

/// A fresh public id for an order: `ord_` and 12 characters.
pub fn order_id() -> String {
    fresh("ord_")
}

/// A fresh public id for a shipment: `shp_` and 12 characters.
pub fn shipment_id() -> String {
    fresh("shp_")
}

fn fresh(prefix: &str) -> String {
    let mut bits = random_u64();
    let mut id = String::with_capacity(prefix.len() + LENGTH);
    id.push_str(prefix);
    for _ in 0..LENGTH {
        id.push(char::from(ALPHABET[(bits & 31) as usize]));
        bits >>= 5;
    }
    id
}

/// 64 bits no one can predict, from the standard library alone. Each
/// `RandomState` hashes with keys that the operating system's random source
/// seeded and that change from one `RandomState` to the next; hashing a
/// counter with a new one gives a different number every call. (A real shop
/// would use the `uuid` or `rand` crate; for ids, this is enough.)
fn random_u64() -> u64 {
    static CALLS: AtomicU64 = AtomicU64::new(0);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(CALLS.fetch_add(1, Ordering::Relaxed));
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::{ALPHABET, LENGTH, order_id, shipment_id};

    #[test]
    fn an_id_is_its_prefix_and_twelve_characters_of_the_alphabet() {
        for (id, prefix) in [(order_id(), "ord_"), (shipment_id(), "shp_")] {
            let rest = id
                .strip_prefix(prefix)
                .expect("the id starts with its prefix");
            assert_eq!(rest.len(), LENGTH, "{id}");
            assert!(rest.bytes().all(|c| ALPHABET.contains(&c)), "{id}");
        }
    }

    #[test]
    fn every_id_is_fresh() {
        let ids: HashSet<String> = (0..1000).map(|_| order_id()).collect();
        assert_eq!(ids.len(), 1000, "1000 ids, no two the same");
    }
}
