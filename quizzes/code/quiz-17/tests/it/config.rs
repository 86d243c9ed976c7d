//! How every property of this crate runs: pinned, so that every run draws
//! the same cases on every machine, because the quiz's answers rest on what
//! each run finds.

use std::fmt::Debug;

use proptest::strategy::Strategy;
use proptest::test_runner::{
    Config, RngAlgorithm, RngSeed, TestCaseError, TestRunner, noop_result_cache,
};

/// The same cases, drawn in the same order, on every run and every machine,
/// and never a file written. `Config::default()` reads the `PROPTEST_*`
/// variables, so every setting they could change is written out here.
pub fn pinned() -> Config {
    Config {
        // proptest's own default, written out.
        cases: 256,
        // A fixed seed, and an algorithm that draws the same numbers from it
        // on every platform.
        rng_seed: RngSeed::Fixed(17),
        rng_algorithm: RngAlgorithm::ChaCha,
        // The quiz runs these properties against broken versions on
        // purpose: a failure is never saved to a `proptest-regressions`
        // file.
        failure_persistence: None,
        // Shrinking is bounded by tries, not by time, which depends on the
        // machine.
        max_shrink_iters: 4096,
        max_shrink_time: 0,
        max_local_rejects: 65_536,
        max_global_rejects: 1024,
        max_flat_map_regens: 1_000_000,
        max_default_size_range: 100,
        result_cache: noop_result_cache,
        fork: false,
        timeout: 0,
        verbose: 0,
        ..Config::default()
    }
}

/// Runs `property` on the cases `strategy` draws, with the pinned config,
/// and fails the test with proptest's report when a case fails.
///
/// Why not the `proptest!` and `prop_state_machine!` macros, as the chapter
/// does: they apply the `PROPTEST_*` variables again on top of the config
/// they are given, so a `PROPTEST_CASES` or `PROPTEST_RNG_SEED` set in
/// someone's shell or CI would change what these tests find, and the quiz's
/// answers with it. A runner made by hand takes the config as it is.
#[track_caller]
pub fn check<S>(strategy: S, property: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S: Strategy,
    S::Value: Debug,
{
    let mut runner = TestRunner::new(pinned());
    if let Err(failure) = runner.run(&strategy, property) {
        panic!("{failure}\n{runner}");
    }
}
