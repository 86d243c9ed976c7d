//! Given: "do step N first".
//!
//! Each step's harness builds on the one before, and so do the tests. A test
//! of step 3 that ran while step 1 is still a `todo!` would fail somewhere in
//! the middle, with a message about step 3's lesson that means nothing yet.
//! So the tests of steps 2 to 4 begin with [`check_earlier_steps`], which
//! tries each earlier step's harness on the simplest case there is, and fails
//! the test with "do step N first" if one of them is not done.
//!
//! That try panics while the earlier step is a `todo!`. Its panic is not
//! printed: the test's own message quotes it, so that a first run prints
//! one message per test, which says where to start.

use std::any::Any;
use std::cell::Cell;
use std::panic;
use std::sync::Once;

use kata_13::bus::EventBus;
use kata_13::events::{OrderEvent, OrderId};

use crate::harness::{Recorder, SHUTDOWN_WITHIN, TestShop, WAIT};

/// Fails the test, saying which step to do first, unless the harness of every
/// step before `step` works on the simplest case.
pub async fn check_earlier_steps(step: u32) {
    for earlier in 1..step {
        // In a task of its own, so that its panic comes back as a value. The
        // test's runtime has one thread, this one: the task runs here.
        let tried = {
            let _quiet = Trying::start();
            tokio::spawn(try_step(earlier)).await
        };
        if let Err(error) = tried {
            let reason = if error.is_panic() {
                panic_text(error.into_panic())
            } else {
                error.to_string()
            };
            // A `todo!` says nothing that "do step N first" does not; any
            // other failure is news, and is quoted.
            if reason.starts_with("not yet implemented") {
                panic!(
                    "kata 13, step {step}: do step {earlier} first (`cargo test -p kata-13 \
                     step_{earlier}`): this test needs its harness."
                );
            }
            panic!(
                "kata 13, step {step}: do step {earlier} first. This test needs step \
                 {earlier}'s harness, which does not work yet (`cargo test -p kata-13 \
                 step_{earlier}` shows why):\n  {reason}"
            );
        }
    }
}

thread_local! {
    /// True while this thread tries an earlier step.
    static TRYING: Cell<bool> = const { Cell::new(false) };
}

/// While it lives, a panic on this thread is not printed: it is an earlier
/// step's, and the test's own message says what it said.
struct Trying;

impl Trying {
    fn start() -> Trying {
        static INSTALL: Once = Once::new();
        INSTALL.call_once(|| {
            let print = panic::take_hook();
            panic::set_hook(Box::new(move |info| {
                // `try_with`: a panic can come while the thread is going away.
                if !TRYING.try_with(Cell::get).unwrap_or(false) {
                    print(info);
                }
            }));
        });
        TRYING.set(true);
        Trying
    }
}

impl Drop for Trying {
    fn drop(&mut self) {
        TRYING.set(false);
    }
}

/// The simplest use of one step's harness; panics if it does not work.
async fn try_step(step: u32) {
    let event = OrderEvent::OrderPaid { order: OrderId(1) };
    match step {
        1 => {
            let bus = EventBus::new();
            let mut recorder = Recorder::start(&bus);
            bus.publish(event.clone());
            assert_eq!(recorder.events(), [event]);
        }
        2 => {
            let bus = EventBus::new();
            let mut recorder = Recorder::start(&bus);
            bus.publish(event.clone());
            let events = recorder
                .try_until("one event", WAIT, |events| !events.is_empty())
                .await
                .unwrap_or_else(|error| panic!("{error}"));
            assert_eq!(events, std::slice::from_ref(&event));
            let first = recorder.try_nth(1, WAIT).await;
            assert_eq!(first, Ok(event));
        }
        3 => {
            let shop = TestShop::start();
            if let Err(error) = shop.try_shut_down(SHUTDOWN_WITHIN).await {
                panic!("a shop that was never paid could not shut down: {error}");
            }
        }
        _ => unreachable!("there are four steps"),
    }
}

/// The message of a panic, as `panic!` and `todo!` make it.
pub fn panic_text(payload: Box<dyn Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(text) => *text,
        Err(payload) => payload.downcast_ref::<&str>().map_or_else(
            || "(a panic without a message)".to_string(),
            |text| (*text).to_string(),
        ),
    }
}
