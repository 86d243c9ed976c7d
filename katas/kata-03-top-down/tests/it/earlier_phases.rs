//! Phase 3's way in: given, not part of the kata.
//!
//! Phase 3 has something to teach only once phases 1 and 2 pass: its moment
//! is a test that passed over *your* stubs and fails over the real layers.
//! Before there are stubs, that failure would give the lesson away, and some
//! phase 3 tests would even pass, since they need no stub at all. So every
//! phase 3 test starts with [`require_phases_1_and_2`], which runs the tests
//! of phases 1 and 2 and stops with "do phases 1 and 2 first" while one of
//! them fails.

use std::cell::Cell;
use std::panic;
use std::sync::Once;

use crate::{phase_1_controller, phase_2_service};

/// Fails the calling test, with a message that says which phase to finish,
/// unless every test of phases 1 and 2 passes.
#[track_caller]
pub fn require_phases_1_and_2() {
    let phases = [
        (1, phase_1_controller::TESTS.as_slice()),
        (2, phase_2_service::TESTS.as_slice()),
    ];
    for (phase, tests) in phases {
        if !tests.iter().all(|&test| passes_quietly(test)) {
            panic!(
                "\nkata 03, phase 3: do phases 1 and 2 first. Phase {phase} does not pass yet: \
                 cargo test -p kata-03 phase_{phase}\n"
            );
        }
    }
}

thread_local! {
    /// Set while this thread runs an earlier phase's test for the gate.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `test` and says whether it passed, printing nothing when it fails.
///
/// Its panic is caught here, and it must not be printed: the runner and the
/// learner read the first panic in a test's output as the reason it failed,
/// and the reason is the gate's message, not the earlier test's. The panic
/// hook is global, so the one installed here stays silent only on a thread
/// that is inside this function, and hands every other panic to the hook
/// that was there before.
fn passes_quietly(test: fn()) -> bool {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.get() {
                previous(info);
            }
        }));
    });

    QUIET.set(true);
    let passed = panic::catch_unwind(test).is_ok();
    QUIET.set(false);
    passed
}
