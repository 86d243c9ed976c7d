//! The code above the client, over a stub of the `TaxRates` trait: no HTTP
//! at all.

use quiz_10::checkout::{TaxRates, tax_on};
use quiz_10::client::{TaxError, TaxRate};

/// Answers every postcode with the same rate.
struct StubRates(u32);

impl TaxRates for StubRates {
    async fn rate(&self, _postcode: &str) -> Result<TaxRate, TaxError> {
        Ok(TaxRate {
            basis_points: self.0,
        })
    }
}

// ANCHOR: over_a_stub
#[tokio::test]
async fn tax_is_charged_at_the_providers_rate() {
    let tax = tax_on(&StubRates(1900), 2_000, "10115").await;

    assert_eq!(tax, Ok(380));
}
// ANCHOR_END: over_a_stub
