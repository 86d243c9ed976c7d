//! The learner's progress, kept in `.kata/progress.toml` (not committed):
//! the current kata, how many hints each kata has shown, and which katas
//! passed their check. A missing or damaged file never stops the runner:
//! `list` and `cargo kata` rebuild it from a fresh check of the katas the
//! learner has started.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Result;
use fs_err as fs;
use serde::{Deserialize, Serialize};

use crate::course::{Course, Kata};
use crate::files::Tree;

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Progress {
    /// The kata the learner is on (see `status::current`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    current: Option<String>,
    #[serde(default)]
    kata: BTreeMap<String, KataProgress>,
    #[serde(skip)]
    path: PathBuf,
    /// Whether the file was there and readable when loaded.
    #[serde(skip)]
    pub trustworthy: bool,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
struct KataProgress {
    #[serde(default)]
    hints_shown: usize,
    /// Fingerprint of the kata's files when its check last passed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    passed: Option<String>,
}

impl Progress {
    pub fn load(course: &Course) -> Progress {
        let path = course.state_dir().join("progress.toml");
        let (progress, trustworthy) = match fs::read_to_string(&path) {
            Err(_) => (Progress::default(), false),
            Ok(text) => match toml::from_str::<Progress>(&text) {
                Ok(progress) => (progress, true),
                Err(error) => {
                    let damaged = path.with_extension("toml.damaged");
                    let kept = match fs::rename(&path, &damaged) {
                        Ok(()) => format!("the old one is kept as {}", damaged.display()),
                        Err(rename) => format!(
                            "the old one could not be set aside ({rename}) and will be replaced"
                        ),
                    };
                    eprintln!(
                        "warning: {} was damaged ({}); starting a fresh one; {kept}",
                        path.display(),
                        error.message().trim(),
                    );
                    (Progress::default(), false)
                }
            },
        };
        Progress {
            path,
            trustworthy,
            ..progress
        }
    }

    pub fn save(&self) -> Result<()> {
        if let Some(parent) = self.path.parent() {
            fs::create_dir_all(parent)?;
        }
        let text = toml::to_string(self)?;
        // Write then rename, so that a crash never leaves half a file.
        let partial = self.path.with_extension("toml.partial");
        fs::write(&partial, text)?;
        fs::rename(&partial, &self.path)?;
        Ok(())
    }

    pub fn hints_shown(&self, kata: &Kata) -> usize {
        self.kata.get(&kata.id).map_or(0, |k| k.hints_shown)
    }

    pub fn set_hints_shown(&mut self, kata: &Kata, shown: usize) {
        self.kata.entry(kata.id.clone()).or_default().hints_shown = shown;
    }

    /// Done means: the check passed, and the files are still the ones it passed with.
    pub fn is_done(&self, kata: &Kata, files: &Tree) -> bool {
        self.kata.get(&kata.id).and_then(|k| k.passed.as_deref())
            == Some(fingerprint(files).as_str())
    }

    /// Remembers whether a check passed, with the files it passed with.
    pub fn record_result(&mut self, kata: &Kata, files: &Tree, passed: bool) {
        self.kata.entry(kata.id.clone()).or_default().passed = passed.then(|| fingerprint(files));
    }

    pub fn set_current(&mut self, kata: &Kata) {
        self.current = Some(kata.id.clone());
    }

    pub fn hints_left(&self, kata: &Kata) -> bool {
        self.hints_shown(kata) < kata.hints.len()
    }

    pub fn current(&self) -> Option<&str> {
        self.current.as_deref()
    }
}

/// FNV-1a over paths and contents: stable across runs and toolchains, which
/// the standard library's hasher does not promise.
fn fingerprint(files: &Tree) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (path, bytes) in files {
        for &byte in path
            .as_bytes()
            .iter()
            .chain([0u8].iter())
            .chain(bytes)
            .chain([0u8].iter())
        {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}
