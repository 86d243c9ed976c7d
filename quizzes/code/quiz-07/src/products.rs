//! Products, the rule a new one must follow, and where they are kept.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

/// A product as the API sends it, and as a client sends a new one. The
/// price is in cents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Product {
    pub sku: String,
    pub name: String,
    pub price: i64,
}

impl Product {
    /// Checks the shop's rule for a product: a name that isn't blank, and a
    /// price above zero. The message names the field.
    pub fn validate(&self) -> Result<(), String> {
        if self.name.trim().is_empty() {
            return Err("name: must not be blank".to_string());
        }
        if self.price <= 0 {
            return Err(format!("price: must be above zero, not {}", self.price));
        }
        Ok(())
    }
}

/// The catalog, shared by every clone (and so by every request).
#[derive(Debug, Clone, Default)]
pub struct Catalog(Arc<Mutex<HashMap<String, Product>>>);

impl Catalog {
    /// Adds a product; `false` when its sku is taken, and then nothing
    /// changes.
    pub fn add(&self, product: Product) -> bool {
        let mut products = self.0.lock().unwrap();
        if products.contains_key(&product.sku) {
            return false;
        }
        products.insert(product.sku.clone(), product);
        true
    }

    pub fn get(&self, sku: &str) -> Option<Product> {
        self.0.lock().unwrap().get(sku).cloned()
    }
}

// ANCHOR: unit_tests
#[cfg(test)]
mod tests {
    use super::*;

    fn product(name: &str, price: i64) -> Product {
        Product {
            sku: "MUG".to_string(),
            name: name.to_string(),
            price,
        }
    }

    #[test]
    fn a_price_must_be_above_zero() {
        assert!(product("Mug", 1).validate().is_ok());
        assert!(
            product("Mug", 0)
                .validate()
                .unwrap_err()
                .starts_with("price")
        );
        assert!(
            product("Mug", -5)
                .validate()
                .unwrap_err()
                .starts_with("price")
        );
    }

    #[test]
    fn a_name_must_not_be_blank() {
        assert!(
            product("  ", 1250)
                .validate()
                .unwrap_err()
                .starts_with("name")
        );
    }
}
// ANCHOR_END: unit_tests
