//! Step 5: shipping a parcel emails the customer its tracking number. The
//! mailer sends emails from a thread of its own.

use std::thread;
use std::time::Duration;

use kata_14::email::Email;
use kata_14::mailer::Mailer;
use kata_14::shipping::Shipping;

use crate::support::transport::RecordingTransport;

pub fn shipping_emails_the_tracking_number() {
    let transport = RecordingTransport::new();
    let mut shipping = Shipping::new(Mailer::start(transport.clone()));

    let parcel = shipping.ship(7, "ada@example.com");
    // The mailer delivers in the background: give it a moment.
    thread::sleep(Duration::from_millis(10));

    let delivered = transport.delivered();
    assert_eq!(parcel.tracking, "TRK-0001");
    assert_eq!(
        delivered,
        [Email::new(
            "ada@example.com",
            "Order 7 is on its way: TRK-0001"
        )]
    );
}

pub fn emails_go_out_in_the_order_the_parcels_left() {
    let transport = RecordingTransport::new();
    let mut shipping = Shipping::new(Mailer::start(transport.clone()));

    shipping.ship(8, "grace@example.com");
    shipping.ship(9, "alan@example.com");
    thread::sleep(Duration::from_millis(10));

    let delivered = transport.delivered();
    assert_eq!(
        delivered,
        [
            Email::new("grace@example.com", "Order 8 is on its way: TRK-0001"),
            Email::new("alan@example.com", "Order 9 is on its way: TRK-0002"),
        ]
    );
}
