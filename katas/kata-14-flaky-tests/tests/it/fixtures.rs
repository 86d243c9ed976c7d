//! Fixtures: what the scenarios start from. Yours to change.

use std::net::TcpListener;
use std::sync::{Mutex, MutexGuard, PoisonError};

use kata_14::customers::CustomerStore;
use kata_14::stock_service::{DEFAULT_PORT, RunningService};

/// The customer database of the test run. In production, opening it means
/// loading every account from disk, so the scenarios share one instead of
/// paying for that in every test.
pub fn shared_customers() -> MutexGuard<'static, CustomerStore> {
    static CUSTOMERS: Mutex<CustomerStore> = Mutex::new(CustomerStore::new());
    // A scenario that failed while it held the store leaves it usable.
    CUSTOMERS.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Where the scenarios find the stock service: where it runs in production.
pub const STOCK_SERVICE: &str = "http://127.0.0.1:8080";

/// Starts a stock service with these counts; it stops when the returned
/// value is dropped.
pub fn start_stock_service(stock: &[(&str, u32)]) -> RunningService {
    let listener = TcpListener::bind(("127.0.0.1", DEFAULT_PORT))
        .unwrap_or_else(|error| panic!("cannot listen on 127.0.0.1:{DEFAULT_PORT}: {error}"));
    let stock = stock
        .iter()
        .map(|&(sku, count)| (sku.to_string(), count))
        .collect();
    RunningService::start(listener, stock).expect("cannot start the stock service")
}
