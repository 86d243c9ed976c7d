//! Just enough of an HTTP client for the stock service's scenarios.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use crate::harness::conditions;

/// The status and body of an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    pub body: String,
}

impl Reply {
    pub fn new(status: u16, body: &str) -> Reply {
        Reply {
            status,
            body: body.to_string(),
        }
    }
}

/// Sends `GET url` (`http://127.0.0.1:PORT/path`) and reads the whole answer.
/// Panics, saying why, when there is none.
pub fn get(url: &str) -> Reply {
    conditions::meet_the_others();
    let rest = url
        .strip_prefix("http://")
        .unwrap_or_else(|| panic!("not an http:// URL: {url}"));
    let (host, path) = match rest.split_once('/') {
        Some((host, path)) => (host, format!("/{path}")),
        None => (rest, "/".to_string()),
    };
    let mut stream = TcpStream::connect(host)
        .unwrap_or_else(|error| panic!("nothing answers at {host}: {error}"));
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("a timeout of 5 s is valid");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nhost: {host}\r\nconnection: close\r\n\r\n"
    )
    .unwrap_or_else(|error| panic!("cannot send the request to {url}: {error}"));
    let mut answer = String::new();
    stream
        .read_to_string(&mut answer)
        .unwrap_or_else(|error| panic!("no answer from {url}: {error}"));

    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|status| status.parse().ok())
        .unwrap_or_else(|| panic!("{url} did not answer HTTP: {answer:?}"));
    let body = answer.split_once("\r\n\r\n").map_or("", |(_, body)| body);
    Reply::new(status, body)
}
