//! The room as the instructor's page shows it: learners by katas, who is
//! stuck, and per kata the test that fails for most of the room (the quiz
//! answers are `quiz_view.rs`'s). Built from
//! the stored rows and the time, by a plain function, so that what "stuck"
//! means is tested without a clock.

use serde::Serialize;

use super::admission::Refused;
use super::quiz_view::QuizView;
use super::store::{LearnerRow, StateRow};
use super::wire::{Caught, CheckStatus, Count};
use crate::course::Kata;

#[derive(Debug, Clone, Serialize)]
pub struct RoomView {
    /// What learners type after `cargo kata join`: `CODE@HOST:PORT`.
    pub join: String,
    /// A learner is stuck after this long on the same first failing test.
    pub stuck_minutes: u64,
    /// The server's clock when the view was made, in ms since 1970.
    pub now: i64,
    pub katas: Vec<KataView>,
    pub learners: Vec<LearnerView>,
    /// The room's quiz answers (`quiz_view.rs`); empty from `build`, which
    /// makes the grid.
    pub quiz: QuizView,
    /// Joins refused since the server started: a room at its cap, or an
    /// address joining too fast.
    pub refused: Refused,
}

#[derive(Debug, Clone, Serialize)]
pub struct KataView {
    pub id: String,
    pub title: String,
    /// Learners who reported a check of this kata.
    pub learners: u32,
    pub done: u32,
    /// The test that fails for the most learners: what to explain next.
    pub most_failing: Option<MostFailing>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MostFailing {
    pub test: String,
    /// How many learners it fails for.
    pub learners: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct LearnerView {
    pub id: i64,
    pub name: String,
    /// The kata of their latest report: where they are.
    pub current: Option<String>,
    /// Their cells, in course order; a kata they never checked has none.
    pub katas: Vec<CellView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CellView {
    pub kata: String,
    pub status: CheckStatus,
    pub tests: Option<Count>,
    pub failing: Vec<String>,
    pub mutants: Option<Caught>,
    /// Reports stored for this kata.
    pub checks: u32,
    pub reported_at: i64,
    pub stuck: Option<Stuck>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Stuck {
    pub test: String,
    pub since: i64,
    pub minutes: i64,
}

const MINUTE_MS: i64 = 60_000;

pub fn build(
    join: &str,
    katas: &[Kata],
    learners: &[LearnerRow],
    now: i64,
    stuck_minutes: u64,
) -> RoomView {
    let stuck_after = i64::try_from(stuck_minutes)
        .unwrap_or(i64::MAX / MINUTE_MS)
        .saturating_mul(MINUTE_MS);
    let learners: Vec<LearnerView> = learners
        .iter()
        .map(|learner| learner_view(learner, katas, now, stuck_after))
        .collect();
    let katas = katas
        .iter()
        .map(|kata| kata_view(kata, &learners))
        .collect();
    RoomView {
        join: join.to_string(),
        stuck_minutes,
        now,
        katas,
        learners,
        quiz: QuizView::default(),
        refused: Refused::default(),
    }
}

fn learner_view(learner: &LearnerRow, katas: &[Kata], now: i64, stuck_after: i64) -> LearnerView {
    // In course order; a kata the course no longer lists is left out.
    let cells: Vec<CellView> = katas
        .iter()
        .filter_map(|kata| learner.states.iter().find(|s| s.kata == kata.id))
        .map(|state| cell(state, now, stuck_after))
        .collect();
    let current = learner
        .states
        .iter()
        .filter(|s| katas.iter().any(|k| k.id == s.kata))
        .max_by_key(|s| s.reported_at)
        .map(|s| s.kata.clone());
    LearnerView {
        id: learner.id,
        name: learner.name.clone(),
        current,
        katas: cells,
    }
}

fn cell(state: &StateRow, now: i64, stuck_after: i64) -> CellView {
    let stuck = match (&state.stuck_on, state.stuck_since) {
        (Some(test), Some(since))
            if state.status.has_failing_tests() && now.saturating_sub(since) >= stuck_after =>
        {
            Some(Stuck {
                test: test.clone(),
                since,
                minutes: now.saturating_sub(since) / MINUTE_MS,
            })
        }
        _ => None,
    };
    CellView {
        kata: state.kata.clone(),
        status: state.status,
        tests: state.tests,
        failing: state.failing.clone(),
        mutants: state.mutants,
        checks: state.checks,
        reported_at: state.reported_at,
        stuck,
    }
}

fn kata_view(kata: &Kata, learners: &[LearnerView]) -> KataView {
    let cells: Vec<&CellView> = learners
        .iter()
        .filter_map(|l| l.katas.iter().find(|c| c.kata == kata.id))
        .collect();
    let mut counts: Vec<(&str, u32)> = Vec::new();
    for cell in cells.iter().filter(|c| c.status.has_failing_tests()) {
        for test in &cell.failing {
            match counts.iter_mut().find(|(t, _)| t == test) {
                Some((_, n)) => *n += 1,
                None => counts.push((test, 1)),
            }
        }
    }
    // The most learners; on a tie, the name that sorts first, so that the
    // page does not flicker between two tests.
    let most_failing = counts
        .into_iter()
        .min_by(|(a, n), (b, m)| m.cmp(n).then(a.cmp(b)))
        .map(|(test, learners)| MostFailing {
            test: test.to_string(),
            learners,
        });
    KataView {
        id: kata.id.clone(),
        title: kata.title.clone(),
        learners: u32::try_from(cells.len()).unwrap_or(u32::MAX),
        done: u32::try_from(
            cells
                .iter()
                .filter(|c| c.status == CheckStatus::Done)
                .count(),
        )
        .unwrap_or(u32::MAX),
        most_failing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// From TOML, as course.toml has it, so that the test does not depend
    /// on every field of `Kata`.
    fn kata(id: &str) -> Kata {
        toml::from_str(&format!(
            "id = \"{id}\"\nfolder = \"kata-{id}\"\ntitle = \"Kata {id}\"\n\
             chapter = \"c.md\"\nkind = \"make-it-pass\"\nminutes = 5\nhints = [\"h\"]\n"
        ))
        .unwrap()
    }

    fn state(kata: &str, status: CheckStatus, failing: &[&str], since: Option<i64>) -> StateRow {
        StateRow {
            kata: kata.into(),
            status,
            tests: None,
            failing: failing.iter().map(|s| s.to_string()).collect(),
            mutants: None,
            reported_at: since.unwrap_or(0),
            stuck_on: since.and(failing.first().map(|s| s.to_string())),
            stuck_since: since,
            checks: 1,
        }
    }

    fn learner(id: i64, states: Vec<StateRow>) -> LearnerRow {
        LearnerRow {
            id,
            name: format!("learner {id}"),
            states,
        }
    }

    #[test]
    fn stuck_means_the_same_first_failing_test_for_n_minutes_or_more() {
        let katas = [kata("01")];
        let learners = [learner(
            1,
            vec![state("01", CheckStatus::Failing, &["a::one"], Some(0))],
        )];
        let at = |now| {
            build("X@h:1", &katas, &learners, now, 10).learners[0].katas[0]
                .stuck
                .clone()
        };
        assert!(
            at(10 * MINUTE_MS - 1).is_none(),
            "a moment short of ten minutes"
        );
        let stuck = at(10 * MINUTE_MS).expect("stuck at ten minutes");
        assert_eq!((stuck.test.as_str(), stuck.minutes), ("a::one", 10));
        assert_eq!(at(25 * MINUTE_MS + 5).unwrap().minutes, 25);
    }

    #[test]
    fn a_learner_who_passes_is_not_stuck_whatever_the_time() {
        let katas = [kata("01")];
        let mut done = state("01", CheckStatus::Done, &[], None);
        done.stuck_since = Some(0);
        let view = build(
            "X@h:1",
            &katas,
            &[learner(1, vec![done])],
            99 * MINUTE_MS,
            1,
        );
        assert!(view.learners[0].katas[0].stuck.is_none());
    }

    #[test]
    fn the_test_that_fails_for_most_of_the_room_is_named_per_kata() {
        let katas = [kata("01"), kata("02")];
        let learners = [
            learner(
                1,
                vec![state(
                    "01",
                    CheckStatus::Failing,
                    &["a::x", "a::y"],
                    Some(0),
                )],
            ),
            learner(
                2,
                vec![state("01", CheckStatus::Failing, &["a::y"], Some(0))],
            ),
            learner(
                3,
                vec![
                    state("01", CheckStatus::Done, &[], None),
                    state("02", CheckStatus::Failing, &["b::q", "b::p"], Some(0)),
                ],
            ),
        ];
        let view = build("X@h:1", &katas, &learners, 0, 10);
        let first = &view.katas[0];
        assert_eq!((first.learners, first.done), (3, 1));
        let most = first.most_failing.as_ref().unwrap();
        assert_eq!((most.test.as_str(), most.learners), ("a::y", 2));
        // A tie goes to the name that sorts first, so the page stays still.
        let second = view.katas[1].most_failing.as_ref().unwrap();
        assert_eq!(second.test, "b::p");
    }

    #[test]
    fn cells_follow_the_course_order_and_the_latest_report_is_where_they_are() {
        let katas = [kata("01"), kata("02")];
        let mut late = state("01", CheckStatus::Failing, &["a"], Some(0));
        late.reported_at = 50;
        let mut early = state("02", CheckStatus::Done, &[], None);
        early.reported_at = 10;
        let gone = state("99", CheckStatus::Done, &[], None);
        let view = build(
            "X@h:1",
            &katas,
            &[learner(1, vec![early, gone, late])],
            60,
            10,
        );
        let row = &view.learners[0];
        let order: Vec<&str> = row.katas.iter().map(|c| c.kata.as_str()).collect();
        assert_eq!(
            order,
            ["01", "02"],
            "a kata the course no longer has is left out"
        );
        assert_eq!(row.current.as_deref(), Some("01"));
    }
}
