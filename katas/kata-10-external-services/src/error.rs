//! What can go wrong when the shop talks to the carrier, in the shop's words.
//!
//! The rest of the shop never sees a `reqwest::Error` or a status code to
//! interpret: the client turns every failure into one of these, and each one
//! says what the caller can do about it.

use std::error::Error;
use std::fmt;
use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShippingError {
    /// The carrier turned the request down (a 4xx other than 429), with its
    /// reason. Sending the same request again would get the same answer.
    Rejected { status: u16, message: String },
    /// The carrier asks the shop to slow down (429), and kept asking for as
    /// long as the client tried. `retry_after` is what its `Retry-After`
    /// header asked for, when it sent one in seconds.
    RateLimited { retry_after: Option<Duration> },
    /// The carrier failed (5xx), and kept failing for as long as the client
    /// tried.
    Unavailable { status: u16 },
    /// No complete answer within the client's timeout: no answer at all, or
    /// a body that did not end in time. For a booking, nobody knows whether
    /// the carrier made it.
    Timeout,
    /// The request or its answer was lost on the way: nothing listening,
    /// the connection refused, reset or closed early.
    Network(String),
    /// An answer that the carrier's API does not allow: not JSON, or JSON of
    /// another shape. What went wrong, for the logs.
    MalformedResponse(String),
}

impl fmt::Display for ShippingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShippingError::Rejected { status, message } => {
                write!(f, "the carrier refused the request ({status}): {message}")
            }
            ShippingError::RateLimited {
                retry_after: Some(wait),
            } => write!(
                f,
                "the carrier asks us to wait {wait:?} before we ask again"
            ),
            ShippingError::RateLimited { retry_after: None } => {
                write!(f, "the carrier asks us to slow down")
            }
            ShippingError::Unavailable { status } => {
                write!(f, "the carrier is unavailable (it answered {status})")
            }
            ShippingError::Timeout => write!(f, "the carrier did not answer in time"),
            ShippingError::Network(detail) => write!(f, "cannot reach the carrier: {detail}"),
            ShippingError::MalformedResponse(detail) => {
                write!(f, "the carrier's answer makes no sense: {detail}")
            }
        }
    }
}

impl Error for ShippingError {}
