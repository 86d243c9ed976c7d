//! The doubles every kata test starts from (given).

use kata_09::checkout::Checkout;
use kata_09::clock::{Clock, UnixTime};
use kata_09::customers::{Customer, CustomerId};
use kata_09::mailer::MockMailer;
use kata_09::payments::MockPaymentGateway;
use kata_09::registration::Registration;
use kata_09::store::MockStore;

// ANCHOR: stub_clock
/// A stub: a clock that always says the same time, so that a test knows
/// what time the code under test will read.
pub struct StubClock(pub UnixTime);

impl Clock for StubClock {
    fn now(&self) -> UnixTime {
        self.0
    }
}
// ANCHOR_END: stub_clock

/// What the stub clock says in every kata test: 2025-03-14 12:00 UTC.
pub const NOW: UnixTime = UnixTime(1_741_953_600);

// ANCHOR: doubles
/// A fresh set of doubles for one test. The mocks start with no
/// expectations, and a mockall mock with no expectation for a method fails
/// the test if that method is called: add an `expect_...()` for every call
/// the test allows.
///
/// The services borrow the doubles, so that the test keeps them: it can add
/// expectations, build a service, run it, check the mocks with
/// `checkpoint()`, and build the service again.
pub struct Doubles {
    pub store: MockStore,
    pub gateway: MockPaymentGateway,
    pub mailer: MockMailer,
    pub clock: StubClock,
}

impl Doubles {
    pub fn new() -> Doubles {
        Doubles {
            store: MockStore::new(),
            gateway: MockPaymentGateway::new(),
            mailer: MockMailer::new(),
            clock: StubClock(NOW),
        }
    }

    pub fn registration(&self) -> Registration<&MockStore, &MockMailer, &StubClock> {
        Registration::new(&self.store, &self.mailer, &self.clock)
    }

    pub fn checkout(&self) -> Checkout<&MockStore, &MockPaymentGateway, &MockMailer, &StubClock> {
        Checkout::new(&self.store, &self.gateway, &self.mailer, &self.clock)
    }
}
// ANCHOR_END: doubles

/// A customer the store already holds, as checkout is handed them.
pub fn ada() -> Customer {
    Customer {
        id: CustomerId(1),
        email: "ada@shop.test".into(),
        name: "Ada Lovelace".into(),
        joined_at: UnixTime(1_700_000_000),
    }
}
