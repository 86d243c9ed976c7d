//! Restocking a product, and telling the customers who wait for it.

use mockall::automock;

/// What the store could not do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StockError {
    /// No product has this SKU.
    UnknownProduct(String),
    /// The database failed.
    Database(String),
}

/// The shop's record of its shelves and of who waits for what.
#[automock]
pub trait Stock {
    /// How many of `sku` are on the shelf.
    fn on_hand(&self, sku: &str) -> Result<u32, StockError>;
    /// Records how many of `sku` are on the shelf.
    fn set_on_hand(&self, sku: &str, on_hand: u32) -> Result<(), StockError>;
    /// The emails of the customers waiting for `sku`, first come first.
    fn waiting_for(&self, sku: &str) -> Result<Vec<String>, StockError>;
    /// Forgets everyone waiting for `sku`: they have been told.
    fn clear_waiting(&self, sku: &str) -> Result<(), StockError>;
}

/// The email provider, across the network.
#[automock]
pub trait Mailer {
    /// Tells `email` that `sku` is back, with `on_hand` on the shelf.
    fn back_in_stock(&self, email: &str, sku: &str, on_hand: u32);
}

/// What a delivery changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restocked {
    /// On the shelf now.
    pub on_hand: u32,
    /// How many customers were told.
    pub notified: usize,
}

/// The restock service.
pub struct Restock<S, M> {
    stock: S,
    mailer: M,
}

impl<S: Stock, M: Mailer> Restock<S, M> {
    pub fn new(stock: S, mailer: M) -> Self {
        Restock { stock, mailer }
    }

    // ANCHOR: receive
    /// Puts `quantity` more of `sku` on the shelf, then tells each customer
    /// waiting for it, once, and empties its waiting list.
    pub fn receive(&self, sku: &str, quantity: u32) -> Result<Restocked, StockError> {
        let before = self.stock.on_hand(sku)?;
        let on_hand = before + quantity;
        self.stock.set_on_hand(sku, on_hand)?;
        // Only once the new count is saved: a customer who follows the email
        // must find the product in stock.
        let waiting = self.stock.waiting_for(sku)?;
        for email in &waiting {
            self.mailer.back_in_stock(email, sku, on_hand);
        }
        self.stock.clear_waiting(sku)?;
        Ok(Restocked {
            on_hand,
            notified: waiting.len(),
        })
    }
    // ANCHOR_END: receive
}

/// A borrowed store is a store: a test can hand `&stock` to the service and
/// keep the store, to look at it afterwards.
impl<T: Stock + ?Sized> Stock for &T {
    fn on_hand(&self, sku: &str) -> Result<u32, StockError> {
        T::on_hand(self, sku)
    }

    fn set_on_hand(&self, sku: &str, on_hand: u32) -> Result<(), StockError> {
        T::set_on_hand(self, sku, on_hand)
    }

    fn waiting_for(&self, sku: &str) -> Result<Vec<String>, StockError> {
        T::waiting_for(self, sku)
    }

    fn clear_waiting(&self, sku: &str) -> Result<(), StockError> {
        T::clear_waiting(self, sku)
    }
}

impl<T: Mailer + ?Sized> Mailer for &T {
    fn back_in_stock(&self, email: &str, sku: &str, on_hand: u32) {
        T::back_in_stock(self, email, sku, on_hand);
    }
}
