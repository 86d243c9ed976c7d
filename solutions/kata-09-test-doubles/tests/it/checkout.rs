//! Checkout, with mocks in place of the store, the gateway and the mailer.
//! The first test is given, as an example; **you write the other four.**

use kata_09::cart::{Cart, Line};
use kata_09::checkout::CheckoutError;
use kata_09::money::Cents;
use kata_09::orders::{NewOrder, Order, OrderId, OrderStatus};
use kata_09::payments::{Charge, ChargeOutcome, GatewayUnavailable, PaymentId};
use mockall::Sequence;
use mockall::predicate::{always, eq};

use crate::doubles::{Doubles, NOW, ada};

// ANCHOR: empty_cart
/// Given. An empty cart is refused before the shop stores, charges or sends
/// anything: every mock here has no expectations, so each one is a dummy
/// that fails the test if it is called.
#[tokio::test]
async fn an_empty_cart_is_refused_before_anything_is_called() {
    let doubles = Doubles::new();

    let result = doubles
        .checkout()
        .checkout(&ada(), &Cart::default(), "tok_visa")
        .await;

    assert_eq!(result, Err(CheckoutError::EmptyCart));
}
// ANCHOR_END: empty_cart

const MUG: Cents = Cents(650);
const KEYBOARD: Cents = Cents(4900);
/// Two mugs and a keyboard.
const TOTAL: Cents = Cents(2 * 650 + 4900);

fn two_mugs_and_a_keyboard() -> Cart {
    Cart::new(vec![
        Line::new("MUG", MUG, 2),
        Line::new("KEYBOARD", KEYBOARD, 1),
    ])
}

fn approved(payment: &str) -> Result<ChargeOutcome, GatewayUnavailable> {
    Ok(ChargeOutcome::Approved {
        payment: PaymentId(payment.into()),
    })
}

/// The store's answer to `create_order`: the order, stored as `id`.
fn stored_as(id: i64) -> impl Fn(&NewOrder) -> Result<Order, kata_09::store::StoreError> {
    move |new| Ok(Order::new(OrderId(id), new))
}

/// The order is stored with the cart's total, and the card is charged that
/// total, for that order, once.
#[tokio::test]
async fn the_card_is_charged_the_total_of_the_cart_once() {
    let mut doubles = Doubles::new();
    doubles
        .store
        .expect_create_order()
        .with(eq(NewOrder {
            customer: ada().id,
            total: TOTAL,
            placed_at: NOW,
        }))
        .times(1)
        .returning(stored_as(7));
    doubles
        .gateway
        .expect_charge()
        .withf(|charge| {
            *charge
                == Charge {
                    order: OrderId(7),
                    amount: TOTAL,
                    card: "tok_visa".into(),
                }
        })
        .times(1)
        .returning(|_| approved("pay_1"));
    doubles
        .store
        .expect_mark_paid()
        .with(eq(OrderId(7)), eq(PaymentId("pay_1".into())))
        .times(1)
        .returning(|_, _| Ok(()));
    doubles.mailer.expect_receipt().times(1).return_const(());

    let paid = doubles
        .checkout()
        .checkout(&ada(), &two_mugs_and_a_keyboard(), "tok_visa")
        .await;

    assert_eq!(
        paid,
        Ok(Order {
            id: OrderId(7),
            customer: ada().id,
            total: TOTAL,
            placed_at: NOW,
            status: OrderStatus::Paid,
            payment: Some(PaymentId("pay_1".into())),
        })
    );
}

/// Order matters: the order is stored before the card is charged (the
/// charge names it), and the receipt goes out only after the shop has
/// recorded the payment.
#[tokio::test]
async fn the_receipt_goes_out_only_once_the_payment_is_recorded() {
    let mut doubles = Doubles::new();
    let mut order_of_calls = Sequence::new();
    doubles
        .store
        .expect_create_order()
        .times(1)
        .in_sequence(&mut order_of_calls)
        .returning(stored_as(7));
    doubles
        .gateway
        .expect_charge()
        .times(1)
        .in_sequence(&mut order_of_calls)
        .returning(|_| approved("pay_1"));
    doubles
        .store
        .expect_mark_paid()
        .times(1)
        .in_sequence(&mut order_of_calls)
        .returning(|_, _| Ok(()));
    doubles
        .mailer
        .expect_receipt()
        .withf(|customer, order| *customer == ada() && order.status == OrderStatus::Paid)
        .times(1)
        .in_sequence(&mut order_of_calls)
        .return_const(());

    let paid = doubles
        .checkout()
        .checkout(&ada(), &two_mugs_and_a_keyboard(), "tok_visa")
        .await;

    assert_eq!(paid.map(|order| order.status), Ok(OrderStatus::Paid));
}

/// A declined card: the order is kept as declined, the customer hears that
/// the card was declined (and gets no receipt). Then the customer pays for
/// the same cart with another card, and that one goes through.
#[tokio::test]
async fn a_declined_card_gets_no_receipt_and_another_card_can_pay() {
    let mut doubles = Doubles::new();

    // First, the declined card.
    doubles
        .store
        .expect_create_order()
        .times(1)
        .returning(stored_as(7));
    doubles
        .gateway
        .expect_charge()
        .withf(|charge| charge.order == OrderId(7) && charge.card == "tok_declined")
        .times(1)
        .returning(|_| {
            Ok(ChargeOutcome::Declined {
                reason: "insufficient funds".into(),
            })
        });
    doubles
        .store
        .expect_mark_declined()
        .with(eq(OrderId(7)))
        .times(1)
        .returning(|_| Ok(()));
    doubles
        .mailer
        .expect_payment_declined()
        .withf(|customer, order| {
            *customer == ada()
                && order.id == OrderId(7)
                && order.status == OrderStatus::PaymentDeclined
        })
        .times(1)
        .return_const(());
    doubles.mailer.expect_receipt().never();

    let declined = doubles
        .checkout()
        .checkout(&ada(), &two_mugs_and_a_keyboard(), "tok_declined")
        .await;

    assert_eq!(
        declined,
        Err(CheckoutError::PaymentDeclined {
            order: OrderId(7),
            reason: "insufficient funds".into(),
        })
    );
    // The first attempt is over: its expectations must all be met now, and
    // none of them may answer for the second attempt.
    doubles.store.checkpoint();
    doubles.gateway.checkpoint();
    doubles.mailer.checkpoint();

    // Then, another card.
    doubles
        .store
        .expect_create_order()
        .times(1)
        .returning(stored_as(8));
    doubles
        .gateway
        .expect_charge()
        .withf(|charge| charge.order == OrderId(8) && charge.card == "tok_visa")
        .times(1)
        .returning(|_| approved("pay_2"));
    doubles
        .store
        .expect_mark_paid()
        .with(eq(OrderId(8)), always())
        .times(1)
        .returning(|_, _| Ok(()));
    doubles
        .mailer
        .expect_receipt()
        .withf(|_, order| order.id == OrderId(8))
        .times(1)
        .return_const(());

    let paid = doubles
        .checkout()
        .checkout(&ada(), &two_mugs_and_a_keyboard(), "tok_visa")
        .await;

    assert_eq!(
        paid.map(|order| (order.id, order.status)),
        Ok((OrderId(8), OrderStatus::Paid))
    );
}

/// The gateway can't be reached the first time: the shop asks once more,
/// for the same order (so the customer can't pay twice), and the order is
/// paid.
#[tokio::test]
async fn an_unreachable_gateway_is_asked_once_more_for_the_same_order() {
    let mut doubles = Doubles::new();
    doubles
        .store
        .expect_create_order()
        .times(1)
        .returning(stored_as(7));
    doubles
        .gateway
        .expect_charge()
        .withf(|charge| charge.order == OrderId(7))
        .times(1)
        .returning(|_| Err(GatewayUnavailable));
    doubles
        .gateway
        .expect_charge()
        .withf(|charge| charge.order == OrderId(7))
        .times(1)
        .returning(|_| approved("pay_1"));
    doubles
        .store
        .expect_mark_paid()
        .with(eq(OrderId(7)), eq(PaymentId("pay_1".into())))
        .times(1)
        .returning(|_, _| Ok(()));
    doubles.mailer.expect_receipt().times(1).return_const(());

    let paid = doubles
        .checkout()
        .checkout(&ada(), &two_mugs_and_a_keyboard(), "tok_visa")
        .await;

    assert_eq!(paid.map(|order| order.status), Ok(OrderStatus::Paid));
}
