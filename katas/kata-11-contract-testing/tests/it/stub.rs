//! The stub that the storefront's tests run against: a real HTTP server, on
//! a port of its own, that answers from the contract. **Yours to write**
//! (steps 2 and 3).
//!
//! It knows nothing of the inventory API but what the contract says, so a
//! storefront that passes its tests against it relies on nothing else.

use kata_11::contract::Contract;
use kata_11::mismatch::Mismatch;

/// A server that answers each request the contract describes with that
/// interaction's status and example body.
///
/// Add the fields it needs inside the `{ }`.
#[allow(
    dead_code,
    reason = "your ContractStub::start builds it in step 2; until then, nothing does"
)]
pub struct ContractStub {
    /// Where the stub listens, such as `http://127.0.0.1:54321`.
    pub url: String,
}

impl ContractStub {
    /// Step 2: serves `contract` on 127.0.0.1, on a port the system picks,
    /// until the stub is dropped.
    ///
    /// A request is answered by the interaction whose method, path and body
    /// it matches; a request that matches none gets a 500 whose body says
    /// what was asked, so that the consumer's test fails and shows why.
    ///
    /// Step 3, once step 2 passes: before serving anything, refuse a
    /// contract whose examples do not fit their own schemas, with what
    /// `broken_examples` says.
    pub async fn start(contract: &Contract) -> Result<ContractStub, Vec<Mismatch>> {
        todo!(
            "kata 11, step 2: in tests/it/stub.rs, write ContractStub::start: serve the {} \
             interactions of the contract on 127.0.0.1 port 0, each request answered with its \
             interaction's status and example",
            contract.interactions.len()
        )
    }
}

/// Step 3: every example of `contract` that does not fit its own schema,
/// named by its interaction and its field. Empty when they all fit.
pub fn broken_examples(contract: &Contract) -> Vec<Mismatch> {
    todo!(
        "kata 11, step 3: in tests/it/stub.rs, write broken_examples: check each of the {} \
         examples against its own schema (your check_body from step 1), and name what breaks",
        contract.interactions.len()
    )
}
