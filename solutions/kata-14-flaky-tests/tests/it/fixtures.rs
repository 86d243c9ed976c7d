//! Fixtures: what the scenarios start from. Each call makes something new,
//! that belongs to the scenario that asked for it and to nobody else.

use std::net::TcpListener;

use kata_14::clock::{Clock, Timestamp};
use kata_14::customers::CustomerStore;
use kata_14::stock_service::RunningService;

/// A customer database of its own, empty. A real one would be a fresh
/// in-memory database, or one transaction rolled back at the end of the
/// test: never one that the whole test run shares.
pub fn customers() -> CustomerStore {
    CustomerStore::new()
}

/// Starts a stock service with these counts, on a port that the system
/// picks: ask the service for its `url`. It stops when dropped.
pub fn start_stock_service(stock: &[(&str, u32)]) -> RunningService {
    // Port 0: any free port. Two services, from two scenarios running at
    // once or from another program, can never want the same one.
    let listener = TcpListener::bind("127.0.0.1:0")
        .unwrap_or_else(|error| panic!("cannot listen on 127.0.0.1: {error}"));
    let stock = stock
        .iter()
        .map(|&(sku, count)| (sku.to_string(), count))
        .collect();
    RunningService::start(listener, stock).expect("cannot start the stock service")
}

/// A clock that always says the same time: whoever reads it, and however
/// long after, reads the moment the test chose.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(Timestamp);

impl FixedClock {
    pub fn at(now: Timestamp) -> FixedClock {
        FixedClock(now)
    }
}

impl Clock for FixedClock {
    fn now(&self) -> Timestamp {
        self.0
    }
}
