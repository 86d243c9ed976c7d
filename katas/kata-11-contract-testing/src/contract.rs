//! The contract file: what it holds, and how the tests read it.
//!
//! Both sides' tests read the same format. In a real shop this module would
//! be a small crate of its own that both repositories depend on; here it is
//! part of the kata's library, so that it is compiled once, not on every edit
//! of the tests.
//!
//! A contract lists **interactions**. Each one is a request that the
//! consumer makes, the state the provider must be in for it (`given`), and
//! the answer the consumer relies on: a status, a JSON Schema that every
//! acceptable body fits, and one example body that fits it.
//!
//! ```json
//! {
//!   "description": "the stock of a product running low",
//!   "given": "MUG has 2 in stock",
//!   "request": { "method": "GET", "path": "/stock/MUG" },
//!   "response": { "status": 200, "schema": { ... }, "example": { ... } }
//! }
//! ```
//!
//! A request with a body has `"body"` too, as JSON. The schemas are JSON
//! Schema, draft 2020-12, the default of the `jsonschema` crate.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::Value;

// ANCHOR: descriptions
// The interactions of contracts/storefront-inventory.json, by description.
pub const ON_THE_SHELF: &str = "the stock of a product on the shelf";
pub const RUNNING_LOW: &str = "the stock of a product running low";
pub const SOLD_OUT: &str = "the stock of a sold-out product with a restock date";
pub const NOT_SOLD: &str = "the stock of a product the shop does not sell";
pub const RESERVING: &str = "reserving two keyboards";
pub const SHORTAGE: &str = "reserving more mugs than are left";
// ANCHOR_END: descriptions

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Contract {
    pub consumer: String,
    pub provider: String,
    pub interactions: Vec<Interaction>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Interaction {
    /// What the consumer does, in its own words; unique in a contract. Every
    /// mismatch names its interaction by it.
    pub description: String,
    /// The provider state: what the provider must hold before the request,
    /// such as "MUG has 2 in stock".
    pub given: String,
    pub request: ExpectedRequest,
    pub response: ExpectedResponse,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ExpectedRequest {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path, and the query string if there is one: `/stock/MUG`.
    pub path: String,
    /// The JSON body, for a request that has one.
    #[serde(default)]
    pub body: Option<Value>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ExpectedResponse {
    pub status: u16,
    /// A JSON Schema that every body the consumer can use fits.
    pub schema: Value,
    /// One such body: what the consumer's stub answers.
    pub example: Value,
}

/// The folder of the committed contracts, `contracts/` in the kata.
pub fn contracts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("contracts")
}

impl Contract {
    /// The contract between the storefront and the inventory API, as
    /// committed in `contracts/storefront-inventory.json`: read and checked
    /// once per test run, and a copy of its own for each caller to edit.
    pub fn storefront_inventory() -> Contract {
        static COMMITTED: OnceLock<Contract> = OnceLock::new();
        COMMITTED
            .get_or_init(|| Contract::load(&contracts_dir().join("storefront-inventory.json")))
            .clone()
    }

    /// Reads a contract file, and checks what a test can't do without:
    /// the descriptions are unique, and every schema is a valid JSON Schema.
    pub fn load(path: &Path) -> Contract {
        let text = fs::read_to_string(path)
            .unwrap_or_else(|error| panic!("cannot read the contract {}: {error}", path.display()));
        let contract: Contract = serde_json::from_str(&text).unwrap_or_else(|error| {
            panic!("the contract {} is not readable: {error}", path.display())
        });
        for (index, interaction) in contract.interactions.iter().enumerate() {
            let description = &interaction.description;
            let repeated = contract.interactions[..index]
                .iter()
                .any(|earlier| &earlier.description == description);
            assert!(
                !repeated,
                "{}: two interactions are called {description:?}",
                path.display()
            );
            if let Err(error) = jsonschema::meta::validate(&interaction.response.schema) {
                panic!(
                    "{}: the schema of {description:?} is not a valid JSON Schema: {error}",
                    path.display()
                );
            }
        }
        contract
    }

    /// The interaction called `description`. Panics, listing the ones there
    /// are, when there is none.
    pub fn interaction(&self, description: &str) -> &Interaction {
        match self
            .interactions
            .iter()
            .find(|i| i.description == description)
        {
            Some(interaction) => interaction,
            None => panic!("{}", self.no_interaction(description)),
        }
    }

    /// The interaction called `description`, to edit: a drift test changes
    /// its copy of the contract in memory, never the file.
    pub fn interaction_mut(&mut self, description: &str) -> &mut Interaction {
        let message = self.no_interaction(description);
        self.interactions
            .iter_mut()
            .find(|i| i.description == description)
            .unwrap_or_else(|| panic!("{message}"))
    }

    fn no_interaction(&self, description: &str) -> String {
        let known: Vec<&str> = self
            .interactions
            .iter()
            .map(|i| i.description.as_str())
            .collect();
        format!("the contract has no interaction {description:?}; it has {known:?}")
    }
}
