//! How the runner talks: lines in cargo's own style (a right-aligned,
//! coloured word, then the message), colour only where the terminal shows it.
//!
//! `anstream`'s `println!` drops the colour codes when the output is not a
//! terminal, when `NO_COLOR` is set, or when the terminal cannot show them, so
//! callers always write styled text and never ask.

use std::fmt::Display;

use anstyle::{AnsiColor, Style};

pub const GOOD: Style = AnsiColor::Green.on_default().bold();
pub const BAD: Style = AnsiColor::Red.on_default().bold();
pub const WARN: Style = AnsiColor::Yellow.on_default().bold();
pub const NOTE: Style = AnsiColor::Cyan.on_default().bold();
pub const BOLD: Style = Style::new().bold();
pub const DIM: Style = Style::new().dimmed();

/// `      Passed all 10 tests`, with the word in `style`.
pub fn status(style: Style, word: &str, message: impl Display) -> String {
    format!("{style}{word:>12}{style:#} {message}")
}

/// A continuation line, lined up under a status line's message.
pub fn detail(message: impl Display) -> String {
    format!("{:>12} {message}", "")
}

pub fn paint(style: Style, text: impl Display) -> String {
    format!("{style}{text}{style:#}")
}
