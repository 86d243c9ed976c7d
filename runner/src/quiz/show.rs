//! What a question shows after its prompt: code from a compiled file by
//! anchor (`ANCHOR: name` ... `ANCHOR_END: name`, as in the book), a whole
//! file, a broken version's patch, a recorded failure output. The book
//! shows each through an `{{#include}}` line, never a copy; the terminal
//! reads the same lines here.

use std::path::{Component, Path, PathBuf};

use crate::course::Course;
use crate::layout::{QUIZZES_DIR, SOLUTIONS_DIR};

/// One `show` entry: `code/quiz-09/tests/it/with_mocks.rs:careful`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Show {
    /// Relative to `quizzes/`, `/` separators.
    pub path: String,
    pub anchor: Option<String>,
}

/// How a shown file reads, which decides its fence in the book.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Rust,
    /// A broken version: a unified diff.
    Diff,
    /// A recorded failure output: console text.
    Output,
    Json,
    Toml,
    Text,
}

impl Look {
    /// The fence's info string in the book. Rust is `ignore`d, so that
    /// `mdbook test` does not compile a piece of a file on its own.
    pub fn fence(self) -> &'static str {
        match self {
            Look::Rust => "rust,ignore",
            Look::Diff => "diff",
            // Console text: what a terminal printed.
            Look::Output => "console",
            Look::Text => "text",
            Look::Json => "json",
            Look::Toml => "toml",
        }
    }
}

impl Show {
    pub fn parse(entry: &str) -> Show {
        match entry.split_once(':') {
            Some((path, anchor)) => Show {
                path: path.trim().to_string(),
                anchor: Some(anchor.trim().to_string()),
            },
            None => Show {
                path: entry.trim().to_string(),
                anchor: None,
            },
        }
    }

    pub fn look(&self) -> Look {
        let extension = self.path.rsplit_once('.').map_or("", |(_, ext)| ext);
        match extension {
            "rs" => Look::Rust,
            "patch" | "diff" => Look::Diff,
            "json" => Look::Json,
            "toml" => Look::Toml,
            "txt" if self.path.starts_with("outputs/") => Look::Output,
            _ => Look::Text,
        }
    }

    /// The file on disk.
    pub fn file(&self, course: &Course) -> PathBuf {
        crate::files::native(&course.quizzes_dir(), &self.path)
    }

    /// The path relative to the course root, as messages and the terminal
    /// show it (`quizzes/code/...`).
    pub fn shown_path(&self) -> String {
        format!("{QUIZZES_DIR}/{}", self.path)
    }

    /// The text the book shows for it, or why there is none (no such
    /// file, no such anchor, a path that leaves the course or points at a
    /// kata's solution).
    pub fn read(&self, course: &Course) -> Result<String, String> {
        if let Some(problem) = path_problem(&self.path) {
            return Err(problem);
        }
        let file = self.file(course);
        let text =
            std::fs::read_to_string(&file).map_err(|_| format!("no file {}", self.shown_path()))?;
        match &self.anchor {
            None => Ok(without_anchor_lines(&text)),
            Some(anchor) => anchored(&text, anchor).ok_or_else(|| {
                format!(
                    "{} has no `ANCHOR: {anchor}` ... `ANCHOR_END: {anchor}` pair",
                    self.shown_path()
                )
            }),
        }
    }
}

/// A path relative to `quizzes/` must stay in the course, and never show
/// a kata's solution (or its mutants).
fn path_problem(path: &str) -> Option<String> {
    // The path from the course root, folder by folder.
    let mut from_root = vec![QUIZZES_DIR.to_string()];
    for component in Path::new(path).components() {
        match component {
            Component::Normal(part) => from_root.push(part.to_string_lossy().into_owned()),
            Component::ParentDir => {
                if from_root.pop().is_none() {
                    return Some(format!("{path} leaves the course"));
                }
            }
            Component::CurDir => {}
            _ => return Some(format!("{path} must be relative to {QUIZZES_DIR}/")),
        }
    }
    if from_root.first().map(String::as_str) == Some(SOLUTIONS_DIR) {
        return Some(format!(
            "{path} is in a kata's solution: a quiz never shows one (its code is the course's own)"
        ));
    }
    None
}

/// Whether `line` opens (`ANCHOR`) or closes (`ANCHOR_END`) the anchor
/// `name`, as mdBook reads them: the marker, a colon, the name as a whole
/// word.
fn marks(line: &str, marker: &str, name: &str) -> bool {
    let Some(at) = line.find(&format!("{marker}:")) else {
        return false;
    };
    let rest = line[at + marker.len() + 1..].trim_start();
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    word == name
}

fn is_anchor_line(line: &str) -> bool {
    line.contains("ANCHOR:") || line.contains("ANCHOR_END:")
}

/// The lines between the anchor's markers, without the markers of other
/// anchors inside it (as the book shows them).
pub fn anchored(text: &str, name: &str) -> Option<String> {
    let mut lines = text.lines();
    lines.find(|line| marks(line, "ANCHOR", name))?;
    let mut kept = Vec::new();
    for line in lines {
        if marks(line, "ANCHOR_END", name) {
            return Some(join(&kept));
        }
        if !is_anchor_line(line) {
            kept.push(line);
        }
    }
    None
}

/// A whole file, without anchor markers.
fn without_anchor_lines(text: &str) -> String {
    let kept: Vec<&str> = text.lines().filter(|line| !is_anchor_line(line)).collect();
    join(&kept)
}

fn join(lines: &[&str]) -> String {
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "\
// ANCHOR: all
use x;
// ANCHOR: careful
#[test]
fn careful() {}
// ANCHOR_END: careful
// ANCHOR: careful_too
fn other() {}
// ANCHOR_END: careful_too
// ANCHOR_END: all
";

    #[test]
    fn an_anchor_is_its_lines_without_any_marker() {
        assert_eq!(
            anchored(FILE, "careful").unwrap(),
            "#[test]\nfn careful() {}\n"
        );
        assert_eq!(
            anchored(FILE, "all").unwrap(),
            "use x;\n#[test]\nfn careful() {}\nfn other() {}\n"
        );
        assert_eq!(anchored(FILE, "care"), None);
        assert_eq!(anchored("// ANCHOR: open\nx\n", "open"), None);
    }

    #[test]
    fn entries_parse_and_pick_their_fence() {
        let code = Show::parse("code/quiz-09/tests/it/with_mocks.rs:careful");
        assert_eq!(code.path, "code/quiz-09/tests/it/with_mocks.rs");
        assert_eq!(code.anchor.as_deref(), Some("careful"));
        assert_eq!(code.look().fence(), "rust,ignore");
        assert_eq!(
            Show::parse("code/quiz-09/broken/x.patch").look(),
            Look::Diff
        );
        assert_eq!(Show::parse("outputs/09-x.txt").look(), Look::Output);
        assert_eq!(Show::parse("code/q/src/contract.json").look(), Look::Json);
    }

    #[test]
    fn a_path_stays_in_the_course_and_out_of_the_solutions() {
        assert_eq!(path_problem("code/quiz-09/src/lib.rs"), None);
        assert_eq!(path_problem("../katas/kata-09/src/lib.rs"), None);
        assert!(
            path_problem("../solutions/kata-09/src/lib.rs")
                .unwrap()
                .contains("solution")
        );
        assert!(path_problem("../../etc/passwd").unwrap().contains("leaves"));
    }
}
