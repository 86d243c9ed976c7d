//! Provider verification: every interaction of the contract replayed
//! against the real inventory API, in process. **Yours to write** (steps 4
//! and 5).

use axum::body::Bytes;
use kata_11::contract::{Contract, Interaction};
use kata_11::mismatch::{Mismatch, Problem};

use crate::provider_states::Provider;

/// What the provider answered to a replayed request. Given.
#[derive(Debug, Clone)]
#[allow(
    dead_code,
    reason = "your replay builds it in step 4; until then, nothing does"
)]
pub struct Reply {
    pub status: u16,
    /// The whole body, as the provider sent it.
    pub body: Bytes,
}

/// Step 4: sends the interaction's request to the provider, set up in the
/// interaction's state (`given`), and returns what it answered. In process:
/// the router is called as a function, with no socket and no client.
///
/// `Err(Problem::UnknownState)` when the provider has no setup for that
/// state.
pub async fn replay(provider: &Provider, interaction: &Interaction) -> Result<Reply, Problem> {
    let _ = provider;
    todo!(
        "kata 11, step 4: in tests/it/verifier.rs, write replay: set the provider up in the \
         state {:?}, and send it {} {} in process, with tower's oneshot",
        interaction.given,
        interaction.request.method,
        interaction.request.path,
    )
}

/// Step 5: replays every interaction of `contract` against `provider`, and
/// checks each answer: its status, and its body against the interaction's
/// schema. `Ok` when the provider honors every interaction; otherwise every
/// mismatch of every interaction, not only the first.
pub async fn verify(contract: &Contract, provider: &Provider) -> Result<(), Vec<Mismatch>> {
    let _ = provider;
    todo!(
        "kata 11, step 5: in tests/it/verifier.rs, write verify: replay each of the {} \
         interactions, check the status and the body, and collect a Mismatch for every \
         problem",
        contract.interactions.len()
    )
}
