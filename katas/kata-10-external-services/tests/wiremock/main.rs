//! Kata 10's tests that use wiremock, in a test binary of their own:
//! wiremock is a big crate, and the code it generates in a test binary takes
//! about as long to compile and link as all of tests/it/. Kept apart, an edit
//! to your stub rebuilds only tests/it/. `cargo test -p kata-10` runs both.

// The given helpers of tests/it/, shared. This binary uses only some of
// them, so the rest would be dead code here.
#[allow(dead_code)]
#[path = "../it/pauses.rs"]
mod pauses;
#[allow(dead_code)]
#[path = "../it/support.rs"]
mod support;

// Given: step 5 again, with wiremock instead of your stub. It passes once
// `book` works.
mod step_5_with_wiremock;

// The chapter's example, another provider's client: given, and passing from
// the start.
mod example_address_lookup;
