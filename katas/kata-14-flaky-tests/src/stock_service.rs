//! The stock service: a small HTTP server that tells the shop's front end
//! how many of each sku are on the shelves.
//!
//! | request            | answer                                        |
//! |--------------------|-----------------------------------------------|
//! | `GET /stock/{sku}` | 200 and the count; 404 when there is no record |
//! | anything else      | 404, or 405 for a method other than GET       |
//!
//! It speaks just enough HTTP/1.1 for that, on the standard library alone,
//! one connection at a time.

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// The port the service listens on in production.
pub const DEFAULT_PORT: u16 = 8080;

/// A stock service running on a thread of its own, stopped when this is
/// dropped.
#[derive(Debug)]
pub struct RunningService {
    addr: SocketAddr,
    stopping: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl RunningService {
    // ANCHOR: start
    /// Serves `stock` on `listener`, which the caller has bound.
    pub fn start(
        listener: TcpListener,
        stock: BTreeMap<String, u32>,
    ) -> io::Result<RunningService> {
        let addr = listener.local_addr()?;
        let stopping = Arc::new(AtomicBool::new(false));
        let thread = thread::Builder::new()
            .name(format!("stock service on {addr}"))
            .spawn({
                let stopping = Arc::clone(&stopping);
                move || serve(&listener, &stock, &stopping)
            })?;
        Ok(RunningService {
            addr,
            stopping,
            thread: Some(thread),
        })
    }
    // ANCHOR_END: start

    /// Where the service listens.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The URL of `path` on this service: `url("/stock/MUG")`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

impl Drop for RunningService {
    fn drop(&mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        // The server thread waits in `accept`: one more connection wakes it,
        // and it sees that it is stopping. If nothing can connect, the thread
        // is left to end with the program, rather than hang this `drop`.
        if TcpStream::connect(self.addr).is_ok()
            && let Some(thread) = self.thread.take()
        {
            let _ = thread.join();
        }
    }
}

fn serve(listener: &TcpListener, stock: &BTreeMap<String, u32>, stopping: &AtomicBool) {
    for connection in listener.incoming() {
        if stopping.load(Ordering::SeqCst) {
            return;
        }
        // A client that goes away mid-request is the client's problem.
        if let Ok(stream) = connection {
            let _ = answer(stream, stock);
        }
    }
}

fn answer(stream: TcpStream, stock: &BTreeMap<String, u32>) -> io::Result<()> {
    // A client that connects and says nothing must not hold the service up.
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut reader = BufReader::new(&stream);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // The headers say nothing this service needs: read past them.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }

    let (status, body) = match request_line.split_whitespace().collect::<Vec<_>>()[..] {
        ["GET", path, _version] => match path.strip_prefix("/stock/") {
            Some(sku) => match stock.get(sku) {
                Some(count) => (200, count.to_string()),
                None => (404, format!("no stock record for {sku}")),
            },
            None => (404, format!("no such page: {path}")),
        },
        [_method, _path, _version] => (405, "only GET is allowed".to_string()),
        _ => (400, "bad request".to_string()),
    };
    let reason = match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        _ => "Method Not Allowed",
    };
    let mut stream = &stream;
    write!(
        stream,
        "HTTP/1.1 {status} {reason}\r\ncontent-type: text/plain\r\ncontent-length: {}\r\n\
         connection: close\r\n\r\n{body}",
        body.len()
    )?;
    stream.flush()
}
