//! The key that makes a booking safe to send more than once.
//!
//! A booking that timed out may have been made or not: the answer was lost,
//! not necessarily the request. Sent again, it could book the parcel twice.
//! With an idempotency key, the carrier books each key once and answers a
//! repeat with the shipment it already made, so the client may send it
//! again.

/// The HTTP header that carries the key.
pub const IDEMPOTENCY_KEY: &str = "Idempotency-Key";

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdempotencyKey(String);

impl IdempotencyKey {
    /// The key of an order's shipment. It comes from the order, not from a
    /// random number: a booking that the shop sends again tomorrow, after a
    /// crash, carries the same key as the one it sent today.
    ///
    /// Any character that an HTTP header cannot carry, and `%`, is written
    /// as `%XX` for each of its bytes: two orders never share a key, and
    /// every key is a valid header value.
    pub fn for_order(order: &str) -> IdempotencyKey {
        let mut key = String::from("shipment-of-");
        for byte in order.bytes() {
            if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
                key.push(char::from(byte));
            } else {
                key.push_str(&format!("%{byte:02X}"));
            }
        }
        IdempotencyKey(key)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
