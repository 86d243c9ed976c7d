//! The routes, and what each one answers. Everything the server does is
//! here; [`serve`](crate::server::serve) puts it behind a socket.

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use crate::carts::Cart;
use crate::catalog::Product;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::orders::Order;
use crate::shop::{Shop, ShopError};

/// The answer of `GET /health`: `{"status": "ok"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
}

/// `GET /products?q=mug`: the text to look for in product names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Search {
    #[serde(default)]
    pub q: String,
}

/// `POST /carts/{id}/lines`: `{"sku": "MUG", "quantity": 2}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineForm {
    pub sku: String,
    pub quantity: u32,
}

/// `PUT /carts/{id}/coupon`: `{"code": "COMEBACK15"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CouponForm {
    pub code: String,
}

/// `POST /carts/{id}/checkout`: `{"email": "ada@shop.test"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckoutForm {
    pub email: String,
}

/// `POST /orders/{id}/pay`: `{"card": "4242 4242 4242 4242"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentForm {
    pub card: String,
}

// ANCHOR: routes
/// The shop's API.
pub fn app(shop: Shop) -> Router {
    Router::new()
        .route("/health", get(health))
        .route("/products", get(search))
        .route("/products/{sku}", get(product))
        .route("/carts", post(open_cart))
        .route("/carts/{id}", get(cart))
        .route("/carts/{id}/lines", post(add_line))
        .route("/carts/{id}/coupon", put(apply_coupon))
        .route("/carts/{id}/checkout", post(checkout))
        .route("/orders/{id}", get(order))
        .route("/orders/{id}/pay", post(pay))
        .route("/orders/{id}/ship", post(ship))
        .route("/orders/{id}/cancel", post(cancel))
        .route("/orders/{id}/refund", post(refund))
        .with_state(shop)
}
// ANCHOR_END: routes

type Answer<T> = Result<Json<T>, ApiError>;

/// `GET /health`: 200 once the shop's database answers.
async fn health(State(shop): State<Shop>) -> Answer<Health> {
    shop.check_database()?;
    Ok(Json(Health {
        status: "ok".to_string(),
    }))
}

/// `GET /products?q=...`: every product whose name contains the text (all
/// of them, without `q`).
async fn search(State(shop): State<Shop>, Query(search): Query<Search>) -> Answer<Vec<Product>> {
    Ok(Json(shop.search(&search.q)?))
}

async fn product(State(shop): State<Shop>, Path(sku): Path<String>) -> Answer<Product> {
    Ok(Json(shop.product(&sku)?))
}

/// `POST /carts`: 201 with a new, empty cart, and where to find it.
async fn open_cart(State(shop): State<Shop>) -> Result<impl IntoResponse, ApiError> {
    let cart = shop.open_cart()?;
    let location = format!("/carts/{}", cart.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(cart),
    ))
}

async fn cart(State(shop): State<Shop>, Path(id): Path<String>) -> Answer<Cart> {
    Ok(Json(shop.cart(cart_id(&id)?)?))
}

async fn add_line(
    State(shop): State<Shop>,
    Path(id): Path<String>,
    JsonBody(line): JsonBody<LineForm>,
) -> Answer<Cart> {
    Ok(Json(shop.add_to_cart(
        cart_id(&id)?,
        &line.sku,
        line.quantity,
    )?))
}

async fn apply_coupon(
    State(shop): State<Shop>,
    Path(id): Path<String>,
    JsonBody(coupon): JsonBody<CouponForm>,
) -> Answer<Cart> {
    Ok(Json(shop.apply_coupon(cart_id(&id)?, &coupon.code)?))
}

/// `POST /carts/{id}/checkout`: 201 with the new, pending order, and where
/// to find it.
async fn checkout(
    State(shop): State<Shop>,
    Path(id): Path<String>,
    JsonBody(form): JsonBody<CheckoutForm>,
) -> Result<impl IntoResponse, ApiError> {
    let order = shop.checkout(cart_id(&id)?, &form.email)?;
    let location = format!("/orders/{}", order.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(order),
    ))
}

async fn order(State(shop): State<Shop>, Path(id): Path<String>) -> Answer<Order> {
    Ok(Json(shop.order(order_id(&id)?)?))
}

async fn pay(
    State(shop): State<Shop>,
    Path(id): Path<String>,
    JsonBody(form): JsonBody<PaymentForm>,
) -> Answer<Order> {
    Ok(Json(shop.pay(order_id(&id)?, &form.card)?))
}

async fn ship(State(shop): State<Shop>, Path(id): Path<String>) -> Answer<Order> {
    Ok(Json(shop.ship(order_id(&id)?)?))
}

async fn cancel(State(shop): State<Shop>, Path(id): Path<String>) -> Answer<Order> {
    Ok(Json(shop.cancel(order_id(&id)?)?))
}

async fn refund(State(shop): State<Shop>, Path(id): Path<String>) -> Answer<Order> {
    Ok(Json(shop.refund(order_id(&id)?)?))
}

/// An id in a path, such as `/carts/7`. Text that is not a number names no
/// cart, so it gets the same 404 (and JSON body) as an id nobody has.
fn cart_id(raw: &str) -> Result<i64, ShopError> {
    raw.parse()
        .map_err(|_| ShopError::CartNotFound(raw.to_string()))
}

fn order_id(raw: &str) -> Result<i64, ShopError> {
    raw.parse()
        .map_err(|_| ShopError::OrderNotFound(raw.to_string()))
}
