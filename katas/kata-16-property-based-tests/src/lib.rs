//! Kata 16: the shop's workflows, as a service over its SQLite store.
//!
//! A customer fills a cart, may apply the coupon BASKET10, and checks out;
//! the order is then paid, shipped or cancelled, and some of its items can
//! be given back before it ships. The warehouse restocks. [`shop::Shop`] is
//! the service: every workflow is one method, run as one database
//! transaction, with the card provider ([`payments::Sandbox`], which a test
//! can read) at its edge.
//!
//! | method | what it does |
//! |---|---|
//! | `product(sku)` | the product, with how many are `in_stock` (for sale) |
//! | `restock(sku, quantity)` | the warehouse receives `quantity` more |
//! | `open_cart()` | a new, empty cart |
//! | `cart(id)` | the cart, its lines and its totals |
//! | `add_to_cart(cart, sku, quantity)` | more of a product in the cart |
//! | `remove_from_cart(cart, sku)` | the product's line out of the cart |
//! | `apply_coupon(cart, code)` | the coupon on the cart |
//! | `checkout(cart)` | the cart becomes a pending order; its items are set aside |
//! | `order(id)` | the order |
//! | `pay(order, card)` | the card is charged the order's total |
//! | `refund_items(order, sku, quantity)` | some items of a paid order given back, and their money |
//! | `ship(order)` | a paid order leaves the warehouse |
//! | `cancel(order)` | the order is called off; a paid one gets its money back |
//!
//! The rules are in the modules: [`coupons`] (when BASKET10 takes 10% off),
//! [`pricing`] (how totals and refunds are worked out), [`order_status`]
//! (which actions each status allows), and [`shop`] (what each workflow
//! refuses, and why).
//!
//! [`dock`] is not part of the shop: it is the example the chapter tests.

pub mod carts;
pub mod catalog;
pub mod coupons;
pub mod db;
pub mod dock;
pub mod money;
pub mod order_status;
pub mod orders;
pub mod payments;
pub mod pricing;
pub mod shop;
mod stock;
