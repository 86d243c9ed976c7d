//! After checkout: an order's life (`src/order_status.rs`), the changes the
//! shop allows, and the ones it must refuse.

/// Bob checks out, never pays, and cancels his order. Then: it is
/// cancelled, and its items are for sale again.
#[tokio::test]
async fn cancelling_an_unpaid_order_puts_its_items_back() {
    todo!("kata 15, step 9: cancel an unpaid order (see the scenario above)")
}

/// Ada's paid order ships, and then she asks for her money back. Then:
/// the order is refunded, she got back all she paid, the items stay gone
/// (they left in the parcel), and she was told at each step.
#[tokio::test]
async fn a_shipped_order_can_be_refunded() {
    todo!("kata 15, step 10: ship, then refund (see the scenario above)")
}

/// Someone tries to ship or refund an unpaid order, to pay for or cancel a
/// paid one, and to do anything at all to a cancelled one. Then: each is
/// refused, and the order, the money and the messages stay as they were.
#[tokio::test]
async fn what_an_order_status_does_not_allow_is_refused() {
    todo!("kata 15, step 11: the refused changes (see the scenario above)")
}
