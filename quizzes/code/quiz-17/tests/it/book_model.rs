//! A model of the address book: what it holds, said as simply as it can be,
//! and the steps a sequence is drawn from.

use proptest::prelude::*;
use proptest_state_machine::ReferenceStateMachine;
use quiz_17::address_book::AddressId;

/// One step a customer takes in their address book.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Add,
    SetDefault(AddressId),
    Remove(AddressId),
}

/// What the book answers a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Added(AddressId),
    Done,
    NoSuchAddress,
}

/// The model: the ids the book holds, oldest first; the default; the id the
/// next address gets; and what the last step should have answered.
#[derive(Debug, Clone)]
pub struct BookModel {
    pub ids: Vec<AddressId>,
    pub default: Option<AddressId>,
    pub next_id: AddressId,
    pub expected: Answer,
}

impl ReferenceStateMachine for BookModel {
    type State = BookModel;
    type Transition = Step;

    fn init_state() -> BoxedStrategy<BookModel> {
        Just(BookModel {
            ids: Vec::new(),
            default: None,
            next_id: 1,
            expected: Answer::Done,
        })
        .boxed()
    }

    /// Adds, mostly; and a change of default or a removal of any id given so
    /// far, or of the next one, which no address has yet.
    fn transitions(model: &BookModel) -> BoxedStrategy<Step> {
        let ids = 1..=model.next_id;
        prop_oneof![
            2 => Just(Step::Add),
            1 => ids.clone().prop_map(Step::SetDefault),
            1 => ids.prop_map(Step::Remove),
        ]
        .boxed()
    }

    fn apply(mut model: BookModel, step: &Step) -> BookModel {
        model.expected = match *step {
            Step::Add => {
                let id = model.next_id;
                model.next_id += 1;
                if model.ids.is_empty() {
                    model.default = Some(id);
                }
                model.ids.push(id);
                Answer::Added(id)
            }
            Step::SetDefault(id) if model.ids.contains(&id) => {
                model.default = Some(id);
                Answer::Done
            }
            Step::Remove(id) if model.ids.contains(&id) => {
                model.ids.retain(|&held| held != id);
                if model.default == Some(id) {
                    model.default = model.ids.first().copied();
                }
                Answer::Done
            }
            Step::SetDefault(_) | Step::Remove(_) => Answer::NoSuchAddress,
        };
        model
    }
}
