//! Two state-machine tests of the real address book, on the same model's
//! steps: one checks only what must always hold, the other compares the
//! book with the model after every step.

use proptest_state_machine::{ReferenceStateMachine, StateMachineTest};
use quiz_17::address_book::{AddressBook, BookError};

use crate::book_model::{Answer, BookModel, Step};
use crate::config::{check, pinned};

/// Takes `step` on the real book, through its API, and says what it
/// answered.
fn take(book: &AddressBook, step: Step) -> Answer {
    let answer = match step {
        Step::Add => book.add("12 Quay Street").map(Answer::Added),
        Step::SetDefault(id) => book.set_default(id).map(|()| Answer::Done),
        Step::Remove(id) => book.remove(id).map(|()| Answer::Done),
    };
    match answer {
        Ok(answer) => answer,
        Err(BookError::NoSuchAddress(_)) => Answer::NoSuchAddress,
        Err(BookError::Database(error)) => panic!("the database failed: {error}"),
    }
}

fn a_fresh_book() -> AddressBook {
    AddressBook::open_in_memory().expect("a book opens")
}

// ANCHOR: invariants
/// The real book, with what must hold whatever happened before.
pub struct OnlyInvariants;

impl StateMachineTest for OnlyInvariants {
    type SystemUnderTest = AddressBook;
    type Reference = BookModel;

    fn init_test(_: &BookModel) -> AddressBook {
        a_fresh_book()
    }

    /// The step is taken; its answer is not checked, since only a model
    /// knows what it should be.
    fn apply(book: AddressBook, _: &BookModel, step: Step) -> AddressBook {
        take(&book, step);
        book
    }

    /// Exactly one default when the book is not empty, none when it is.
    fn check_invariants(book: &AddressBook, _: &BookModel) {
        let addresses = book.addresses().expect("the book answers");
        let defaults = addresses
            .iter()
            .filter(|address| address.is_default)
            .count();
        let expected = usize::from(!addresses.is_empty());
        assert_eq!(defaults, expected, "defaults among {addresses:?}");
    }
}

/// Sequences of 1 to 19 steps, each on a fresh book. A case is the model's
/// first state, the steps, and a counter that proptest-state-machine uses
/// while it shrinks.
#[test]
fn the_book_keeps_one_default() {
    check(
        BookModel::sequential_strategy(1..20),
        |(model, steps, seen)| {
            OnlyInvariants::test_sequential(pinned(), model, steps, seen);
            Ok(())
        },
    );
}
// ANCHOR_END: invariants

// ANCHOR: against_the_model
/// The real book, compared with the model after every step.
pub struct AgainstTheModel;

impl StateMachineTest for AgainstTheModel {
    type SystemUnderTest = AddressBook;
    type Reference = BookModel;

    fn init_test(_: &BookModel) -> AddressBook {
        a_fresh_book()
    }

    /// The book answers what the model expects. (`model` is the model after
    /// the step.)
    fn apply(book: AddressBook, model: &BookModel, step: Step) -> AddressBook {
        assert_eq!(take(&book, step), model.expected, "the answer to {step:?}");
        book
    }

    /// The book holds what the model holds: the same ids, oldest first, and
    /// the same default.
    fn check_invariants(book: &AddressBook, model: &BookModel) {
        let addresses = book.addresses().expect("the book answers");
        let ids: Vec<_> = addresses.iter().map(|address| address.id).collect();
        assert_eq!(ids, model.ids, "the ids, oldest first");
        let defaults: Vec<_> = addresses
            .iter()
            .filter(|address| address.is_default)
            .map(|address| address.id)
            .collect();
        assert_eq!(defaults, Vec::from_iter(model.default), "the default");
    }
}

/// Sequences of 1 to 19 steps, each on a fresh book. A case is the model's
/// first state, the steps, and a counter that proptest-state-machine uses
/// while it shrinks.
#[test]
fn the_book_behaves_like_its_model() {
    check(
        BookModel::sequential_strategy(1..20),
        |(model, steps, seen)| {
            AgainstTheModel::test_sequential(pinned(), model, steps, seen);
            Ok(())
        },
    );
}
// ANCHOR_END: against_the_model
