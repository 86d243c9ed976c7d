//! Paying: the card provider's answer, and what the shop does with it.

/// Bob checks out and pays with a card that is declined. Then: his order
/// is still waiting for payment with its items set aside, no money was
/// taken, and no one told him his order is confirmed.
#[tokio::test]
async fn a_declined_card_changes_nothing() {
    todo!("kata 15, step 7: a declined card (see the scenario above)")
}

/// Bob's card is declined, and he pays again with a good one. Then: his
/// order is paid, his card was charged once, and he was told once.
#[tokio::test]
async fn a_pending_order_can_be_paid_with_another_card() {
    todo!("kata 15, step 8: paying again with another card (see the scenario above)")
}
