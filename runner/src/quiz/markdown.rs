//! The little markdown of a quiz's choices and explanations: `code`,
//! *emphasis* and **strong**, with backslash escapes. The book's quiz block
//! is HTML, where mdBook renders no markdown, so this turns it into HTML
//! itself (everything else escaped, so that a `<` in a choice is a `<`);
//! the terminal gets the same as styled text, wrapped to its width.
//!
//! A prompt is whole markdown: the book renders it as such, and the
//! terminal reflows its paragraphs and keeps its lists and code as they are.

use anstyle::{AnsiColor, Style};

use crate::ui;

/// A piece of inline markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Span {
    Text(String),
    Code(String),
    Strong(Vec<Span>),
    Em(Vec<Span>),
}

/// Inline markdown as HTML, every other character escaped. Line breaks
/// become spaces: the block it goes into must hold no blank line.
pub fn to_html(text: &str) -> String {
    let mut html = String::new();
    write_html(&parse(&one_line(text)), &mut html);
    html
}

/// Text as HTML text or a double-quoted attribute's value: nothing in it
/// is markup.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            c => escaped.push(c),
        }
    }
    escaped
}

fn write_html(spans: &[Span], out: &mut String) {
    for span in spans {
        match span {
            Span::Text(text) => out.push_str(&escape(text)),
            Span::Code(code) => {
                out.push_str("<code>");
                out.push_str(&escape(code));
                out.push_str("</code>");
            }
            Span::Strong(inner) => {
                out.push_str("<strong>");
                write_html(inner, out);
                out.push_str("</strong>");
            }
            Span::Em(inner) => {
                out.push_str("<em>");
                write_html(inner, out);
                out.push_str("</em>");
            }
        }
    }
}

/// The text with its line breaks turned into spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn parse(text: &str) -> Vec<Span> {
    let chars: Vec<char> = text.chars().collect();
    let mut spans = Vec::new();
    let mut plain = String::new();
    let mut i = 0;
    let flush = |plain: &mut String, spans: &mut Vec<Span>| {
        if !plain.is_empty() {
            spans.push(Span::Text(std::mem::take(plain)));
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && chars.get(i + 1).is_some_and(char::is_ascii_punctuation) {
            plain.push(chars[i + 1]);
            i += 2;
            continue;
        }
        if c == '`' {
            let run = run_length(&chars, i, '`');
            if let Some(end) = closing_backticks(&chars, i + run, run) {
                flush(&mut plain, &mut spans);
                let code: String = chars[i + run..end].iter().collect();
                spans.push(Span::Code(trim_code(&code)));
                i = end + run;
            } else {
                plain.extend(&chars[i..i + run]);
                i += run;
            }
            continue;
        }
        if c == '*' {
            let width = if chars.get(i + 1) == Some(&'*') { 2 } else { 1 };
            if let Some(end) = closing_stars(&chars, i + width, width) {
                flush(&mut plain, &mut spans);
                let inner: String = chars[i + width..end].iter().collect();
                let inner = parse(&inner);
                spans.push(if width == 2 {
                    Span::Strong(inner)
                } else {
                    Span::Em(inner)
                });
                i = end + width;
                continue;
            }
        }
        plain.push(c);
        i += 1;
    }
    flush(&mut plain, &mut spans);
    spans
}

fn run_length(chars: &[char], from: usize, c: char) -> usize {
    chars[from..].iter().take_while(|&&x| x == c).count()
}

/// Where a code span opened by `run` backticks closes: the next run of
/// exactly as many.
fn closing_backticks(chars: &[char], from: usize, run: usize) -> Option<usize> {
    let mut i = from;
    while i < chars.len() {
        if chars[i] == '`' {
            let length = run_length(chars, i, '`');
            if length == run {
                return Some(i);
            }
            i += length;
        } else {
            i += 1;
        }
    }
    None
}

/// A code span's content: one space on each side is dropped when both are
/// there, as CommonMark does (so that `` `x` `` can hold a backtick).
fn trim_code(code: &str) -> String {
    if code.len() >= 2 && code.starts_with(' ') && code.ends_with(' ') && !code.trim().is_empty() {
        code[1..code.len() - 1].to_string()
    } else {
        code.to_string()
    }
}

/// Where emphasis opened by `width` stars at `from` closes: the next run of
/// exactly that many stars that follows a non-space, outside code spans.
/// An opener followed by a space (as in `2 * 3`) opens nothing.
fn closing_stars(chars: &[char], from: usize, width: usize) -> Option<usize> {
    if chars
        .get(from)
        .is_none_or(|c| c.is_whitespace() || *c == '*')
    {
        return None;
    }
    let mut i = from;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 2,
            '`' => {
                let run = run_length(chars, i, '`');
                i = closing_backticks(chars, i + run, run).map_or(i + run, |end| end + run);
            }
            '*' => {
                let run = run_length(chars, i, '*');
                if run == width && i > from && !chars[i - 1].is_whitespace() {
                    return Some(i);
                }
                i += run;
            }
            _ => i += 1,
        }
    }
    None
}

// ---- The terminal ----

const CODE: Style = AnsiColor::Cyan.on_default();
const EM: Style = Style::new().italic();

/// A word for the terminal: its style, and whether it is glued to the
/// word before it (`**a**,` is one word on screen).
struct Word {
    style: Style,
    text: String,
    glued: bool,
}

/// Inline markdown as styled words, for [`wrap`]: code keeps its
/// backticks (so that it still stands out where there is no color).
fn words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut at_break = true;
    collect_words(
        &parse(&one_line(text)),
        Style::new(),
        &mut words,
        &mut at_break,
    );
    words
}

fn collect_words(spans: &[Span], style: Style, out: &mut Vec<Word>, at_break: &mut bool) {
    for span in spans {
        match span {
            Span::Text(text) => push_text(text, style, out, at_break),
            Span::Code(code) => push_text(&format!("`{code}`"), with(style, CODE), out, at_break),
            Span::Strong(inner) => collect_words(inner, with(style, ui::BOLD), out, at_break),
            Span::Em(inner) => collect_words(inner, with(style, EM), out, at_break),
        }
    }
}

/// `base` with `add`'s color (if it has one) and effects on top.
fn with(base: Style, add: Style) -> Style {
    base.fg_color(add.get_fg_color().or(base.get_fg_color()))
        .effects(base.get_effects() | add.get_effects())
}

/// Splits `text` at its spaces; `at_break` says whether a space came last.
fn push_text(text: &str, style: Style, out: &mut Vec<Word>, at_break: &mut bool) {
    for (n, piece) in text.split(' ').enumerate() {
        if n > 0 {
            *at_break = true;
        }
        if piece.is_empty() {
            continue;
        }
        out.push(Word {
            style,
            text: piece.to_string(),
            glued: !*at_break,
        });
        *at_break = false;
    }
}

/// Inline markdown as lines of at most `width` columns, the first starting
/// with `first` and the others with `rest` (a hanging indent).
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_string();
    let mut column = first.chars().count();
    let mut empty = true;
    for word in words(text) {
        let length = word.text.chars().count();
        let space = usize::from(!empty && !word.glued);
        if space == 1 && column + space + length > width {
            lines.push(std::mem::take(&mut line));
            line = rest.to_string();
            column = rest.chars().count();
        } else if space == 1 {
            line.push(' ');
            column += 1;
        }
        line.push_str(&ui::paint(word.style, &word.text));
        column += length;
        empty = false;
    }
    lines.push(line);
    lines
}

/// A prompt (whole markdown) as terminal lines: paragraphs reflowed to
/// `width`, list items with a hanging indent, fenced code as it is; a blank
/// line between blocks.
pub fn prompt_lines(markdown: &str, width: usize, indent: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut in_fence = false;
    let mut paragraph: Vec<&str> = Vec::new();
    let flush = |paragraph: &mut Vec<&str>, lines: &mut Vec<String>| {
        if paragraph.is_empty() {
            return;
        }
        if !lines.is_empty() && lines.last().is_some_and(|l: &String| !l.is_empty()) {
            lines.push(String::new());
        }
        // A list: one item per line that starts with a bullet or a number.
        let mut items: Vec<String> = Vec::new();
        for line in paragraph.drain(..) {
            let trimmed = line.trim_start();
            if list_marker(trimmed).is_some() || items.is_empty() {
                items.push(trimmed.to_string());
            } else if let Some(last) = items.last_mut() {
                last.push(' ');
                last.push_str(trimmed);
            }
        }
        for item in items {
            match list_marker(&item) {
                Some(marker) => {
                    let first = format!("{indent}{marker}");
                    let rest = format!("{indent}{}", " ".repeat(marker.chars().count()));
                    lines.extend(wrap(&item[marker.len()..], width, &first, &rest));
                }
                None => lines.extend(wrap(&item, width, indent, indent)),
            }
        }
    };
    for line in markdown.trim().lines() {
        if line.trim_start().starts_with("```") {
            flush(&mut paragraph, &mut lines);
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            lines.push(format!("{indent}    {line}"));
        } else if line.trim().is_empty() {
            flush(&mut paragraph, &mut lines);
        } else {
            paragraph.push(line);
        }
    }
    flush(&mut paragraph, &mut lines);
    lines
}

/// `- `, `* ` or `1. ` at the start of a list item.
fn list_marker(line: &str) -> Option<&str> {
    if line.starts_with("- ") || line.starts_with("* ") {
        return Some(&line[..2]);
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && line[digits..].starts_with(". ")).then(|| &line[..digits + 2])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_and_emphasis_become_html_and_the_rest_is_escaped() {
        assert_eq!(
            to_html("`every_call_in_order`: a `Sequence<T>` *through* **all** five & more"),
            "<code>every_call_in_order</code>: a <code>Sequence&lt;T&gt;</code> \
             <em>through</em> <strong>all</strong> five &amp; more"
        );
        assert_eq!(
            to_html("<script>alert(\"x\")</script>"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
        );
    }

    #[test]
    fn stars_that_open_nothing_stay_stars() {
        assert_eq!(to_html("2 * 3 * 4"), "2 * 3 * 4");
        assert_eq!(to_html("a \\*b\\* c"), "a *b* c");
        assert_eq!(to_html("**open only"), "**open only");
        assert_eq!(to_html("`x*` and *y*"), "<code>x*</code> and <em>y</em>");
    }

    #[test]
    fn code_spans_follow_commonmark() {
        assert_eq!(to_html("`` a`b ``"), "<code>a`b</code>");
        assert_eq!(to_html("an ` alone"), "an ` alone");
        assert_eq!(
            to_html("*emphasis with `code` inside*"),
            "<em>emphasis with <code>code</code> inside</em>"
        );
    }

    #[test]
    fn line_breaks_become_spaces() {
        assert_eq!(to_html("one\ntwo\n\nthree"), "one two three");
    }

    #[test]
    fn the_terminal_wraps_words_and_keeps_punctuation_with_them() {
        // Colors are off in tests (not a terminal), so the text is plain.
        let lines = wrap(
            "The `every_call_in_order` test, **pinned**, breaks.",
            24,
            "  ",
            "    ",
        );
        let plain: Vec<String> = lines
            .iter()
            .map(|l| anstream::adapter::strip_str(l).to_string())
            .collect();
        assert_eq!(
            plain,
            [
                "  The",
                "    `every_call_in_order`",
                "    test, pinned,",
                "    breaks."
            ]
        );
    }

    #[test]
    fn a_prompt_reflows_paragraphs_and_keeps_lists_and_code() {
        let prompt = "One line\nand its rest.\n\n- first item\n  goes on\n- second\n\n```\nkeep  this\n```\n\nLast?";
        let lines: Vec<String> = prompt_lines(prompt, 80, "")
            .iter()
            .map(|l| anstream::adapter::strip_str(l).to_string())
            .collect();
        assert_eq!(
            lines,
            [
                "One line and its rest.",
                "",
                "- first item goes on",
                "- second",
                "    keep  this",
                "",
                "Last?"
            ]
        );
    }
}
