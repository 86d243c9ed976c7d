//! The room's secrets: the join code learners type, the tokens that prove
//! who is reporting and who is the instructor, and comparing them without
//! saying, through the time it takes, how much of a guess was right.

use std::hint::black_box;

use anyhow::{Context, Result};

/// Letters and digits that cannot be read as one another on a projector or
/// a whiteboard: no 0/O, 1/I/L, 2/Z, 5/S, 8/B.
const CODE_ALPHABET: &[u8] = b"34679ACDEFGHJKMNPQRTUVWXY";
/// Six of 25 symbols: about 244 million codes, short enough to read out.
const CODE_LENGTH: usize = 6;
/// 128 bits, written as 32 hex digits.
const TOKEN_BYTES: usize = 16;

/// A new join code, such as `K7QXMP`.
pub fn join_code() -> Result<String> {
    let mut bytes = [0u8; CODE_LENGTH];
    getrandom::fill(&mut bytes).context("the system's random source failed")?;
    // 25 does not divide 256; the bias this leaves (7 of 256) is of no help
    // to someone guessing a code that changes with each room.
    Ok(bytes
        .iter()
        .map(|b| char::from(CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()]))
        .collect())
}

/// A new token: 128 random bits as hex.
pub fn token() -> Result<String> {
    let mut bytes = [0u8; TOKEN_BYTES];
    getrandom::fill(&mut bytes).context("the system's random source failed")?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Whether a join code as typed is the room's: case and spaces or dashes
/// do not matter (`k7q-xmp` is `K7QXMP`), and the comparison takes the same
/// time wherever the first wrong character is.
pub fn code_matches(typed: &str, code: &str) -> bool {
    let typed: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    constant_time_eq(typed.as_bytes(), code.as_bytes())
}

/// Compares two secrets in time that depends on their lengths only: every
/// byte is looked at, and the differences are folded together before the one
/// branch at the end. `black_box` keeps the optimiser from turning the loop
/// back into an early exit. (The length is not secret: codes and tokens have
/// a fixed one.) A small function with a test, rather than one more crate.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut difference = 0u8;
    for (x, y) in a.iter().zip(b) {
        difference |= black_box(x ^ y);
    }
    black_box(difference) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_secrets_match_and_any_difference_does_not() {
        assert!(constant_time_eq(b"", b""));
        assert!(constant_time_eq(b"abc123", b"abc123"));
        assert!(!constant_time_eq(b"abc123", b"abc124"), "last byte");
        assert!(!constant_time_eq(b"abc123", b"xbc123"), "first byte");
        assert!(!constant_time_eq(b"abc123", b"abc12"), "shorter");
        assert!(!constant_time_eq(b"abc12", b"abc123"), "longer");
    }

    #[test]
    fn a_code_matches_whatever_its_case_and_separators() {
        assert!(code_matches("K7QXMP", "K7QXMP"));
        assert!(code_matches("k7q-xmp", "K7QXMP"));
        assert!(code_matches(" k7q xmp ", "K7QXMP"));
        assert!(!code_matches("K7QXMQ", "K7QXMP"));
        assert!(!code_matches("", "K7QXMP"));
    }

    #[test]
    fn codes_and_tokens_are_fresh_and_well_formed() {
        let code = join_code().unwrap();
        assert_eq!(code.len(), CODE_LENGTH);
        assert!(code.bytes().all(|b| CODE_ALPHABET.contains(&b)), "{code}");
        let (a, b) = (token().unwrap(), token().unwrap());
        assert_eq!(a.len(), 2 * TOKEN_BYTES);
        assert!(a.bytes().all(|b| b.is_ascii_hexdigit()), "{a}");
        assert_ne!(a, b, "two tokens are never the same");
    }
}
