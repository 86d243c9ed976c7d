//! What the tests share: settings, the shop's sample data, and a guard for
//! calls that might never return. Given.

use std::future::Future;
use std::time::{Duration, Instant};

use kata_10::carrier::{Booking, Parcel, Rate, Shipment};
use kata_10::client::ShippingClient;
use kata_10::retry::RetryPolicy;
use kata_10::settings::Settings;
use reqwest::Url;
use serde_json::{Value, json};

use crate::pauses::RecordedPauses;

/// The timeout of a client whose stub answers at once. Far longer than any
/// answer on loopback takes, even on a busy CI machine: a test that expects
/// an answer never races its timeout.
pub const GENEROUS: Duration = Duration::from_secs(10);

/// The timeout of a client whose stub never answers. Short, so that the test
/// is fast; the stub never answers at all, so there is no race either.
pub const SHORT: Duration = Duration::from_millis(20);

/// How long a test waits for a call that should return, before it fails
/// with a message instead of hanging the whole run.
pub const PATIENCE: Duration = Duration::from_secs(5);

/// One attempt, and a generous timeout.
pub fn once() -> Settings {
    Settings {
        timeout: GENEROUS,
        retry: RetryPolicy::never(),
    }
}

/// Four attempts, 100, 200 and 300 ms apart (the last one capped), and a
/// generous timeout.
pub fn retrying() -> Settings {
    Settings {
        timeout: GENEROUS,
        retry: RetryPolicy {
            max_attempts: 4,
            first_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(300),
        },
    }
}

pub fn millis(list: &[u64]) -> Vec<Duration> {
    list.iter().copied().map(Duration::from_millis).collect()
}

/// Three attempts, 100 and 200 ms apart, and a short timeout: for a stub
/// that never answers.
pub fn retrying_briefly() -> Settings {
    Settings {
        timeout: SHORT,
        retry: RetryPolicy {
            max_attempts: 3,
            ..retrying().retry
        },
    }
}

/// A client that records its pauses instead of sleeping, and the record.
pub fn client(url: Url, settings: Settings) -> (ShippingClient<RecordedPauses>, RecordedPauses) {
    let pauses = RecordedPauses::default();
    let client = ShippingClient::with_pause(url, settings, pauses.clone());
    (client, pauses)
}

/// Awaits `call`, and fails the test with `message` if it takes longer than
/// `PATIENCE`.
pub async fn within<F: Future>(call: F, message: &str) -> F::Output {
    match tokio::time::timeout(PATIENCE, call).await {
        Ok(output) => output,
        Err(_) => panic!("\n{message}\n"),
    }
}

/// Asks `condition` every few milliseconds until it holds, and fails the
/// test with `message` if it still does not after `PATIENCE`.
pub async fn eventually(condition: impl Fn() -> bool, message: &str) {
    let started = Instant::now();
    while !condition() {
        assert!(started.elapsed() < PATIENCE, "\n{message}\n");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// A plain reqwest client, for the tests of the stub itself: no proxy, no
/// timeout.
pub fn plain_client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("a reqwest client without TLS always builds")
}

/// A 1.2 kg parcel to Berlin Mitte.
pub fn parcel() -> Parcel {
    Parcel {
        weight_grams: 1200,
        to: "10115".to_string(),
    }
}

/// What the carrier charges for `parcel()`.
pub fn rates() -> Vec<Rate> {
    vec![
        Rate {
            service: "standard".to_string(),
            price_cents: 495,
            days: 3,
        },
        Rate {
            service: "express".to_string(),
            price_cents: 1290,
            days: 1,
        },
    ]
}

/// `rates()` as the carrier sends them.
pub fn rates_json() -> Value {
    json!({ "rates": rates() })
}

/// Order A-1001 ships `parcel()` by the standard service.
pub fn booking() -> Booking {
    Booking {
        order: "A-1001".to_string(),
        service: "standard".to_string(),
        weight_grams: 1200,
        to: "10115".to_string(),
    }
}

/// What the carrier answers when it books `booking()`.
pub fn shipment() -> Shipment {
    Shipment {
        id: "shp_7Q2".to_string(),
        tracking_number: "TRK-0042-1001".to_string(),
    }
}
