//! `stock-service`: the binary the tests start as a child process.
//!
//! What it serves is in `src/lib.rs`, its command line in `src/config.rs`.
//! Two rules make it easy to drive from a test, and are worth copying into
//! any service you want to start from one:
//!
//! - stdout carries exactly one line, `listening on http://ADDRESS`, so that
//!   whoever started the service learns the port it got; everything else goes
//!   to stderr;
//! - with `--exit-when-stdin-closes`, it stops when its standard input
//!   closes, which happens when the process that started it dies, even if
//!   that process had no chance to clean up.

use std::io::{self, Write};
use std::net::Ipv4Addr;
use std::process::ExitCode;

use kata_08::app::{self, AppState};
use kata_08::config::{Command, Config, USAGE};
use kata_08::store::Store;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

// One thread is plenty for a test's traffic, and starts fastest.
#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    match Command::parse(std::env::args_os().skip(1)) {
        Ok(Command::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Command::Run(config)) => match run(config).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("stock-service: {error}");
                ExitCode::FAILURE
            }
        },
        Err(message) => {
            eprintln!("stock-service: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

async fn run(config: Config) -> io::Result<()> {
    // A bad data directory stops the service before it announces anything.
    let store = Store::open(&config.data_dir)?;

    let listener = listen(config.port).await?;

    // The slow start of a real service (a cache to fill, migrations to run),
    // simulated: the port is open and answers, but the service is not ready
    // until the warm-up is over.
    let state = AppState::default();
    let warm_up = config.warm_up;
    let warming_up = state.clone();
    tokio::spawn(async move {
        tokio::time::sleep(warm_up).await;
        warming_up.ready(store);
    });

    axum::serve(listener, app::router(state))
        .with_graceful_shutdown(shutdown_signal(config.exit_when_stdin_closes))
        .await
}

// ANCHOR: announce
/// Listens on 127.0.0.1 at `port`, and tells whoever started the service
/// where: as the first line on stdout, flushed at once, since a pipe is not a
/// terminal. Port 0 asks the operating system for any free port, and only the
/// listener knows which one it got.
async fn listen(port: u16) -> io::Result<TcpListener> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, port))
        .await
        .map_err(|error| {
            io::Error::new(
                error.kind(),
                format!("cannot listen on 127.0.0.1:{port}: {error}"),
            )
        })?;
    let address = listener.local_addr()?;
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "listening on http://{address}")?;
    stdout.flush()?;
    Ok(listener)
}
// ANCHOR_END: announce

/// Never resolves, unless `watch_stdin` is set: then it resolves when stdin
/// closes.
async fn shutdown_signal(watch_stdin: bool) {
    if watch_stdin {
        stdin_closed().await;
    } else {
        std::future::pending::<()>().await;
    }
}

// ANCHOR: stdin_closed
/// Resolves when standard input closes. Nobody writes to it: the parent holds
/// the other end of the pipe, and the operating system closes that end when
/// the parent exits, whether it cleaned up or was killed.
async fn stdin_closed() {
    let (closed, on_close) = oneshot::channel::<()>();
    // Reading stdin blocks, so it gets a thread of its own.
    std::thread::spawn(move || {
        // Returns at the end of input, or when the pipe breaks.
        let _ = io::copy(&mut io::stdin().lock(), &mut io::sink());
        let _ = closed.send(());
    });
    let _ = on_close.await;
}
// ANCHOR_END: stdin_closed
