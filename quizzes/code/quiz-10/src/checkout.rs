//! The code above the client: it sees the provider only through a trait.

use crate::client::{TaxError, TaxRate};

/// Where the checkout gets its tax rates.
#[expect(async_fn_in_trait, reason = "the futures are awaited in place")]
pub trait TaxRates {
    async fn rate(&self, postcode: &str) -> Result<TaxRate, TaxError>;
}

/// The tax on `subtotal` cents for a customer at `postcode`, in cents,
/// rounded half up.
pub async fn tax_on<R: TaxRates>(
    rates: &R,
    subtotal: u64,
    postcode: &str,
) -> Result<u64, TaxError> {
    let rate = rates.rate(postcode).await?;
    Ok((subtotal * u64::from(rate.basis_points) + 5_000) / 10_000)
}
