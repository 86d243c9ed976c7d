//! What a run looks like from inside a scenario: whether the machine is
//! busy, and whether other scenarios run at the same time.
//!
//! The harness sets the conditions on each scenario's thread; the doubles
//! in `support/` read them. Nothing here sleeps: a busy machine is played
//! by holding background work back until the scenario looks for it, and
//! "at the same time" by making the scenarios wait for one another.

use std::cell::{Cell, RefCell};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

/// How long scenarios that run at the same time wait for one another before
/// the harness gives up on them: only something that makes them take turns
/// ever makes them wait that long.
const MEETING_DEADLINE: Duration = Duration::from_secs(5);

#[derive(Clone, Default)]
pub struct Conditions {
    /// On a busy machine: work on other threads waits here until the
    /// scenario looks for it.
    pub busy: Option<Arc<Gate>>,
    /// When scenarios run at the same time: where they wait for one another.
    pub meeting: Option<Arc<Meeting>>,
}

thread_local! {
    static CURRENT: RefCell<Conditions> = RefCell::default();
    static ARRIVED: Cell<bool> = const { Cell::new(false) };
}

/// Runs `scenario` on this thread under `conditions`. Afterwards it opens
/// the gate, so that background work the scenario started can finish, and
/// tells the meeting that this scenario will not come, if it never did.
pub fn under<T>(conditions: Conditions, scenario: impl FnOnce() -> T) -> T {
    struct Leave;
    impl Drop for Leave {
        // Runs however the scenario ended.
        fn drop(&mut self) {
            let conditions = CURRENT.take();
            if let Some(gate) = &conditions.busy {
                gate.open();
            }
            if let Some(meeting) = &conditions.meeting
                && !ARRIVED.get()
            {
                meeting.leave();
            }
        }
    }
    CURRENT.set(conditions);
    ARRIVED.set(false);
    let _leave = Leave;
    scenario()
}

/// For the doubles: the gate that holds background work back, when the
/// scenario runs on a busy machine.
pub fn busy_gate() -> Option<Arc<Gate>> {
    CURRENT.with_borrow(|conditions| conditions.busy.clone())
}

pub fn machine_is_busy() -> bool {
    CURRENT.with_borrow(|conditions| conditions.busy.is_some())
}

// ANCHOR: meet
/// For the HTTP client: when scenarios run at the same time, the first
/// request of each waits until every other has made its own first request,
/// or has ended. So whatever each one set up before its first request, they
/// all hold it at the same moment.
pub fn meet_the_others() {
    let Some(meeting) = CURRENT.with_borrow(|conditions| conditions.meeting.clone()) else {
        return;
    };
    if ARRIVED.replace(true) {
        return;
    }
    if !meeting.arrive() {
        panic!(
            "kata 14: the scenarios that should run at the same time waited {MEETING_DEADLINE:?} for \
             one another, and not all of them came. Something makes them take turns (a lock?): \
             that hides a clash instead of removing it."
        );
    }
}
// ANCHOR_END: meet

/// A gate that background work waits at, until someone opens it for good.
pub struct Gate {
    open: Mutex<bool>,
    opened: Condvar,
}

impl Gate {
    pub fn closed() -> Gate {
        Gate {
            open: Mutex::new(false),
            opened: Condvar::new(),
        }
    }

    pub fn open(&self) {
        *lock(&self.open) = true;
        self.opened.notify_all();
    }

    pub fn wait_until_open(&self) {
        let open = lock(&self.open);
        drop(
            self.opened
                .wait_while(open, |open| !*open)
                .unwrap_or_else(PoisonError::into_inner),
        );
    }
}

/// Where scenarios that run at the same time wait for one another.
pub struct Meeting {
    expected: usize,
    attendance: Mutex<Attendance>,
    changed: Condvar,
}

#[derive(Default)]
struct Attendance {
    arrived: usize,
    left: usize,
    /// Someone waited past the deadline: nobody waits any more.
    broken: bool,
}

impl Meeting {
    /// A meeting of `expected` scenarios.
    pub fn of(expected: usize) -> Meeting {
        Meeting {
            expected,
            attendance: Mutex::default(),
            changed: Condvar::new(),
        }
    }

    /// Arrives, and waits until everyone has arrived or left. False if they
    /// did not within the deadline.
    fn arrive(&self) -> bool {
        let mut attendance = lock(&self.attendance);
        attendance.arrived += 1;
        self.changed.notify_all();
        let (mut attendance, waited) = self
            .changed
            .wait_timeout_while(attendance, MEETING_DEADLINE, |attendance| {
                !attendance.broken && attendance.arrived + attendance.left < self.expected
            })
            .unwrap_or_else(PoisonError::into_inner);
        if waited.timed_out() {
            attendance.broken = true;
            self.changed.notify_all();
        }
        !attendance.broken
    }

    fn leave(&self) {
        lock(&self.attendance).left += 1;
        self.changed.notify_all();
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A scenario that panics cannot leave a gate or a meeting half-changed.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
