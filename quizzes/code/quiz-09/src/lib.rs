//! Chapter 9's quiz: the shop's restock service, on its own.
//!
//! When a delivery reaches the warehouse, [`restock::Restock`] adds it to the
//! shelf and tells every customer who asked to hear when the product came
//! back. It talks to a [`restock::Stock`] (the shop's own SQLite database in
//! production: [`sqlite_stock::SqliteStock`]) and to a [`restock::Mailer`]
//! (an email provider), through traits, so that the quiz's tests can put
//! each kind of double in their place and compare what each one notices.
//!
//! `broken/` holds broken versions of this crate, as patches; the quiz's
//! questions ask which tests catch them.

pub mod restock;
pub mod sqlite_stock;
