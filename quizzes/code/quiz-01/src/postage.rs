//! The carrier's rate table.

use crate::Cents;

/// Where the shop's parcels go.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Zone {
    /// A new rate table quotes for the home country, unless told otherwise.
    #[default]
    Domestic,
    Europe,
}

/// The carrier's prices for one zone.
#[derive(Debug, Default)]
pub struct RateTable {
    zone: Zone,
}

impl RateTable {
    pub fn for_zone(zone: Zone) -> RateTable {
        RateTable { zone }
    }

    // ANCHOR: quote
    /// The price of a parcel that weighs `kilograms` **whole kilograms**:
    ///
    /// | weight          | domestic | Europe |
    /// |-----------------|----------|--------|
    /// | up to 2 kg      | 4.90     | 7.90   |
    /// | up to 20 kg     | 9.90     | 14.90  |
    /// | more (freight)  | 89.00    | 129.00 |
    pub fn quote(&self, kilograms: u32) -> Cents {
        let band = if kilograms <= 2 {
            0
        } else if kilograms <= 20 {
            1
        } else {
            2
        };
        let prices = match self.zone {
            Zone::Domestic => [490, 990, 8900],
            Zone::Europe => [790, 1490, 12900],
        };
        Cents(prices[band])
    }
    // ANCHOR_END: quote
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_kilogram_parcel_costs_4_90_at_home() {
        assert_eq!(RateTable::default().quote(1), Cents(490));
    }

    #[test]
    fn a_two_kilogram_parcel_is_still_small() {
        assert_eq!(RateTable::default().quote(2), Cents(490));
        assert_eq!(RateTable::default().quote(3), Cents(990));
    }

    #[test]
    fn europe_costs_more() {
        assert_eq!(RateTable::for_zone(Zone::Europe).quote(1), Cents(790));
    }
}
