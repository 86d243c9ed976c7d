//! Who may join, and how fast: a room that cannot be flooded.
//!
//! A room has a cap on learners (`--max-learners`, 60 by default: a
//! workshop is 10 to 40), and joins have a rate per address
//! (`--joins-per-minute`, 10 by default, all of them at once allowed): a
//! token bucket per address, as big as a minute's joins and filled again
//! at that rate. Past either, the join gets a 429 (with `Retry-After` for
//! the rate), and the server's terminal one line the first time each kind
//! of refusal happens, never one per request: a flood must not flood the
//! instructor's terminal either. The page shows how many were refused.
//!
//! Every join attempt counts toward the rate, a wrong code too: a script
//! that guesses codes is held to ten guesses a minute.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use serde::Serialize;

/// A workshop is 10 to 40 people: room for the largest, and a few extra
/// joins (someone who joined twice, a second laptop).
pub const DEFAULT_MAX_LEARNERS: usize = 60;
/// Enough for a learner who mistypes the code a few times, or a few
/// learners behind one address.
pub const DEFAULT_JOINS_PER_MINUTE: u32 = 10;

/// Past this many addresses, the buckets that are full again (nobody from
/// there joined for a minute) are forgotten: the map stays small whatever
/// a flood sends.
const ADDRESSES_KEPT: usize = 1024;

/// Why a join was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The room has its cap of learners.
    Full,
    /// Too many joins from this address: try again after this long.
    TooFast(Duration),
}

/// How many joins were refused, of each kind, since the server started.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Refused {
    pub room_full: u64,
    pub too_fast: u64,
}

pub struct Admission {
    pub max_learners: usize,
    pub joins_per_minute: u32,
    buckets: Mutex<HashMap<IpAddr, Bucket>>,
    full: Counter,
    fast: Counter,
}

/// How many refusals of one kind, and whether the terminal heard of it.
#[derive(Default)]
struct Counter {
    count: AtomicU64,
    said: AtomicBool,
}

impl Counter {
    /// Counts one; true the first time, when the terminal is told.
    fn count(&self) -> bool {
        self.count.fetch_add(1, Ordering::Relaxed);
        !self.said.swap(true, Ordering::Relaxed)
    }
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

impl Admission {
    pub fn new(max_learners: usize, joins_per_minute: u32) -> Admission {
        Admission {
            max_learners,
            joins_per_minute: joins_per_minute.max(1),
            buckets: Mutex::new(HashMap::new()),
            full: Counter::default(),
            fast: Counter::default(),
        }
    }

    /// Takes one join from `address`'s bucket, or says how long until the
    /// next one may come.
    pub fn take(&self, address: IpAddr, now: Instant) -> Result<(), Duration> {
        let capacity = f64::from(self.joins_per_minute);
        let per_second = capacity / 60.0;
        let mut buckets = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        if buckets.len() >= ADDRESSES_KEPT && !buckets.contains_key(&address) {
            buckets.retain(|_, bucket| {
                bucket.tokens + now.duration_since(bucket.at).as_secs_f64() * per_second < capacity
            });
        }
        let bucket = buckets.entry(address).or_insert(Bucket {
            tokens: capacity,
            at: now,
        });
        let elapsed = now.saturating_duration_since(bucket.at).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * per_second).min(capacity);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - bucket.tokens) / per_second))
        }
    }

    /// Counts a refusal; returns the line for the server's terminal the
    /// first time one of its kind happens, and `None` after.
    pub fn refused(&self, refusal: Refusal, address: IpAddr) -> Option<String> {
        match refusal {
            Refusal::Full => self.full.count().then(|| {
                format!(
                    "a join: the room is full ({} learners; `--max-learners N` lets more in). \
                     Later refusals of this kind are counted on the page, not printed",
                    self.max_learners
                )
            }),
            Refusal::TooFast(_) => self.fast.count().then(|| {
                format!(
                    "a join from {address}: more than {} joins a minute from one address. \
                     Later refusals of this kind are counted on the page, not printed",
                    self.joins_per_minute
                )
            }),
        }
    }

    pub fn counts(&self) -> Refused {
        Refused {
            room_full: self.full.count.load(Ordering::Relaxed),
            too_fast: self.fast.count.load(Ordering::Relaxed),
        }
    }
}

/// Seconds to put in `Retry-After`: whole, rounded up, at least one.
pub fn retry_after_seconds(wait: Duration) -> u64 {
    (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    const HERE: IpAddr = IpAddr::V4(Ipv4Addr::new(10, 0, 0, 7));
    const THERE: IpAddr = IpAddr::V4(Ipv4Addr::new(10, 0, 0, 8));

    #[test]
    fn a_burst_of_a_minutes_joins_then_one_every_six_seconds() {
        let admission = Admission::new(60, 10);
        let start = Instant::now();
        for n in 0..10 {
            assert_eq!(admission.take(HERE, start), Ok(()), "join {n} of the burst");
        }
        let wait = admission.take(HERE, start).unwrap_err();
        assert!(
            (wait.as_secs_f64() - 6.0).abs() < 0.01,
            "a token comes back every six seconds: {wait:?}"
        );
        assert_eq!(retry_after_seconds(wait), 6);
        assert_eq!(
            admission.take(THERE, start),
            Ok(()),
            "each address has its own"
        );
        let later = start + Duration::from_secs(6);
        assert_eq!(admission.take(HERE, later), Ok(()));
        assert!(admission.take(HERE, later).is_err());
        // A minute of quiet fills the bucket again, and no more.
        let quiet = later + Duration::from_secs(600);
        for _ in 0..10 {
            assert_eq!(admission.take(HERE, quiet), Ok(()));
        }
        assert!(admission.take(HERE, quiet).is_err());
    }

    #[test]
    fn each_kind_of_refusal_is_said_once_and_counted_always() {
        let admission = Admission::new(2, 10);
        assert!(admission.refused(Refusal::Full, HERE).is_some());
        assert!(admission.refused(Refusal::Full, THERE).is_none());
        let fast = Refusal::TooFast(Duration::from_secs(3));
        let line = admission.refused(fast, HERE).unwrap();
        assert!(line.contains("10.0.0.7"), "{line}");
        assert!(admission.refused(fast, HERE).is_none());
        let counts = admission.counts();
        assert_eq!((counts.room_full, counts.too_fast), (2, 2));
    }

    #[test]
    fn a_flood_from_many_addresses_keeps_the_map_small() {
        let admission = Admission::new(60, 10);
        let start = Instant::now();
        for n in 0..(3 * ADDRESSES_KEPT as u32) {
            let address = IpAddr::V4(Ipv4Addr::from(0x0a00_0000 + n));
            let _ = admission.take(address, start + Duration::from_secs(u64::from(n)));
        }
        let kept = admission.buckets.lock().unwrap().len();
        assert!(kept <= ADDRESSES_KEPT + 60, "{kept} addresses kept");
    }

    #[test]
    fn retry_after_rounds_up_to_whole_seconds() {
        assert_eq!(retry_after_seconds(Duration::from_millis(100)), 1);
        assert_eq!(retry_after_seconds(Duration::from_secs(6)), 6);
        assert_eq!(retry_after_seconds(Duration::from_millis(6001)), 7);
        assert_eq!(retry_after_seconds(Duration::ZERO), 1);
    }
}
