//! A note, as the service stores it and the API sends it.

use std::hash::{BuildHasher, RandomState};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// A public id made at random for each note: `note_` and 12 lowercase
    /// hexadecimal digits, such as `note_3f9a0c41b7d2`.
    pub id: String,
    pub title: String,
    pub body: String,
    /// When the note was written, in whole seconds since the Unix epoch.
    pub created_at: i64,
}

impl Note {
    /// A new note, with a fresh id and the current time.
    pub fn new(title: &str, body: &str) -> Note {
        Note {
            id: fresh_id(),
            title: title.to_owned(),
            body: body.to_owned(),
            created_at: now(),
        }
    }
}

/// 48 random bits, from the standard library alone: every `RandomState` has
/// keys of its own, so hashing the same value gives a different number each
/// time.
fn fresh_id() -> String {
    let random = RandomState::new().hash_one(());
    format!("note_{:012x}", random & 0xffff_ffff_ffff)
}

fn now() -> i64 {
    let since = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(since.as_secs()).unwrap_or(i64::MAX)
}
