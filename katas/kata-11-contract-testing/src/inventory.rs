//! The provider: the inventory API.
//!
//! | request                                      | answer                                                     |
//! |----------------------------------------------|------------------------------------------------------------|
//! | `GET /stock/{sku}`                           | 200 `{"sku", "available", "status", "restock_date"?}`      |
//! |                                              | 404 `{"error": "unknown_sku", "message"}`                  |
//! | `POST /reservations` `{"sku", "quantity"}`   | 201 `{"reservation", "sku", "quantity"}`                   |
//! |                                              | 409 `{"error": "insufficient_stock", "available", "message"}` |
//! |                                              | 404 unknown sku; 422 a quantity of 0                       |
//!
//! `status` is `in_stock`, `low_stock` (1 to 3 left) or `out_of_stock`.
//! `restock_date` is there only when a delivery is planned.
//!
//! [`Release`] picks which version of the API [`router`] serves: the one in
//! production, or one of the changes the inventory team wants to ship.

mod api;
mod release;
mod shelves;

pub use api::router;
pub use release::Release;
pub use shelves::{Inventory, ReserveError, Shelf};
