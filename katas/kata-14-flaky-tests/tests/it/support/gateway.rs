//! A payment gateway for tests: it approves or declines every card.

use std::thread;

use kata_14::checkout::{Card, Cents, Declined, PaymentGateway};
use kata_14::clock::{Clock, SystemClock};

use crate::harness::conditions;

pub struct FakeGateway {
    approves: bool,
    /// Made on a busy machine: the bank takes its time.
    busy: bool,
}

impl FakeGateway {
    pub fn approving() -> FakeGateway {
        FakeGateway {
            approves: true,
            busy: conditions::machine_is_busy(),
        }
    }

    pub fn declining() -> FakeGateway {
        FakeGateway {
            approves: false,
            busy: conditions::machine_is_busy(),
        }
    }
}

impl PaymentGateway for FakeGateway {
    fn charge(&self, _card: &Card, _amount: Cents) -> Result<(), Declined> {
        if self.busy {
            wait_for_the_clock_to_move_on();
        }
        if self.approves { Ok(()) } else { Err(Declined) }
    }
}

// ANCHOR: busy_bank
/// A real bank answers in tens of milliseconds, more on a bad day. This one
/// answers as soon as the system clock has moved on by one tick of a
/// `Timestamp` (a millisecond): slow enough that a charge never begins and
/// ends in the same millisecond, quick enough to cost nothing.
fn wait_for_the_clock_to_move_on() {
    let asked = SystemClock.now();
    while SystemClock.now() == asked {
        thread::yield_now();
    }
}
// ANCHOR_END: busy_bank
