//! A demonstration for the quiz: the current directory belongs to the
//! process, and every test of this binary is a thread of that process. The
//! first two tests are ignored, because under parallel threads whether they
//! pass is a matter of luck; the quiz runs them on one thread, where libtest
//! runs them in the order of their names.

use std::collections::BTreeMap;
use std::env;
use std::path::Path;

use quiz_08::stock::{load, write_report};
use tempfile::tempdir;

// ANCHOR: demo
#[test]
#[ignore = "quiz: changes the current directory of the whole test process"]
fn exporting_writes_the_report_where_the_tool_runs() {
    let dir = tempdir().unwrap();
    env::set_current_dir(dir.path()).unwrap();
    let stock = BTreeMap::from([("MUG".to_string(), 5)]);
    write_report(&stock).unwrap();
    assert!(dir.path().join("stock-report.txt").exists());
}

#[test]
#[ignore = "quiz: reads a path relative to the current directory"]
fn reads_the_opening_stock() {
    let stock = load(Path::new("tests/data/opening-stock.txt")).unwrap();
    assert_eq!(stock.get("MUG"), Some(&5), "mugs in the opening stock");
}
// ANCHOR_END: demo

// ANCHOR: manifest_dir
#[test]
fn reads_the_opening_stock_from_the_crate() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let stock = load(&crate_dir.join("tests/data/opening-stock.txt")).unwrap();
    assert_eq!(stock.get("MUG"), Some(&5), "mugs in the opening stock");
}
// ANCHOR_END: manifest_dir

#[test]
fn the_opening_stock_has_two_products() {
    let stock =
        load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/opening-stock.txt")).unwrap();
    assert_eq!(stock.len(), 2);
}
