//! A shuffled order that is the same on every run and every machine.
//!
//! libtest can shuffle tests (`-Z unstable-options --shuffle`), but only on
//! a nightly toolchain. The harness shuffles its own runs instead, with a
//! fixed seed, so that the order that made a scenario fail comes back every
//! time: a flake you can run again is half found.

// ANCHOR: shuffle
/// `items` in the order that `seed` gives (a Fisher-Yates shuffle).
pub fn shuffled<T>(mut items: Vec<T>, seed: u64) -> Vec<T> {
    let mut random = SplitMix64(seed);
    for last in (1..items.len()).rev() {
        // The modulo's bias is far too small to matter for a dozen items.
        let pick = random.next() % (last as u64 + 1);
        items.swap(last, pick as usize);
    }
    items
}
// ANCHOR_END: shuffle

/// A small, well-known generator of pseudo-random numbers: the same seed
/// gives the same numbers everywhere, with nothing to depend on.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}
