//! The quizzes' part of `verify`: every quiz file is well-formed
//! (`quiz/validate.rs`), its ids are in the record of published ids, its
//! block in its chapter is what its file gives, at least half of all
//! questions are proven, and every proven key holds (built and run in the
//! katas' rounds: `katas.rs`, `quiz/proofs.rs`).

use anyhow::Result;

use super::Findings;
use crate::course::{Course, Kata};
use crate::files::{self, Tree};
use crate::layout::BROKEN_DIR;
use crate::quiz::block;
use crate::quiz::ids::Published;
use crate::quiz::judge::{Entry, Report};
use crate::quiz::proofs::Prover;
use crate::quiz::{self, Quiz, Quizzes, validate};

/// The quizzes that are well-formed, whose blocks and proofs can be
/// checked; the others' problems are reported by [`course_checks`].
pub fn valid<'q>(course: &Course, quizzes: &'q Quizzes) -> Vec<&'q Quiz> {
    quizzes
        .quizzes
        .iter()
        .filter(|quiz| validate::problems(course, quiz).is_empty())
        .collect()
}

/// The proofs to run: every valid quiz's, and every quiz crate's real code
/// (one that no proof runs is still shown); or with `verify NN` the quiz of
/// that kata's chapter only.
pub fn plan<'q>(course: &Course, valid: &[&'q Quiz], only: Option<&Kata>) -> Result<Prover<'q>> {
    let Some(kata) = only else {
        let mut prover = Prover::plan(course, valid.to_vec())?;
        for folder in crate_folders(course)? {
            prover.add_crate(course, &folder)?;
        }
        return Ok(prover);
    };
    let number = quiz::chapter_of(course, kata).map(|c| c.number);
    let chosen: Vec<&Quiz> = valid
        .iter()
        .filter(|quiz| Some(&quiz.number) == number.as_ref())
        .copied()
        .collect();
    Prover::plan(course, chosen)
}

/// The folders of `quizzes/code/` that hold a crate.
pub fn crate_folders(course: &Course) -> Result<Vec<String>> {
    let dir = course.quizzes_dir().join("code");
    let mut folders = Vec::new();
    if dir.is_dir() {
        for entry in fs_err::read_dir(&dir)? {
            let entry = entry?;
            if entry.path().join("Cargo.toml").is_file() {
                folders.push(entry.file_name().to_string_lossy().into_owned());
            }
        }
    }
    folders.sort();
    Ok(folders)
}

/// Every quiz crate's real code, by folder: what stays in verify's shared
/// workspace when the quizzes' proofs are not run again.
pub fn crates(course: &Course) -> Result<Vec<(String, Tree)>> {
    crate_folders(course)?
        .into_iter()
        .map(|folder| {
            let tree = files::read_tree(&course.quiz_crate_dir(&folder), &[BROKEN_DIR])?;
            Ok((folder, tree))
        })
        .collect()
}

/// What the proofs found, a heading and its findings per quiz; and how
/// many proven questions' keys held.
pub fn proofs(course: &Course, prover: &Prover) -> (Vec<(String, Findings)>, usize) {
    let titles = quiz::chapters(course);
    let mut held = 0;
    let mut sections = Vec::new();
    for Report {
        number,
        entries,
        proven,
        questions,
        held: keys_held,
    } in prover.judge(course)
    {
        held += keys_held;
        let title = if number == quiz::CONCEPT_CHECK {
            " · the workshop's before and after".to_string()
        } else {
            titles
                .iter()
                .find(|c| c.number == number)
                .map_or(String::new(), |c| format!(" · {}", c.title))
        };
        let heading = if number.is_empty() {
            "quiz crates that no proof runs".to_string()
        } else {
            format!("quiz {number}{title} ({proven} of {questions} questions proven)")
        };
        let mut findings = Findings::new(format!("quiz {number}"));
        for entry in entries {
            match entry {
                Entry::Holds(what) => findings.ok(what),
                Entry::Wrong { what, detail } => findings.fail(what, &detail),
            }
        }
        sections.push((heading, findings));
    }
    (sections, held)
}

/// The course-wide checks of the quizzes, which need no build.
pub fn course_checks(course: &Course, quizzes: &Quizzes, valid: &[&Quiz]) -> Result<Findings> {
    let mut findings = Findings::new("quizzes".into());
    let problems = validate::all_problems(course, quizzes);
    let questions: usize = quizzes.quizzes.iter().map(|q| q.questions.len()).sum();
    let proven: usize = quizzes.quizzes.iter().map(Quiz::proven).sum();
    if problems.is_empty() {
        if !quizzes.quizzes.is_empty() {
            let count = quizzes.quizzes.len();
            findings.ok(format!(
                "every quiz is well-formed ({count} {}, {questions} questions, {proven} of them proven by running code)",
                if count == 1 { "quiz" } else { "quizzes" }
            ));
        }
    } else {
        findings.fail("quizzes that are not well-formed", &problems.join("\n"));
    }
    if proven * 2 < questions {
        findings.fail(
            format!(
                "only {proven} of {questions} quiz questions are proven: at least half must be"
            ),
            "",
        );
    }

    let mut stale = Vec::new();
    for quiz in valid.iter().filter(|quiz| !quiz.is_concept_check()) {
        stale.extend(block_problem(course, quiz));
    }
    for chapter in quiz::chapters(course) {
        let text = std::fs::read_to_string(course.book_file(&chapter.file)).unwrap_or_default();
        for number in block::blocks_in(&text) {
            if quizzes.of_chapter(&number).is_none() {
                stale.push(format!(
                    "book/{}: it holds a quiz block for chapter {number}, which has no quizzes/{number}.toml",
                    chapter.file
                ));
            }
        }
    }
    if stale.is_empty() {
        if !valid.is_empty() {
            findings.ok("every chapter's quiz block is what its quiz file gives");
        }
    } else {
        findings.fail(
            "quiz blocks that differ from their quiz files",
            &stale.join("\n"),
        );
    }

    let ids = Published::load(course)?.problems(valid);
    if ids.is_empty() {
        if !valid.is_empty() {
            findings.ok("every quiz id is in quizzes/ids.txt, and none published is gone");
        }
    } else {
        findings.fail("quiz ids and quizzes/ids.txt disagree", &ids.join("\n"));
    }

    let missing: Vec<String> = quiz::chapters(course)
        .into_iter()
        .filter(|chapter| quizzes.of_chapter(&chapter.number).is_none())
        .map(|chapter| chapter.number)
        .collect();
    if !missing.is_empty() && !quizzes.quizzes.is_empty() {
        findings.note(format!("chapters with no quiz yet: {}", missing.join(", ")));
    }
    Ok(findings)
}

/// Why a quiz's chapter does not hold its block as `cargo kata dev
/// quizzes` would write it, if it does not.
fn block_problem(course: &Course, quiz: &Quiz) -> Option<String> {
    let text = match std::fs::read_to_string(course.book_file(&quiz.chapter)) {
        Ok(text) => text,
        Err(_) => return Some(format!("book/{} cannot be read", quiz.chapter)),
    };
    let rendered = block::render(quiz, &quiz.chapter);
    match block::rewrite_chapter(&text, &quiz.number, &rendered) {
        Ok(rewritten) if rewritten == text => None,
        Ok(_) if block::blocks_in(&text).contains(&quiz.number) => Some(format!(
            "book/{}: its quiz block differs from {}: run `cargo kata dev quizzes`",
            quiz.chapter,
            quiz.file()
        )),
        Ok(_) => Some(format!(
            "book/{}: it has no quiz block yet: run `cargo kata dev quizzes`",
            quiz.chapter
        )),
        Err(problem) => Some(format!("book/{}: {problem}", quiz.chapter)),
    }
}
