//! `watch` re-checks on a save and obeys its keys. Its input here is a pipe,
//! so keys arrive one per line, and its output is read as it comes; every
//! wait has a deadline, none is a fixed sleep.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use crate::helpers::Fixture;

const DEADLINE: Duration = Duration::from_secs(60);

struct Watch {
    child: Child,
    keys: ChildStdin,
    lines: Receiver<String>,
    seen: String,
}

impl Watch {
    fn start(fixture: &Fixture, args: &[&str]) -> Watch {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kata"))
            .arg("watch")
            .args(args)
            .current_dir(fixture.root())
            .env_remove("CARGO_TARGET_DIR")
            .env("NO_COLOR", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("kata watch starts");
        let keys = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    return;
                }
            }
        });
        Watch {
            child,
            keys,
            lines,
            seen: String::new(),
        }
    }

    /// Reads output until a line contains `text`; panics at the deadline.
    fn wait_for(&mut self, text: &str) {
        let deadline = Instant::now() + DEADLINE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push_str(&line);
                    self.seen.push('\n');
                    if line.contains(text) {
                        return;
                    }
                }
                Err(_) => panic!("watch never printed {text:?}; it printed:\n{}", self.seen),
            }
        }
    }

    fn press(&mut self, key: char) {
        writeln!(self.keys, "{key}").unwrap();
    }

    fn quit(mut self) {
        self.press('q');
        let status = self.child.wait().unwrap();
        assert!(status.success(), "watch ended with {status}");
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        // Only when a test fails midway: never leave a watch running.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn a_save_checks_again_and_q_quits() {
    let fixture = Fixture::new();
    let mut watch = Watch::start(&fixture, &["01"]);
    watch.wait_for("Failed 1 of 1 tests");

    // Saved the way many editors do: a new file renamed over the old one.
    fixture.write(
        "katas/kata-01-add/src/lib.rs.tmp",
        "pub fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n",
    );
    std::fs::rename(
        fixture.path("katas/kata-01-add/src/lib.rs.tmp"),
        fixture.path("katas/kata-01-add/src/lib.rs"),
    )
    .unwrap();

    watch.wait_for("Passed the kata's one test");
    watch.quit();
}

#[test]
fn keys_show_a_hint_the_list_and_move_to_the_next_kata() {
    let fixture = Fixture::new();
    let mut watch = Watch::start(&fixture, &["01", "--manual"]);
    watch.wait_for("manual mode");
    watch.press('h');
    watch.wait_for("hint 1 of 3 for kata 01");
    watch.press('l');
    watch.wait_for("0 of 3 done");
    watch.press('n');
    watch.wait_for("kata 02 · Doubling");
    watch.wait_for("Failed 1 of 1 tests");
    watch.quit();
}
