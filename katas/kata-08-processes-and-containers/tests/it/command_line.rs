//! The service as a program, run to its end without the fixture: what it
//! prints for `--help`, and how it refuses to start. Given, and passing from
//! the start: the fixture is not needed here.

use std::fs;
use std::process::{Command, Output, Stdio};

/// The binary under test, as `server.rs` finds it.
const STOCK_SERVICE: &str = env!("CARGO_BIN_EXE_stock-service");

/// Runs the service with `args` and no input, and returns what it did.
fn run(args: &[&str]) -> Output {
    Command::new(STOCK_SERVICE)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("cannot run stock-service")
}

#[test]
fn help_prints_the_usage_on_stdout_and_succeeds() {
    let output = run(&["--help"]);

    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.starts_with("usage: stock-service"),
        "\n`stock-service --help` is how a reader of the fixture learns the flags: it should\n\
         print the usage on stdout and succeed, but it ended with {} and printed {stdout:?}\n\
         on stdout and {:?} on stderr.\n",
        output.status,
        String::from_utf8_lossy(&output.stderr),
    );
}

#[test]
fn a_stock_file_it_cannot_read_stops_the_service_before_it_announces() {
    let data_dir = tempfile::tempdir().expect("cannot make a temporary directory");
    // A `stock.json` that exists but cannot be read as a file.
    fs::create_dir(data_dir.path().join("stock.json")).expect("cannot make stock.json");
    let data_dir = data_dir.path().to_str().expect("a temporary path in UTF-8");

    // With stdin closed at once, a service that did start stops again at once.
    let output = run(&[
        "--port",
        "0",
        "--data-dir",
        data_dir,
        "--exit-when-stdin-closes",
    ]);

    assert!(
        !output.status.success() && output.stdout.is_empty(),
        "\nThe service's stock file could not be read, yet it ended with {} after printing\n\
         {:?}. A service that started with no stock instead would write over the saved\n\
         stock at its first change: it must stop, with a message on stderr, before it\n\
         announces an address.\n",
        output.status,
        String::from_utf8_lossy(&output.stdout),
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("stock-service: "),
        "the service should say on stderr why it stopped, not {stderr:?}"
    );
}
