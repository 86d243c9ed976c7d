//! A sleep as a wait, fixed: the test looks until the product is there, up
//! to a deadline that only a broken indexer reaches.

use std::thread;
use std::time::{Duration, Instant};

use crate::chapter::doubles::MemoryIndex;
use crate::chapter::flaky::search::CatalogSearch;

// ANCHOR: test
pub fn a_new_product_can_be_found() {
    let search = CatalogSearch::start(MemoryIndex::new());

    search.add("TEAPOT", "Blue teapot");
    let found = eventually("the teapot to be found", || {
        let found = search.search("teapot");
        (!found.is_empty()).then_some(found)
    });

    assert_eq!(found, ["TEAPOT"]);
}
// ANCHOR_END: test

// ANCHOR: eventually
/// Asks `look` until it has an answer, and gives up after 5 s, which only a
/// broken system ever takes.
fn eventually<T>(what: &str, mut look: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        if let Some(answer) = look() {
            return answer;
        }
        assert!(
            Instant::now() < deadline,
            "gave up waiting for {what} after 5 s"
        );
        // A pause between two looks, so as not to keep a core busy: not a
        // guess at how long the work takes.
        thread::sleep(Duration::from_millis(1));
    }
}
// ANCHOR_END: eventually
