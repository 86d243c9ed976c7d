//! A small blocking HTTP client for the tests: given, not part of the kata.
//!
//! It speaks just enough HTTP/1.1 over a `std::net::TcpStream` to talk to the
//! stock service: one connection per request, closed by the server after its
//! answer. That keeps the tests free of an async runtime, and keeps each test
//! binary quick to link.

use std::io::{self, ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use serde_json::Value;

/// A request that takes longer than this fails instead of hanging the test.
const TIMEOUT: Duration = Duration::from_secs(5);

/// A status code and a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

impl Response {
    /// The body, read as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|error| {
            panic!(
                "expected a JSON body, got {} {:?}: {error}",
                self.status, self.body
            )
        })
    }
}

pub fn get(addr: SocketAddr, path: &str) -> io::Result<Response> {
    send(addr, "GET", path, "")
}

pub fn put_json(addr: SocketAddr, path: &str, body: &Value) -> io::Result<Response> {
    send(addr, "PUT", path, &body.to_string())
}

fn send(addr: SocketAddr, method: &str, path: &str, body: &str) -> io::Result<Response> {
    let mut stream = TcpStream::connect_timeout(&addr, TIMEOUT)?;
    stream.set_read_timeout(Some(TIMEOUT))?;
    stream.set_write_timeout(Some(TIMEOUT))?;
    let content_type = if body.is_empty() {
        ""
    } else {
        "Content-Type: application/json\r\n"
    };
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{content_type}\
         Content-Length: {}\r\n\r\n{body}",
        body.len()
    )?;
    // `Connection: close`: the answer ends where the stream does.
    let mut raw = String::new();
    stream.read_to_string(&mut raw)?;
    parse(&raw)
}

fn parse(raw: &str) -> io::Result<Response> {
    let invalid = |what: &str| io::Error::new(ErrorKind::InvalidData, format!("{what}: {raw:?}"));
    let (head, body) = raw
        .split_once("\r\n\r\n")
        .ok_or_else(|| invalid("not an HTTP response"))?;
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        return Err(invalid("a chunked body, which this client does not read"));
    }
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| invalid("no status code"))?;
    Ok(Response {
        status,
        body: body.to_string(),
    })
}
