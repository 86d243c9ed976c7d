//! A name that two tests want, fixed: each test imports in a folder of its
//! own.

use std::path::PathBuf;
use std::process;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::chapter::doubles::FakeSupplier;
use crate::chapter::flaky::imports::{import_stock_in, scratch};

// ANCHOR: test
pub fn an_import_reads_every_line() {
    let supplier = FakeSupplier::with("MUG,12\nTEA,40\n");

    let stock = import_stock_in(&a_new_folder(), &supplier).expect("the import runs");

    assert_eq!(stock, [("MUG".to_string(), 12), ("TEA".to_string(), 40)]);
}

/// A folder name that nobody else uses: in a real suite, `tempfile`'s
/// `TempDir` gives one, and removes it afterwards.
fn a_new_folder() -> PathBuf {
    static MADE: AtomicU64 = AtomicU64::new(0);
    let number = MADE.fetch_add(1, Ordering::Relaxed);
    scratch().join(format!("catalog-import-{}-{number}", process::id()))
}
// ANCHOR_END: test
