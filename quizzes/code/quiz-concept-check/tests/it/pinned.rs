//! How the property below runs: pinned, so that it draws the same cases on
//! every run and every machine (the concept check's key rests on what it
//! finds), and never writes a file.

use proptest::test_runner::{Config, RngAlgorithm, RngSeed, noop_result_cache};

/// Every setting the `PROPTEST_*` variables could change, written out.
pub fn config() -> Config {
    Config {
        cases: 256,
        rng_seed: RngSeed::Fixed(23),
        rng_algorithm: RngAlgorithm::ChaCha,
        failure_persistence: None,
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
