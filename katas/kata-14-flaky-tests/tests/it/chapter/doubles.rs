//! Test doubles for the chapter's examples. Like those in `support/`, they
//! follow the harness's conditions: on a busy machine background work is
//! held back and the carrier is slow, and when the examples run at the same
//! time, the supplier is where they meet.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread;

use crate::harness::conditions::{self, Gate};

use super::flaky::delivery::{Carrier, system_now};
use super::flaky::imports::Supplier;
use super::flaky::rates::RateFeed;
use super::flaky::search::Index;

/// A search index in memory. On a busy machine the indexer's thread gets no
/// time until the test looks: the first look finds nothing held back.
pub struct MemoryIndex {
    words: Mutex<BTreeMap<String, Vec<String>>>,
    held_back: Option<Arc<Gate>>,
}

impl MemoryIndex {
    pub fn new() -> MemoryIndex {
        MemoryIndex {
            words: Mutex::default(),
            held_back: conditions::busy_gate(),
        }
    }

    fn words(&self) -> MutexGuard<'_, BTreeMap<String, Vec<String>>> {
        self.words.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Index for MemoryIndex {
    fn put(&self, word: &str, sku: &str) {
        if let Some(gate) = &self.held_back {
            gate.wait_until_open();
        }
        let mut words = self.words();
        words
            .entry(word.to_string())
            .or_default()
            .push(sku.to_string());
    }

    fn find(&self, word: &str) -> Vec<String> {
        // Look first, then let the indexer run.
        let found = self.words().get(word).cloned().unwrap_or_default();
        if let Some(gate) = &self.held_back {
            gate.open();
        }
        found
    }
}

/// A carrier that books every pickup. On a busy machine it takes its time:
/// it answers once the system clock has moved on by a millisecond.
pub struct FakeCarrier {
    busy: bool,
}

impl FakeCarrier {
    pub fn new() -> FakeCarrier {
        FakeCarrier {
            busy: conditions::machine_is_busy(),
        }
    }
}

impl Carrier for FakeCarrier {
    fn book_pickup(&self, _parcel: u64) {
        if self.busy {
            let asked = system_now();
            while system_now() == asked {
                thread::yield_now();
            }
        }
    }
}

/// A supplier whose stock file says what the test gave it. When examples
/// run at the same time, each waits here for all the others, so that
/// whatever they set up before asking the supplier exists for all of them at
/// once.
pub struct FakeSupplier {
    stock_file: String,
}

impl FakeSupplier {
    pub fn with(stock_file: &str) -> FakeSupplier {
        FakeSupplier {
            stock_file: stock_file.to_string(),
        }
    }
}

impl Supplier for FakeSupplier {
    fn stock_file(&self) -> String {
        conditions::meet_the_others();
        self.stock_file.clone()
    }
}

/// A rate feed that knows one currency's rate.
pub struct OneRate {
    currency: &'static str,
    rate: u64,
}

impl OneRate {
    /// `rate`: how many of the currency's cents a hundred US cents buy.
    pub fn of(currency: &'static str, rate: u64) -> OneRate {
        OneRate { currency, rate }
    }
}

impl RateFeed for OneRate {
    fn rate(&self, currency: &str) -> u64 {
        assert_eq!(currency, self.currency, "this feed knows only one rate");
        self.rate
    }
}
