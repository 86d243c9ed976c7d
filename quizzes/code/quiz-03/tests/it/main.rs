//! The checkout's tests, integrated top-down: one module per phase, each
//! wiring one more real layer than the last.

mod stubs;

mod phase_1_controller;
mod phase_2_checkout;
mod phase_3_all_real;

use quiz_03::Cents;
use quiz_03::controller::OrderRequest;

/// A mug costs 12.50 and a lamp 15.00.
const PRICES: [(&str, Cents); 2] = [("MUG", Cents(1250)), ("LAMP", Cents(1500))];

/// Two mugs and a lamp (40.00), with a coupon as the customer typed it.
fn two_mugs_and_a_lamp(coupon: Option<&str>) -> OrderRequest {
    OrderRequest {
        items: vec![("MUG".to_string(), 2), ("LAMP".to_string(), 1)],
        coupon: coupon.map(str::to_string),
    }
}
