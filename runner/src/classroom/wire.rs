//! What the learner's runner and the classroom server say to each other, as
//! JSON: one set of types that both sides use, and the limits the server
//! enforces (the client keeps inside them before it sends).
//!
//! A learner's runner and the instructor's server may come from different
//! clones of the course (last week's on one laptop, today's on another), so
//! these shapes are also pinned by a contract file that the tests check both
//! sides against (`runner/tests/classroom/contract.json`). Change them only
//! together with it, and only in ways an older runner still understands.
//!
//! Plain data, free of the runner's internals: turning a check into a
//! report is the client's business (`client.rs`).
//!
//! What a report carries is on purpose little: which kata, how the check
//! ended, how many tests passed, the names of the failing tests and how many
//! mutants were caught. Never code, never a file's contents, never a path,
//! never a panic message (it can quote the learner's values). A quiz answer
//! is a question's id and the ids of the choices picked: never free text.

use serde::{Deserialize, Serialize};

/// The header that carries the room's join code on every learner request.
pub const JOIN_CODE_HEADER: &str = "x-join-code";

/// A learner's name, in characters: enough for "Ada Lovelace (table 3)".
pub const NAME_MAX: usize = 40;
/// A failing test's name, in characters (`module::a_long_test_name`).
pub const TEST_NAME_MAX: usize = 200;
/// How many failing tests a report names; the counts say how many there are.
pub const FAILING_MAX: usize = 20;
/// The largest request body the server reads, in bytes. A report within the
/// limits above is under 5 KiB.
pub const BODY_MAX: usize = 16 * 1024;
/// A question's full id, in characters: `09/` or `concept-check/`, and an
/// id of at most 48 (`quiz/validate.rs`).
pub const QUESTION_ID_MAX: usize = 64;
/// A choice's id, in characters (the quizzes' own limit).
pub const CHOICE_ID_MAX: usize = 48;
/// How many choices one answer picks, at most: no question has more.
pub const CHOICES_MAX: usize = 10;
/// How long the server holds `GET /api/learners/{id}/quiz?after=N` open
/// while nothing changes, in seconds: the learner's `quiz --room` asks
/// again at once, and hears of an opened question without polling.
pub const QUIZ_WAIT_SECONDS: u64 = 20;

/// `POST /api/join`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JoinRequest {
    pub code: String,
    pub name: String,
}

/// The answer to a join: who the learner is to the room, and the token that
/// proves it on every report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Joined {
    pub learner: i64,
    pub name: String,
    pub token: String,
}

/// `GET /api/learners/{id}`: the room knows this learner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Known {
    pub learner: i64,
    pub name: String,
}

/// `POST /api/learners/{id}/reports`: how one check of one kata ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// The kata's id, as in course.toml ("03").
    pub kata: String,
    pub status: CheckStatus,
    /// Tests passed of total; `None` when no test ran to the end (the kata
    /// does not build, a test hung or crashed).
    pub tests: Option<Count>,
    /// The failing (or hanging) tests, in the kata's step order, at most
    /// [`FAILING_MAX`].
    pub failing: Vec<String>,
    /// Mutants caught of total, once they ran.
    pub mutants: Option<Caught>,
    /// When the check ended, in milliseconds since 1970 on the learner's
    /// clock: the room keeps the newest report of each kata, so a report
    /// that arrives late, or twice, changes nothing.
    pub checked_at: i64,
}

/// Tests passed of total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Count {
    pub passed: u32,
    pub total: u32,
}

/// Mutants caught (by the learner's tests) of total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Caught {
    pub caught: u32,
    pub total: u32,
}

/// How a check ended, from the best to the worst news.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckStatus {
    /// The check passed: the kata is done.
    Done,
    /// The tests pass, and some mutants get past them (or were not run).
    TestsPass,
    /// Some tests fail.
    Failing,
    /// A test was still running at the time limit.
    TimedOut,
    /// A test binary stopped without a failing test.
    Crashed,
    /// It built, and no test ran.
    NoTests,
    /// It does not compile.
    NotBuilt,
}

impl CheckStatus {
    /// Every status, best news first.
    pub const ALL: [CheckStatus; 7] = [
        CheckStatus::Done,
        CheckStatus::TestsPass,
        CheckStatus::Failing,
        CheckStatus::TimedOut,
        CheckStatus::Crashed,
        CheckStatus::NoTests,
        CheckStatus::NotBuilt,
    ];

    /// Its name on the wire and in the room's database.
    pub fn name(self) -> &'static str {
        match self {
            CheckStatus::Done => "done",
            CheckStatus::TestsPass => "tests-pass",
            CheckStatus::Failing => "failing",
            CheckStatus::TimedOut => "timed-out",
            CheckStatus::Crashed => "crashed",
            CheckStatus::NoTests => "no-tests",
            CheckStatus::NotBuilt => "not-built",
        }
    }

    pub fn from_name(name: &str) -> Option<CheckStatus> {
        CheckStatus::ALL
            .into_iter()
            .find(|status| status.name() == name)
    }

    /// Whether the learner is held up by failing tests: what "stuck" is
    /// about.
    pub fn has_failing_tests(self) -> bool {
        matches!(self, CheckStatus::Failing | CheckStatus::TimedOut)
    }
}

/// The answer to a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    /// False when the room already had a report of this kata checked at the
    /// same time or later.
    pub stored: bool,
}

/// `POST /api/learners/{id}/answers`: one answer to one quiz question, as
/// the ids of its question and of the choices picked. Never free text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The question's full id: `09/mocked-store`, `concept-check/seams`.
    pub question: String,
    /// The ids of the choices picked.
    pub choices: Vec<String>,
    /// The "ask the room" question it answers (`Poll::poll`), if it was
    /// asked by the instructor.
    pub poll: Option<i64>,
    /// For the concept check: the round it was taken in.
    pub round: Option<Round>,
    /// When it was given, in milliseconds since 1970 on the learner's
    /// clock: the room keeps the learner's first answer and their latest by
    /// this time, so an answer sent twice, or late, changes nothing wrong.
    pub answered_at: i64,
}

/// A round of the concept check: at the start of a workshop, or at its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Round {
    Before,
    After,
}

impl Round {
    pub const ALL: [Round; 2] = [Round::Before, Round::After];

    /// Its name on the wire and in the room's database.
    pub fn name(self) -> &'static str {
        match self {
            Round::Before => "before",
            Round::After => "after",
        }
    }

    pub fn from_name(name: &str) -> Option<Round> {
        Round::ALL.into_iter().find(|round| round.name() == name)
    }
}

/// `GET /api/learners/{id}/quiz`: what the room asks of its learners now.
/// With `?after=VERSION`, the server answers once the version is another
/// (or after [`QUIZ_WAIT_SECONDS`]), so that `quiz --room` hears of a
/// question as soon as the instructor opens it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomQuiz {
    /// Changes whenever the rest does; only ever compared for equality.
    pub version: u64,
    /// The question the instructor asked the room last, open or closed.
    pub poll: Option<Poll>,
    /// The concept check's round that is open, if one is.
    pub round: Option<Round>,
}

/// One "ask the room": a question the instructor opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Poll {
    /// Its number in the room: every opening of a question is a new one.
    pub poll: i64,
    /// The question's full id.
    pub question: String,
    /// Whether answers are still wanted; once closed, learners see the
    /// explanations.
    pub open: bool,
}

/// The body of every error answer:
/// `{"error": "wrong_code", "message": "..."}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// A short code that stays the same from release to release.
    pub error: String,
    /// What went wrong, for a person.
    pub message: String,
}

impl Report {
    /// The limits, for the server: `Err` says which one is broken.
    pub fn check_limits(&self) -> Result<(), String> {
        if self.failing.len() > FAILING_MAX {
            return Err(format!(
                "a report names at most {FAILING_MAX} failing tests, this one {}",
                self.failing.len()
            ));
        }
        if let Some(name) = self
            .failing
            .iter()
            .find(|name| name.chars().count() > TEST_NAME_MAX || name.trim().is_empty())
        {
            return Err(format!(
                "a failing test's name must be 1 to {TEST_NAME_MAX} characters, not {}",
                name.chars().count()
            ));
        }
        if self.tests.is_some_and(|c| c.passed > c.total) {
            return Err("more tests passed than there are".to_string());
        }
        if self.mutants.is_some_and(|c| c.caught > c.total) {
            return Err("more mutants caught than there are".to_string());
        }
        Ok(())
    }
}

impl Answer {
    /// The limits, for the server: `Err` says which one is broken. Whether
    /// the question and the choices exist is the course's business
    /// (`answers.rs`).
    pub fn check_limits(&self) -> Result<(), String> {
        if self.question.is_empty() || self.question.chars().count() > QUESTION_ID_MAX {
            return Err(format!(
                "a question's id must be 1 to {QUESTION_ID_MAX} characters, not {}",
                self.question.chars().count()
            ));
        }
        if self.choices.is_empty() || self.choices.len() > CHOICES_MAX {
            return Err(format!(
                "an answer picks 1 to {CHOICES_MAX} choices, this one {}",
                self.choices.len()
            ));
        }
        if let Some(choice) = self
            .choices
            .iter()
            .find(|c| c.is_empty() || c.chars().count() > CHOICE_ID_MAX)
        {
            return Err(format!(
                "a choice's id must be 1 to {CHOICE_ID_MAX} characters, not {}",
                choice.chars().count()
            ));
        }
        if self.poll.is_some() && self.round.is_some() {
            return Err("an answer is to a poll or in a round, not both".to_string());
        }
        Ok(())
    }
}

/// A learner's name as the room shows it: trimmed, 1 to [`NAME_MAX`]
/// characters, no control characters.
pub fn clean_name(name: &str) -> Result<String, String> {
    let name = name.trim();
    let length = name.chars().count();
    if length == 0 || length > NAME_MAX {
        return Err(format!(
            "a name must be 1 to {NAME_MAX} characters, not {length}"
        ));
    }
    if name.chars().any(char::is_control) {
        return Err("a name cannot hold control characters".to_string());
    }
    Ok(name.to_string())
}

/// At most `max` characters, the last one an ellipsis when it was cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut short: String = text.chars().take(max.saturating_sub(1)).collect();
    short.push('…');
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_limited() {
        assert_eq!(clean_name("  Ada  ").as_deref(), Ok("Ada"));
        assert!(clean_name("   ").is_err());
        assert!(clean_name(&"x".repeat(NAME_MAX)).is_ok());
        assert!(clean_name(&"x".repeat(NAME_MAX + 1)).is_err());
        // Characters, not bytes: a name in Greek is as long as its letters.
        assert!(clean_name(&"λ".repeat(NAME_MAX)).is_ok());
        assert!(clean_name("Ada\nBob").is_err());
        // HTML is a name like any other: the page shows it as text.
        assert_eq!(
            clean_name("<b>Bo</b>").as_deref(),
            Ok("<b>Bo</b>"),
            "the server stores what was typed; the page never parses it"
        );
    }

    #[test]
    fn long_test_names_are_cut_with_an_ellipsis() {
        assert_eq!(shorten("abc", 3), "abc");
        assert_eq!(shorten("abcd", 3), "ab…");
        assert_eq!(shorten(&"é".repeat(10), 4).chars().count(), 4);
    }

    #[test]
    fn limits_name_what_is_wrong() {
        let report = Report {
            kata: "01".into(),
            status: CheckStatus::Failing,
            tests: Some(Count {
                passed: 1,
                total: 2,
            }),
            failing: vec!["a::b".into()],
            mutants: None,
            checked_at: 1,
        };
        assert_eq!(report.check_limits(), Ok(()));
        let too_many = Report {
            failing: vec!["t".into(); FAILING_MAX + 1],
            ..report.clone()
        };
        assert!(too_many.check_limits().unwrap_err().contains("at most"));
        let too_long = Report {
            failing: vec!["t".repeat(TEST_NAME_MAX + 1)],
            ..report.clone()
        };
        assert!(too_long.check_limits().unwrap_err().contains("name"));
        let impossible = Report {
            tests: Some(Count {
                passed: 3,
                total: 2,
            }),
            ..report
        };
        assert!(impossible.check_limits().unwrap_err().contains("tests"));
    }

    #[test]
    fn a_status_has_the_same_name_in_the_database_as_on_the_wire() {
        for status in CheckStatus::ALL {
            assert_eq!(
                serde_json::to_string(&status).unwrap(),
                format!("\"{}\"", status.name())
            );
            assert_eq!(CheckStatus::from_name(status.name()), Some(status));
        }
        assert_eq!(shorten("abc", 0), "…");
    }

    #[test]
    fn statuses_are_kebab_case_on_the_wire() {
        assert_eq!(
            serde_json::to_string(&CheckStatus::TestsPass).unwrap(),
            "\"tests-pass\""
        );
        assert_eq!(
            serde_json::to_string(&CheckStatus::NotBuilt).unwrap(),
            "\"not-built\""
        );
    }
}
