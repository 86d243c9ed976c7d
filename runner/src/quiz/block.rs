//! A quiz as the book shows it: HTML that `book/assets/quiz.js` and
//! `quiz.css` bring to life (a fieldset of radios or checkboxes per
//! question, "Check", each choice's explanation, "Try again"), with the
//! prompts left as markdown for mdBook to render and the code shown through
//! `{{#include}}` lines, so that the book never holds a copy. `cargo kata
//! dev quizzes` writes it into its chapter between markers; `verify` fails
//! while a chapter's block differs from what its quiz file gives.

use std::fmt::Write;
use std::path::Path;

use super::markdown::{escape, to_html};
use super::show::Show;
use super::{Kind, Question, Quiz};
use crate::layout::QUIZZES_DIR;

/// The line after the block.
pub const END_MARKER: &str = "<!-- end of quiz -->";

/// The line before chapter `number`'s block.
pub fn start_marker(number: &str) -> String {
    format!(
        "<!-- quiz: {number} (generated from {QUIZZES_DIR}/{number}.toml by cargo kata dev quizzes; edit that file, not this block) -->"
    )
}

/// How every start marker begins, whatever its chapter.
const START_PREFIX: &str = "<!-- quiz: ";

/// The heading of the section that holds the block, when the chapter had
/// none yet.
pub const SECTION: &str = "## Quiz";

/// The block of `quiz`, markers included, for its chapter (`chapter`,
/// relative to `book/`, decides the include paths).
pub fn render(quiz: &Quiz, chapter: &str) -> String {
    let number = &quiz.number;
    let count = quiz.questions.len();
    let mut out = String::new();
    let _ = writeln!(out, "{}", start_marker(number));
    let _ = writeln!(out, r#"<div class="quiz" id="quiz-{number}">"#);
    let _ = writeln!(
        out,
        "<p class=\"quiz-intro\">{} that {} for your judgment. Pick an answer and press \
         <strong>Check</strong>: you see the explanation of what you picked, and once you \
         are right, of every choice. Nothing is graded, kept or sent anywhere. The same \
         questions in a terminal: <code>cargo kata quiz {number}</code>, which remembers \
         the ones you got right the first time.</p>",
        capitalized(&questions_in_words(count)),
        if count == 1 { "asks" } else { "ask" }
    );
    let up = "../".repeat(depth(chapter));
    for (index, question) in quiz.questions.iter().enumerate() {
        out.push('\n');
        write_question(&mut out, quiz, question, index + 1, count, &up);
    }
    out.push_str("</div>\n");
    out.push_str(END_MARKER);
    out
}

fn write_question(
    out: &mut String,
    quiz: &Quiz,
    question: &Question,
    number: usize,
    count: usize,
    up: &str,
) {
    let id = format!("quiz-{}-{}", quiz.number, question.id);
    let kind = match question.kind {
        Kind::Single => "single",
        Kind::Multiple => "multiple",
    };
    let _ = writeln!(
        out,
        r#"<section class="quiz-question" id="{id}" data-question="{}" data-kind="{kind}">"#,
        quiz.full_id(question)
    );
    let _ = writeln!(
        out,
        r#"<p class="quiz-number"><strong>Question {number} of {count}</strong></p>"#
    );
    // mdBook renders the prompt: a blank line ends an HTML block, and
    // markdown goes on until the next one.
    let _ = writeln!(out, r#"<div class="quiz-prompt" id="{id}-prompt">"#);
    let _ = writeln!(out, "\n{}\n\n</div>\n", question.prompt.trim());
    for entry in &question.show {
        let show = Show::parse(entry);
        let include = match &show.anchor {
            Some(anchor) => format!("{up}{QUIZZES_DIR}/{}:{anchor}", show.path),
            None => format!("{up}{QUIZZES_DIR}/{}", show.path),
        };
        let _ = writeln!(
            out,
            "```{}\n{{{{#include {include}}}}}\n```\n",
            show.look().fence()
        );
    }
    let (input, legend) = match question.kind {
        Kind::Single => ("radio", "Your answer (pick one)"),
        Kind::Multiple => ("checkbox", "Your answer (pick all that apply)"),
    };
    let _ = writeln!(
        out,
        r#"<fieldset class="quiz-choices" aria-describedby="{id}-prompt">"#
    );
    let _ = writeln!(out, "<legend>{legend}</legend>");
    for choice in &question.choices {
        let _ = writeln!(
            out,
            r#"<div class="quiz-choice" data-choice="{}" data-correct="{}">"#,
            escape(&choice.id),
            choice.correct
        );
        let _ = writeln!(
            out,
            r#"<label><input type="{input}" name="{id}" value="{}"> <span>{}</span></label>"#,
            escape(&choice.id),
            to_html(&choice.text)
        );
        let _ = writeln!(
            out,
            r#"<p class="quiz-why" hidden>{}</p>"#,
            to_html(&choice.why)
        );
        out.push_str("</div>\n");
    }
    out.push_str("</fieldset>\n");
    out.push_str(
        "<div class=\"quiz-actions\">\n\
         <button type=\"button\" class=\"quiz-check\">Check</button>\n\
         <button type=\"button\" class=\"quiz-again\" hidden>Try again</button>\n\
         </div>\n",
    );
    out.push_str("<p class=\"quiz-verdict\" role=\"status\" aria-live=\"polite\"></p>\n");
    out.push_str("</section>\n");
}

/// How many folders `chapter` (relative to `book/`) is below the course
/// root: as many `../` lead from it to `quizzes/`.
fn depth(chapter: &str) -> usize {
    Path::new(chapter).components().count()
}

fn questions_in_words(count: usize) -> String {
    let words = [
        "no questions",
        "one question",
        "two questions",
        "three questions",
        "four questions",
        "five questions",
        "six questions",
    ];
    words
        .get(count)
        .map_or_else(|| format!("{count} questions"), |w| (*w).to_string())
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// `chapter` (a chapter's text) with `block` in it: in place of its
/// current block, or, when it has none, in a new `## Quiz` section before
/// its kata's section (`## Kata …`), or before its speaker notes when it
/// has no kata. An error says why it cannot go in.
pub fn rewrite_chapter(chapter: &str, number: &str, block: &str) -> Result<String, String> {
    let prefix = format!("{START_PREFIX}{number} ");
    if let Some(start) = line_start(chapter, &prefix) {
        let Some(length) = chapter[start..].find(END_MARKER) else {
            return Err(format!(
                "its quiz block has no `{END_MARKER}` line after its start"
            ));
        };
        let end = start + length + END_MARKER.len();
        let mut text = chapter.to_string();
        text.replace_range(start..end, block);
        return Ok(text);
    }
    let at = line_start(chapter, "## Kata ")
        .or_else(|| line_start(chapter, crate::book::SPEAKER_NOTES))
        .ok_or_else(|| {
            "it has no `## Kata …` section and no speaker notes to put its quiz before".to_string()
        })?;
    let mut text = chapter[..at].to_string();
    if !text.ends_with("\n\n") {
        text.push('\n');
    }
    let _ = write!(text, "{SECTION}\n\n{block}\n\n");
    text.push_str(&chapter[at..]);
    Ok(text)
}

/// Where the first line that starts with `prefix` begins.
fn line_start(text: &str, prefix: &str) -> Option<usize> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.starts_with(prefix) {
            return Some(at);
        }
        at += line.len();
    }
    None
}

/// The chapter numbers of the quiz blocks a chapter holds.
pub fn blocks_in(chapter: &str) -> Vec<String> {
    chapter
        .lines()
        .filter_map(|line| line.strip_prefix(START_PREFIX))
        .filter_map(|rest| rest.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::{Choice, Quiz};

    fn quiz() -> Quiz {
        let choice = |id: &str, correct: bool| Choice {
            id: id.into(),
            text: format!("`{id}` <b>"),
            correct,
            why: format!("because\n*{id}*"),
            run: None,
        };
        Quiz {
            chapter: "part-4/09-test-doubles.md".into(),
            number: "09".into(),
            questions: vec![Question {
                id: "mocked-store".into(),
                kind: Kind::Multiple,
                prompt: "Which tests fail?\n\nPick all that apply.\n".into(),
                show: vec![
                    "code/quiz-09/tests/it/with_mocks.rs:careful".into(),
                    "code/quiz-09/broken/x.patch".into(),
                    "outputs/09-mocked-store.txt".into(),
                ],
                choices: vec![choice("a", true), choice("b", false)],
                proof: None,
            }],
        }
    }

    #[test]
    fn a_block_holds_a_fieldset_per_question_and_includes_its_code() {
        let block = render(&quiz(), "part-4/09-test-doubles.md");
        assert!(block.starts_with(&start_marker("09")), "{block}");
        assert!(block.ends_with(END_MARKER), "{block}");
        for expected in [
            r#"<section class="quiz-question" id="quiz-09-mocked-store" data-question="09/mocked-store" data-kind="multiple">"#,
            "\nWhich tests fail?\n\nPick all that apply.\n\n</div>\n",
            "```rust,ignore\n{{#include ../../quizzes/code/quiz-09/tests/it/with_mocks.rs:careful}}\n```\n",
            "```diff\n{{#include ../../quizzes/code/quiz-09/broken/x.patch}}\n```\n",
            "```console\n{{#include ../../quizzes/outputs/09-mocked-store.txt}}\n```\n",
            r#"<fieldset class="quiz-choices" aria-describedby="quiz-09-mocked-store-prompt">"#,
            "<legend>Your answer (pick all that apply)</legend>",
            r#"<div class="quiz-choice" data-choice="a" data-correct="true">"#,
            r#"<label><input type="checkbox" name="quiz-09-mocked-store" value="a"> <span><code>a</code> &lt;b&gt;</span></label>"#,
            r#"<p class="quiz-why" hidden>because <em>a</em></p>"#,
            r#"<button type="button" class="quiz-again" hidden>Try again</button>"#,
            r#"<p class="quiz-verdict" role="status" aria-live="polite"></p>"#,
            "One question that asks for your judgment",
        ] {
            assert!(block.contains(expected), "no {expected:?} in\n{block}");
        }
        // Only the prompt is markdown: no blank line inside the HTML parts.
        let html = &block[block.find("<fieldset").unwrap()..];
        assert!(!html.contains("\n\n"), "{html}");
    }

    #[test]
    fn a_new_block_goes_before_the_kata_or_else_before_the_speaker_notes() {
        let with_kata = "# Doubles\n\nText.\n\n## Kata 09: test it\n\nDo.\n";
        let text = rewrite_chapter(with_kata, "09", "BLOCK").unwrap();
        assert_eq!(
            text,
            "# Doubles\n\nText.\n\n## Quiz\n\nBLOCK\n\n## Kata 09: test it\n\nDo.\n"
        );
        let no_kata = "# CI\n\nText.\n<details class=\"speaker-notes\">\nnotes\n</details>\n";
        let text = rewrite_chapter(no_kata, "16", "BLOCK").unwrap();
        assert_eq!(
            text,
            "# CI\n\nText.\n\n## Quiz\n\nBLOCK\n\n<details class=\"speaker-notes\">\nnotes\n</details>\n"
        );
        assert!(rewrite_chapter("# Bare\n", "01", "BLOCK").is_err());
    }

    #[test]
    fn a_block_is_replaced_in_place_and_found_again() {
        let chapter = format!(
            "# T\n\n## Quiz\n\n{}\nold\n{END_MARKER}\n\n## Kata 09\n",
            start_marker("09")
        );
        let text = rewrite_chapter(&chapter, "09", "NEW").unwrap();
        assert_eq!(text, "# T\n\n## Quiz\n\nNEW\n\n## Kata 09\n");
        assert_eq!(blocks_in(&chapter), ["09"]);
        let unclosed = format!("# T\n{}\nold\n", start_marker("09"));
        assert!(rewrite_chapter(&unclosed, "09", "NEW").is_err());
    }
}
