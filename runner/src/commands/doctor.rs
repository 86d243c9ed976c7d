//! `cargo kata doctor`: is this machine ready for the course, offline? One
//! line per check, each with how to fix it; the exit status says whether
//! the machine is ready. Meant for the morning of a workshop.

use anyhow::Result;

use crate::build;
use crate::classroom::client;
use crate::course::Course;
use crate::dependencies;
use crate::disk;
use crate::limits;
use crate::toolchain::{self, MDBOOK_VERSION};
use crate::ui::{self, BAD, BOLD, GOOD, NOTE, WARN};
use crate::verdict::Verdict;

enum Mark {
    Ok,
    Warn,
    Fail,
}

struct Checklist {
    failures: usize,
}

impl Checklist {
    fn line(&mut self, mark: Mark, what: &str, fix: &str) {
        let (style, word) = match mark {
            Mark::Ok => (GOOD, "ok"),
            Mark::Warn => (WARN, "warning"),
            Mark::Fail => {
                self.failures += 1;
                (BAD, "FAIL")
            }
        };
        anstream::println!("{}", ui::status(style, word, what));
        if !fix.is_empty() {
            anstream::println!("{}", ui::detail(format!("fix: {fix}")));
        }
    }
}

/// Returns whether the machine is ready.
pub fn run(course: &Course) -> Result<Verdict> {
    let mut report = Checklist { failures: 0 };
    anstream::println!(
        "{}",
        ui::paint(
            BOLD,
            format!(
                "Checking this machine for the course in {}",
                course.root.display()
            )
        )
    );

    let minimum = toolchain::minimum_rust(course)?;
    match toolchain::rustc_version() {
        Some(have) if toolchain::at_least(&have, &minimum) => {
            report.line(
                Mark::Ok,
                &format!("Rust {have} (the course needs {minimum} or newer)"),
                "",
            );
        }
        Some(have) => report.line(
            Mark::Fail,
            &format!("Rust {have} is older than the {minimum} the course needs"),
            "`rustup update stable`",
        ),
        None => report.line(
            Mark::Fail,
            "rustc was not found",
            "install Rust from rustup.rs",
        ),
    }

    let install_mdbook = format!("`cargo install mdbook --locked --version {MDBOOK_VERSION}`");
    match toolchain::mdbook_version() {
        Some(have) if have == MDBOOK_VERSION => {
            report.line(
                Mark::Ok,
                &format!("mdbook {have}: `mdbook serve --open` shows the book"),
                "",
            );
        }
        Some(have) => report.line(
            Mark::Warn,
            &format!("mdbook {have} is installed; the book is written for {MDBOOK_VERSION}"),
            &install_mdbook,
        ),
        None => report.line(
            Mark::Fail,
            "mdbook is not installed, so the book cannot be read offline",
            &install_mdbook,
        ),
    }

    let prepare = "`cargo kata prepare`, while this machine is online";
    let missing = dependencies::missing(course);
    match &missing {
        Ok(missing) if missing.is_empty() => report.line(
            Mark::Ok,
            "every dependency this machine needs is downloaded: the course builds without a network",
            "",
        ),
        Ok(missing) => {
            let shown: Vec<&str> = missing.iter().take(6).map(String::as_str).collect();
            let more = missing.len().saturating_sub(shown.len());
            report.line(
                Mark::Fail,
                &format!(
                    "{} dependencies are not downloaded yet: {}{}",
                    missing.len(),
                    shown.join(", "),
                    if more > 0 { format!(" and {more} more") } else { String::new() }
                ),
                prepare,
            );
        }
        Err(error) => report.line(
            Mark::Fail,
            &format!("cannot tell which dependencies are downloaded: {error:#}"),
            prepare,
        ),
    }

    if missing.is_ok_and(|missing| missing.is_empty()) {
        anstream::eprintln!(
            "{}",
            ui::status(
                NOTE,
                "Building",
                "every kata, as `cargo test -p kata-NN` does (offline; the first time takes a few minutes)"
            )
        );
        let broken = build::each_kata_offline(course, |_| {})?;
        if broken.is_empty() {
            report.line(
                Mark::Ok,
                &format!("all {} katas build", course.katas.len()),
                "",
            );
        } else {
            for build::Unbuilt { kata, why } in &broken {
                report.line(
                    Mark::Fail,
                    &format!("kata {} does not build; cargo says:", kata.id),
                    &format!(
                        "if you changed it: `cargo kata reset {}` (your files are backed up)",
                        kata.id
                    ),
                );
                for line in why.lines().take(8) {
                    anstream::println!("{}", ui::detail(format!("  {line}")));
                }
            }
        }
    } else {
        report.line(
            Mark::Warn,
            "skipped the build: it needs the dependencies first",
            prepare,
        );
    }

    let target = course.cargo.target_dir()?.to_path_buf();
    match disk::free_space(&target) {
        Ok(free) if free >= limits::DISK_LOW => report.line(
            Mark::Ok,
            &format!(
                "{} free for builds (target/ holds {})",
                disk::human(free),
                disk::human(disk::size_of(&target))
            ),
            "",
        ),
        Ok(free) if free >= limits::DISK_NEEDED => report.line(
            Mark::Warn,
            &format!("only {} free for builds", disk::human(free)),
            &format!(
                "free some disk space; the course's builds take about {}",
                disk::human(limits::DISK_NEEDED)
            ),
        ),
        Ok(free) => report.line(
            Mark::Fail,
            &format!(
                "only {} free: the builds need about {}",
                disk::human(free),
                disk::human(limits::DISK_NEEDED)
            ),
            "free some disk space, or `cargo clean` in old projects",
        ),
        Err(error) => report.line(
            Mark::Warn,
            &format!("could not read the free disk space ({error})"),
            "",
        ),
    }

    // Only for a learner who joined a classroom.
    if let Some(line) = client::doctor_line(course) {
        let mark = if line.ok { Mark::Ok } else { Mark::Fail };
        report.line(mark, &line.text, &line.fix);
    }

    anstream::println!();
    if report.failures == 0 {
        anstream::println!(
            "{}",
            ui::status(GOOD, "Ready", "this machine can do the course offline")
        );
    } else {
        anstream::println!(
            "{}",
            ui::status(
                BAD,
                "Not ready",
                format!(
                    "{} check(s) failed: follow the fixes above, then run `cargo kata doctor` again",
                    report.failures
                )
            )
        );
    }
    Ok(Verdict::from_done(report.failures == 0))
}
