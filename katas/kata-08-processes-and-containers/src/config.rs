//! The service's command line.

use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

/// What `stock-service --help` prints.
pub const USAGE: &str = "\
usage: stock-service --data-dir DIR [--port PORT] [--warm-up-ms MILLIS] [--exit-when-stdin-closes]

  --data-dir DIR            where stock.json is kept; the directory must exist
  --port PORT               the port to listen on, on 127.0.0.1 (default 8080);
                            0 lets the operating system pick a free one
  --warm-up-ms MILLIS       how long the service takes to get ready (default 0);
                            /health answers 503 until then
  --exit-when-stdin-closes  stop when standard input is closed, for example
                            because the process that started the service died

The first line on stdout is `listening on http://ADDRESS`; nothing else is
written to stdout. Errors go to stderr.";

/// The port a service usually listens on. Tests ask for port 0 instead.
pub const DEFAULT_PORT: u16 = 8080;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub data_dir: PathBuf,
    pub port: u16,
    /// Stands in for the slow start of a real service (filling a cache,
    /// running migrations): the service answers, but is not ready yet.
    pub warm_up: Duration,
    pub exit_when_stdin_closes: bool,
}

/// What the command line asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Run(Config),
    Help,
}

impl Command {
    /// Reads the arguments, without the program's name.
    pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
        let mut args = args.into_iter();
        let mut data_dir = None;
        let mut port = DEFAULT_PORT;
        let mut warm_up = Duration::ZERO;
        let mut exit_when_stdin_closes = false;
        while let Some(arg) = args.next() {
            match arg.to_str() {
                Some("--help" | "-h") => return Ok(Command::Help),
                Some("--data-dir") => {
                    data_dir = Some(PathBuf::from(value(&mut args, "--data-dir")?))
                }
                Some("--port") => port = number(&mut args, "--port")?,
                Some("--warm-up-ms") => {
                    warm_up = Duration::from_millis(number(&mut args, "--warm-up-ms")?);
                }
                Some("--exit-when-stdin-closes") => exit_when_stdin_closes = true,
                _ => return Err(format!("unexpected argument {}", arg.to_string_lossy())),
            }
        }
        let data_dir = data_dir.ok_or("--data-dir is required")?;
        Ok(Command::Run(Config {
            data_dir,
            port,
            warm_up,
            exit_when_stdin_closes,
        }))
    }
}

fn value(args: &mut impl Iterator<Item = OsString>, flag: &str) -> Result<OsString, String> {
    args.next().ok_or_else(|| format!("{flag} needs a value"))
}

fn number<T: std::str::FromStr>(
    args: &mut impl Iterator<Item = OsString>,
    flag: &str,
) -> Result<T, String> {
    let raw = value(args, flag)?;
    raw.to_str()
        .and_then(|text| text.parse().ok())
        .ok_or_else(|| format!("{flag} needs a number, not {}", raw.to_string_lossy()))
}
