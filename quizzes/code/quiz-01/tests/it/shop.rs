use quiz_01::Cents;
use quiz_01::cart::Cart;
use quiz_01::shop::{Rates, Shop};

fn two_mugs() -> Cart {
    let mut cart = Cart::new();
    cart.add(400, 2);
    cart
}

// ANCHOR: real_parts
#[test]
fn two_mugs_to_europe_cost_7_90() {
    let shop = Shop::from_settings("zone = europe").unwrap();
    assert_eq!(
        shop.postage(&two_mugs()),
        Cents(790),
        "the postage of two mugs (800 g) to Europe"
    );
}
// ANCHOR_END: real_parts

// ANCHOR: stand_in
/// A stand-in for the rate service: one price, whatever the weight.
struct FlatRate(Cents);

impl Rates for FlatRate {
    fn quote(&self, _kilograms: u32) -> Cents {
        self.0
    }
}

#[test]
fn postage_over_a_stand_in_rate_service() {
    let shop = Shop::with_rates(FlatRate(Cents(490)));
    assert_eq!(shop.postage(&two_mugs()), Cents(490));
}
// ANCHOR_END: stand_in
