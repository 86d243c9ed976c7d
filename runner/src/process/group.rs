//! A test binary in a process group of its own, ended as a whole.
//!
//! On Unix the binary leads a new process group (`process_group(0)`), which
//! everything its tests start joins; ending it sends SIGKILL to the whole
//! group, as cargo-mutants does. A group of its own no longer hears the
//! terminal's Ctrl-C, so while such a group runs, the runner listens for
//! Ctrl-C (and SIGTERM, SIGHUP) itself: it ends every live group, then dies
//! of the signal as it would have.
//!
//! On Windows the same needs a job object, which the standard library does
//! not offer and which takes `unsafe` calls or a crate of Windows bindings;
//! there the binary is killed alone, as before, and a server its test
//! started can outlive it until its own end. (Windows sends Ctrl-C to every
//! process of the console, so that case still ends them.)

use std::process::{Child, Command};

pub struct GroupChild {
    child: Child,
}

impl GroupChild {
    pub fn child(&self) -> &Child {
        &self.child
    }

    pub fn child_mut(&mut self) -> &mut Child {
        &mut self.child
    }

    /// Kills the whole group and waits for the child.
    pub fn kill(&mut self) {
        imp::end_group(&self.child);
        // Fails only when the child has just exited by itself.
        let _ = self.child.kill();
        let _ = self.child.wait();
        imp::forget(&self.child);
    }

    /// After the child exited: ends whatever it left running.
    pub fn end(&mut self) {
        imp::end_group(&self.child);
        imp::forget(&self.child);
    }
}

impl Drop for GroupChild {
    fn drop(&mut self) {
        // On an early return (an error while reading it), nothing stays.
        if self.child.try_wait().ok().flatten().is_none() {
            self.kill();
        } else {
            self.end();
        }
    }
}

/// Starts `command` leading a process group of its own.
pub fn spawn(mut command: Command) -> std::io::Result<GroupChild> {
    imp::prepare(&mut command);
    let child = command.spawn()?;
    imp::remember(&child);
    Ok(GroupChild { child })
}

#[cfg(unix)]
mod imp {
    use std::collections::BTreeSet;
    use std::os::unix::process::CommandExt;
    use std::process::{Child, Command};
    use std::sync::{Mutex, Once, PoisonError};

    use rustix::process::{Pid, Signal, kill_process_group};
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

    /// The groups that are running now, by their leader's id.
    static LIVE: Mutex<BTreeSet<i32>> = Mutex::new(BTreeSet::new());
    static LISTEN: Once = Once::new();

    pub fn prepare(command: &mut Command) {
        command.process_group(0);
        LISTEN.call_once(listen_for_signals);
    }

    pub fn remember(child: &Child) {
        live().insert(leader(child));
    }

    pub fn forget(child: &Child) {
        live().remove(&leader(child));
    }

    pub fn end_group(child: &Child) {
        kill(leader(child));
    }

    fn leader(child: &Child) -> i32 {
        Pid::from_child(child).as_raw_pid()
    }

    fn kill(group: i32) {
        if let Some(pid) = Pid::from_raw(group) {
            // Fails when nothing is left in the group: then all is done.
            let _ = kill_process_group(pid, Signal::KILL);
        }
    }

    fn live() -> std::sync::MutexGuard<'static, BTreeSet<i32>> {
        LIVE.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A thread that, on Ctrl-C, SIGTERM or SIGHUP, ends every live group,
    /// then lets the signal do what it does by default (end the runner).
    fn listen_for_signals() {
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return; // No listener: the groups still end at their limits.
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                for group in live().iter() {
                    kill(*group);
                }
                let _ = signal_hook::low_level::emulate_default_handler(signal);
            }
        });
    }
}

#[cfg(not(unix))]
mod imp {
    use std::process::{Child, Command};

    pub fn prepare(_: &mut Command) {}
    pub fn remember(_: &Child) {}
    pub fn forget(_: &Child) {}
    pub fn end_group(_: &Child) {}
}
