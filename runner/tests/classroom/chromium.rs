//! A real headless Chromium, driven over its DevTools protocol, for the
//! page test.
//!
//! Why the protocol and not `chromium --dump-dom`: a dump is taken when the
//! page has loaded, or after a virtual-time budget that never runs out while
//! a request is open, and the page's event stream is always open. So a dump
//! either comes before the first event or never (tried with Chromium 156).
//! The protocol lets the test wait for what the page shows: each wait is a
//! promise in the page that a `MutationObserver` resolves when the DOM
//! matches, with a deadline; no polling, no sleep. Chromium speaks the
//! protocol over a WebSocket, and the little of RFC 6455 a client needs
//! (masked text frames out, unmasked frames in, a pong for a ping) is below,
//! rather than one more crate for the tests.
//!
//! Chromium is found as `CHROMIUM`, or `chromium`, `chromium-browser`,
//! `google-chrome` on the PATH, or where macOS and Windows install it.
//!
//! The book's test (`tests/book/`) drives the same client.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde_json::{Value, json};

/// How long Chromium may take to start, to answer, or to show what a test
/// waits for.
const DEADLINE: Duration = Duration::from_secs(30);

/// The browser, when this machine has one.
pub fn find() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let names = [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ];
    let on_path = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path).find_map(|dir| {
            names
                .iter()
                .map(|name| dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX)))
                .find(|candidate| candidate.is_file())
        })
    });
    on_path.or_else(|| {
        [
            "/Applications/Chromium.app/Contents/MacOS/Chromium",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            r"C:\Program Files\Google\Chrome\Application\chrome.exe",
            r"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
        ]
        .iter()
        .map(PathBuf::from)
        .find(|path| path.is_file())
    })
}

/// Chromium, or `None` after saying plainly that the test is skipped and
/// how to install it. In CI (`CI` set) a missing Chromium fails instead:
/// `.ci/run` installs it, so its absence there is a broken CI.
pub fn or_skip(test: &str) -> Option<PathBuf> {
    if let Some(found) = find() {
        return Some(found);
    }
    let how = "install Chromium to run it: `sudo apt-get install chromium` (Debian, Ubuntu), \
               `sudo dnf install chromium` (Fedora), `brew install --cask chromium` (macOS), \
               or set CHROMIUM to a Chrome or Chromium binary";
    let in_ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false");
    assert!(!in_ci, "{test} needs Chromium, and CI must have it: {how}");
    // Straight to the terminal: libtest keeps a passing test's prints to
    // itself, and a skip nobody sees would read as a pass.
    let _ = writeln!(
        std::io::stderr(),
        "\nSKIPPED {test}: Chromium was not found; {how}.\n"
    );
    None
}

/// A headless Chromium with a fresh profile, killed when dropped.
pub struct Chromium {
    child: Child,
    port: u16,
    _profile: tempfile::TempDir,
}

impl Chromium {
    pub fn start(binary: &PathBuf) -> Chromium {
        let profile = tempfile::tempdir().unwrap();
        let mut child = Command::new(binary)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                // Without these, Chromium reaches for the internet, and a
                // closed network refuses it noisily.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--remote-debugging-port=0",
                "--window-size=1280,800",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
        // It says where its DevTools listen on stderr:
        // "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID".
        let (sender, lines) = mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = sender.send(line);
            }
        });
        let deadline = Instant::now() + DEADLINE;
        let mut said = String::new();
        let port = loop {
            match lines.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(line) => {
                    if let Some(rest) = line.split("ws://127.0.0.1:").nth(1) {
                        break rest.split('/').next().unwrap().parse().unwrap();
                    }
                    said.push_str(&line);
                    said.push('\n');
                }
                Err(_) => {
                    let _ = child.kill();
                    panic!("Chromium never said where its DevTools listen; it said:\n{said}");
                }
            }
        };
        Chromium {
            child,
            port,
            _profile: profile,
        }
    }

    /// The browser's first tab, ready for commands.
    pub fn page(&self) -> Page {
        let list = http_get(self.port, "/json/list");
        let targets: Value = serde_json::from_str(&list).expect("DevTools lists its targets");
        let url = targets
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["type"] == "page")
            .and_then(|t| t["webSocketDebuggerUrl"].as_str())
            .expect("a page target")
            .to_string();
        let path = url
            .split_once(&format!("127.0.0.1:{}", self.port))
            .unwrap()
            .1;
        let mut page = Page {
            socket: WebSocket::connect(self.port, path),
            next_id: 0,
            events: Vec::new(),
        };
        page.call("Page.enable", json!({}));
        page.call("Runtime.enable", json!({}));
        page
    }
}

impl Drop for Chromium {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A GET over a plain socket: DevTools' HTTP side is this simple. It keeps
/// the connection open, so the body is read by its length.
fn http_get(port: u16, path: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(DEADLINE)).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )
    .unwrap();
    let head = read_head(&mut stream);
    let length: usize = head
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())
                .flatten()
        })
        .expect("DevTools says how long its answer is");
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).unwrap();
    String::from_utf8(body).unwrap()
}

/// An HTTP answer's status line and headers, up to the empty line.
fn read_head(stream: &mut TcpStream) -> String {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        stream.read_exact(&mut byte).expect("DevTools answers");
        head.push(byte[0]);
    }
    String::from_utf8_lossy(&head).into_owned()
}

/// One tab, driven by DevTools commands.
pub struct Page {
    socket: WebSocket,
    next_id: u64,
    /// Events read while waiting for an answer, oldest first.
    events: Vec<Value>,
}

impl Page {
    /// Sends a command and returns its result; panics on an error.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.socket
            .send(&json!({"id": id, "method": method, "params": params}).to_string());
        let deadline = Instant::now() + DEADLINE;
        loop {
            let message: Value = serde_json::from_str(&self.socket.receive(deadline)).unwrap();
            if message["id"] == id {
                assert!(message.get("error").is_none(), "{method}: {message}");
                return message["result"].clone();
            }
            self.events.push(message);
        }
    }

    /// Opens `url` and returns once its load event has fired.
    pub fn open(&mut self, url: &str) {
        self.events.clear();
        self.call("Page.navigate", json!({"url": url}));
        let deadline = Instant::now() + DEADLINE;
        while !self
            .events
            .iter()
            .any(|e| e["method"] == "Page.loadEventFired")
        {
            let message: Value = serde_json::from_str(&self.socket.receive(deadline)).unwrap();
            self.events.push(message);
        }
    }

    /// The value of a JavaScript expression in the page (awaited if it is a
    /// promise).
    pub fn evaluate(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "awaitPromise": true, "returnByValue": true}),
        );
        if let Some(exception) = result.get("exceptionDetails") {
            panic!("{expression} threw: {exception}");
        }
        result["result"]["value"].clone()
    }

    /// Waits until `condition` (a JavaScript expression) is true in the page,
    /// checking it again on every change of the DOM; panics at the deadline
    /// with what the page shows.
    pub fn wait_for(&mut self, what: &str, condition: &str) {
        // The page gives up a little before this side does, so that the
        // failure says what the page shows.
        let ms = DEADLINE.saturating_sub(Duration::from_secs(2)).as_millis();
        let waited = self.call(
            "Runtime.evaluate",
            json!({
                "expression": format!(
                    "new Promise((resolve) => {{
                        const met = () => {{ try {{ return Boolean({condition}); }} catch (e) {{ return false; }} }};
                        if (met()) return resolve(true);
                        const observer = new MutationObserver(() => {{
                            if (met()) {{ observer.disconnect(); resolve(true); }}
                        }});
                        observer.observe(document, {{subtree: true, childList: true, characterData: true, attributes: true}});
                        setTimeout(() => {{ observer.disconnect(); resolve(false); }}, {ms});
                    }})"
                ),
                "awaitPromise": true,
                "returnByValue": true,
            }),
        );
        if waited["result"]["value"] != true {
            let shown = self.evaluate("document.body.innerText");
            panic!(
                "the page never showed {what}; it shows:\n{}",
                shown.as_str().unwrap_or("")
            );
        }
    }

    /// The events read so far (network requests, console messages, ...),
    /// oldest first, and forgets them. Events arrive while the page answers
    /// commands: call this after one.
    #[allow(dead_code, reason = "the book's test uses it; the classroom's do not")]
    pub fn take_events(&mut self) -> Vec<Value> {
        std::mem::take(&mut self.events)
    }

    /// A PNG of the viewport.
    pub fn screenshot(&mut self) -> Vec<u8> {
        let shot = self.call("Page.captureScreenshot", json!({"format": "png"}));
        BASE64
            .decode(shot["data"].as_str().unwrap())
            .expect("a base64 PNG")
    }
}

/// The client side of a WebSocket, as much as DevTools needs.
struct WebSocket {
    stream: TcpStream,
}

impl WebSocket {
    fn connect(port: u16, path: &str) -> WebSocket {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        let mut nonce = [0u8; 16];
        getrandom::fill(&mut nonce).unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n\
             Connection: Upgrade\r\nSec-WebSocket-Key: {}\r\nSec-WebSocket-Version: 13\r\n\r\n",
            BASE64.encode(nonce)
        )
        .unwrap();
        stream.set_read_timeout(Some(DEADLINE)).unwrap();
        // Nothing follows the handshake's answer until a command is sent.
        let head = read_head(&mut stream);
        assert!(
            head.starts_with("HTTP/1.1 101"),
            "DevTools refused the WebSocket:\n{head}"
        );
        WebSocket { stream }
    }

    /// A text frame, masked as a client must.
    fn send(&mut self, text: &str) {
        self.frame(0x1, text.as_bytes());
    }

    fn frame(&mut self, opcode: u8, payload: &[u8]) {
        let mut frame = vec![0x80 | opcode];
        match payload.len() {
            n if n < 126 => frame.push(0x80 | n as u8),
            n if n <= usize::from(u16::MAX) => {
                frame.push(0x80 | 126);
                frame.extend_from_slice(&(n as u16).to_be_bytes());
            }
            n => {
                frame.push(0x80 | 127);
                frame.extend_from_slice(&(n as u64).to_be_bytes());
            }
        }
        let mut mask = [0u8; 4];
        getrandom::fill(&mut mask).unwrap();
        frame.extend_from_slice(&mask);
        frame.extend(payload.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
        self.stream.write_all(&frame).unwrap();
    }

    /// The next whole text message, answering pings on the way.
    fn receive(&mut self, deadline: Instant) -> String {
        let mut message = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(!left.is_zero(), "DevTools did not answer in time");
            self.stream
                .set_read_timeout(Some(left.max(Duration::from_millis(1))))
                .unwrap();
            let mut head = [0u8; 2];
            self.stream
                .read_exact(&mut head)
                .expect("a frame from DevTools");
            let (fin, opcode) = (head[0] & 0x80 != 0, head[0] & 0x0f);
            let masked = head[1] & 0x80 != 0;
            let length = match head[1] & 0x7f {
                126 => {
                    let mut n = [0u8; 2];
                    self.stream.read_exact(&mut n).unwrap();
                    u64::from(u16::from_be_bytes(n))
                }
                127 => {
                    let mut n = [0u8; 8];
                    self.stream.read_exact(&mut n).unwrap();
                    u64::from_be_bytes(n)
                }
                n => u64::from(n),
            };
            let mut mask = [0u8; 4];
            if masked {
                self.stream.read_exact(&mut mask).unwrap();
            }
            let mut payload = vec![0u8; usize::try_from(length).unwrap()];
            self.stream.read_exact(&mut payload).unwrap();
            if masked {
                for (i, b) in payload.iter_mut().enumerate() {
                    *b ^= mask[i % 4];
                }
            }
            match opcode {
                // A continuation, a text or a binary frame.
                0x0..=0x2 => {
                    message.extend_from_slice(&payload);
                    if fin {
                        return String::from_utf8(message).expect("DevTools speaks UTF-8");
                    }
                }
                0x8 => panic!("DevTools closed the connection"),
                0x9 => self.frame(0xA, &payload),
                _ => {} // a pong
            }
        }
    }
}
