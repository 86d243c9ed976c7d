//! The catalog: the products the shop sells, and how customers find them.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use crate::money::Cents;

/// A product as the API shows it:
/// `{"sku": "MUG", "name": "Enamel Mug", "price": 1299, "in_stock": 10}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Product {
    pub sku: String,
    pub name: String,
    pub price: Cents,
    /// How many are for sale now: the stock, less what orders set aside.
    pub in_stock: u32,
}

/// A product to add to the catalog, with the stock the warehouse holds. A
/// `const` can hold one, so a test can keep its catalog in constants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewProduct<'a> {
    pub sku: &'a str,
    pub name: &'a str,
    pub price: Cents,
    pub stock: u32,
}

pub(crate) fn add(connection: &Connection, product: &NewProduct<'_>) -> rusqlite::Result<()> {
    connection.execute(
        "INSERT INTO products (sku, name, price, stock) VALUES (?1, ?2, ?3, ?4)",
        params![product.sku, product.name, product.price, product.stock],
    )?;
    Ok(())
}

/// The products whose name contains `text`, in any case ("mug" finds
/// "Enamel Mug"), by name. `instr` rather than `LIKE`, so that a `%` or `_`
/// the customer types is only a character, never a wildcard.
pub(crate) fn search(connection: &Connection, text: &str) -> rusqlite::Result<Vec<Product>> {
    let mut statement = connection.prepare(
        "SELECT sku, name, price, stock FROM products
         WHERE instr(lower(name), lower(?1)) > 0
         ORDER BY name",
    )?;
    statement
        .query_map([text.trim()], product_from_row)?
        .collect()
}

pub(crate) fn find(connection: &Connection, sku: &str) -> rusqlite::Result<Option<Product>> {
    connection
        .query_row(
            "SELECT sku, name, price, stock FROM products WHERE sku = ?1",
            [sku],
            product_from_row,
        )
        .optional()
}

fn product_from_row(row: &Row<'_>) -> rusqlite::Result<Product> {
    Ok(Product {
        sku: row.get(0)?,
        name: row.get(1)?,
        price: row.get(2)?,
        in_stock: row.get(3)?,
    })
}
