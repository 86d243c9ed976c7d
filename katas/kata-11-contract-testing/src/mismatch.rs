//! What a side that breaks the contract is told.
//!
//! A mismatch always names the interaction it broke; a problem with a body
//! names the field, as a JSON pointer. So one line says what to fix:
//!
//! ```text
//! "reserving more mugs than are left": expected status 409, got 422
//! "the stock of a product on the shelf": /available: "available" is a required property
//! ```

use std::fmt;

/// One way in which one interaction of a contract is broken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The interaction's description.
    pub interaction: String,
    pub problem: Problem,
}

// ANCHOR: problem
/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The provider has no setup for the interaction's state (`given`), so
    /// the interaction cannot be replayed.
    UnknownState(String),
    /// The provider answered with another status than the contract's.
    Status { expected: u16, actual: u16 },
    /// The body is not JSON at all. Holds the start of it, as text.
    NotJson(String),
    /// A field of a body breaks the schema. `pointer` is a JSON pointer to
    /// that field (`/status`, `/lines/0/sku`; empty for the whole body), and
    /// `message` says what the schema wants.
    Field { pointer: String, message: String },
}
// ANCHOR_END: problem

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.interaction, self.problem)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::UnknownState(state) => {
                write!(f, "the provider has no setup for the state {state:?}")
            }
            Problem::Status { expected, actual } => {
                write!(f, "expected status {expected}, got {actual}")
            }
            Problem::NotJson(start) => write!(f, "the body is not JSON: {start:?}"),
            Problem::Field { pointer, message } if pointer.is_empty() => {
                write!(f, "the body: {message}")
            }
            Problem::Field { pointer, message } => write!(f, "{pointer}: {message}"),
        }
    }
}

/// Mismatches one to a line, for a test's failure message.
pub fn list(mismatches: &[Mismatch]) -> String {
    if mismatches.is_empty() {
        return "  (none)".to_string();
    }
    mismatches
        .iter()
        .map(|mismatch| format!("  - {mismatch}"))
        .collect::<Vec<_>>()
        .join("\n")
}
