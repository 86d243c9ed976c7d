//! Isolation: every test gets a service of its own, in a process of its own,
//! with its own port and its own data directory, so tests that run at the
//! same time cannot see each other's data.

use serde_json::json;

use crate::http;
use crate::server::TestServer;

#[test]
fn two_services_side_by_side_have_their_own_ports_and_data() {
    let first = TestServer::start();
    let second = TestServer::start();

    assert_ne!(
        first.addr(),
        second.addr(),
        "\nTwo services cannot listen on the same address: pass `--port 0`, and read the\n\
         port each one got from its own first line.\n",
    );
    assert_ne!(
        first.data_dir(),
        second.data_dir(),
        "\nEach service needs a data directory of its own: make a new TempDir in try_start.\n",
    );

    let put = http::put_json(first.addr(), "/stock/KEYBOARD", &json!({ "quantity": 5 }))
        .expect("no answer from the first service");
    assert_eq!(put.status, 200, "{put:?}");
    let other = http::get(second.addr(), "/stock/KEYBOARD").expect("no answer from the second");
    assert_eq!(
        other.status, 404,
        "\nThe second service sees stock that was given to the first: {other:?}.\n\
         Do they share a data directory?\n",
    );
}

#[test]
fn a_new_service_starts_with_no_stock() {
    let server = TestServer::start();

    let stock = http::get(server.addr(), "/stock").expect("no answer from the service");

    assert_eq!(
        stock.json(),
        json!([]),
        "\nA new service should start with an empty data directory, and so with no stock.\n",
    );
}

#[test]
fn each_service_reads_back_its_own_record_of_a_product() {
    let first = TestServer::start();
    let second = TestServer::start();

    for (server, quantity) in [(&first, 5), (&second, 7)] {
        let put = http::put_json(
            server.addr(),
            "/stock/KEYBOARD",
            &json!({ "quantity": quantity }),
        )
        .expect("no answer from the service");
        assert_eq!(put.status, 200, "{put:?}");
    }

    for (server, quantity) in [(&first, 5), (&second, 7)] {
        let record = http::get(server.addr(), "/stock/KEYBOARD").expect("no answer");
        assert_eq!(
            (record.status, record.json()),
            (200, json!({ "sku": "KEYBOARD", "quantity": quantity })),
            "\nEach service was given its own quantity of keyboards, and should read back its\n\
             own. Do the two services share a data directory?\n",
        );
    }
}
