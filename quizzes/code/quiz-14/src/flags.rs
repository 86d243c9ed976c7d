//! The shop's feature flags. In production an admin page switches them on;
//! every part of the shop reads them.

use std::collections::BTreeSet;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// The flag of the free-shipping promotion.
pub const FREE_SHIPPING: &str = "free-shipping";

// ANCHOR: global
/// The flags that are on, for the whole process: any part of the shop can
/// read them without being handed anything.
static ON: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());

pub fn switch_on(flag: &str) {
    on().insert(flag.to_string());
}

pub fn is_on(flag: &str) -> bool {
    on().contains(flag)
}
// ANCHOR_END: global

fn on() -> MutexGuard<'static, BTreeSet<String>> {
    ON.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Flags as a value that someone owns, and hands to what reads them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags(BTreeSet<String>);

impl Flags {
    pub fn with(flag: &str) -> Flags {
        Flags(BTreeSet::from([flag.to_string()]))
    }

    pub fn is_on(&self, flag: &str) -> bool {
        self.0.contains(flag)
    }
}
