//! Chapter 7's quiz: the shop's product API, in memory.
//!
//! | request                                           | success                         | errors        |
//! |---------------------------------------------------|---------------------------------|---------------|
//! | `POST /products` with `{"sku", "name", "price"}`  | 201, the product, a `Location`  | 400, 409, 422 |
//! | `GET /products/{sku}`                             | 200, the product                | 404           |
//!
//! The quiz's broken versions (`broken/*.patch`) change a line or two each.

pub mod api;
pub mod error;
pub mod products;
