//! The sentence the checkout page shows about delivery.

/// "Arrives within 48 hours", for a number of hours.
pub fn within(hours: u32) -> String {
    format!("Arrives within {hours} hours")
}
