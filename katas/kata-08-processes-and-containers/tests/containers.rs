//! The container version of the same idea: a real Redis, started for the test
//! in a Docker container and removed when the test ends.
//!
//! **Needs a running Docker engine**, so it is not part of the kata: it is
//! built only with the `containers` feature, and even then it runs only when
//! asked for by name:
//!
//! ```console
//! cargo test -p kata-08 --features containers --test containers -- --ignored
//! ```
//!
//! Without a Docker engine it fails, saying so. It never passes in silence.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::Duration;

use testcontainers::GenericImage;
use testcontainers::core::{IntoContainerPort, WaitFor};
use testcontainers::runners::SyncRunner;

// ANCHOR: redis
#[test]
#[ignore = "needs a running Docker engine: \
            cargo test -p kata-08 --features containers --test containers -- --ignored"]
fn stock_counts_round_trip_through_a_real_redis() {
    // Pulls the image if it is not there yet, starts a container, maps its
    // port 6379 to a free port of this machine, and returns once Redis has
    // logged that it is ready. A tag, not `latest`: a new major version must
    // not slip in unannounced.
    let redis = GenericImage::new("redis", "7-alpine")
        .with_exposed_port(6379.tcp())
        .with_wait_for(WaitFor::message_on_stdout("Ready to accept connections"))
        .start()
        .expect("cannot start a Redis container: is the Docker engine running?");
    let host = redis.get_host().expect("the container's host");
    let port = redis
        .get_host_port_ipv4(6379.tcp())
        .expect("the port mapped to 6379");

    let stream = TcpStream::connect((host.to_string(), port)).expect("cannot reach Redis");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("cannot set a timeout");
    let mut redis_client = BufReader::new(stream);

    assert_eq!(send(&mut redis_client, "SET stock:KEYBOARD 5"), "+OK");
    assert_eq!(send(&mut redis_client, "GET stock:KEYBOARD"), "5");
} // `redis` is dropped here: the container is stopped and removed.
// ANCHOR_END: redis

/// Sends one command in Redis's plain-text form and reads the reply: a status
/// such as `+OK`, or the value of a bulk string (`$1`, then the value).
fn send(redis: &mut BufReader<TcpStream>, command: &str) -> String {
    let stream = redis.get_mut();
    write!(stream, "{command}\r\n").expect("cannot send to Redis");
    let mut line = read_line(redis);
    if line.starts_with('$') && line != "$-1" {
        line = read_line(redis);
    }
    line
}

fn read_line(redis: &mut BufReader<TcpStream>) -> String {
    let mut line = String::new();
    redis.read_line(&mut line).expect("no reply from Redis");
    line.trim_end().to_string()
}
