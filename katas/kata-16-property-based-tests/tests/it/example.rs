//! Chapter 17's example, given: the loading dock (`src/dock.rs`), tested
//! with a property, a model and a state machine. It is the technique of the
//! kata on another system; read it before you start.

use std::collections::VecDeque;
use std::panic;

use kata_16::dock::{Dock, DockError, Parcel};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest_state_machine::{ReferenceStateMachine, StateMachineTest};

use crate::harness::{check, check_state_machine};

/// How many parcels the docks of these tests hold.
pub const ROOM: u32 = 4;

// ANCHOR: property
/// Whatever parcels arrive, as long as there is room for them, they leave
/// in the order they arrived, and then the dock is empty.
pub fn parcels_leave_in_order(parcels: Vec<Parcel>) -> Result<(), TestCaseError> {
    let dock = Dock::open_in_memory(ROOM).expect("a dock opens");
    for &parcel in &parcels {
        dock.arrive(parcel).expect("there is room");
    }

    let mut collected = Vec::new();
    for _ in &parcels {
        collected.push(dock.collect().expect("the dock answers"));
    }

    let arrived: Vec<_> = parcels.into_iter().map(Some).collect();
    prop_assert_eq!(collected, arrived);
    prop_assert_eq!(dock.collect().expect("the dock answers"), None);
    prop_assert_eq!(dock.waiting().expect("the dock answers"), 0);
    Ok(())
}

/// The property, on lists of up to `ROOM` parcels.
#[test]
fn parcels_leave_in_the_order_they_arrived() {
    check(
        vec(any::<Parcel>(), 0..=ROOM as usize),
        parcels_leave_in_order,
    );
}
// ANCHOR_END: property

// ANCHOR: forgetful
/// The same property, as first written: it forgets that the dock has room
/// for `ROOM` parcels only. (Not a `#[test]`: it fails, and the test below
/// shows how.)
fn parcels_leave_in_order_forgetting_the_room() {
    check(vec(any::<Parcel>(), 0..10), |parcels| {
        let dock = Dock::open_in_memory(ROOM).expect("a dock opens");
        for &parcel in &parcels {
            if let Err(error) = dock.arrive(parcel) {
                panic!("parcel {parcel} was turned away: {error:?}");
            }
        }
        let mut collected = Vec::new();
        for _ in &parcels {
            collected.push(dock.collect().expect("the dock answers"));
        }
        let arrived: Vec<_> = parcels.into_iter().map(Some).collect();
        prop_assert_eq!(collected, arrived);
        Ok(())
    });
}
// ANCHOR_END: forgetful

/// The failure the book shows is the one the property above gives, word
/// for word: a real run, not a copy typed by hand.
#[test]
fn the_book_shows_the_failure_a_real_run_gives() {
    let failure = panic::catch_unwind(parcels_leave_in_order_forgetting_the_room)
        .expect_err("the forgetful property fails");
    let report = failure
        .downcast_ref::<String>()
        .expect("proptest reports its failure as text");
    assert_eq!(
        report,
        include_str!("example-failure.txt"),
        "the book's copy (tests/it/example-failure.txt) is out of date: write the report above into it"
    );
}

// ANCHOR: model
/// The model of the dock: the parcels waiting, oldest first, in a plain
/// double-ended queue; and what the last event should have given.
#[derive(Debug, Clone)]
pub struct DockModel {
    waiting: VecDeque<Parcel>,
    expected: Outcome,
}

/// What can happen at the dock.
#[derive(Debug, Clone)]
pub enum Event {
    Arrive(Parcel),
    Collect,
}

/// What an event gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Waiting,
    TurnedAway,
    Collected(Option<Parcel>),
}

impl ReferenceStateMachine for DockModel {
    type State = DockModel;
    type Transition = Event;

    fn init_state() -> BoxedStrategy<DockModel> {
        Just(DockModel {
            waiting: VecDeque::new(),
            expected: Outcome::Waiting,
        })
        .boxed()
    }

    fn transitions(_: &DockModel) -> BoxedStrategy<Event> {
        prop_oneof![
            any::<Parcel>().prop_map(Event::Arrive),
            Just(Event::Collect),
        ]
        .boxed()
    }

    /// What the dock must do, said as simply as it can be.
    fn apply(mut model: DockModel, event: &Event) -> DockModel {
        model.expected = match *event {
            Event::Arrive(_) if model.waiting.len() == ROOM as usize => Outcome::TurnedAway,
            Event::Arrive(parcel) => {
                model.waiting.push_back(parcel);
                Outcome::Waiting
            }
            Event::Collect => Outcome::Collected(model.waiting.pop_front()),
        };
        model
    }
}
// ANCHOR_END: model

// ANCHOR: machine
/// The real dock's side of the test.
pub struct DockTest;

impl StateMachineTest for DockTest {
    type SystemUnderTest = Dock;
    type Reference = DockModel;

    fn init_test(_: &DockModel) -> Dock {
        Dock::open_in_memory(ROOM).expect("a dock opens")
    }

    /// The event, on the real dock: it gives what the model says.
    /// (`model` is the model after the event.)
    fn apply(dock: Dock, model: &DockModel, event: Event) -> Dock {
        let outcome = match event {
            Event::Arrive(parcel) => match dock.arrive(parcel) {
                Ok(()) => Outcome::Waiting,
                Err(DockError::Full) => Outcome::TurnedAway,
                Err(error) => panic!("the dock failed: {error:?}"),
            },
            Event::Collect => Outcome::Collected(dock.collect().expect("the dock answers")),
        };
        assert_eq!(outcome, model.expected, "after {event:?}");
        dock
    }

    /// Checked before the first event and after each one.
    fn check_invariants(dock: &Dock, model: &DockModel) {
        let waiting = dock.waiting().expect("the dock answers");
        assert_eq!(waiting as usize, model.waiting.len(), "parcels waiting");
    }
}

/// Sequences of 1 to 19 arrivals and collections, on a dock each.
#[test]
fn the_dock_behaves_like_its_model() {
    check_state_machine::<DockTest>(1..20);
}
// ANCHOR_END: machine
