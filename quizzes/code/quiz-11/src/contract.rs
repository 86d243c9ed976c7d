//! The contract between the account page and the loyalty API: a list of
//! interactions, each a request the account page makes, the state the
//! loyalty API must be in (`given`), and the answer the page relies on: a
//! status, a JSON Schema of the bodies it can read, and one example body.

use serde::Deserialize;
use serde_json::Value;

/// The interactions of `src/contract.json`, by description.
pub const MEMBERS_POINTS: &str = "a member's points";
pub const UNKNOWN_MEMBER: &str = "an unknown member";

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Contract {
    pub consumer: String,
    pub provider: String,
    pub interactions: Vec<Interaction>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Interaction {
    pub description: String,
    pub given: String,
    pub request: ExpectedRequest,
    pub response: ExpectedResponse,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ExpectedRequest {
    pub method: String,
    pub path: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ExpectedResponse {
    pub status: u16,
    pub schema: Value,
    pub example: Value,
}

impl Contract {
    /// The contract the two sides agree on, as committed.
    pub fn account_loyalty() -> Contract {
        serde_json::from_str(include_str!("contract.json"))
            .expect("src/contract.json is a contract")
    }

    /// The interaction described as `description`.
    pub fn interaction(&self, description: &str) -> &Interaction {
        self.interactions
            .iter()
            .find(|interaction| interaction.description == description)
            .unwrap_or_else(|| panic!("the contract has no interaction {description:?}"))
    }
}
