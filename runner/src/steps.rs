//! A progress bar for long work (`prepare`, `verify`) on a terminal, and
//! plain lines where there is none (CI, a pipe), so that logs stay readable.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use crate::ui::{self, NOTE};

pub struct Steps {
    bar: Option<ProgressBar>,
}

impl Steps {
    pub fn new(total: usize) -> Steps {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new(total as u64);
            let style =
                ProgressStyle::with_template("{spinner} [{pos}/{len}] {wide_msg} {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        Steps { bar }
    }

    /// Starts the next step: the bar's message, or a line in a log.
    pub fn start(&self, what: &str) {
        match &self.bar {
            Some(bar) => bar.set_message(what.to_string()),
            None => anstream::eprintln!("{}", ui::status(NOTE, "Running", what)),
        }
    }

    pub fn finish_step(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// Prints a line above the bar.
    pub fn println(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| anstream::println!("{line}")),
            None => anstream::println!("{line}"),
        }
    }

    /// Clears the bar, so that what follows prints below a clean screen.
    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Steps {
    fn drop(&mut self) {
        self.finish();
    }
}
