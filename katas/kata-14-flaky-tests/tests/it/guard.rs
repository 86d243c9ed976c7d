//! The guard: before a step runs anything, it checks that its scenario file
//! still makes every assertion it was given, unchanged and in order.
//!
//! A flaky test is fixed when it passes every time *and still checks what
//! it checked*. Deleting an assertion, loosening it, or moving it where it
//! never runs would make a step pass with the flake still there, so the
//! assertions are recorded in `assertions.txt`, and each step compares.
//! Spaces, line breaks, comments and a trailing comma do not count; adding
//! assertions is fine. The setup around the assertions is yours to change.
//!
//! It is a tripwire against mistakes, not a lock: the only cure for a test
//! that checks nothing is a reviewer who reads it.
//!
//! Maintainers who change a scenario's assertions: a failing guard prints
//! each changed function's assertions as `assertions.txt` spells them.

use std::fmt::Write;

use crate::harness::Step;

/// The assertions as the kata gives them.
const RECORDED: &str = include_str!("assertions.txt");

const ASSERTIONS: &[&str] = &[
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
];

/// Ok if every recorded assertion of the step's file is still there.
pub fn check(step: &Step) -> Result<(), String> {
    let problems = problems(step.file, step.source, RECORDED);
    if problems.is_empty() {
        return Ok(());
    }
    let mut report = format!(
        "kata 14, step {}: the assertions in tests/it/scenarios/{} are not the ones the kata \
         gave.\nA flaky test is fixed when it passes every time and still checks all it \
         checked, so its assertions stay as they are (tests/it/assertions.txt has them). \
         Change the setup around them instead.\n",
        step.number, step.file
    );
    for problem in problems {
        let _ = write!(report, "\n- {problem}");
    }
    report.push_str("\n\n`cargo kata reset 14` puts the whole kata back, after a backup.\n");
    Err(report)
}

/// What is wrong with `source`, the file `file`, against `recorded`.
fn problems(file: &str, source: &str, recorded: &str) -> Vec<String> {
    let Some(expected) = recorded_section(recorded, file) else {
        return vec![format!("assertions.txt has no section [{file}]")];
    };
    let tokens = tokens(source);
    let found = functions(&tokens);
    let mut problems = Vec::new();
    for (name, body) in &found {
        if body
            .iter()
            .any(|token| *token == Token::Word("return".into()))
        {
            problems.push(format!(
                "`{name}` has a `return`: a scenario runs to its last assertion"
            ));
        }
    }
    for (name, wanted) in expected {
        let Some((_, body)) = found.iter().find(|(found, _)| *found == name) else {
            problems.push(format!("the scenario `{name}` is gone"));
            continue;
        };
        let now = assertions(body);
        // In order: each recorded assertion is looked for after the one
        // before it; one that is not found leaves the place unchanged.
        let mut from = 0;
        let missing: Vec<&String> = wanted
            .iter()
            .filter(
                |&assertion| match now[from..].iter().position(|made| made == assertion) {
                    Some(found) => {
                        from += found + 1;
                        false
                    }
                    None => true,
                },
            )
            .collect();
        if !missing.is_empty() {
            let mut problem = format!("`{name}` no longer makes");
            for assertion in missing {
                let _ = write!(problem, "\n    {assertion}");
            }
            let _ = write!(problem, "\n  It makes:\n  {name}:");
            for assertion in &now {
                let _ = write!(problem, "\n    {assertion}");
            }
            problems.push(problem);
        }
    }
    problems
}

/// The section `[file]` of `assertions.txt`: each function, and its
/// assertions in order.
fn recorded_section(recorded: &str, file: &str) -> Option<Vec<(String, Vec<String>)>> {
    let header = format!("[{file}]");
    let mut lines = recorded
        .lines()
        .skip_while(|line| line.trim() != header)
        .skip(1)
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .take_while(|line| !line.starts_with('['))
        .peekable();
    lines.peek()?;
    let mut section: Vec<(String, Vec<String>)> = Vec::new();
    for line in lines {
        if let Some(assertion) = line.strip_prefix("    ") {
            section.last_mut()?.1.push(assertion.trim().to_string());
        } else {
            section.push((line.trim().trim_end_matches(':').to_string(), Vec::new()));
        }
    }
    Some(section)
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// An identifier, keyword or number.
    Word(String),
    /// A string or character literal, as written.
    Literal(String),
    Punct(char),
}

/// The tokens of Rust source, without whitespace and comments. Just enough
/// of Rust's grammar for the scenarios: words, literals and punctuation.
fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if let Some(end) = raw_string_end(&chars, i) {
            tokens.push(Token::Literal(chars[i..end].iter().collect()));
            i = end;
        } else if c == '"' || (c == 'b' && at(i + 1) == '"') {
            let start = i;
            i += if c == 'b' { 2 } else { 1 };
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            tokens.push(Token::Literal(
                chars[start..i.min(chars.len())].iter().collect(),
            ));
        } else if c == '\'' && (at(i + 1) == '\\' || at(i + 2) == '\'') {
            // A character literal; a lifetime is a quote and a word.
            let start = i;
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            tokens.push(Token::Literal(
                chars[start..i.min(chars.len())].iter().collect(),
            ));
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            tokens.push(Token::Word(chars[start..i].iter().collect()));
        } else {
            tokens.push(Token::Punct(c));
            i += 1;
        }
    }
    tokens
}

/// Where a raw string literal that starts at `i` ends: `r"…"`, `r#"…"#`, `br"…"`.
fn raw_string_end(chars: &[char], i: usize) -> Option<usize> {
    let mut j = i;
    if chars.get(j) == Some(&'b') {
        j += 1;
    }
    if chars.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let hashes = chars[j..].iter().take_while(|&&c| c == '#').count();
    j += hashes;
    if chars.get(j) != Some(&'"') {
        return None;
    }
    let closing: Vec<char> = std::iter::once('"')
        .chain(std::iter::repeat_n('#', hashes))
        .collect();
    (j + 1..=chars.len().saturating_sub(closing.len()))
        .find(|&k| chars[k..k + closing.len()] == closing[..])
        .map(|k| k + closing.len())
}

/// Each `fn` in the tokens, with the tokens of its body.
fn functions(tokens: &[Token]) -> Vec<(String, &[Token])> {
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < tokens.len() {
        if let (Token::Word(keyword), Token::Word(name)) = (&tokens[i], &tokens[i + 1])
            && keyword == "fn"
            && let Some(open) = tokens[i..]
                .iter()
                .position(|token| *token == Token::Punct('{'))
        {
            let open = i + open;
            let close = matching(tokens, open);
            found.push((name.clone(), &tokens[open + 1..close]));
            i = close;
        }
        i += 1;
    }
    found
}

/// The index of the bracket that closes the one at `open`, or the end.
fn matching(tokens: &[Token], open: usize) -> usize {
    let mut depth = 0usize;
    for (i, token) in tokens.iter().enumerate().skip(open) {
        match token {
            Token::Punct('(' | '[' | '{') => depth += 1,
            Token::Punct(')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    tokens.len()
}

/// Every assertion in `body`, in order, written the one way this file
/// compares them.
fn assertions(body: &[Token]) -> Vec<String> {
    let mut found = Vec::new();
    let mut i = 0;
    while i + 2 < body.len() {
        if let Token::Word(word) = &body[i]
            && ASSERTIONS.contains(&word.as_str())
            && body[i + 1] == Token::Punct('!')
        {
            let close = matching(body, i + 2);
            found.push(spelled(&body[i..=close.min(body.len() - 1)]));
            i = close;
        }
        i += 1;
    }
    found
}

/// Tokens as one line, spaced the way rustfmt spaces simple code: a space
/// between two words, after a comma or a field's colon, and inside braces;
/// no comma before a closing bracket.
fn spelled(tokens: &[Token]) -> String {
    let mut text = String::new();
    let mut last_was_word = false;
    for (i, token) in tokens.iter().enumerate() {
        let before = i.checked_sub(1).and_then(|i| tokens.get(i));
        let after = tokens.get(i + 1);
        match token {
            Token::Punct(',') if matches!(after, Some(Token::Punct(')' | ']' | '}'))) => {}
            Token::Punct(',') => text.push_str(", "),
            Token::Punct(':')
                if before != Some(&Token::Punct(':')) && after != Some(&Token::Punct(':')) =>
            {
                text.push_str(": ");
            }
            Token::Punct('{') => text.push_str(" { "),
            Token::Punct('}') => text.push_str(" }"),
            Token::Punct(c) => text.push(*c),
            Token::Word(word) | Token::Literal(word) => {
                if last_was_word {
                    text.push(' ');
                }
                text.push_str(word);
            }
        }
        last_was_word = matches!(token, Token::Word(_) | Token::Literal(_));
    }
    text
}

#[test]
fn the_guard_notices_a_loosened_assertion_and_ignores_layout() {
    let recorded =
        "[sample.rs]\nchecks_the_total:\n    assert_eq!(total, Cents(1250), \"the total\")\n";
    let as_given = "pub fn checks_the_total() {\n    let total = pay();\n    assert_eq!(\n        total,\n        Cents(1250),\n        \"the total\",\n    );\n}\n";
    let set_up_anew = "pub fn checks_the_total() {\n    // A new setup.\n    let total = pay_with(clock());\n    assert_eq!(total, Cents(1250), \"the total\");\n    assert!(total > Cents(0));\n}\n";
    let loosened = "pub fn checks_the_total() {\n    let total = pay();\n    assert!(total > Cents(0), \"the total\");\n}\n";
    let commented_out = "pub fn checks_the_total() {\n    let total = pay();\n    // assert_eq!(total, Cents(1250), \"the total\");\n}\n";
    let returns_early = "pub fn checks_the_total() {\n    let total = pay();\n    if total != Cents(1250) { return; }\n    assert_eq!(total, Cents(1250), \"the total\");\n}\n";

    assert_eq!(
        problems("sample.rs", as_given, recorded),
        Vec::<String>::new()
    );
    assert_eq!(
        problems("sample.rs", set_up_anew, recorded),
        Vec::<String>::new()
    );
    let two_recorded =
        "[sample.rs]\nchecks_the_total:\n    assert_eq!(total, Cents(1250))\n    assert!(paid)\n";
    let first_loosened =
        "pub fn checks_the_total() {\n    assert!(total > Cents(0));\n    assert!(paid);\n}\n";
    let problems_found = problems("sample.rs", first_loosened, two_recorded);
    assert_eq!(problems_found.len(), 1);
    assert!(
        problems_found[0]
            .contains("no longer makes\n    assert_eq!(total, Cents(1250))\n  It makes"),
        "only the changed assertion is missing:\n{}",
        problems_found[0]
    );
    for changed in [loosened, commented_out, returns_early] {
        assert_eq!(
            problems("sample.rs", changed, recorded).len(),
            1,
            "the guard let this through:\n{changed}"
        );
    }
}
