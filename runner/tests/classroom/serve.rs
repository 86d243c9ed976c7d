//! What the instructor sees when starting the server, and where it listens.

use std::net::{Ipv4Addr, TcpListener, TcpStream};

use insta::assert_snapshot;

use crate::helpers::{Fixture, redact};
use crate::room::{Server, serve_args};

#[test]
fn serve_prints_the_join_line_the_page_link_and_that_only_this_laptop_can_reach_it() {
    let course = Fixture::new();
    let server = Server::start(course.root(), &["--port", "0"]);
    let printed = redact(&server.printed(), course.root())
        .replace(&server.code, "[CODE]")
        .replace(&server.token, "[TOKEN]")
        .replace(&server.port.to_string(), "[PORT]");
    assert_snapshot!(printed);
}

/// Bound to 127.0.0.1, not to every address: on Linux every 127.x.y.z is
/// this machine, and only a server bound to all of them answers on
/// 127.0.0.2. (macOS has no 127.0.0.2 unless it is set up, so there the
/// second half proves nothing, and passes.)
#[test]
fn the_server_listens_on_loopback_only_unless_told_otherwise() {
    let course = Fixture::new();
    let server = Server::start(course.root(), &["--port", "0"]);
    TcpStream::connect((Ipv4Addr::LOCALHOST, server.port)).expect("it answers on 127.0.0.1");
    let other = TcpStream::connect((Ipv4Addr::new(127, 0, 0, 2), server.port));
    assert!(
        other.is_err(),
        "a server on loopback only must not answer on 127.0.0.2"
    );
}

/// Every test start of the server goes through `room.rs`, whose helpers
/// insist on a port of the test's own: a test that bound the default port
/// would fail whenever an instructor's server listens there (and would turn
/// the self-check red on that laptop).
#[test]
fn serve_sources_start_the_server_only_here() {
    let tests = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    // The server's subcommand as an argument, spelled so that this file
    // does not hold it.
    let subcommand = format!("{0}serve{0}", '"');
    let mut offenders = Vec::new();
    let mut folders = vec![tests.clone()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs")
                && !path.ends_with("classroom/room.rs")
            {
                let text = std::fs::read_to_string(&path).unwrap();
                if text.contains(&subcommand) {
                    offenders.push(path.display().to_string());
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "start the classroom server through room.rs (`Server::start`, `serve_args`), which insists on `--port`: {offenders:?}"
    );
}

#[test]
fn a_port_that_is_taken_is_named_with_what_to_do() {
    let course = Fixture::new();
    let taken = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let port = taken.local_addr().unwrap().port().to_string();

    let run = course.kata(&serve_args(&["--port", &port]));

    run.assert_clean_error(&format!("port {port} is taken"));
    assert!(run.stderr.contains("--port N"), "{run}");
}
