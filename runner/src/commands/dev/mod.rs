//! The maintainer's commands, `cargo kata dev …`, kept apart from the
//! learner's: proving the course, recording starters, and making mutants.

pub mod agendas;
pub mod cargo_mutants;
pub mod quizzes;
pub mod record;
pub mod rerecord;
pub mod scratch;
pub mod snapshot;
pub mod verify;

use anyhow::Result;

use crate::cli::Dev;
use crate::course::Course;
use crate::verdict::Verdict;

impl Dev {
    pub fn run(self, course: &Course) -> Result<Verdict> {
        match self {
            Dev::Verify { id, strict, fresh } => {
                let options = verify::Options {
                    only: id,
                    strict,
                    fresh,
                };
                verify::run(course, &options).map(|_| Verdict::Done)
            }
            Dev::Snapshot { id } => snapshot::run(course, id.as_deref()),
            Dev::Scratch { id, mutant, fresh } => {
                scratch::run(course, &id, mutant.as_deref(), fresh)
            }
            Dev::Record {
                id,
                name,
                description,
            } => record::run(course, &id, &name, description.as_deref()),
            Dev::Rerecord { id } => rerecord::run(course, &id),
            Dev::Mutants { id } => cargo_mutants::run(course, &id),
            Dev::Agendas => agendas::run(course),
            Dev::Quizzes { record } => quizzes::run(course, record),
        }
    }
}
