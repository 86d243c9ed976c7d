//! The consumer: the account page reads a member's points from the loyalty
//! API's answer. It reads the two fields it shows, and ignores the rest.

use serde::Deserialize;

/// What the page shows.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Points {
    pub points: u32,
    pub tier: Tier,
}

/// The tiers the page has a badge for. It reads them strictly: a tier it
/// doesn't know is an error, not a blank badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    Bronze,
    Silver,
    Gold,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountError {
    /// The loyalty API knows no such member.
    UnknownMember,
    /// An answer the page can't read.
    Unreadable(String),
    /// A status the page doesn't expect.
    Unexpected(u16),
}

/// Reads the loyalty API's answer to `GET /members/{id}/points`.
pub fn read_points(status: u16, body: &[u8]) -> Result<Points, AccountError> {
    match status {
        200 => serde_json::from_slice(body)
            .map_err(|error| AccountError::Unreadable(error.to_string())),
        404 => Err(AccountError::UnknownMember),
        other => Err(AccountError::Unexpected(other)),
    }
}
