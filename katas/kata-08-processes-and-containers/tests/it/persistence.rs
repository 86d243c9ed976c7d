//! Persistence: the service keeps its stock in a file of its data directory,
//! so the stock outlives the process, and the test can look at the file.

use std::fs;

use serde_json::{Value, json};

use crate::http;
use crate::process::{self, ProcessState};
use crate::server::TestServer;

#[test]
fn stock_is_saved_in_the_services_data_directory() {
    let server = TestServer::start();
    let stock_file = server.data_dir().join("stock.json");
    assert!(
        server.data_dir().is_dir() && !stock_file.exists(),
        "\n`data_dir()` should be the new, empty directory that the service was started\n\
         with ({}).\n",
        server.data_dir().display(),
    );

    let put = http::put_json(server.addr(), "/stock/MUG", &json!({ "quantity": 12 }))
        .expect("no answer from the service");

    assert_eq!(put.json(), json!({ "sku": "MUG", "quantity": 12 }));
    let saved = fs::read_to_string(&stock_file).unwrap_or_else(|error| {
        panic!(
            "\nThe service saves its stock in DATA_DIR/stock.json, but {} cannot be read: {error}.\n\
             Is `data_dir()` the directory you passed to `--data-dir`?\n",
            stock_file.display()
        )
    });
    let saved: Value = serde_json::from_str(&saved).expect("stock.json is not JSON");
    assert_eq!(saved, json!({ "MUG": 12 }));
}

#[test]
fn stock_survives_a_restart_of_the_service() {
    let mut server = TestServer::start();
    for (sku, quantity) in [("KEYBOARD", 5), ("MUG", 12)] {
        let path = format!("/stock/{sku}");
        let put = http::put_json(server.addr(), &path, &json!({ "quantity": quantity }))
            .expect("no answer from the service");
        assert_eq!(put.status, 200, "{put:?}");
    }
    let old_pid = server.pid();

    server.restart();

    assert_ne!(
        server.pid(),
        old_pid,
        "\nrestart() should start a new process.\n"
    );
    assert_eq!(
        process::state(old_pid),
        ProcessState::Gone,
        "\nrestart() should stop the old process (kill it, and wait for it) before it starts\n\
         the new one.\n",
    );
    let stock = http::get(server.addr(), "/stock").expect("no answer after the restart");
    assert_eq!(
        stock.json(),
        json!([
            { "sku": "KEYBOARD", "quantity": 5 },
            { "sku": "MUG", "quantity": 12 },
        ]),
        "\nThe new process should find the stock the old one saved: start it on the same\n\
         data directory, and use the address the new process announces.\n",
    );
}
