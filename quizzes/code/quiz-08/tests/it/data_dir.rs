//! The service and its data directory: one temporary directory per test.

use std::fs;
use std::panic;

use quiz_08::service::{StartError, start};
use tempfile::tempdir;

// ANCHOR: tests
#[test]
fn a_second_service_cannot_share_a_data_directory() {
    let dir = tempdir().unwrap();
    let _first = start(dir.path()).unwrap();
    let second = start(dir.path());
    assert_eq!(second.unwrap_err(), StartError::Locked);
}

#[test]
fn a_stopped_service_frees_its_data_directory() {
    let dir = tempdir().unwrap();
    drop(start(dir.path()).unwrap());
    assert!(
        start(dir.path()).is_ok(),
        "a new service on the same directory"
    );
}

#[test]
fn a_service_that_cannot_load_frees_its_data_directory() {
    let dir = tempdir().unwrap();
    fs::write(dir.path().join("stock.txt"), "MUG five\n").unwrap();
    assert!(matches!(start(dir.path()), Err(StartError::Corrupt(_))));
    fs::write(dir.path().join("stock.txt"), "MUG 5\n").unwrap();
    let restarted = start(dir.path()).map(|running| running.on_hand("MUG"));
    assert_eq!(restarted, Ok(5), "the service, once the file is fixed");
}

#[test]
fn a_failing_test_still_frees_the_data_directory() {
    let dir = tempdir().unwrap();
    let failed = panic::catch_unwind(|| {
        let _running = start(dir.path()).unwrap();
        panic!("an assertion fails while the service runs");
    });
    assert!(failed.is_err());
    assert!(
        start(dir.path()).is_ok(),
        "a new service on the same directory"
    );
}
// ANCHOR_END: tests
