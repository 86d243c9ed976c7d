//! The chapters' quizzes: questions of judgment, one file per chapter
//! (`quizzes/NN.toml`, NN the number in the chapter's file name), read by
//! `cargo kata quiz`, by the book (a block that `cargo kata dev quizzes`
//! writes into each chapter) and by `verify`, which checks every file and
//! proves every proven answer key by running the code it is about.
//! CONTRIBUTING.md ("Quizzes") says how to write one.
//!
//! Ids are forever: a learner's progress and, in a classroom, the room's
//! answers refer to a question as `NN/<question id>` and to its choices by
//! their ids, so `quizzes/ids.txt` keeps every id ever published (`ids.rs`).
//!
//! - `mod.rs`: the questions as data, and finding them;
//! - `validate.rs`: what a well-formed quiz is, in messages that name the
//!   file, the question and the choice;
//! - `show.rs`: what a question shows (code by anchor, a patch, an output);
//! - `markdown.rs`: the little markdown of choices and explanations, as
//!   HTML for the book and as styled text for the terminal;
//! - `block.rs`: the quiz as the book shows it, between markers;
//! - `ids.rs`: the record of published ids;
//! - `proofs.rs`: building each quiz crate's versions and running what the
//!   answer keys claim; `judge.rs`: holding each key against what happened,
//!   and recording outputs; `output.rs`: comparing failure outputs with the
//!   recorded ones.

pub mod block;
pub mod ids;
pub mod judge;
pub mod markdown;
pub mod output;
pub mod proofs;
pub mod show;
pub mod validate;

use std::path::Path;

use anyhow::{Result, bail};
use serde::Deserialize;

use crate::course::{self, Course, Kata};
use crate::layout::QUIZZES_DIR;

/// The concept check's file stem and its questions' prefix: its questions
/// are `concept-check/<id>` to the room and the learner's state, as a
/// chapter's are `09/<id>`.
pub const CONCEPT_CHECK: &str = "concept-check";

/// One chapter's quiz, as `quizzes/NN.toml` holds it; or the concept check
/// (`quizzes/concept-check.toml`), the same format without a chapter,
/// taken at the start and at the end of a workshop.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quiz {
    /// The chapter it belongs to, relative to `book/`, as course.toml
    /// names it; empty for the concept check, which spans the course.
    #[serde(default)]
    pub chapter: String,
    #[serde(default, rename = "question")]
    pub questions: Vec<Question>,
    /// `09` (or [`CONCEPT_CHECK`]): from the file's name, not from its
    /// contents.
    #[serde(skip)]
    pub number: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable forever; unique in its quiz. Lowercase words and dashes.
    pub id: String,
    pub kind: Kind,
    /// Markdown: what the learner is asked.
    pub prompt: String,
    /// What the question shows after its prompt, in order: `path:anchor`
    /// or a whole file, relative to `quizzes/`.
    #[serde(default)]
    pub show: Vec<String>,
    #[serde(default, rename = "choice")]
    pub choices: Vec<Choice>,
    /// Present when the answer key is proven by running code.
    #[serde(default)]
    pub proof: Option<Proof>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// One right choice.
    Single,
    /// Pick all that apply: one right choice or more.
    Multiple,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable forever; unique in its question.
    pub id: String,
    /// Inline markdown: the answer as the learner reads it.
    pub text: String,
    pub correct: bool,
    /// Inline markdown: why it is right, or what a person who picks it
    /// believes that is not so.
    pub why: String,
    /// In a proven question: what to run to prove this choice's key.
    #[serde(default)]
    pub run: Option<Run>,
}

/// How a proven question's key is checked.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Proof {
    /// The quiz crate of every run that names none.
    #[serde(default, rename = "crate")]
    pub krate: Option<String>,
    pub correct_means: CorrectMeans,
    /// For `shows-output`: the recorded output, relative to `quizzes/`.
    #[serde(default)]
    pub output: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CorrectMeans {
    /// A choice is right exactly when its run fails.
    Fails,
    /// Right exactly when its run passes.
    Passes,
    /// Right exactly when its run fails with the output the question shows.
    ShowsOutput,
}

impl CorrectMeans {
    /// What a right choice's run does, and a wrong one's, in words.
    pub fn meaning(self, right: bool) -> &'static str {
        match (self, right) {
            (CorrectMeans::Fails, true) | (CorrectMeans::Passes, false) => "it fails",
            (CorrectMeans::Fails, false) | (CorrectMeans::Passes, true) => "it passes",
            (CorrectMeans::ShowsOutput, true) => "it fails with the output the question shows",
            (CorrectMeans::ShowsOutput, false) => {
                "it passes, or fails with another output than the one the question shows"
            }
        }
    }
}

/// One run of a quiz crate's tests.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Run {
    /// The quiz crate's folder under `quizzes/code/`; `proof.crate` when
    /// left out.
    #[serde(default, rename = "crate")]
    pub krate: Option<String>,
    /// A broken version (`broken/<name>.patch`); the real code when left out.
    #[serde(default)]
    pub broken: Option<String>,
    /// One test, by its libtest name, run `--exact`.
    #[serde(default)]
    pub test: Option<String>,
    /// Several tests; with neither `test` nor `tests`, every test.
    #[serde(default)]
    pub tests: Option<Vec<String>>,
    /// Run the `#[ignore]`d tests too.
    #[serde(default)]
    pub ignored: bool,
    /// More libtest arguments, such as `--test-threads=1`.
    #[serde(default)]
    pub args: Vec<String>,
}

impl Run {
    /// The quiz crate it runs, given its question's proof.
    pub fn crate_name<'a>(&'a self, proof: Option<&'a Proof>) -> Option<&'a str> {
        self.krate
            .as_deref()
            .or_else(|| proof.and_then(|p| p.krate.as_deref()))
    }

    /// The tests it names; none means every test of the crate.
    pub fn test_names(&self) -> Vec<&str> {
        match (&self.test, &self.tests) {
            (Some(test), _) => vec![test.as_str()],
            (None, Some(tests)) => tests.iter().map(String::as_str).collect(),
            (None, None) => Vec::new(),
        }
    }

    /// A plain run is answered from the one run of every test of its
    /// crate's version; a run with `args` or `ignored` needs one of its own.
    pub fn is_plain(&self) -> bool {
        !self.ignored && self.args.is_empty()
    }
}

impl Quiz {
    /// `09/mocked-store`: how the learner's state and the room name a
    /// question.
    pub fn full_id(&self, question: &Question) -> String {
        format!("{}/{}", self.number, question.id)
    }

    /// The file, as messages name it.
    pub fn file(&self) -> String {
        format!("{QUIZZES_DIR}/{}.toml", self.number)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn proven(&self) -> usize {
        self.questions.iter().filter(|q| q.proof.is_some()).count()
    }

    /// Whether this is the concept check rather than a chapter's quiz.
    pub fn is_concept_check(&self) -> bool {
        self.number == CONCEPT_CHECK
    }
}

impl Question {
    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.choices.iter().find(|c| c.id == id)
    }

    /// Whether `picked` (choice ids) is exactly the set of right choices.
    pub fn is_right(&self, picked: &[&str]) -> bool {
        self.choices
            .iter()
            .all(|choice| choice.correct == picked.contains(&choice.id.as_str()))
    }

    /// The ids of the right choices, in the question's order.
    pub fn right_ids(&self) -> Vec<&str> {
        self.choices
            .iter()
            .filter(|c| c.correct)
            .map(|c| c.id.as_str())
            .collect()
    }
}

/// Every quiz file of the course (the chapters' in the order of their
/// numbers, then the concept check), and the files that could not be read
/// as one (each problem names its file).
#[derive(Debug, Default)]
pub struct Quizzes {
    pub quizzes: Vec<Quiz>,
    pub problems: Vec<String>,
}

impl Quizzes {
    /// Reads `quizzes/NN.toml` and `quizzes/concept-check.toml`, each as it
    /// is: checking it is [`validate::problems`]'s work. No `quizzes/`
    /// folder means no quiz.
    pub fn load(course: &Course) -> Result<Quizzes> {
        let dir = course.quizzes_dir();
        let mut loaded = Quizzes::default();
        if !dir.is_dir() {
            return Ok(loaded);
        }
        let mut names: Vec<String> = Vec::new();
        for entry in fs_err::read_dir(&dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_file() && name.ends_with(".toml") {
                names.push(name);
            }
        }
        // The chapters' in order; the concept check after them.
        names.sort_by_key(|name| (name.starts_with(CONCEPT_CHECK), name.clone()));
        for name in names {
            let number = name.trim_end_matches(".toml");
            let chapter = number.len() == 2 && number.bytes().all(|b| b.is_ascii_digit());
            if !chapter && number != CONCEPT_CHECK {
                loaded.problems.push(format!(
                    "{QUIZZES_DIR}/{name}: a quiz file is named for its chapter's number, like `09.toml` \
                     (or is the workshop's `{CONCEPT_CHECK}.toml`)"
                ));
                continue;
            }
            match read(&course.quiz_file(number), number) {
                Ok(quiz) => loaded.quizzes.push(quiz),
                Err(error) => loaded.problems.push(format!("{error:#}")),
            }
        }
        Ok(loaded)
    }

    /// The quiz of chapter `number` (two digits).
    pub fn of_chapter(&self, number: &str) -> Option<&Quiz> {
        self.quizzes
            .iter()
            .find(|quiz| quiz.number == number && !quiz.is_concept_check())
    }

    /// The concept check, if the course has one.
    pub fn concept_check(&self) -> Option<&Quiz> {
        self.quizzes.iter().find(|quiz| quiz.is_concept_check())
    }

    /// The question a full id names (`09/mocked-store`,
    /// `concept-check/seams`), with its quiz.
    pub fn find(&self, full_id: &str) -> Option<(&Quiz, &Question)> {
        let (number, id) = full_id.split_once('/')?;
        let quiz = self.quizzes.iter().find(|quiz| quiz.number == number)?;
        Some((quiz, quiz.question(id)?))
    }
}

fn read(path: &Path, number: &str) -> Result<Quiz> {
    let text = fs_err::read_to_string(path)?;
    match toml::from_str::<Quiz>(&text) {
        Ok(mut quiz) => {
            quiz.number = number.to_string();
            Ok(quiz)
        }
        Err(error) => bail!(
            "{QUIZZES_DIR}/{number}.toml is not a valid quiz: {}",
            error.to_string().trim()
        ),
    }
}

/// A chapter of the book, with or without a kata: what a quiz belongs to.
#[derive(Debug, Clone)]
pub struct Chapter<'a> {
    /// Two digits, from the file's name.
    pub number: String,
    /// Relative to `book/`.
    pub file: String,
    pub title: String,
    pub kata: Option<&'a Kata>,
    /// Minutes to read it, for a chapter without a kata.
    pub reading: Option<u32>,
}

/// Every chapter course.toml knows (each kata's, and those without a
/// kata), in the order of their numbers.
pub fn chapters(course: &Course) -> Vec<Chapter<'_>> {
    let mut chapters: Vec<Chapter> = course
        .katas
        .iter()
        .filter_map(|kata| {
            Some(Chapter {
                number: course::chapter_number(&kata.chapter)?,
                file: kata.chapter.clone(),
                title: kata.title.clone(),
                kata: Some(kata),
                reading: None,
            })
        })
        .collect();
    for chapter in &course.chapters {
        if let Some(number) = course::chapter_number(&chapter.file) {
            chapters.push(Chapter {
                number,
                file: chapter.file.clone(),
                title: heading(course, &chapter.file),
                kata: None,
                reading: Some(chapter.reading),
            });
        }
    }
    chapters.sort_by(|a, b| a.number.cmp(&b.number));
    chapters
}

/// A chapter's title, from its first `# ` line (its file name if it has
/// none).
fn heading(course: &Course, file: &str) -> String {
    std::fs::read_to_string(course.book_file(file))
        .ok()
        .and_then(|text| {
            text.lines()
                .find_map(|line| line.strip_prefix("# ").map(|t| t.trim().to_string()))
        })
        .unwrap_or_else(|| file.to_string())
}

/// The chapter a learner means by `typed` (`9`, `09`), or an error that
/// says which chapters there are.
pub fn find_chapter<'a>(course: &'a Course, typed: &str) -> Result<Chapter<'a>> {
    let chapters = chapters(course);
    let wanted = typed
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|_| typed.trim().len() <= 2);
    if let Some(chapter) = wanted.and_then(|n| {
        chapters
            .iter()
            .find(|c| c.number.parse::<u32>().ok() == Some(n))
    }) {
        return Ok(chapter.clone());
    }
    match (chapters.first(), chapters.last()) {
        (Some(first), Some(last)) => bail!(
            "there is no chapter {typed:?}: the chapters are {} to {} (`cargo kata quiz 09` asks chapter 9's questions)",
            first.number,
            last.number
        ),
        _ => bail!("the course lists no chapters"),
    }
}

/// The chapter of `kata`.
pub fn chapter_of<'a>(course: &'a Course, kata: &Kata) -> Option<Chapter<'a>> {
    chapters(course)
        .into_iter()
        .find(|c| c.kata.is_some_and(|k| k.id == kata.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUIZ: &str = r#"
chapter = "part-4/09-test-doubles.md"

[[question]]
id = "mocked-store"
kind = "multiple"
prompt = "Which fail?"
show = ["code/quiz-09/tests/it/with_mocks.rs:careful"]

[[question.choice]]
id = "a"
text = "`one`"
correct = true
why = "It fails."
run = { broken = "no-unique", test = "signup::a" }

[[question.choice]]
id = "b"
text = "two"
correct = false
why = "It passes."
run = { broken = "no-unique", tests = ["signup::b", "signup::c"], ignored = true, args = ["--test-threads=1"] }

[question.proof]
crate = "quiz-09"
correct-means = "fails"
"#;

    #[test]
    fn a_quiz_file_reads_as_the_design_writes_it() {
        let quiz: Quiz = toml::from_str(QUIZ).unwrap();
        let question = &quiz.questions[0];
        assert_eq!(question.kind, Kind::Multiple);
        assert_eq!(question.choices.len(), 2);
        let proof = question.proof.as_ref().unwrap();
        assert_eq!(proof.correct_means, CorrectMeans::Fails);
        let a = question.choices[0].run.as_ref().unwrap();
        assert_eq!(a.crate_name(Some(proof)), Some("quiz-09"));
        assert_eq!(a.test_names(), ["signup::a"]);
        assert!(a.is_plain());
        let b = question.choices[1].run.as_ref().unwrap();
        assert_eq!(b.test_names(), ["signup::b", "signup::c"]);
        assert!(!b.is_plain());
        assert!(question.is_right(&["a"]));
        assert!(!question.is_right(&["a", "b"]));
        assert!(!question.is_right(&[]));
    }

    #[test]
    fn a_misspelt_field_is_refused_not_ignored() {
        let text = QUIZ.replace("correct = false", "corect = false");
        let error = toml::from_str::<Quiz>(&text).unwrap_err().to_string();
        assert!(error.contains("corect"), "{error}");
    }
}
