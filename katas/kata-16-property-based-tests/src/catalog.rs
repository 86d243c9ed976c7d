//! The catalog: the products the shop sells.

use rusqlite::{Connection, OptionalExtension, params};

use crate::money::Cents;
use crate::stock::FOR_SALE;

/// A product as the shop shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Product {
    pub sku: String,
    pub price: Cents,
    /// How many are for sale now: what the warehouse holds, less what
    /// orders have set aside. A number, not a count: a shop that set aside
    /// more than it holds would show less than zero.
    pub in_stock: i64,
}

/// A product to add to the catalog, with what the warehouse holds of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewProduct<'a> {
    pub sku: &'a str,
    pub price: Cents,
    pub on_hand: u32,
}

pub(crate) fn add(connection: &Connection, product: &NewProduct<'_>) -> rusqlite::Result<()> {
    connection.execute(
        "INSERT INTO products (sku, price, on_hand) VALUES (?1, ?2, ?3)",
        params![product.sku, product.price, product.on_hand],
    )?;
    Ok(())
}

pub(crate) fn find(connection: &Connection, sku: &str) -> rusqlite::Result<Option<Product>> {
    let query = format!("SELECT sku, price, {FOR_SALE} FROM products WHERE sku = ?1");
    connection
        .prepare(&query)?
        .query_row([sku], |row| {
            Ok(Product {
                sku: row.get(0)?,
                price: row.get(1)?,
                in_stock: row.get(2)?,
            })
        })
        .optional()
}
