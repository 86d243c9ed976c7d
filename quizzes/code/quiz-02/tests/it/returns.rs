use quiz_02::money::Cents;
use quiz_02::parts::{CardProvider, Returned, ReturnsLedger, Stock};
use quiz_02::returns::{Order, OrderLine, RESTOCKING_FEE_PERCENT, ReturnsDesk};

// ANCHOR: wiring
/// Every part real, wired at once; the test keeps a clone of each part to
/// ask it afterwards what it recorded.
struct Shop {
    desk: ReturnsDesk,
    stock: Stock,
    card: CardProvider,
    ledger: ReturnsLedger,
}

fn shop() -> Shop {
    let stock = Stock::with(&[("MUG", 3), ("LAMP", 0)]);
    let card = CardProvider::default();
    let ledger = ReturnsLedger::default();
    let desk = ReturnsDesk::new(stock.clone(), card.clone(), ledger.clone());
    Shop {
        desk,
        stock,
        card,
        ledger,
    }
}

/// Order 7, paid with payment "pay-7": two mugs at 12.35 and a lamp at 30.00.
fn order_7() -> Order {
    let line = |sku: &str, quantity, cents| OrderLine {
        sku: sku.to_string(),
        quantity,
        unit_price: Cents(cents),
    };
    Order {
        id: 7,
        payment_id: "pay-7".to_string(),
        lines: vec![line("MUG", 2, 1235), line("LAMP", 1, 3000)],
    }
}
// ANCHOR_END: wiring

// ANCHOR: mug_answer
#[test]
fn returning_a_mug_answers_its_refund() {
    let shop = shop();
    let refund = shop.desk.accept(&order_7(), &[("MUG", 1)]).unwrap();
    // 12.35, less 10 % of it rounded to the cent (1.24), worked out by hand.
    assert_eq!(refund.amount, Cents(1111), "what the customer gets back");
}
// ANCHOR_END: mug_answer

// ANCHOR: lamp_every_part
#[test]
fn returning_the_lamp_leaves_its_mark_on_every_part() {
    let shop = shop();
    let refund = shop.desk.accept(&order_7(), &[("LAMP", 1)]).unwrap();
    assert_eq!(refund.amount, Cents(2700), "what the customer gets back");
    assert_eq!(shop.stock.on_hand("LAMP"), 1, "the lamp's shelf");
    assert_eq!(shop.stock.on_hand("MUG"), 3, "the mug's shelf");
    assert_eq!(
        shop.card.refunds(),
        [("pay-7".to_string(), Cents(2700))],
        "the refunds at the card provider"
    );
    assert_eq!(
        shop.ledger.returns_for(7),
        [Returned {
            order_id: 7,
            sku: "LAMP".to_string(),
            quantity: 1
        }],
        "the returns ledger"
    );
}
// ANCHOR_END: lamp_every_part

// ANCHOR: mug_every_part
#[test]
fn returning_one_mug_leaves_its_mark_on_every_part() {
    let shop = shop();
    let refund = shop.desk.accept(&order_7(), &[("MUG", 1)]).unwrap();
    // 12.35, less 10 % of it rounded to the cent (1.24), worked out by hand.
    assert_eq!(refund.amount, Cents(1111), "what the customer gets back");
    assert_eq!(shop.stock.on_hand("MUG"), 4, "the mug's shelf");
    assert_eq!(shop.stock.on_hand("LAMP"), 0, "the lamp's shelf");
    assert_eq!(
        shop.card.refunds(),
        [("pay-7".to_string(), Cents(1111))],
        "the refunds at the card provider"
    );
    assert_eq!(
        shop.ledger.returns_for(7),
        [Returned {
            order_id: 7,
            sku: "MUG".to_string(),
            quantity: 1
        }],
        "the returns ledger"
    );
}
// ANCHOR_END: mug_every_part

// ANCHOR: something_back
#[test]
fn a_returned_mug_goes_back_on_the_shelf() {
    let shop = shop();
    let before = shop.stock.on_hand("MUG");
    shop.desk.accept(&order_7(), &[("MUG", 1)]).unwrap();
    assert!(shop.stock.on_hand("MUG") > before, "the mug's shelf grew");
}
// ANCHOR_END: something_back

// ANCHOR: borrowed_arithmetic
#[test]
fn the_refund_agrees_with_the_fee_rule() {
    let shop = shop();
    let refund = shop.desk.accept(&order_7(), &[("MUG", 1)]).unwrap();
    let price = Cents(1235);
    let expected = price - price.percent(RESTOCKING_FEE_PERCENT);
    assert_eq!(refund.amount, expected, "what the customer gets back");
}
// ANCHOR_END: borrowed_arithmetic
