//! What a well-formed quiz is, checked before anything is built or shown:
//! ids that can be referred to forever, a key that makes sense for the
//! question's kind, explanations for every choice, `show` entries that
//! resolve, and for a proven question a run for every choice, against a
//! quiz crate and broken versions that exist and change only `src/`. Each
//! problem is one line that names the file, the question and the choice.

use std::collections::{BTreeMap, BTreeSet};

use super::show::Show;
use super::{CorrectMeans, Kind, Question, Quiz, Quizzes, Run, chapters};
use crate::course::Course;
use crate::files::{self, Tree};
use crate::layout::{BROKEN_DIR, QUIZZES_DIR};
use crate::patches;

/// A chapter's quiz has this many questions.
pub const QUESTIONS: std::ops::RangeInclusive<usize> = 4..=6;

/// The concept check has about ten.
pub const CONCEPT_CHECK_QUESTIONS: std::ops::RangeInclusive<usize> = 8..=12;

/// Ids travel to the classroom: short enough to keep its messages small.
pub const MAX_ID: usize = 48;

/// Every problem of every quiz, and of the quiz crates they run.
pub fn all_problems(course: &Course, quizzes: &Quizzes) -> Vec<String> {
    let mut crates = Crates::default();
    let mut problems = quizzes.problems.clone();
    for quiz in &quizzes.quizzes {
        problems.extend(quiz_problems(course, quiz, &mut crates));
    }
    problems.extend(crates.unused(course));
    problems
}

/// The problems of one quiz.
pub fn problems(course: &Course, quiz: &Quiz) -> Vec<String> {
    quiz_problems(course, quiz, &mut Crates::default())
}

fn quiz_problems(course: &Course, quiz: &Quiz, crates: &mut Crates) -> Vec<String> {
    let file = quiz.file();
    let mut problems = Vec::new();
    if quiz.is_concept_check() {
        concept_check_problems(quiz, &file, &mut problems);
    } else {
        chapter_problems(course, quiz, &file, &mut problems);
    }
    let mut seen = BTreeSet::new();
    for question in &quiz.questions {
        let at = format!("{file}: question `{}`", question.id);
        if let Some(problem) = id_problem(&question.id) {
            problems.push(format!("{at}: its id {problem}"));
        }
        if !seen.insert(question.id.as_str()) {
            problems.push(format!("{at}: the id is used twice in the file"));
        }
        question_problems(course, quiz, question, &at, crates, &mut problems);
    }
    problems
}

/// A chapter's quiz belongs to a chapter course.toml knows, whose number
/// its file bears, and has four to six questions.
fn chapter_problems(course: &Course, quiz: &Quiz, file: &str, problems: &mut Vec<String>) {
    let chapters = chapters(course);
    match chapters.iter().find(|c| c.file == quiz.chapter) {
        None => problems.push(format!(
            "{file}: chapter = {:?} is not a chapter course.toml knows (a kata's `chapter`, or a [[chapter]]'s `file`)",
            quiz.chapter
        )),
        Some(chapter) if chapter.number != quiz.number => problems.push(format!(
            "{file}: chapter = {:?} is chapter {}, but the file is named for chapter {}",
            quiz.chapter, chapter.number, quiz.number
        )),
        Some(_) => {}
    }
    if !QUESTIONS.contains(&quiz.questions.len()) {
        problems.push(format!(
            "{file}: it has {} questions; a chapter's quiz has {} to {}",
            quiz.questions.len(),
            QUESTIONS.start(),
            QUESTIONS.end()
        ));
    }
}

/// The concept check spans the course: no chapter of its own, and about
/// ten questions, which fit the five minutes an agenda gives it.
fn concept_check_problems(quiz: &Quiz, file: &str, problems: &mut Vec<String>) {
    if !quiz.chapter.is_empty() {
        problems.push(format!(
            "{file}: chapter = {:?}: the concept check spans the course and belongs to no chapter; leave `chapter` out",
            quiz.chapter
        ));
    }
    if !CONCEPT_CHECK_QUESTIONS.contains(&quiz.questions.len()) {
        problems.push(format!(
            "{file}: it has {} questions; the concept check has {} to {} (five minutes at each end of a workshop)",
            quiz.questions.len(),
            CONCEPT_CHECK_QUESTIONS.start(),
            CONCEPT_CHECK_QUESTIONS.end()
        ));
    }
}

/// Lowercase words of letters and digits, joined by single dashes.
pub fn id_problem(id: &str) -> Option<String> {
    let words_ok = !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    if !words_ok {
        Some(
            "must be lowercase words (letters and digits) joined by dashes, like `mocked-store`"
                .into(),
        )
    } else if id.len() > MAX_ID {
        Some(format!("is longer than {MAX_ID} characters"))
    } else {
        None
    }
}

fn question_problems(
    course: &Course,
    quiz: &Quiz,
    question: &Question,
    at: &str,
    crates: &mut Crates,
    problems: &mut Vec<String>,
) {
    if question.prompt.trim().is_empty() {
        problems.push(format!("{at}: its prompt is empty"));
    }
    if question.choices.len() < 2 {
        problems.push(format!("{at}: it needs two choices or more"));
    }
    let right: Vec<String> = question
        .choices
        .iter()
        .filter(|c| c.correct)
        .map(|c| format!("`{}`", c.id))
        .collect();
    match question.kind {
        Kind::Single if right.len() != 1 => problems.push(format!(
            "{at}: a single-choice question has exactly one right choice; this one has {}{}",
            right.len(),
            if right.is_empty() {
                String::new()
            } else {
                format!(" ({})", right.join(", "))
            }
        )),
        Kind::Multiple if right.is_empty() => problems.push(format!(
            "{at}: a pick-all question needs at least one right choice"
        )),
        _ => {}
    }
    let output = question.proof.as_ref().and_then(|p| p.output.as_deref());
    for entry in &question.show {
        let show = Show::parse(entry);
        // A missing recorded output is the proof's to report (with how to
        // record it).
        if Some(show.path.as_str()) == output && show.anchor.is_none() {
            continue;
        }
        if let Err(problem) = show.read(course) {
            problems.push(format!("{at}: show {entry:?}: {problem}"));
        }
    }
    let mut seen = BTreeSet::new();
    for choice in &question.choices {
        let at = format!("{at}, choice `{}`", choice.id);
        if let Some(problem) = id_problem(&choice.id) {
            problems.push(format!("{at}: its id {problem}"));
        }
        if !seen.insert(choice.id.as_str()) {
            problems.push(format!("{at}: the id is used twice in the question"));
        }
        if choice.text.trim().is_empty() {
            problems.push(format!("{at}: its `text` is empty"));
        }
        if choice.why.trim().is_empty() {
            problems.push(format!(
                "{at}: its `why` is empty: every choice says why it is right, or what picking it believes that is not so"
            ));
        }
        match (&question.proof, &choice.run) {
            (Some(_), None) => problems.push(format!(
                "{at}: the question is proven, so every choice needs a `run`"
            )),
            (None, Some(_)) => problems.push(format!(
                "{at}: it has a `run`, but the question has no [question.proof] to say what it proves"
            )),
            (Some(_), Some(run)) => {
                problems.extend(run_problems(course, question, run, crates).into_iter().map(|p| format!("{at}: {p}")));
            }
            (None, None) => {}
        }
    }
    if let Some(proof) = &question.proof {
        match (proof.correct_means, &proof.output) {
            (CorrectMeans::ShowsOutput, None) => problems.push(format!(
                "{at}: `correct-means = \"shows-output\"` needs the recorded output it means: `output = \"outputs/{}-{}.txt\"`",
                quiz.number, question.id
            )),
            (CorrectMeans::ShowsOutput, Some(output)) => {
                let expected = format!("outputs/{}-{}.txt", quiz.number, question.id);
                if *output != expected {
                    problems.push(format!(
                        "{at}: its output is recorded as {expected:?}, not {output:?}"
                    ));
                }
                if !question.show.iter().any(|entry| entry == output) {
                    problems.push(format!(
                        "{at}: the output its key is about, {output:?}, is not in its `show`: the learner must see it"
                    ));
                }
            }
            (_, Some(output)) => problems.push(format!(
                "{at}: `output = {output:?}` means something only with `correct-means = \"shows-output\"`"
            )),
            (_, None) => {}
        }
    }
}

/// What is wrong with one run, if anything.
fn run_problems(
    course: &Course,
    question: &Question,
    run: &Run,
    crates: &mut Crates,
) -> Vec<String> {
    let mut problems = Vec::new();
    if run.test.is_some() && run.tests.is_some() {
        problems.push("its run gives both `test` and `tests`: one or the other".to_string());
    }
    if run.tests.as_ref().is_some_and(Vec::is_empty) {
        problems
            .push("its run gives `tests = []`; leave `tests` out to run every test".to_string());
    }
    let Some(krate) = run.crate_name(question.proof.as_ref()) else {
        problems.push(
            "its run names no quiz crate: set `crate` in [question.proof], or in the run"
                .to_string(),
        );
        return problems;
    };
    if let Some(problem) = crates.crate_problem(course, krate) {
        problems.push(problem);
        return problems;
    }
    if let Some(broken) = &run.broken {
        problems.extend(crates.broken_problem(course, krate, broken));
    }
    problems
}

/// What is known about the quiz crates so far: each is read, and each
/// broken version checked, once.
#[derive(Default)]
struct Crates {
    /// The crate's files (without its broken versions), or why it cannot
    /// be used.
    trees: BTreeMap<String, Result<Tree, String>>,
    broken: BTreeMap<(String, String), Option<String>>,
}

impl Crates {
    fn crate_problem(&mut self, course: &Course, krate: &str) -> Option<String> {
        let entry = self
            .trees
            .entry(krate.to_string())
            .or_insert_with(|| read_crate(course, krate));
        entry.as_ref().err().cloned()
    }

    fn broken_problem(&mut self, course: &Course, krate: &str, name: &str) -> Option<String> {
        let key = (krate.to_string(), name.to_string());
        if let Some(known) = self.broken.get(&key) {
            return known.clone();
        }
        let problem = match self.trees.get(krate) {
            Some(Ok(tree)) => broken_version_problem(course, krate, name, tree),
            _ => None,
        };
        self.broken.insert(key, problem.clone());
        problem
    }

    /// Broken versions that no question runs: each is a file to keep right
    /// for nothing.
    fn unused(&self, course: &Course) -> Vec<String> {
        let mut problems = Vec::new();
        for krate in self.trees.keys() {
            let dir = course.quiz_crate_dir(krate).join(BROKEN_DIR);
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut names: Vec<String> = entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            for name in names {
                let used = name.strip_suffix(".patch").is_some_and(|stem| {
                    self.broken.contains_key(&(krate.clone(), stem.to_string()))
                });
                if !used {
                    problems.push(format!(
                        "{QUIZZES_DIR}/code/{krate}/{BROKEN_DIR}/{name}: no question runs it (a broken version is a `<name>.patch` that a run names)"
                    ));
                }
            }
        }
        problems
    }
}

/// A quiz crate's files, checked: it is there, and its package is named
/// for its folder (the name `run.crate` gives).
fn read_crate(course: &Course, krate: &str) -> Result<Tree, String> {
    let dir = course.quiz_crate_dir(krate);
    let shown = format!("{QUIZZES_DIR}/code/{krate}");
    if id_problem(krate).is_some() {
        return Err(format!("{krate:?} is not a quiz crate's folder name"));
    }
    let tree = files::read_tree(&dir, &[BROKEN_DIR])
        .map_err(|_| format!("there is no quiz crate {shown}"))?;
    match files::package_name(&tree) {
        Some(name) if name == krate => Ok(tree),
        Some(name) => Err(format!(
            "{shown}/Cargo.toml names its package {name:?}: a quiz crate's package is named for its folder"
        )),
        None => Err(format!("{shown} has no Cargo.toml with a package name")),
    }
}

/// A broken version is a patch that applies to the crate and changes only
/// `src/`: the tests a question runs are the real ones.
fn broken_version_problem(course: &Course, krate: &str, name: &str, tree: &Tree) -> Option<String> {
    let path = course.quiz_broken_patch(krate, name);
    let shown = course.relative(&path);
    let Ok(patch) = std::fs::read_to_string(&path) else {
        return Some(format!("its broken version `{name}` has no patch {shown}"));
    };
    let touched = match patches::touched(&patch) {
        Ok(touched) => touched,
        Err(error) => return Some(format!("{shown}: {error}")),
    };
    if let Some(path) = touched.iter().find(|path| !path.starts_with("src/")) {
        return Some(format!(
            "{shown} changes {path}; a broken version changes only src/, never the tests"
        ));
    }
    match patches::apply(tree, &patch) {
        Ok(applied) if files::differences(tree, &applied).is_empty() => {
            Some(format!("{shown} changes nothing"))
        }
        Ok(_) => None,
        Err(error) => Some(format!("{shown} does not apply: {error}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_words_and_dashes() {
        for good in ["mocked-store", "a", "gold-from-501-points"] {
            assert_eq!(id_problem(good), None, "{good}");
        }
        for bad in [
            "Mocked",
            "two--dashes",
            "-lead",
            "trail-",
            "under_score",
            "",
            "sp ace",
        ] {
            assert!(id_problem(bad).is_some(), "{bad:?}");
        }
        assert!(
            id_problem(&"a".repeat(MAX_ID + 1))
                .unwrap()
                .contains("longer")
        );
    }
}
