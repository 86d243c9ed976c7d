//! The room on disk: one SQLite file in the instructor's `.kata/classroom/`,
//! in WAL mode, so that a server that is stopped (or killed) and started
//! again has the same room, the same learners and their latest states.
//!
//! Every change is one transaction. Tokens are stored as they are: the file
//! sits on the instructor's laptop beside the instructor's own token, and a
//! token only lets someone report statuses into this one room.

use std::path::Path;

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension, params};

use super::secret;
use super::wire::{Caught, CheckStatus, Count, Poll, Report, Round};

/// Bumped when the schema changes; `open` refuses a file from a newer runner.
/// 2 added the quizzes' tables; a room of version 1 gains them as it opens
/// (they are new tables: nothing of the old ones changes).
const SCHEMA_VERSION: i64 = 2;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS room (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    code TEXT NOT NULL,
    instructor_token TEXT NOT NULL,
    port INTEGER,
    created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS learners (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    token TEXT NOT NULL,
    joined_at INTEGER NOT NULL
);
-- The latest report of each learner on each kata.
CREATE TABLE IF NOT EXISTS states (
    learner INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    kata TEXT NOT NULL,
    status TEXT NOT NULL,
    tests_passed INTEGER,
    tests_total INTEGER,
    failing TEXT NOT NULL,
    mutants_caught INTEGER,
    mutants_total INTEGER,
    -- The learner's clock: orders the reports of one kata.
    checked_at INTEGER NOT NULL,
    -- The server's clock, from here on.
    reported_at INTEGER NOT NULL,
    -- The first failing test, and since when it has been the first one.
    stuck_on TEXT,
    stuck_since INTEGER,
    -- How many reports of this kata were stored.
    checks INTEGER NOT NULL,
    PRIMARY KEY (learner, kata)
);
-- What the room asks of its learners: the concept check's open round, the
-- rounds opened so far, and whether the page shows names on the bars.
CREATE TABLE IF NOT EXISTS quiz (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    round TEXT,
    before_opened INTEGER NOT NULL DEFAULT 0,
    after_opened INTEGER NOT NULL DEFAULT 0,
    names_shown INTEGER NOT NULL DEFAULT 0
);
INSERT OR IGNORE INTO quiz (id) VALUES (1);
-- Each question the instructor asked the room (ask the room).
CREATE TABLE IF NOT EXISTS polls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    question TEXT NOT NULL,
    opened_at INTEGER NOT NULL,
    closed_at INTEGER
);
-- Each learner's first and latest answer to a question, where it was given:
-- 'quiz' (their own `cargo kata quiz`), 'poll:N' (asked by the instructor),
-- 'before' or 'after' (the concept check's rounds). Choices as a JSON list.
CREATE TABLE IF NOT EXISTS answers (
    learner INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    during TEXT NOT NULL,
    first_choices TEXT NOT NULL,
    -- The learner's clock, as for reports: orders one learner's answers.
    first_at INTEGER NOT NULL,
    latest_choices TEXT NOT NULL,
    latest_at INTEGER NOT NULL,
    -- How many answers changed the first or the latest.
    answers INTEGER NOT NULL,
    PRIMARY KEY (learner, question, during)
);
";

/// The room's identity: what learners type and what the instructor's page
/// link carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Room {
    pub code: String,
    pub instructor_token: String,
    /// The port the server last listened on: a restart listens there again,
    /// where the learners' runners send their reports.
    pub port: Option<u16>,
}

/// A learner as the room knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredLearner {
    pub name: String,
    pub token: String,
}

/// What the room had of a learner's kata before a new report.
struct PreviousState {
    checked_at: i64,
    stuck_on: Option<String>,
    stuck_since: Option<i64>,
    checks: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearnerRow {
    pub id: i64,
    pub name: String,
    pub states: Vec<StateRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateRow {
    pub kata: String,
    pub status: CheckStatus,
    pub tests: Option<Count>,
    pub failing: Vec<String>,
    pub mutants: Option<Caught>,
    pub reported_at: i64,
    pub stuck_on: Option<String>,
    pub stuck_since: Option<i64>,
    pub checks: u32,
}

/// The room's quiz settings.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuizSettings {
    /// The concept check's round that is open.
    pub round: Option<Round>,
    /// The rounds the instructor has opened so far, in order.
    pub opened: Vec<Round>,
    pub names_shown: bool,
}

/// Where an answer was given, as the `answers` table keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum During {
    /// The learner's own `cargo kata quiz`.
    Quiz,
    /// The instructor's "ask the room" number N.
    Poll(i64),
    /// A round of the concept check.
    Round(Round),
}

impl During {
    fn key(self) -> String {
        match self {
            During::Quiz => "quiz".to_string(),
            During::Poll(poll) => format!("poll:{poll}"),
            During::Round(round) => round.name().to_string(),
        }
    }

    fn parse(key: &str) -> Option<During> {
        if key == "quiz" {
            return Some(During::Quiz);
        }
        if let Some(poll) = key.strip_prefix("poll:") {
            return poll.parse().ok().map(During::Poll);
        }
        Round::from_name(key).map(During::Round)
    }
}

/// One learner's answers to one question, in one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRow {
    pub learner: i64,
    pub question: String,
    pub during: During,
    pub first: Vec<String>,
    pub first_at: i64,
    pub latest: Vec<String>,
    pub latest_at: i64,
}

pub struct Store {
    connection: Connection,
}

impl Store {
    /// Opens the room's file, creating it and its folder the first time.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent() {
            fs_err::create_dir_all(dir)?;
        }
        let connection = Connection::open(path)
            .with_context(|| format!("cannot open the room's database {}", path.display()))?;
        Store::setup(connection)
            .with_context(|| format!("cannot use the room's database {}", path.display()))
    }

    #[cfg(test)]
    pub fn in_memory() -> Result<Store> {
        Store::setup(Connection::open_in_memory()?)
    }

    fn setup(connection: Connection) -> Result<Store> {
        // WAL: a report is on disk once its transaction commits, readers do
        // not wait for writers, and a killed server leaves a file that opens
        // as it was at the last commit. NORMAL is safe with WAL against a
        // crash of the process (only a power cut can lose the last commits).
        let mode: String =
            connection.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
        // In memory (the unit tests), SQLite answers "memory": no file to keep.
        anyhow::ensure!(
            mode.eq_ignore_ascii_case("wal") || mode.eq_ignore_ascii_case("memory"),
            "SQLite would not use WAL mode here (it said {mode})"
        );
        connection.pragma_update(None, "synchronous", "NORMAL")?;
        connection.pragma_update(None, "foreign_keys", "ON")?;
        connection.busy_timeout(std::time::Duration::from_secs(5))?;
        let version: i64 = connection.pragma_query_value(None, "user_version", |row| row.get(0))?;
        anyhow::ensure!(
            version <= SCHEMA_VERSION,
            "the room was made by a newer runner (schema {version}); update this course, or \
             start a new room with --new-room"
        );
        connection.execute_batch(SCHEMA)?;
        connection.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        Ok(Store { connection })
    }

    /// The room in this file, made the first time (or afresh with
    /// `new_room`, which forgets every learner).
    pub fn room(&mut self, new_room: bool, now: i64) -> Result<Room> {
        let tx = self.connection.transaction()?;
        if new_room {
            tx.execute_batch(
                "DELETE FROM answers; DELETE FROM polls; DELETE FROM states;
                 DELETE FROM learners; DELETE FROM room;
                 UPDATE quiz SET round = NULL, before_opened = 0, after_opened = 0,
                     names_shown = 0;",
            )?;
        }
        let existing = tx
            .query_row(
                "SELECT code, instructor_token, port FROM room WHERE id = 1",
                [],
                |row| {
                    Ok(Room {
                        code: row.get(0)?,
                        instructor_token: row.get(1)?,
                        port: row.get(2)?,
                    })
                },
            )
            .optional()?;
        let room = match existing {
            Some(room) => room,
            None => {
                let room = Room {
                    code: secret::join_code()?,
                    instructor_token: secret::token()?,
                    port: None,
                };
                tx.execute(
                    "INSERT INTO room (id, code, instructor_token, port, created_at)
                     VALUES (1, ?1, ?2, NULL, ?3)",
                    params![room.code, room.instructor_token, now],
                )?;
                room
            }
        };
        tx.commit()?;
        Ok(room)
    }

    pub fn set_port(&self, port: u16) -> Result<()> {
        self.connection
            .execute("UPDATE room SET port = ?1 WHERE id = 1", params![port])?;
        Ok(())
    }

    /// A new learner, unless the room already has `max` of them: counted
    /// and added in one transaction, so that joins arriving together never
    /// take the room past its cap. `None` when it is full.
    pub fn add_learner_within(
        &mut self,
        name: &str,
        token: &str,
        now: i64,
        max: usize,
    ) -> Result<Option<i64>> {
        let tx = self.connection.transaction()?;
        let count: i64 = tx.query_row("SELECT count(*) FROM learners", [], |row| row.get(0))?;
        if usize::try_from(count).unwrap_or(usize::MAX) >= max {
            return Ok(None);
        }
        tx.execute(
            "INSERT INTO learners (name, token, joined_at) VALUES (?1, ?2, ?3)",
            params![name, token, now],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(Some(id))
    }

    /// A learner's name and token, if the room knows the id.
    pub fn learner(&self, id: i64) -> Result<Option<StoredLearner>> {
        Ok(self
            .connection
            .query_row(
                "SELECT name, token FROM learners WHERE id = ?1",
                params![id],
                |row| {
                    Ok(StoredLearner {
                        name: row.get(0)?,
                        token: row.get(1)?,
                    })
                },
            )
            .optional()?)
    }

    pub fn remove_learner(&self, id: i64) -> Result<()> {
        self.connection
            .execute("DELETE FROM learners WHERE id = ?1", params![id])?;
        Ok(())
    }

    /// Keeps a report as the learner's state on its kata, unless the room
    /// has one checked at the same time or later. Returns whether it did.
    pub fn record(&mut self, learner: i64, report: &Report, now: i64) -> Result<bool> {
        let tx = self.connection.transaction()?;
        let before = tx
            .query_row(
                "SELECT checked_at, stuck_on, stuck_since, checks FROM states
                 WHERE learner = ?1 AND kata = ?2",
                params![learner, report.kata],
                |row| {
                    Ok(PreviousState {
                        checked_at: row.get(0)?,
                        stuck_on: row.get(1)?,
                        stuck_since: row.get(2)?,
                        checks: row.get(3)?,
                    })
                },
            )
            .optional()?;
        if before
            .as_ref()
            .is_some_and(|before| before.checked_at >= report.checked_at)
        {
            return Ok(false);
        }
        // Stuck means: the same test has been the first failing one since.
        let first_failing = report
            .failing
            .first()
            .filter(|_| report.status.has_failing_tests());
        let since = match (first_failing, &before) {
            (None, _) => None,
            (Some(test), Some(before)) if before.stuck_on.as_ref() == Some(test) => {
                before.stuck_since
            }
            (Some(_), _) => Some(now),
        };
        let checks = before.map_or(0, |before| before.checks) + 1;
        tx.execute(
            "INSERT INTO states (learner, kata, status, tests_passed, tests_total, failing,
                 mutants_caught, mutants_total, checked_at, reported_at, stuck_on, stuck_since, checks)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
             ON CONFLICT (learner, kata) DO UPDATE SET
                 status = excluded.status, tests_passed = excluded.tests_passed,
                 tests_total = excluded.tests_total, failing = excluded.failing,
                 mutants_caught = excluded.mutants_caught, mutants_total = excluded.mutants_total,
                 checked_at = excluded.checked_at, reported_at = excluded.reported_at,
                 stuck_on = excluded.stuck_on, stuck_since = excluded.stuck_since,
                 checks = excluded.checks",
            params![
                learner,
                report.kata,
                report.status.name(),
                report.tests.map(|c| c.passed),
                report.tests.map(|c| c.total),
                serde_json::to_string(&report.failing)?,
                report.mutants.map(|c| c.caught),
                report.mutants.map(|c| c.total),
                report.checked_at,
                now,
                first_failing,
                since,
                checks,
            ],
        )?;
        tx.commit()?;
        Ok(true)
    }

    pub fn quiz_settings(&self) -> Result<QuizSettings> {
        Ok(self.connection.query_row(
            "SELECT round, before_opened, after_opened, names_shown FROM quiz WHERE id = 1",
            [],
            |row| {
                let round: Option<String> = row.get(0)?;
                let mut opened = Vec::new();
                if row.get::<_, bool>(1)? {
                    opened.push(Round::Before);
                }
                if row.get::<_, bool>(2)? {
                    opened.push(Round::After);
                }
                Ok(QuizSettings {
                    round: round.as_deref().and_then(Round::from_name),
                    opened,
                    names_shown: row.get(3)?,
                })
            },
        )?)
    }

    /// Opens a round of the concept check (and closes the other), or with
    /// `None` closes the one that is open. A round once opened takes
    /// answers from then on, so that one sent late still counts.
    pub fn set_round(&self, round: Option<Round>) -> Result<()> {
        self.connection.execute(
            "UPDATE quiz SET round = ?1,
                 before_opened = before_opened OR coalesce(?1 = 'before', 0),
                 after_opened = after_opened OR coalesce(?1 = 'after', 0)
             WHERE id = 1",
            params![round.map(Round::name)],
        )?;
        Ok(())
    }

    pub fn set_names_shown(&self, shown: bool) -> Result<()> {
        self.connection.execute(
            "UPDATE quiz SET names_shown = ?1 WHERE id = 1",
            params![shown],
        )?;
        Ok(())
    }

    /// Asks the room `question`: a new poll, open; the one that was open is
    /// closed.
    pub fn open_poll(&mut self, question: &str, now: i64) -> Result<Poll> {
        let tx = self.connection.transaction()?;
        tx.execute(
            "UPDATE polls SET closed_at = ?1 WHERE closed_at IS NULL",
            params![now],
        )?;
        tx.execute(
            "INSERT INTO polls (question, opened_at) VALUES (?1, ?2)",
            params![question, now],
        )?;
        let poll = tx.last_insert_rowid();
        tx.commit()?;
        Ok(Poll {
            poll,
            question: question.to_string(),
            open: true,
        })
    }

    /// Closes the open poll; `false` when none was open.
    pub fn close_poll(&self, now: i64) -> Result<bool> {
        let closed = self.connection.execute(
            "UPDATE polls SET closed_at = ?1 WHERE closed_at IS NULL",
            params![now],
        )?;
        Ok(closed > 0)
    }

    /// The question asked last, open or closed.
    pub fn latest_poll(&self) -> Result<Option<Poll>> {
        self.poll_where("1 = 1 ORDER BY id DESC LIMIT 1", params![])
    }

    pub fn poll(&self, id: i64) -> Result<Option<Poll>> {
        self.poll_where("id = ?1", params![id])
    }

    fn poll_where(&self, filter: &str, values: &[&dyn rusqlite::ToSql]) -> Result<Option<Poll>> {
        Ok(self
            .connection
            .query_row(
                &format!("SELECT id, question, closed_at IS NULL FROM polls WHERE {filter}"),
                values,
                |row| {
                    Ok(Poll {
                        poll: row.get(0)?,
                        question: row.get(1)?,
                        open: row.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    /// Keeps an answer as the learner's first to that question there (when
    /// it is older than the first kept, or the first at all) and as their
    /// latest (when it is newer than the latest kept). Returns whether it
    /// changed either: the same answer twice is kept once.
    pub fn record_answer(
        &mut self,
        learner: i64,
        question: &str,
        choices: &[String],
        during: During,
        answered_at: i64,
    ) -> Result<bool> {
        let tx = self.connection.transaction()?;
        let during = during.key();
        let choices = serde_json::to_string(choices)?;
        let kept: Option<(i64, i64)> = tx
            .query_row(
                "SELECT first_at, latest_at FROM answers
                 WHERE learner = ?1 AND question = ?2 AND during = ?3",
                params![learner, question, during],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let changed = match kept {
            None => {
                tx.execute(
                    "INSERT INTO answers (learner, question, during, first_choices, first_at,
                         latest_choices, latest_at, answers)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?4, ?5, 1)",
                    params![learner, question, during, choices, answered_at],
                )?;
                true
            }
            Some((first_at, latest_at)) => {
                let earlier = answered_at < first_at;
                let later = answered_at > latest_at;
                if earlier {
                    tx.execute(
                        "UPDATE answers SET first_choices = ?4, first_at = ?5, answers = answers + 1
                         WHERE learner = ?1 AND question = ?2 AND during = ?3",
                        params![learner, question, during, choices, answered_at],
                    )?;
                }
                if later {
                    tx.execute(
                        "UPDATE answers SET latest_choices = ?4, latest_at = ?5, answers = answers + 1
                         WHERE learner = ?1 AND question = ?2 AND during = ?3",
                        params![learner, question, during, choices, answered_at],
                    )?;
                }
                earlier || later
            }
        };
        tx.commit()?;
        Ok(changed)
    }

    /// Every answer kept, learner by learner.
    pub fn answers(&self) -> Result<Vec<AnswerRow>> {
        let mut statement = self.connection.prepare(
            "SELECT learner, question, during, first_choices, first_at, latest_choices, latest_at
             FROM answers ORDER BY learner, question, during",
        )?;
        let rows = statement.query_map([], |row| {
            let during: String = row.get(2)?;
            let first: String = row.get(3)?;
            let latest: String = row.get(5)?;
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                during,
                first,
                row.get::<_, i64>(4)?,
                latest,
                row.get::<_, i64>(6)?,
            ))
        })?;
        let mut answers = Vec::new();
        for row in rows {
            let (learner, question, during, first, first_at, latest, latest_at) = row?;
            // Written by `record_answer` alone; a place this runner does not
            // know (a newer one wrote it) is left out.
            let Some(during) = During::parse(&during) else {
                continue;
            };
            answers.push(AnswerRow {
                learner,
                question,
                during,
                first: serde_json::from_str(&first).with_context(|| {
                    format!("the room's answer of learner {learner} is damaged")
                })?,
                first_at,
                latest: serde_json::from_str(&latest).with_context(|| {
                    format!("the room's answer of learner {learner} is damaged")
                })?,
                latest_at,
            });
        }
        Ok(answers)
    }

    /// Every learner, in the order they joined, with their states.
    pub fn learners(&self) -> Result<Vec<LearnerRow>> {
        let mut learners: Vec<LearnerRow> = self
            .connection
            .prepare("SELECT id, name FROM learners ORDER BY id")?
            .query_map([], |row| {
                Ok(LearnerRow {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    states: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut statement = self.connection.prepare(
            "SELECT learner, kata, status, tests_passed, tests_total, failing, mutants_caught,
                    mutants_total, reported_at, stuck_on, stuck_since, checks
             FROM states ORDER BY learner, kata",
        )?;
        let rows = statement.query_map([], |row| {
            let tests = |passed: Option<u32>, total: Option<u32>| match (passed, total) {
                (Some(passed), Some(total)) => Some(Count { passed, total }),
                _ => None,
            };
            let mutants = |caught: Option<u32>, total: Option<u32>| match (caught, total) {
                (Some(caught), Some(total)) => Some(Caught { caught, total }),
                _ => None,
            };
            let status: String = row.get(2)?;
            let failing: String = row.get(5)?;
            Ok((
                row.get::<_, i64>(0)?,
                StateRow {
                    kata: row.get(1)?,
                    status: parse_status(&status),
                    tests: tests(row.get(3)?, row.get(4)?),
                    // Written by `record` alone: unreadable means a damaged room.
                    failing: serde_json::from_str(&failing).map_err(|error| {
                        rusqlite::Error::FromSqlConversionFailure(
                            5,
                            rusqlite::types::Type::Text,
                            Box::new(error),
                        )
                    })?,
                    mutants: mutants(row.get(6)?, row.get(7)?),
                    reported_at: row.get(8)?,
                    stuck_on: row.get(9)?,
                    stuck_since: row.get(10)?,
                    checks: row.get(11)?,
                },
            ))
        })?;
        for row in rows {
            let (learner, state) = row?;
            if let Some(row) = learners.iter_mut().find(|l| l.id == learner) {
                row.states.push(state);
            }
        }
        Ok(learners)
    }
}

/// A status as stored; one this runner does not know (a newer one wrote it)
/// reads as the plainest news there is.
fn parse_status(text: &str) -> CheckStatus {
    CheckStatus::from_name(text).unwrap_or(CheckStatus::Failing)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(store: &mut Store, name: &str, token: &str) -> i64 {
        store
            .add_learner_within(name, token, 0, 100)
            .unwrap()
            .unwrap()
    }

    fn failing(kata: &str, first: &str, checked_at: i64) -> Report {
        Report {
            kata: kata.into(),
            status: CheckStatus::Failing,
            tests: Some(Count {
                passed: 1,
                total: 3,
            }),
            failing: vec![first.into(), "z::other".into()],
            mutants: None,
            checked_at,
        }
    }

    #[test]
    fn the_room_is_made_once_and_kept() {
        let mut store = Store::in_memory().unwrap();
        let room = store.room(false, 0).unwrap();
        assert_eq!(store.room(false, 1).unwrap(), room);
        let fresh = store.room(true, 2).unwrap();
        assert_ne!(fresh.code, room.code, "a new room has a new code");
        assert_ne!(fresh.instructor_token, room.instructor_token);
    }

    #[test]
    fn a_report_older_than_the_state_changes_nothing() {
        let mut store = Store::in_memory().unwrap();
        store.room(false, 0).unwrap();
        let ada = add(&mut store, "Ada", "t");
        assert!(
            store
                .record(ada, &failing("01", "a::first", 20), 100)
                .unwrap()
        );
        assert!(
            !store
                .record(ada, &failing("01", "a::late", 10), 200)
                .unwrap()
        );
        assert!(
            !store
                .record(ada, &failing("01", "a::again", 20), 300)
                .unwrap(),
            "the same report twice is stored once"
        );
        let states = &store.learners().unwrap()[0].states;
        assert_eq!(states.len(), 1);
        assert_eq!(states[0].failing[0], "a::first");
        assert_eq!(states[0].checks, 1);
        assert_eq!(states[0].reported_at, 100);
    }

    #[test]
    fn stuck_counts_from_the_first_report_of_the_same_first_failing_test() {
        let mut store = Store::in_memory().unwrap();
        store.room(false, 0).unwrap();
        let ada = add(&mut store, "Ada", "t");
        store
            .record(ada, &failing("01", "a::one", 1), 1_000)
            .unwrap();
        store
            .record(ada, &failing("01", "a::one", 2), 5_000)
            .unwrap();
        let state = store.learners().unwrap()[0].states[0].clone();
        assert_eq!(state.stuck_on.as_deref(), Some("a::one"));
        assert_eq!(state.stuck_since, Some(1_000), "still the same test");
        assert_eq!(state.checks, 2);

        store
            .record(ada, &failing("01", "a::two", 3), 9_000)
            .unwrap();
        let state = store.learners().unwrap()[0].states[0].clone();
        assert_eq!(state.stuck_since, Some(9_000), "a new first failing test");

        let passing = Report {
            status: CheckStatus::Done,
            failing: Vec::new(),
            ..failing("01", "x", 4)
        };
        store.record(ada, &passing, 10_000).unwrap();
        let state = store.learners().unwrap()[0].states[0].clone();
        assert_eq!((state.stuck_on, state.stuck_since), (None, None));
        assert_eq!(state.status, CheckStatus::Done);
    }

    #[test]
    fn a_room_on_disk_is_in_wal_mode_and_opens_again_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("classroom").join("room.sqlite");
        let (room, ada) = {
            let mut store = Store::open(&path).unwrap();
            let room = store.room(false, 0).unwrap();
            let ada = add(&mut store, "Ada", "t");
            store
                .record(ada, &failing("01", "a::one", 1), 1_000)
                .unwrap();
            (room, ada)
        };
        let mut again = Store::open(&path).unwrap();
        let mode: String = again
            .connection
            .pragma_query_value(None, "journal_mode", |row| row.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        assert_eq!(again.room(false, 5).unwrap(), room);
        let learners = again.learners().unwrap();
        assert_eq!(learners[0].id, ada);
        assert_eq!(learners[0].states[0].stuck_on.as_deref(), Some("a::one"));
    }

    #[test]
    fn a_learner_who_leaves_takes_their_states_along() {
        let mut store = Store::in_memory().unwrap();
        store.room(false, 0).unwrap();
        let ada = add(&mut store, "Ada", "t");
        let bo = add(&mut store, "Bo", "u");
        store.record(ada, &failing("01", "a", 1), 1).unwrap();
        store.record(bo, &failing("01", "b", 1), 1).unwrap();
        store.remove_learner(ada).unwrap();
        let learners = store.learners().unwrap();
        assert_eq!(learners.len(), 1);
        assert_eq!(learners[0].name, "Bo");
        assert_eq!(store.learner(ada).unwrap(), None);
        let left: i64 = store
            .connection
            .query_row("SELECT count(*) FROM states", [], |row| row.get(0))
            .unwrap();
        assert_eq!(left, 1);
    }

    #[test]
    fn a_room_at_its_cap_takes_no_one_more() {
        let mut store = Store::in_memory().unwrap();
        store.room(false, 0).unwrap();
        assert!(
            store
                .add_learner_within("Ada", "t", 0, 2)
                .unwrap()
                .is_some()
        );
        assert!(store.add_learner_within("Bo", "u", 0, 2).unwrap().is_some());
        assert_eq!(store.add_learner_within("Cy", "v", 0, 2).unwrap(), None);
        assert_eq!(store.learners().unwrap().len(), 2);
    }

    fn ids(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_first_and_the_latest_answer_are_kept_whatever_order_they_arrive_in() {
        let mut store = Store::in_memory().unwrap();
        store.room(false, 0).unwrap();
        let ada = add(&mut store, "Ada", "t");
        let question = "02/which-catch";
        assert!(
            store
                .record_answer(ada, question, &ids(&["b"]), During::Quiz, 20)
                .unwrap()
        );
        assert!(
            store
                .record_answer(ada, question, &ids(&["a"]), During::Quiz, 30)
                .unwrap(),
            "a later answer is the latest"
        );
        assert!(
            store
                .record_answer(ada, question, &ids(&["c"]), During::Quiz, 10)
                .unwrap(),
            "one given earlier, arriving late, is the first"
        );
        assert!(
            !store
                .record_answer(ada, question, &ids(&["a"]), During::Quiz, 30)
                .unwrap(),
            "the same answer twice is kept once"
        );
        assert!(
            !store
                .record_answer(ada, question, &ids(&["b"]), During::Quiz, 20)
                .unwrap(),
            "one between the first and the latest changes neither"
        );
        store
            .record_answer(ada, question, &ids(&["a"]), During::Poll(3), 40)
            .unwrap();
        let answers = store.answers().unwrap();
        assert_eq!(answers.len(), 2, "each place has its own");
        let quiz = answers.iter().find(|a| a.during == During::Quiz).unwrap();
        assert_eq!((quiz.first.clone(), quiz.first_at), (ids(&["c"]), 10));
        assert_eq!((quiz.latest.clone(), quiz.latest_at), (ids(&["a"]), 30));
    }

    #[test]
    fn a_question_asked_of_the_room_is_open_until_closed_or_another_is_asked() {
        let mut store = Store::in_memory().unwrap();
        store.room(false, 0).unwrap();
        assert_eq!(store.latest_poll().unwrap(), None);
        let first = store.open_poll("02/which-catch", 1).unwrap();
        let second = store.open_poll("02/which-data", 2).unwrap();
        assert_ne!(first.poll, second.poll);
        assert!(!store.poll(first.poll).unwrap().unwrap().open);
        assert_eq!(store.latest_poll().unwrap(), Some(second.clone()));
        assert!(store.close_poll(3).unwrap());
        assert!(!store.close_poll(4).unwrap(), "nothing left open");
        assert!(!store.latest_poll().unwrap().unwrap().open);
    }

    #[test]
    fn a_round_once_opened_is_remembered_when_the_next_opens() {
        let mut store = Store::in_memory().unwrap();
        store.room(false, 0).unwrap();
        assert_eq!(store.quiz_settings().unwrap(), QuizSettings::default());
        store.set_round(Some(Round::Before)).unwrap();
        store.set_round(None).unwrap();
        store.set_round(Some(Round::After)).unwrap();
        store.set_names_shown(true).unwrap();
        let settings = store.quiz_settings().unwrap();
        assert_eq!(settings.round, Some(Round::After));
        assert_eq!(settings.opened, [Round::Before, Round::After]);
        assert!(settings.names_shown);
        // A new room starts over.
        store.open_poll("02/which-catch", 1).unwrap();
        let ada = add(&mut store, "Ada", "t");
        store
            .record_answer(ada, "02/which-catch", &ids(&["a"]), During::Quiz, 1)
            .unwrap();
        store.room(true, 5).unwrap();
        assert_eq!(store.quiz_settings().unwrap(), QuizSettings::default());
        assert_eq!(store.latest_poll().unwrap(), None);
        assert!(store.answers().unwrap().is_empty());
    }

    #[test]
    fn a_room_made_by_the_runner_before_the_quizzes_opens_with_its_learners() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("room.sqlite");
        {
            // The schema of version 1, as that runner made it.
            let old = Connection::open(&path).unwrap();
            let version_1 = SCHEMA.split("-- What the room asks").next().unwrap();
            old.execute_batch(version_1).unwrap();
            old.execute_batch(
                "INSERT INTO room VALUES (1, 'K7QXMP', 'token', 7878, 0);
                 INSERT INTO learners (name, token, joined_at) VALUES ('Ada', 't', 0);
                 PRAGMA user_version = 1;",
            )
            .unwrap();
        }
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.room(false, 1).unwrap().code, "K7QXMP");
        assert_eq!(store.learners().unwrap()[0].name, "Ada");
        assert_eq!(store.quiz_settings().unwrap(), QuizSettings::default());
        let ada = store.learners().unwrap()[0].id;
        assert!(
            store
                .record_answer(ada, "02/which-catch", &ids(&["a"]), During::Quiz, 1)
                .unwrap()
        );
    }
}
