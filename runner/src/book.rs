//! Checks on the book: every kata has a chapter that SUMMARY.md links, that
//! shows its time from course.toml, tells the learner how to run the kata
//! and ends with speaker notes for an instructor; so does every chapter
//! without a kata that course.toml lists; and every `{{#include}}` points at
//! a file and anchor that exist.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};

use crate::course::{Course, Kata};
use crate::layout::BOOK_DIR;

/// Problems with the chapters of the katas, one line each.
pub fn chapter_problems(course: &Course) -> Result<Vec<String>> {
    let summary_path = course.root.join(BOOK_DIR).join("SUMMARY.md");
    let summary = fs::read_to_string(&summary_path)
        .with_context(|| format!("cannot read {}", summary_path.display()))?;
    let mut problems = Vec::new();
    for kata in &course.katas {
        problems.extend(chapter_problem(course, kata, &summary));
    }
    for chapter in &course.chapters {
        problems.extend(plain_chapter_problem(course, chapter, &summary));
    }
    Ok(problems)
}

/// Opens the speaker notes of a chapter: the book shows them only in
/// instructor mode (book/assets/instructor-mode.js).
pub const SPEAKER_NOTES: &str = r#"<details class="speaker-notes">"#;

/// A chapter with no kata: linked, timed, with speaker notes.
fn plain_chapter_problem(
    course: &Course,
    chapter: &crate::course::Chapter,
    summary: &str,
) -> Option<String> {
    let file = &chapter.file;
    if !summary.contains(&format!("]({file})")) {
        return Some(format!("book/SUMMARY.md does not link the chapter {file}"));
    }
    let Ok(text) = fs::read_to_string(course.root.join(BOOK_DIR).join(file)) else {
        return Some(format!("the chapter book/{file} is missing"));
    };
    let line = format!("*Time: about {} minutes to read.*", chapter.reading);
    if !text.lines().any(|l| l.trim() == line) {
        return Some(format!(
            "book/{file} does not show its time from course.toml; under the title it needs the line `{line}`"
        ));
    }
    if !text.contains(SPEAKER_NOTES) {
        return Some(format!(
            "book/{file} has no speaker notes (a block that opens with `{SPEAKER_NOTES}`)"
        ));
    }
    None
}

fn chapter_problem(course: &Course, kata: &Kata, summary: &str) -> Option<String> {
    let id = &kata.id;
    if !summary.contains(&format!("]({})", kata.chapter)) {
        return Some(format!(
            "kata {id}: book/SUMMARY.md does not link its chapter {} (a draft entry `[..]()` does not count)",
            kata.chapter
        ));
    }
    let chapter = match fs::read_to_string(course.chapter_file(kata)) {
        Ok(text) => text,
        Err(_) => {
            return Some(format!(
                "kata {id}: its chapter book/{} is missing",
                kata.chapter
            ));
        }
    };
    let Some(reading) = kata.reading else {
        return Some(format!(
            "kata {id}: course.toml gives no `reading` time for its chapter"
        ));
    };
    let line = timing_line(reading, kata.minutes);
    if !chapter.lines().any(|l| l.trim() == line) {
        return Some(format!(
            "kata {id}: its chapter does not show its time from course.toml; under the title it needs the line `{line}`"
        ));
    }
    if !chapter.contains(SPEAKER_NOTES) {
        return Some(format!(
            "kata {id}: its chapter has no speaker notes (a block that opens with `{SPEAKER_NOTES}`)"
        ));
    }
    let command = format!("cargo test -p {}", kata.package());
    if !chapter.contains(&command) {
        return Some(format!(
            "kata {id}: its chapter never tells the learner to run `{command}`"
        ));
    }
    let readme = fs::read_to_string(course.kata_dir(kata).join("README.md")).unwrap_or_default();
    if !readme.contains(&kata.chapter) {
        return Some(format!(
            "kata {id}: its README.md does not link back to book/{}",
            kata.chapter
        ));
    }
    None
}

/// The line under a chapter's title that gives its time, from course.toml.
pub fn timing_line(reading: u32, kata: u32) -> String {
    format!("*Time: about {reading} minutes to read, {kata} for the kata.*")
}

/// Every `{{#include …}}` in every Markdown file under `book/` that does not
/// resolve, and how many there are in all.
pub fn include_problems(course: &Course) -> Result<(usize, Vec<String>)> {
    let mut count = 0;
    let mut problems = Vec::new();
    let book = course.root.join(BOOK_DIR);
    for page in markdown_files(&book)? {
        let text = fs::read_to_string(&page)?;
        let shown = page
            .strip_prefix(&course.root)
            .unwrap_or(&page)
            .display()
            .to_string();
        for include in includes(&text) {
            count += 1;
            let base = page.parent().unwrap_or(&book);
            if let Err(problem) = resolve(base, include) {
                problems.push(format!("{shown}: {{{{#include {include}}}}}: {problem}"));
            }
        }
    }
    Ok((count, problems))
}

fn markdown_files(dir: &Path) -> Result<Vec<std::path::PathBuf>> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            found.extend(markdown_files(&path)?);
        } else if path.extension().is_some_and(|ext| ext == "md") {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

/// The argument of each `{{#include ARG}}` and `{{#rustdoc_include ARG}}`.
fn includes(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{#") {
        let after = &rest[start + 3..];
        let Some(end) = after.find("}}") else { break };
        let directive = &after[..end];
        for name in ["include ", "rustdoc_include "] {
            if let Some(argument) = directive.strip_prefix(name) {
                found.push(argument.trim());
            }
        }
        rest = &after[end..];
    }
    found
}

/// `path`, `path:anchor` or `path:start:end` (a line range), relative to the
/// page that includes it.
fn resolve(base: &Path, include: &str) -> Result<(), String> {
    let (path, selector) = include.split_once(':').unwrap_or((include, ""));
    let file = base.join(path);
    let text = fs::read_to_string(&file).map_err(|_| format!("no file {}", file.display()))?;
    let is_line_range = selector.chars().all(|c| c.is_ascii_digit() || c == ':');
    if is_line_range {
        return Ok(());
    }
    let has = |marker: &str| text.lines().any(|line| line.trim_end().ends_with(marker));
    if has(&format!("ANCHOR: {selector}")) && has(&format!("ANCHOR_END: {selector}")) {
        Ok(())
    } else {
        Err(format!(
            "{path} has no `ANCHOR: {selector}` ... `ANCHOR_END: {selector}` pair"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_includes_and_rustdoc_includes() {
        let text =
            "a {{#include ../x.rs:setup}} b\n```\n{{#rustdoc_include y.rs}}\n```\n{{#title T}}";
        assert_eq!(includes(text), ["../x.rs:setup", "y.rs"]);
    }

    #[test]
    fn an_include_resolves_only_when_file_and_anchor_exist() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join("x.rs"),
            "// ANCHOR: setup\nfn f() {}\n// ANCHOR_END: setup\n",
        )
        .unwrap();
        assert_eq!(resolve(dir.path(), "x.rs:setup"), Ok(()));
        assert_eq!(resolve(dir.path(), "x.rs"), Ok(()));
        assert_eq!(resolve(dir.path(), "x.rs:2:3"), Ok(()));
        assert!(
            resolve(dir.path(), "x.rs:teardown")
                .unwrap_err()
                .contains("ANCHOR: teardown")
        );
        assert!(
            resolve(dir.path(), "y.rs:setup")
                .unwrap_err()
                .contains("no file")
        );
    }
}
