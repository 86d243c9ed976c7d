//! Step 5: shipping a parcel emails the customer its tracking number. The
//! mailer sends emails from a thread of its own.

use kata_14::email::Email;
use kata_14::mailer::Mailer;
use kata_14::shipping::Shipping;

use crate::support::transport::RecordingTransport;

pub fn shipping_emails_the_tracking_number() {
    let transport = RecordingTransport::new();
    let mut shipping = Shipping::new(Mailer::start(transport.clone()));

    let parcel = shipping.ship(7, "ada@example.com");
    // The mailer delivers in the background: wait for the email itself,
    // however long it takes, and not a moment longer.
    let delivered = transport.wait_for(1);

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
    let delivered = transport.wait_for(2);

    assert_eq!(
        delivered,
        [
            Email::new("grace@example.com", "Order 8 is on its way: TRK-0001"),
            Email::new("alan@example.com", "Order 9 is on its way: TRK-0002"),
        ]
    );
}
