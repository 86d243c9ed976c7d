//! Checks on the book, for `verify`: every kata has a chapter that
//! SUMMARY.md links, that shows its time from course.toml, tells the learner
//! how to run the kata and ends with speaker notes as the book's conventions
//! say (a ten-minute version; "where people get stuck" left to the
//! instructor guide, which includes each chapter's list); so does every
//! chapter without a kata that course.toml lists; every kata has a debrief
//! page, linked, that says when to read it; and every `{{#include}}` points
//! at a file and anchor that exist.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};

use crate::agendas::GUIDE;
use crate::course::{self, Course, Kata};
use crate::layout::{self, BOOK_DIR};

/// Problems with the chapters, the debriefs and the instructor guide's
/// "where people get stuck", one line each.
pub fn chapter_problems(course: &Course) -> Result<Vec<String>> {
    let summary = read(course, "SUMMARY.md")?;
    let guide = read(course, GUIDE)?;
    let mut problems = Vec::new();
    for kata in &course.katas {
        let who = format!("kata {}: ", kata.id);
        let Some(reading) = kata.reading else {
            problems.push(format!(
                "{who}course.toml gives no `reading` time for its chapter"
            ));
            continue;
        };
        let page = Page {
            file: &kata.chapter,
            who: &who,
            time_line: timing_line(reading, kata.minutes),
        };
        if let Some(text) = page.check(course, &summary, &guide, &mut problems) {
            kata_chapter_problems(course, kata, &who, &text, &mut problems);
        }
        debrief_problems(course, kata, &summary, &mut problems);
    }
    for chapter in &course.chapters {
        let page = Page {
            file: &chapter.file,
            who: "",
            time_line: format!("*Time: about {} minutes to read.*", chapter.reading),
        };
        page.check(course, &summary, &guide, &mut problems);
    }
    Ok(problems)
}

fn read(course: &Course, page: &str) -> Result<String> {
    let path = course.book_file(page);
    fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))
}

/// Opens the speaker notes of a chapter: the book shows them only in
/// instructor mode (book/assets/instructor-mode.js).
pub const SPEAKER_NOTES: &str = r#"<details class="speaker-notes">"#;
/// Every chapter's notes give the chapter in ten minutes.
const TEN_MINUTE_VERSION: &str = "**Ten-minute version:**";
/// Moved out of the notes, into the instructor guide.
const WHERE_STUCK: &str = "where people get stuck";

/// A chapter, with or without a kata: what every chapter must have.
struct Page<'a> {
    /// Relative to `book/`.
    file: &'a str,
    /// `kata 03: `, or nothing for a chapter without a kata.
    who: &'a str,
    /// The line under its title that gives its time.
    time_line: String,
}

impl Page<'_> {
    /// Linked from SUMMARY.md, there, timed, with speaker notes as the
    /// book's conventions say, and its "where people get stuck" in the
    /// instructor guide. Returns the chapter's text when it could be read.
    fn check(
        &self,
        course: &Course,
        summary: &str,
        guide: &str,
        problems: &mut Vec<String>,
    ) -> Option<String> {
        let Page {
            file,
            who,
            time_line,
        } = self;
        if !summary.contains(&format!("]({file})")) {
            problems.push(format!(
                "{who}book/SUMMARY.md does not link its chapter {file} (a draft entry `[..]()` does not count)"
            ));
        }
        problems.extend(stuck_problem(course, file, who, guide));
        let Ok(text) = fs::read_to_string(course.book_file(file)) else {
            problems.push(format!("{who}its chapter book/{file} is missing"));
            return None;
        };
        if !text.lines().any(|l| l.trim() == time_line) {
            problems.push(format!(
                "{who}book/{file} does not show its time from course.toml; under the title it needs the line `{time_line}`"
            ));
        }
        problems.extend(speaker_notes_problem(&text).map(|p| format!("{who}book/{file}: {p}")));
        Some(text)
    }
}

/// What is wrong with a chapter's speaker notes: they open with
/// [`SPEAKER_NOTES`], give a ten-minute version, and leave "where people get
/// stuck" to the instructor guide.
fn speaker_notes_problem(chapter: &str) -> Option<String> {
    let Some(start) = chapter.find(SPEAKER_NOTES) else {
        return Some(format!(
            "no speaker notes (a block that opens with `{SPEAKER_NOTES}`)"
        ));
    };
    let notes = &chapter[start..];
    let notes = &notes[..notes.find("</details>").unwrap_or(notes.len())];
    if !notes.contains(TEN_MINUTE_VERSION) {
        return Some(format!(
            "its speaker notes give no `{TEN_MINUTE_VERSION}` item (the chapter in ten minutes: which picture, which one question)"
        ));
    }
    if notes.to_lowercase().contains(WHERE_STUCK) {
        return Some(format!(
            "its speaker notes still say \"{WHERE_STUCK}\": that list belongs in book/instructor/stuck/, which the instructor guide includes"
        ));
    }
    None
}

/// The instructor guide includes the chapter's "where people get stuck"
/// (`instructor/stuck/NN.md`, NN the chapter's number from its file name),
/// a fragment that opens with `### Chapter N: `.
fn stuck_problem(course: &Course, file: &str, who: &str, guide: &str) -> Option<String> {
    let Some(number) = course::chapter_number(file) else {
        return Some(format!(
            "{who}book/{file}: its file name does not start with the chapter's number, like `05-…`"
        ));
    };
    let stuck = layout::stuck_page(&number);
    let include = format!("{{{{#include {stuck}}}}}");
    if !guide.contains(&include) {
        return Some(format!(
            "{who}book/{GUIDE} does not include {stuck} (`{include}`), the chapter's \"where people get stuck\""
        ));
    }
    let heading = format!("### Chapter {}: ", number.trim_start_matches('0'));
    match fs::read_to_string(course.book_file(&stuck)) {
        Ok(text) if text.trim_start().starts_with(&heading) => None,
        Ok(_) => Some(format!(
            "{who}book/{stuck} does not start with its heading `{heading}<title>`"
        )),
        Err(_) => Some(format!("{who}book/{stuck} is missing")),
    }
}

/// What only a kata's chapter must have: the command that runs the kata,
/// and a README in the kata that links back to it.
fn kata_chapter_problems(
    course: &Course,
    kata: &Kata,
    who: &str,
    chapter: &str,
    problems: &mut Vec<String>,
) {
    let command = format!("cargo test -p {}", kata.package());
    if !chapter.contains(&command) {
        problems.push(format!(
            "{who}its chapter never tells the learner to run `{command}`"
        ));
    }
    let readme = fs::read_to_string(course.kata_dir(kata).join("README.md")).unwrap_or_default();
    if !readme.contains(&kata.chapter) {
        problems.push(format!(
            "{who}its README.md does not link back to book/{}",
            kata.chapter
        ));
    }
}

/// The kata's debrief: there, linked from SUMMARY.md, and opening (after its
/// title) with the line that says when to read it.
fn debrief_problems(course: &Course, kata: &Kata, summary: &str, problems: &mut Vec<String>) {
    let page = layout::debrief_page(kata);
    let id = &kata.id;
    if !summary.contains(&format!("]({page})")) {
        problems.push(format!(
            "kata {id}: book/SUMMARY.md does not link its debrief {page} (in \"{}\")",
            layout::DEBRIEFS_PART
        ));
    }
    let Ok(text) = fs::read_to_string(course.book_file(&page)) else {
        problems.push(format!("kata {id}: its debrief book/{page} is missing"));
        return;
    };
    let first_line = debrief_first_line(id);
    let after_title = text
        .lines()
        .skip_while(|line| !line.starts_with("# "))
        .skip(1)
        .find(|line| !line.trim().is_empty());
    if after_title.map(str::trim) != Some(first_line.as_str()) {
        problems.push(format!(
            "kata {id}: book/{page} must open, after its title, with the line `{first_line}`"
        ));
    }
}

/// The line a debrief opens with.
pub fn debrief_first_line(id: &str) -> String {
    format!("*Read this once `cargo kata check {id}` says Done.*")
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
    fn speaker_notes_give_ten_minutes_and_leave_where_people_get_stuck_out() {
        let notes = |body: &str| {
            format!(
                "# T\n\n{SPEAKER_NOTES}\n<summary>Speaker notes</summary>\n\n{body}\n\n</details>\n"
            )
        };
        assert_eq!(
            speaker_notes_problem(&notes(
                "- **Ten-minute version:** the pyramid.\n- **Draw:** x"
            )),
            None
        );
        assert!(
            speaker_notes_problem(&notes("- **Draw:** x"))
                .unwrap()
                .contains("Ten-minute")
        );
        assert!(
            speaker_notes_problem(&notes(
                "- **Ten-minute version:** x\n- **Where people get stuck:** y"
            ))
            .unwrap()
            .contains("instructor guide")
        );
        assert!(
            speaker_notes_problem("# T\n<details>\n")
                .unwrap()
                .contains("no speaker notes")
        );
        // What follows the notes is not theirs.
        let after = format!(
            "{}\nWhere people get stuck is in the guide.\n",
            notes("- **Ten-minute version:** x")
        );
        assert_eq!(speaker_notes_problem(&after), None);
    }

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
