//! Asking the operating system about a process by its id: given, not part of
//! the kata.
//!
//! The standard library only tells you about a child through its `Child`
//! handle, and the fixture owns that. To check from the outside that a
//! process is gone, these helpers ask the system's own tools: `ps` on Unix
//! (Linux and macOS), `tasklist` on Windows.

use std::process::Command;
use std::thread;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProcessState {
    /// The process exists and has not exited.
    Running,
    /// The process has exited, but its parent has not waited for it, so the
    /// system still keeps an entry for it: a zombie (Unix only). A `Child`
    /// that was killed and never waited for ends up like this.
    Zombie,
    /// The system has no process with that id any more.
    Gone,
}

/// What the system says about process `pid` right now.
#[cfg(unix)]
pub fn state(pid: u32) -> ProcessState {
    // `stat=` prints the state letters and no header; nothing at all, and a
    // failure status, when there is no such process.
    let output = Command::new("ps")
        .args(["-o", "stat=", "-p", &pid.to_string()])
        .output()
        .expect("cannot run `ps` to look for a process");
    match String::from_utf8_lossy(&output.stdout)
        .trim()
        .chars()
        .next()
    {
        None => ProcessState::Gone,
        Some('Z') => ProcessState::Zombie,
        Some(_) => ProcessState::Running,
    }
}

/// What the system says about process `pid` right now. Windows keeps no
/// zombies, so this never answers `Zombie`.
#[cfg(windows)]
pub fn state(pid: u32) -> ProcessState {
    // One CSV line per matching process, with the id as a quoted field;
    // otherwise a message, in the system's language, without one.
    let output = Command::new("tasklist")
        .args(["/FI", &format!("PID eq {pid}"), "/FO", "CSV", "/NH"])
        .output()
        .expect("cannot run `tasklist` to look for a process");
    if String::from_utf8_lossy(&output.stdout).contains(&format!("\"{pid}\"")) {
        ProcessState::Running
    } else {
        ProcessState::Gone
    }
}

/// Asks every 10 ms, for at most `within`, until process `pid` is no longer
/// running, and returns what the system said last.
pub fn wait_until_stopped(pid: u32, within: Duration) -> ProcessState {
    let deadline = Instant::now() + within;
    loop {
        let now = state(pid);
        if now != ProcessState::Running || Instant::now() >= deadline {
            return now;
        }
        thread::sleep(Duration::from_millis(10));
    }
}

/// Kills process `pid`: how a test cleans up a process that a fixture failed
/// to stop, so that a failing test leaves nothing behind. (A fixture stops its
/// own child through its `Child`.)
pub fn kill(pid: u32) {
    let pid = pid.to_string();
    let mut command = if cfg!(windows) {
        let mut taskkill = Command::new("taskkill");
        taskkill.args(["/F", "/PID", &pid]);
        taskkill
    } else {
        let mut kill = Command::new("kill");
        kill.args(["-9", &pid]);
        kill
    };
    // Best effort: the process may have stopped in the meantime.
    let _ = command.output();
}
