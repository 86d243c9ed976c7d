//! Where the two meet: the checkout's delivery promise for a zone.

use crate::promise;
use crate::transit::{self, Zone};

// ANCHOR: promise
/// The promise shown at checkout: the carrier's days, in hours.
pub fn delivery_promise(zone: Zone) -> String {
    promise::within(transit::days(zone) * 24)
}
// ANCHOR_END: promise
