//! A customer's steps, one request each, for the scenarios to read like
//! scenarios. Each step checks that the shop took it, and returns what the
//! shop answered; a test that expects a refusal makes its request itself.

use kata_15::api::{CheckoutForm, CouponForm, LineForm, PaymentForm};
use kata_15::carts::Cart;
use kata_15::catalog::Product;
use kata_15::error::ErrorBody;
use kata_15::orders::Order;
use reqwest::{Response, StatusCode};
use serde::de::DeserializeOwned;

use crate::app::TestApp;

/// The body of `response` as a `T`, after checking that its status is
/// `expected`. On another status, the failure shows the body, which says why.
pub async fn read<T: DeserializeOwned>(response: Response, expected: StatusCode) -> T {
    let (status, url) = (response.status(), response.url().clone());
    let body = response.text().await.expect("the whole body can be read");
    assert_eq!(status, expected, "{url} answered {body}");
    serde_json::from_str(&body).unwrap_or_else(|error| panic!("{url} answered {body}: {error}"))
}

/// Checks that `response` is a refusal with `status` and the error code
/// `error`.
pub async fn refused(response: Response, status: StatusCode, error: &str) {
    let body: ErrorBody = read(response, status).await;
    assert_eq!(body.error, error, "{body:?}");
}

impl TestApp {
    /// `GET /products?q={text}`. The tests search for single words, with
    /// nothing in them to percent-encode.
    pub async fn search(&self, text: &str) -> Vec<Product> {
        read(
            self.get(&format!("/products?q={text}")).await,
            StatusCode::OK,
        )
        .await
    }

    /// The product as the catalog shows it now, with what is for sale.
    pub async fn product(&self, sku: &str) -> Product {
        read(self.get(&format!("/products/{sku}")).await, StatusCode::OK).await
    }

    /// How many of `sku` are for sale now.
    pub async fn in_stock(&self, sku: &str) -> u32 {
        self.product(sku).await.in_stock
    }

    pub async fn open_cart(&self) -> Cart {
        read(self.post_empty("/carts").await, StatusCode::CREATED).await
    }

    pub async fn cart(&self, cart: i64) -> Cart {
        read(self.get(&format!("/carts/{cart}")).await, StatusCode::OK).await
    }

    pub async fn add(&self, cart: i64, sku: &str, quantity: u32) -> Cart {
        let line = LineForm {
            sku: sku.into(),
            quantity,
        };
        let response = self.post(&format!("/carts/{cart}/lines"), &line).await;
        read(response, StatusCode::OK).await
    }

    pub async fn apply_coupon(&self, cart: i64, code: &str) -> Cart {
        let coupon = CouponForm { code: code.into() };
        let response = self.put(&format!("/carts/{cart}/coupon"), &coupon).await;
        read(response, StatusCode::OK).await
    }

    /// `POST /carts/{cart}/checkout`, whatever the answer.
    pub async fn try_checkout(&self, cart: i64, email: &str) -> Response {
        let form = CheckoutForm {
            email: email.into(),
        };
        self.post(&format!("/carts/{cart}/checkout"), &form).await
    }

    pub async fn checkout(&self, cart: i64, email: &str) -> Order {
        read(self.try_checkout(cart, email).await, StatusCode::CREATED).await
    }

    /// A cart of `lines` (SKU and quantity), checked out for `email`: the
    /// pending order.
    pub async fn place_order(&self, email: &str, lines: &[(&str, u32)]) -> Order {
        let cart = self.open_cart().await;
        for &(sku, quantity) in lines {
            self.add(cart.id, sku, quantity).await;
        }
        self.checkout(cart.id, email).await
    }

    pub async fn order(&self, order: i64) -> Order {
        read(self.get(&format!("/orders/{order}")).await, StatusCode::OK).await
    }

    /// `POST /orders/{order}/pay` with `card`, whatever the answer.
    pub async fn try_pay(&self, order: i64, card: &str) -> Response {
        let form = PaymentForm { card: card.into() };
        self.post(&format!("/orders/{order}/pay"), &form).await
    }

    pub async fn pay(&self, order: i64, card: &str) -> Order {
        read(self.try_pay(order, card).await, StatusCode::OK).await
    }

    /// `POST /orders/{order}/{action}` (ship, cancel, refund), whatever the
    /// answer.
    pub async fn try_action(&self, order: i64, action: &str) -> Response {
        self.post_empty(&format!("/orders/{order}/{action}")).await
    }

    pub async fn act(&self, order: i64, action: &str) -> Order {
        read(self.try_action(order, action).await, StatusCode::OK).await
    }
}
