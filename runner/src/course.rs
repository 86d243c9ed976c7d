//! The course manifest, `course.toml`: the one place that lists the katas.
//!
//! The runner, `verify` and the book checks all read it; nothing else lists
//! the katas. Paths in it are relative to the course root.

use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::agendas::Workshop;
use crate::cargo::Cargo;
use crate::layout::MANIFEST;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The tests are given; the learner writes what makes them pass.
    MakeItPass,
    /// The system is given; the learner writes the tests, and mutants check them.
    WriteTheTests,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::MakeItPass => "make-it-pass",
            Kind::WriteTheTests => "write-the-tests",
        })
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mutant {
    /// The patch is `solutions/<kata>/mutants/<name>.patch`.
    pub name: String,
    /// What the mutant breaks, in words a learner understands.
    pub description: String,
    /// Said to a learner whose tests let this mutant through: what kind of
    /// test it takes (kata 09: why no mock can catch a bug in the SQL).
    #[serde(default, rename = "if-it-survives")]
    pub if_it_survives: Option<String>,
    /// The test file where tests of this behaviour belong, relative to the
    /// kata folder; for a kata whose tests are in one file, that file.
    #[serde(default, rename = "tests-in")]
    pub tests_in: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kata {
    /// Two digits, "01".."99"; the package is `kata-<id>`.
    pub id: String,
    /// Folder name, the same under `katas/`, `solutions/` and `starters/`.
    pub folder: String,
    pub title: String,
    /// The chapter that teaches the kata, relative to `book/`.
    pub chapter: String,
    pub kind: Kind,
    /// Estimated minutes for a learner.
    pub minutes: u32,
    /// Minutes to read the chapter.
    #[serde(default)]
    pub reading: Option<u32>,
    /// In a workshop, minutes to teach the chapter before the kata, and to
    /// debrief after it, when they differ from `[workshop]`'s.
    #[serde(default)]
    pub teach: Option<u32>,
    #[serde(default)]
    pub debrief: Option<u32>,
    /// From a nudge to nearly the answer.
    pub hints: Vec<String>,
    #[serde(default)]
    pub mutants: Vec<Mutant>,
    /// Mutants of cargo-mutants that no test can tell from the real system,
    /// each with the reason (`cargo kata dev mutants NN` reads them).
    #[serde(default)]
    pub equivalent: Vec<Equivalent>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Equivalent {
    /// As cargo-mutants names it, without the line and column:
    /// `src/money.rs: replace <impl Display for Cents>::fmt -> … with …`.
    pub mutant: String,
    pub reason: String,
}

impl Kata {
    pub fn package(&self) -> String {
        format!("kata-{}", self.id)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    #[serde(rename = "kata")]
    katas: Vec<Kata>,
    #[serde(default)]
    workshop: Option<Workshop>,
    #[serde(default, rename = "chapter")]
    chapters: Vec<Chapter>,
    #[serde(default)]
    examples: Vec<String>,
}

/// A chapter of the book that has no kata (chapter 16), so that its time
/// and its speaker notes are checked like a kata's chapter's.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chapter {
    /// Relative to `book/`.
    pub file: String,
    /// Minutes to read it, or to teach it.
    pub reading: u32,
}

/// A course on disk: its root folder and its manifest.
#[derive(Debug)]
pub struct Course {
    pub root: PathBuf,
    pub katas: Vec<Kata>,
    /// The instructor guide's agendas (see `agendas.rs`).
    pub workshop: Option<Workshop>,
    /// Chapters without a kata.
    pub chapters: Vec<Chapter>,
    /// Packages of the workspace that are not katas but whose code the book
    /// shows (the cheat sheet's): `verify` builds them clippy-clean and runs
    /// their tests.
    pub examples: Vec<String>,
    /// Runs cargo for this course, into its one target directory.
    pub cargo: Cargo,
}

impl Course {
    /// Finds the course root by walking up from `start` to the first folder
    /// holding `course.toml`, so that `cargo kata` works from any subfolder.
    pub fn discover(start: &Path) -> Result<Course> {
        let root = start
            .ancestors()
            .find(|dir| dir.join(MANIFEST).is_file())
            .with_context(|| {
                format!(
                    "no {MANIFEST} in {} or any folder above it: run `cargo kata` inside the course folder",
                    start.display()
                )
            })?;
        Course::load(root)
    }

    pub fn load(root: &Path) -> Result<Course> {
        let path = root.join(MANIFEST);
        let text = fs_err::read_to_string(&path)?;
        let manifest: Manifest = toml::from_str(&text)
            .with_context(|| format!("{} is not a valid course manifest", path.display()))?;
        let course = Course {
            root: root.to_path_buf(),
            katas: manifest.katas,
            workshop: manifest.workshop,
            chapters: manifest.chapters,
            examples: manifest.examples,
            cargo: Cargo::new(root),
        };
        course.check_ids()?;
        Ok(course)
    }

    fn check_ids(&self) -> Result<()> {
        for (i, kata) in self.katas.iter().enumerate() {
            if kata.id.len() != 2 || !kata.id.bytes().all(|b| b.is_ascii_digit()) {
                bail!(
                    "{MANIFEST}: kata id {:?} must be two digits, like \"03\"",
                    kata.id
                );
            }
            if self.katas[..i].iter().any(|k| k.id == kata.id) {
                bail!("{MANIFEST}: kata id {} appears twice", kata.id);
            }
            if kata.hints.is_empty() {
                bail!("{MANIFEST}: kata {} has no hints", kata.id);
            }
            if kata.kind == Kind::WriteTheTests && kata.mutants.is_empty() {
                bail!(
                    "{MANIFEST}: kata {} is write-the-tests but lists no mutants",
                    kata.id
                );
            }
        }
        Ok(())
    }

    /// Finds a kata from what a learner typed: `3`, `03`, `kata-03`, or the
    /// folder name. An unknown id is an error that names the nearest one.
    pub fn find(&self, typed: &str) -> Result<&Kata> {
        let wanted = normalise_id(typed);
        if let Some(kata) = self
            .katas
            .iter()
            .find(|k| Some(k.id.as_str()) == wanted.as_deref() || k.folder == typed.trim())
        {
            return Ok(kata);
        }
        let (first, last) = match (self.katas.first(), self.katas.last()) {
            (Some(first), Some(last)) => (&first.id, &last.id),
            _ => bail!("the course lists no katas yet"),
        };
        let nearest = match wanted {
            Some(id) => self.nearest_by_number(&id),
            None => self.nearest_by_name(typed),
        };
        let suggestion = nearest
            .map(|k| format!("; did you mean {} ({})?", k.id, k.title))
            .unwrap_or_default();
        bail!(
            "there is no kata {typed:?}: the katas are {first} to {last}{suggestion} (see `cargo kata list`)"
        )
    }

    fn nearest_by_number(&self, id: &str) -> Option<&Kata> {
        let wanted: i64 = id.parse().ok()?;
        self.katas
            .iter()
            .min_by_key(|k| (k.id.parse::<i64>().unwrap_or(i64::MAX) - wanted).abs())
    }

    /// A word that looks like a kata's folder or title, like `big-bnag`.
    fn nearest_by_name(&self, typed: &str) -> Option<&Kata> {
        let typed = typed.trim().to_lowercase();
        self.katas
            .iter()
            .map(|k| {
                let slug = k
                    .folder
                    .splitn(3, '-')
                    .nth(2)
                    .unwrap_or(&k.folder)
                    .to_string();
                let distance = edit_distance(&typed, &slug)
                    .min(edit_distance(&typed, &k.title.to_lowercase()));
                (distance, k)
            })
            .filter(|(distance, _)| *distance <= typed.len() / 3 + 1)
            .min_by_key(|(distance, _)| *distance)
            .map(|(_, k)| k)
    }
}

/// Whether a kata's file (a path relative to the kata folder, `/`
/// separators) is one of its tests: everything under `tests/`.
pub fn is_test_path(path: &str) -> bool {
    path.starts_with("tests/")
}

/// Whether a kata's file is part of the system under test: neither a test
/// nor the manifest or the README. The learner of a write-the-tests kata
/// leaves it as given, and a mutant changes nothing else.
pub fn is_system_path(path: &str) -> bool {
    !is_test_path(path) && path != "Cargo.toml" && path != "README.md"
}

/// `3`, `03`, `kata-03` and `kata-3` all mean "03"; anything else is `None`.
fn normalise_id(typed: &str) -> Option<String> {
    let typed = typed.trim();
    let digits = typed.strip_prefix("kata-").unwrap_or(typed);
    let number: u8 = digits.parse().ok()?;
    (digits.len() <= 2).then(|| format!("{number:02}"))
}

/// Levenshtein distance, for "did you mean" suggestions.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course() -> Course {
        let kata = |id: &str, folder: &str, title: &str| Kata {
            id: id.into(),
            folder: folder.into(),
            title: title.into(),
            chapter: "x.md".into(),
            kind: Kind::MakeItPass,
            minutes: 10,
            reading: None,
            teach: None,
            debrief: None,
            hints: vec!["h".into()],
            mutants: vec![],
            equivalent: vec![],
        };
        Course {
            root: PathBuf::from("."),
            cargo: Cargo::new(Path::new(".")),
            workshop: None,
            chapters: Vec::new(),
            examples: Vec::new(),
            katas: vec![
                kata(
                    "01",
                    "kata-01-why-integration-tests",
                    "Why integration tests",
                ),
                kata("02", "kata-02-big-bang", "Big-bang integration"),
            ],
        }
    }

    #[test]
    fn finds_a_kata_however_its_id_is_typed() {
        let course = course();
        for typed in ["2", "02", "kata-02", "kata-2", " 02 ", "kata-02-big-bang"] {
            assert_eq!(course.find(typed).unwrap().id, "02", "typed {typed:?}");
        }
    }

    #[test]
    fn an_unknown_number_names_the_range_and_the_nearest_kata() {
        let message = course().find("99").unwrap_err().to_string();
        assert!(message.contains("the katas are 01 to 02"), "{message}");
        assert!(message.contains("did you mean 02"), "{message}");
    }

    #[test]
    fn a_misspelt_slug_suggests_the_kata_it_looks_like() {
        let message = course().find("big-bnag").unwrap_err().to_string();
        assert!(message.contains("did you mean 02"), "{message}");
    }

    #[test]
    fn a_word_like_no_kata_gets_no_suggestion() {
        let message = course().find("banana").unwrap_err().to_string();
        assert!(message.contains("there is no kata \"banana\""), "{message}");
        assert!(!message.contains("did you mean"), "{message}");
    }

    #[test]
    fn edit_distance_counts_single_character_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }
}

/// A chapter's number as its file name starts with it: `05` from
/// `part-2/05-sandwich.md`. (A kata's id is not its chapter's number:
/// kata 16's chapter is chapter 17.)
pub fn chapter_number(file: &str) -> Option<String> {
    let name = std::path::Path::new(file).file_name()?.to_str()?;
    let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
    (!digits.is_empty()).then_some(digits)
}

#[cfg(test)]
mod chapter_number_tests {
    use super::chapter_number;

    #[test]
    fn a_chapters_number_comes_from_its_file_name() {
        assert_eq!(
            chapter_number("part-2/05-sandwich.md").as_deref(),
            Some("05")
        );
        assert_eq!(chapter_number("16-ci.md").as_deref(), Some("16"));
        assert_eq!(chapter_number("part-1/intro.md"), None);
    }
}
