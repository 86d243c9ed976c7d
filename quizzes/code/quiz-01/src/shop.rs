//! The join: the shop builds its rate table from its settings, and asks it
//! for the postage of a cart.

use crate::Cents;
use crate::cart::Cart;
use crate::postage::RateTable;
use crate::settings::Settings;

/// What the shop needs from a rate service.
pub trait Rates {
    /// The price of a parcel of `kilograms` whole kilograms.
    fn quote(&self, kilograms: u32) -> Cents;
}

impl Rates for RateTable {
    fn quote(&self, kilograms: u32) -> Cents {
        RateTable::quote(self, kilograms)
    }
}

pub struct Shop<R> {
    rates: R,
}

impl<R: Rates> Shop<R> {
    pub fn with_rates(rates: R) -> Shop<R> {
        Shop { rates }
    }

    // ANCHOR: postage
    /// The postage for a cart. The cart weighs in grams and the rate table
    /// quotes by whole kilograms, so the weight is rounded up to the next
    /// kilogram.
    pub fn postage(&self, cart: &Cart) -> Cents {
        let kilograms = cart.weight().div_ceil(1000);
        self.rates.quote(kilograms)
    }
    // ANCHOR_END: postage
}

impl Shop<RateTable> {
    // ANCHOR: from_settings
    /// The shop as it runs: its rate table quotes for the zone its settings
    /// name.
    pub fn from_settings(text: &str) -> Result<Shop<RateTable>, String> {
        let settings = Settings::parse(text)?;
        Ok(Shop::with_rates(RateTable::for_zone(settings.zone)))
    }
    // ANCHOR_END: from_settings
}
