//! `cargo kata join CODE@HOST:PORT --name NAME`: joins the instructor's
//! classroom. From then on every `check` and `watch` reports how each check
//! ended (never code) until `cargo kata leave`.

use anyhow::{Result, bail};

use crate::classroom::client::{self, Membership};
use crate::classroom::wire;
use crate::course::Course;
use crate::ui::{self, GOOD, NOTE};
use crate::verdict::Verdict;

pub fn run(course: &Course, address: &str, name: &str) -> Result<Verdict> {
    let (code, server) = parse(address)?;
    let name = match wire::clean_name(name) {
        Ok(name) => name,
        Err(why) => bail!("{why}: `--name` is how the instructor's page shows you"),
    };
    let before = Membership::load(course).ok().flatten();
    let joined = client::join(&server, &code, &name)?;
    if let Some(before) = before {
        // Best effort: the old room may be gone, which is fine.
        let _ = client::leave(&before);
        Membership::forget(course)?;
        anstream::println!(
            "{}",
            ui::status(NOTE, "Left", format!("the classroom at {}", before.server))
        );
    }
    let membership = Membership {
        server: server.clone(),
        code,
        learner: joined.learner,
        name: joined.name.clone(),
        token: joined.token,
    };
    membership.save(course)?;
    anstream::println!(
        "{}",
        ui::status(
            GOOD,
            "Joined",
            format!("the classroom at {server} as {}", joined.name)
        )
    );
    for line in [
        "From now on, each `cargo kata check` and `watch` tells the instructor's page which kata,",
        "how it ended, how many tests pass, the names of the failing tests and how many mutants",
        "your tests catch, and each answer in `cargo kata quiz` which choices you picked: never",
        "your code, your files or any text. It happens in the background and never slows a check.",
        "`cargo kata quiz --room` answers the questions your instructor asks the room.",
        "`cargo kata leave` stops it all.",
    ] {
        anstream::println!("{}", ui::detail(line));
    }
    Ok(Verdict::Done)
}

/// `CODE@HOST:PORT`, as the server prints it.
fn parse(address: &str) -> Result<(String, String)> {
    let shape = "expected CODE@HOST:PORT, as the instructor's `cargo kata classroom serve` prints it \
                 (for example K7QXMP@192.168.1.20:7878)";
    let Some((code, server)) = address.trim().split_once('@') else {
        bail!("{address:?}: {shape}");
    };
    let port = server
        .rsplit_once(':')
        .map(|(host, port)| (host, port.parse::<u16>()));
    match port {
        Some((host, Ok(port))) if !host.is_empty() && port != 0 && !code.is_empty() => {
            Ok((code.to_string(), server.to_string()))
        }
        _ => bail!("{address:?}: {shape}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_a_code_a_host_and_a_port() {
        assert_eq!(
            parse("K7QXMP@192.168.1.20:7878").unwrap(),
            ("K7QXMP".to_string(), "192.168.1.20:7878".to_string())
        );
        assert_eq!(
            parse("k7qxmp@teacher.local:80").unwrap().1,
            "teacher.local:80"
        );
        assert_eq!(parse("C@[::1]:7878").unwrap().1, "[::1]:7878");
        for bad in [
            "K7QXMP",
            "K7QXMP@host",
            "@host:1",
            "K@:1",
            "K@host:0",
            "K@host:x",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }
}
