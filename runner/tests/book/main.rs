//! The book, built by mdBook and read in a real headless Chromium (the
//! classroom tests' DevTools client): a chapter's quiz answered by keyboard
//! only, with no request leaving the page; and instructor mode, which shows
//! the speaker notes only once an instructor turned it on.
//!
//! Skipped, with a line that says so and how to install what is missing,
//! where there is no Chromium or no mdBook; in CI (`CI` set) it must run.
//! `cargo test -p kata-runner --test book`.

#[allow(dead_code)]
#[path = "../classroom/chromium.rs"]
mod chromium;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};
use tempfile::TempDir;

use chromium::{Chromium, Page};

/// The chapter whose quiz the test answers.
const CHAPTER: &str = "part-4-doubles-and-boundaries/09-test-doubles";
/// A chapter after it, for "the next page".
const NEXT_CHAPTER: &str = "part-4-doubles-and-boundaries/10-external-services";

fn course_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// mdBook, or `None` after saying plainly that the test is skipped (a
/// failure in CI, which installs it).
fn mdbook_or_skip(test: &str) -> Option<PathBuf> {
    let program = std::env::var_os("MDBOOK").map_or_else(|| PathBuf::from("mdbook"), PathBuf::from);
    if Command::new(&program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        return Some(program);
    }
    let how = "install it as the README says: `cargo install mdbook --locked --version 0.5.4`";
    let in_ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false");
    assert!(!in_ci, "{test} needs mdBook, and CI must have it: {how}");
    let _ = writeln!(
        std::io::stderr(),
        "\nSKIPPED {test}: mdBook was not found; {how}.\n"
    );
    None
}

/// The book, built, and a Chromium to read it in; `None` (the test skips,
/// or fails in CI) when either tool is missing.
fn book_in_chromium(test: &str) -> Option<(TempDir, Chromium)> {
    let browser = chromium::or_skip(test)?;
    let mdbook = mdbook_or_skip(test)?;
    let book = build_book(&mdbook);
    Some((book, Chromium::start(&browser)))
}

/// The book, built from the course into a temporary folder.
fn build_book(mdbook: &Path) -> TempDir {
    let out = tempfile::tempdir().unwrap();
    let built = Command::new(mdbook)
        .arg("build")
        .arg("--dest-dir")
        .arg(out.path())
        .current_dir(course_root())
        .output()
        .expect("mdbook runs");
    assert!(
        built.status.success(),
        "mdbook build failed:\n{}",
        String::from_utf8_lossy(&built.stderr)
    );
    out
}

fn page_url(book: &Path, chapter: &str, rest: &str) -> String {
    let file = book.join(format!("{chapter}.html"));
    format!("file://{}{rest}", file.display())
}

/// A key pressed and released, as a keyboard sends it.
fn press(page: &mut Page, key: &str) {
    let (code, virtual_key, text) = match key {
        "Tab" => ("Tab", 9, ""),
        "Enter" => ("Enter", 13, "\r"),
        " " => ("Space", 32, " "),
        "ArrowDown" => ("ArrowDown", 40, ""),
        other => panic!("no key {other:?} in this test"),
    };
    let mut down = json!({
        "type": "keyDown",
        "key": key,
        "code": code,
        "windowsVirtualKeyCode": virtual_key,
        "nativeVirtualKeyCode": virtual_key,
    });
    if !text.is_empty() {
        down["text"] = json!(text);
    }
    page.call("Input.dispatchKeyEvent", down);
    page.call(
        "Input.dispatchKeyEvent",
        json!({
            "type": "keyUp",
            "key": key,
            "code": code,
            "windowsVirtualKeyCode": virtual_key,
            "nativeVirtualKeyCode": virtual_key,
        }),
    );
}

/// A request the page made: its URL, and what started it (`script` for
/// the page's own scripts; `other` for the browser, as for a favicon).
#[derive(Debug)]
struct Request {
    url: String,
    initiator: String,
}

impl Request {
    /// The book's own files are read from disk; anything else would use
    /// the network.
    fn is_local(&self) -> bool {
        self.url.starts_with("file://") || self.url.starts_with("data:")
    }
}

/// The requests the page made since the last look (and WebSockets).
fn requests(page: &mut Page) -> Vec<Request> {
    // A round trip, so that events sent before it have arrived.
    page.evaluate("1");
    page.take_events()
        .iter()
        .filter(|e| {
            e["method"] == "Network.requestWillBeSent" || e["method"] == "Network.webSocketCreated"
        })
        .map(|e| Request {
            url: e["params"]["request"]["url"]
                .as_str()
                .or_else(|| e["params"]["url"].as_str())
                .unwrap_or("")
                .to_string(),
            initiator: e["params"]["initiator"]["type"]
                .as_str()
                .unwrap_or("script")
                .to_string(),
        })
        .collect()
}

/// One question of the page, by its place among them.
struct Asked {
    index: usize,
}

impl Asked {
    /// The value of `expression`, in which `q` is the question's element.
    fn eval(&self, page: &mut Page, expression: &str) -> Value {
        page.evaluate(&format!(
            "(() => {{ const q = document.querySelectorAll('.quiz-question')[{}]; return {expression}; }})()",
            self.index
        ))
    }

    /// Which choices (by index) show their explanation.
    fn explained(&self, page: &mut Page) -> Value {
        self.eval(
            page,
            "[...q.querySelectorAll('.quiz-choice')].map((c, i) => c.querySelector('.quiz-why').hidden ? -1 : i).filter(i => i >= 0)",
        )
    }

    fn waits_for_verdict(&self, page: &mut Page, start: &str) {
        page.wait_for(
            &format!("the verdict {start:?} on question {}", self.index + 1),
            &format!(
                "document.querySelectorAll('.quiz-question')[{}].querySelector('.quiz-verdict').textContent.startsWith({start:?})",
                self.index
            ),
        );
    }

    /// Tabs from where the focus is to the question's first choice.
    fn tab_to_first_choice(&self, page: &mut Page) {
        for _ in 0..10 {
            press(page, "Tab");
            if self.eval(page, "document.activeElement === q.querySelector('input')") == json!(true)
            {
                return;
            }
        }
        let focused = page.evaluate("document.activeElement.outerHTML");
        panic!(
            "ten Tabs never reached the first choice of question {}; the focus is on {focused}",
            self.index + 1
        );
    }

    /// Picks choice `index` of a single-choice question from its first
    /// radio, which has the focus (Space picks it, each ArrowDown the next),
    /// then Tabs to Check.
    fn pick_one(&self, page: &mut Page, index: usize) {
        if index == 0 {
            press(page, " ");
        }
        for _ in 0..index {
            press(page, "ArrowDown");
        }
        assert_eq!(
            self.eval(
                page,
                &format!("q.querySelectorAll('input')[{index}].checked")
            ),
            json!(true),
            "the keys picked choice {index}"
        );
        press(page, "Tab");
    }

    /// Picks `wanted` of a pick-all question from its first checkbox,
    /// which has the focus: Space on each wanted one, Tab to the next, and
    /// from the last to Check.
    fn pick_all(&self, page: &mut Page, wanted: &[bool]) {
        for want in wanted {
            if *want {
                press(page, " ");
            }
            press(page, "Tab");
        }
    }

    /// Answers wrong, then (after "Try again") right, by keyboard alone,
    /// checking what the page shows each time.
    fn answer_wrong_then_right(&self, page: &mut Page) {
        let kind = self.eval(page, "q.dataset.kind");
        let single = kind == json!("single");
        let key: Vec<bool> = serde_json::from_value(self.eval(
            page,
            "[...q.querySelectorAll('.quiz-choice')].map(c => c.dataset.correct === 'true')",
        ))
        .unwrap();
        let wrong = key.iter().position(|right| !right).expect("a wrong choice");
        assert_eq!(
            self.eval(page, "q.querySelector('fieldset > legend').textContent"),
            json!(if single {
                "Your answer (pick one)"
            } else {
                "Your answer (pick all that apply)"
            }),
            "a screen reader reads the group's legend"
        );
        assert_eq!(
            self.eval(
                page,
                "[...q.querySelectorAll('.quiz-choice')].every(c => c.querySelector('label input') !== null) \
                 && document.getElementById(q.querySelector('fieldset').getAttribute('aria-describedby')) !== null"
            ),
            json!(true),
            "each choice's input is in its label, and the group is described by the prompt"
        );

        // A wrong answer: its explanation, and "Try again".
        self.tab_to_first_choice(page);
        if single {
            self.pick_one(page, wrong);
        } else {
            let only_wrong: Vec<bool> = (0..key.len()).map(|i| i == wrong).collect();
            self.pick_all(page, &only_wrong);
        }
        assert_eq!(
            self.eval(
                page,
                "document.activeElement === q.querySelector('.quiz-check')"
            ),
            json!(true),
            "Tab leads from the choices to Check"
        );
        press(page, "Enter");
        self.waits_for_verdict(page, "Not quite");
        assert_eq!(
            self.explained(page),
            json!([wrong]),
            "only the choice picked is explained"
        );
        assert_eq!(
            self.eval(
                page,
                "!q.querySelector('.quiz-again').hidden && document.activeElement === q.querySelector('.quiz-again')"
            ),
            json!(true),
            "Try again shows, and has the focus"
        );
        assert_eq!(
            self.eval(
                page,
                "q.querySelector('.quiz-verdict').getAttribute('role')"
            ),
            json!("status"),
            "the verdict is announced"
        );

        // Try again, then the right answer: every explanation.
        press(page, "Enter");
        assert_eq!(
            self.eval(
                page,
                "q.querySelector('.quiz-again').hidden && document.activeElement === q.querySelector('input')"
            ),
            json!(true),
            "the question starts over, the focus back on its first choice"
        );
        if single {
            let right = key.iter().position(|right| *right).unwrap();
            self.pick_one(page, right);
        } else {
            self.pick_all(page, &key);
        }
        press(page, "Enter");
        self.waits_for_verdict(page, "Right");
        let every: Vec<usize> = (0..key.len()).collect();
        assert_eq!(
            self.explained(page),
            json!(every),
            "every choice is explained"
        );
    }
}

#[test]
fn a_quiz_is_answered_by_keyboard_alone_and_nothing_leaves_the_page() {
    let test = "a_quiz_is_answered_by_keyboard_alone_and_nothing_leaves_the_page";
    let Some((book, chromium)) = book_in_chromium(test) else {
        return;
    };
    let mut page = chromium.page();
    page.call("Network.enable", json!({}));

    // From the quiz's heading, as a reader who followed the link to it.
    page.open(&page_url(book.path(), CHAPTER, "#quiz"));
    let loaded = requests(&mut page);
    let outside: Vec<&Request> = loaded.iter().filter(|r| !r.is_local()).collect();
    assert!(
        outside.is_empty(),
        "the page asked the network for {outside:?}"
    );

    // The chapter's first single-choice question and its first pick-all
    // one, in the order of the page.
    let kinds: Vec<String> = serde_json::from_value(
        page.evaluate("[...document.querySelectorAll('.quiz-question')].map(q => q.dataset.kind)"),
    )
    .unwrap();
    let mut asked: Vec<usize> = ["single", "multiple"]
        .iter()
        .map(|kind| {
            kinds
                .iter()
                .position(|k| k == kind)
                .unwrap_or_else(|| panic!("the chapter's quiz has no {kind} question: {kinds:?}"))
        })
        .collect();
    asked.sort_unstable();
    for index in asked {
        Asked { index }.answer_wrong_then_right(&mut page);
    }

    // The browser may fetch the book's favicon meanwhile; the quiz itself
    // asks for nothing, and nothing goes to the network.
    let later = requests(&mut page);
    let sent: Vec<&Request> = later
        .iter()
        .filter(|r| !r.is_local() || r.initiator == "script")
        .collect();
    assert!(
        sent.is_empty(),
        "answering the quiz made requests: {sent:?}"
    );
}

fn notes_shown(page: &mut Page) -> Value {
    page.evaluate(
        "(() => { const notes = document.querySelector('.speaker-notes'); \
         return notes === null ? 'no notes' : getComputedStyle(notes).display !== 'none'; })()",
    )
}

#[test]
fn speaker_notes_show_only_once_instructor_mode_is_on_and_it_stays_on() {
    let test = "speaker_notes_show_only_once_instructor_mode_is_on_and_it_stays_on";
    let Some((book, chromium)) = book_in_chromium(test) else {
        return;
    };
    let mut page = chromium.page();

    page.open(&page_url(book.path(), CHAPTER, ""));
    assert_eq!(
        notes_shown(&mut page),
        json!(false),
        "a learner sees no notes"
    );

    page.open(&page_url(book.path(), CHAPTER, "?instructor=on"));
    assert_eq!(
        notes_shown(&mut page),
        json!(true),
        "?instructor=on shows them"
    );

    page.open(&page_url(book.path(), NEXT_CHAPTER, ""));
    assert_eq!(
        notes_shown(&mut page),
        json!(true),
        "the next page remembers instructor mode"
    );

    page.open(&page_url(book.path(), NEXT_CHAPTER, "?instructor=off"));
    assert_eq!(
        notes_shown(&mut page),
        json!(false),
        "?instructor=off hides them again"
    );
}
