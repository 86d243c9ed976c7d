//! Ships parcels, and emails the customer a tracking number.

use crate::email::Email;
use crate::mailer::Mailer;

/// A parcel on its way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parcel {
    pub order: u64,
    pub tracking: String,
}

/// The dispatch desk of one warehouse.
#[derive(Debug)]
pub struct Shipping {
    mailer: Mailer,
    shipped: u32,
}

impl Shipping {
    pub fn new(mailer: Mailer) -> Shipping {
        Shipping { mailer, shipped: 0 }
    }

    /// Hands an order to the carrier, and tells the customer how to track it.
    pub fn ship(&mut self, order: u64, customer: &str) -> Parcel {
        self.shipped += 1;
        let parcel = Parcel {
            order,
            tracking: format!("TRK-{:04}", self.shipped),
        };
        self.mailer.send(Email::new(
            customer,
            format!("Order {order} is on its way: {}", parcel.tracking),
        ));
        parcel
    }
}
