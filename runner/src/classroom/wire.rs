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
//! never a panic message (it can quote the learner's values).

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
