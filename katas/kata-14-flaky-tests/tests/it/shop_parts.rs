//! The shop's parts, each checked once, outside the harness: what the
//! scenarios take for granted and do not check themselves. Nothing here is
//! flaky, and it all passes from the start. Given, and not to change.

use std::io::{ErrorKind, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

use kata_14::clock::Timestamp;
use kata_14::customers::{CustomerId, CustomerStore};
use kata_14::stock_service::RunningService;

/// The receipts scenario compares a receipt with `plus_days` itself, so the
/// days are counted here, in milliseconds worked out by hand.
#[test]
fn thirty_days_later_is_thirty_days_of_milliseconds_later() {
    let paid_at = Timestamp::from_millis(1_767_225_600_000);

    let returns_until = paid_at.plus_days(30);

    assert_eq!(
        returns_until,
        Timestamp::from_millis(1_767_225_600_000 + 30 * 86_400_000),
        "a day is 86,400,000 milliseconds"
    );
}

#[test]
fn accounts_are_numbered_from_one() {
    let mut customers = CustomerStore::new();

    let ada = customers.register("Ada Lovelace", "ada@example.com");
    let grace = customers.register("Grace Hopper", "grace@example.com");

    assert_eq!(
        (ada, grace),
        (Ok(CustomerId(1)), Ok(CustomerId(2))),
        "a new store numbers its accounts 1, 2, and so on"
    );
}

/// A stock service of the test's own, on a port that the system picks.
fn stock_service(stock: &[(&str, u32)]) -> RunningService {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port on 127.0.0.1");
    let stock = stock
        .iter()
        .map(|&(sku, count)| (sku.to_string(), count))
        .collect();
    RunningService::start(listener, stock).expect("the stock service starts")
}

/// Connects to the service, with a read timeout of 5 s.
fn connect(service: &RunningService) -> TcpStream {
    let stream = TcpStream::connect(service.addr()).expect("the service listens");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("a timeout of 5 s is valid");
    stream
}

/// The whole answer, read until the service closes the connection.
fn answer(mut stream: TcpStream) -> String {
    let mut answer = String::new();
    stream
        .read_to_string(&mut answer)
        .expect("the service answers");
    answer
}

#[test]
fn every_answer_starts_with_its_status_line() {
    let service = stock_service(&[("MUG", 12)]);

    for (request, status_line) in [
        ("GET /stock/MUG HTTP/1.1\r\n\r\n", "HTTP/1.1 200 OK"),
        (
            "GET /stock/KETTLE HTTP/1.1\r\n\r\n",
            "HTTP/1.1 404 Not Found",
        ),
        (
            "POST /stock/MUG HTTP/1.1\r\n\r\n",
            "HTTP/1.1 405 Method Not Allowed",
        ),
        ("HELLO\r\n\r\n", "HTTP/1.1 400 Bad Request"),
    ] {
        let mut stream = connect(&service);
        stream
            .write_all(request.as_bytes())
            .expect("the request is sent");

        let answer = answer(stream);

        assert_eq!(
            answer.lines().next(),
            Some(status_line),
            "the answer to {request:?}, whose status line a client reads first"
        );
    }
}

#[test]
fn the_service_answers_once_the_request_has_ended() {
    let service = stock_service(&[("MUG", 12)]);
    let mut stream = connect(&service);

    // A request whose headers have not ended: the blank line is still to come.
    stream
        .write_all(b"GET /stock/MUG HTTP/1.1\r\nhost: shop.test\r\n")
        .expect("the request is sent");
    stream
        .set_read_timeout(Some(Duration::from_millis(100)))
        .expect("a timeout of 100 ms is valid");
    let early = stream.read(&mut [0; 64]);

    assert!(
        matches!(&early, Err(error) if matches!(error.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut)),
        "the service answered before the request ended ({early:?}): a server that closes a \
         connection with part of the request unread can make the client's system reset it, \
         and the client lose the answer"
    );
    stream.write_all(b"\r\n").expect("the request ends");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("a timeout of 5 s is valid");
    assert!(answer(stream).starts_with("HTTP/1.1 200 OK"));
}

#[test]
fn a_dropped_service_answers_no_more() {
    // A sku that only this service has: whatever might listen on the port
    // once it is free cannot answer for it.
    let service = stock_service(&[("MUG-OF-A-DROPPED-SERVICE", 3)]);
    let addr = service.addr();

    drop(service);

    let Ok(mut stream) = TcpStream::connect(addr) else {
        // Nothing listens there any more: the service stopped.
        return;
    };
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("a timeout of 5 s is valid");
    let _ = stream.write_all(b"GET /stock/MUG-OF-A-DROPPED-SERVICE HTTP/1.1\r\n\r\n");
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(
        !answer.starts_with("HTTP/1.1 200"),
        "the service still answers after it was dropped: {answer:?}. A test that starts one \
         must be able to stop it, or every run leaves a server behind"
    );
}
