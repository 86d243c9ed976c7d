//! What an earlier `verify` proved, so that the next one proves again only
//! what changed: a maintainer who edits one kata's solution waits for that
//! kata's starter, solution and mutants, not for the whole course.
//!
//! A proof is kept per kata, and one for all the quizzes' answer keys, under
//! a key that hashes every input the proof depends on: the kata's recorded
//! starter and its solution folder (mutants included), or the whole
//! `quizzes/` folder; and, for all of them, the files that shape every build
//! (the root `Cargo.toml`, `Cargo.lock`, `course.toml`, cargo's and
//! rustfmt's and clippy's configuration), `rustc -vV`, and the runner's own
//! source, so that a change to verify itself proves everything again. (Not
//! the runner's executable: `cargo test` and `cargo kata` build it with
//! different dependency features, so its bytes change between the two
//! while what it does does not.)
//! Only a proof that found no failure is kept; a kata that fails is proved
//! again on every run until it passes. A few proofs are kept per kata, so
//! that putting an edit back finds the proof of the files as they were.
//!
//! The file lives in `target/`, so a fresh clone (CI) has none and proves
//! everything; `cargo kata dev verify --fresh` takes nothing from it and
//! proves everything too, but keeps the proofs of the katas it was not asked
//! to prove (`verify 02 --fresh` proves kata 02 again, and a whole verify
//! after it still reuses the other katas' proofs). The hash is std's SipHash, as cargo's own fingerprints
//! use: a cache that misses when the toolchain changes its hasher costs one
//! full run, nothing more.

use std::collections::BTreeMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use serde::{Deserialize, Serialize};

use super::{Entry, Findings};
use crate::course::{Course, Kata};
use crate::files;
use crate::toolchain;

/// The files at the course's root that shape every build and check.
const SHARED_INPUTS: &[&str] = &[
    "Cargo.toml",
    "Cargo.lock",
    "course.toml",
    ".cargo/config.toml",
    "rustfmt.toml",
    ".rustfmt.toml",
    "clippy.toml",
    ".clippy.toml",
    "rust-toolchain.toml",
    "rust-toolchain",
];

/// What one proof found, as verify printed it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Proof {
    key: String,
    /// The lines verify printed ("ok" lines and notes), in order.
    pub lines: Vec<Line>,
    pub starter_fails: bool,
    pub solution_passes: bool,
    pub mutants_caught: usize,
    /// For the quizzes: their headings, and how many proven keys held.
    pub sections: Vec<(String, Vec<Line>)>,
    pub keys_held: usize,
    /// What the proof cost when it ran.
    pub build_seconds: f64,
    pub test_seconds: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Line {
    Ok(String),
    Note(String),
}

/// How many proofs are kept per kata (the ones used last), and for the
/// quizzes.
const KEPT_PER_NAME: usize = 4;

#[derive(Default, Serialize, Deserialize)]
struct Stored {
    /// Per name ("kata 03", "quizzes"), the one used last first.
    proofs: BTreeMap<String, Vec<Proof>>,
}

pub struct Cache {
    file: PathBuf,
    /// The hash of the inputs every proof shares; `None` when they cannot
    /// be read, and then nothing is taken from the cache or kept in it.
    shared: Option<u64>,
    stored: Stored,
    /// With `--fresh`: no proof is taken, every one is made again.
    fresh: bool,
    /// The names of the proofs this run took from the cache.
    pub reused: Vec<String>,
}

/// The name a kata's proof is kept under; the quizzes' is [`QUIZZES`].
pub fn kata_name(kata: &Kata) -> String {
    format!("kata {}", kata.id)
}

pub const QUIZZES: &str = "quizzes";

impl Cache {
    /// The cache of `course`. With `fresh`, nothing is taken from it, and
    /// what this run proves replaces what it held.
    pub fn open(course: &Course, fresh: bool) -> Cache {
        let file = course.verify_cache_file();
        // A cache that cannot be read is as good as none.
        let stored = fs_err::read(&file)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        Cache {
            file,
            shared: shared_hash(&course.root).ok(),
            stored,
            fresh,
            reused: Vec::new(),
        }
    }

    /// The key of a kata's proof: its recorded starter and its solution
    /// folder, over the shared inputs.
    pub fn kata_key(&self, course: &Course, kata: &Kata) -> Option<String> {
        let shared = self.shared?;
        let mut hasher = DefaultHasher::new();
        shared.hash(&mut hasher);
        kata.id.hash(&mut hasher);
        kata.folder.hash(&mut hasher);
        fs_err::read(course.starter_file(kata))
            .ok()?
            .hash(&mut hasher);
        files::read_tree(&course.solution_dir(kata), &[])
            .ok()?
            .hash(&mut hasher);
        Some(format!("{:016x}", hasher.finish()))
    }

    /// The key of the quizzes' proofs: the whole `quizzes/` folder (the
    /// files, their crates, broken versions and recorded outputs).
    pub fn quizzes_key(&self, course: &Course) -> Option<String> {
        let shared = self.shared?;
        let mut hasher = DefaultHasher::new();
        shared.hash(&mut hasher);
        QUIZZES.hash(&mut hasher);
        files::read_tree(&course.quizzes_dir(), &[])
            .ok()?
            .hash(&mut hasher);
        Some(format!("{:016x}", hasher.finish()))
    }

    /// The proof kept under `name` for exactly this key, if there is one;
    /// counted as reused.
    pub fn take(&mut self, name: &str, key: Option<&str>) -> Option<Proof> {
        if self.fresh {
            return None;
        }
        let key = key?;
        let kept = self.stored.proofs.get_mut(name)?;
        let at = kept.iter().position(|proof| proof.key == key)?;
        // The newest again: the proofs kept are the ones used last, so the
        // version a maintainer keeps coming back to is never the one dropped.
        let proof = kept.remove(at);
        kept.insert(0, proof.clone());
        self.reused.push(name.to_string());
        Some(proof)
    }

    /// Keeps a proof that found no failure, as the newest of its name; a
    /// proof with a failure (`None`) is not kept.
    pub fn keep(&mut self, name: &str, key: Option<String>, proof: Option<Proof>) {
        let (Some(key), Some(proof)) = (key, proof) else {
            return;
        };
        let kept = self.stored.proofs.entry(name.to_string()).or_default();
        kept.retain(|earlier| earlier.key != key);
        kept.insert(0, Proof { key, ..proof });
        kept.truncate(KEPT_PER_NAME);
    }

    /// Writes the cache for the next run. A cache that cannot be written
    /// only makes the next run slower, so that is not an error of verify.
    pub fn save(&self) {
        if self.shared.is_none() {
            return;
        }
        if let Ok(json) = serde_json::to_vec_pretty(&self.stored) {
            if let Some(dir) = self.file.parent() {
                let _ = fs_err::create_dir_all(dir);
            }
            let _ = fs_err::write(&self.file, json);
        }
    }
}

impl Proof {
    /// A kata's proof from what verify found after reading it, or `None`
    /// when it found a failure (nothing to keep).
    pub fn of_kata(
        entries: &[Entry],
        starter_fails: bool,
        solution_passes: bool,
        mutants_caught: usize,
        build: Duration,
        tests: Duration,
    ) -> Option<Proof> {
        Some(Proof {
            key: String::new(),
            lines: lines(entries)?,
            starter_fails,
            solution_passes,
            mutants_caught,
            sections: Vec::new(),
            keys_held: 0,
            build_seconds: build.as_secs_f64(),
            test_seconds: tests.as_secs_f64(),
        })
    }

    /// The quizzes' proof from their sections, or `None` when one failed.
    pub fn of_quizzes(sections: &[(String, Findings)], keys_held: usize) -> Option<Proof> {
        let mut kept = Vec::new();
        for (heading, findings) in sections {
            kept.push((heading.clone(), lines(&findings.entries)?));
        }
        Some(Proof {
            key: String::new(),
            lines: Vec::new(),
            starter_fails: false,
            solution_passes: false,
            mutants_caught: 0,
            sections: kept,
            keys_held,
            build_seconds: 0.0,
            test_seconds: 0.0,
        })
    }

    /// Its lines back into `findings`, after a note that says where they
    /// come from.
    pub fn replay(lines: &[Line], findings: &mut Findings) {
        findings.note("unchanged since a verify that proved it: not built or run again");
        for line in lines {
            match line {
                Line::Ok(what) => findings.ok(what.clone()),
                Line::Note(what) => findings.note(what.clone()),
            }
        }
    }
}

/// The entries as lines to keep, or `None` if one is a failure.
fn lines(entries: &[Entry]) -> Option<Vec<Line>> {
    entries
        .iter()
        .map(|entry| match entry {
            Entry::Ok(what) => Some(Line::Ok(what.clone())),
            Entry::Note(what) => Some(Line::Note(what.clone())),
            Entry::Fail { .. } => None,
        })
        .collect()
}

/// The hash of what every proof depends on.
fn shared_hash(root: &Path) -> Result<u64> {
    let mut hasher = DefaultHasher::new();
    for name in SHARED_INPUTS {
        name.hash(&mut hasher);
        // A file that is not there is an input too (as its absence).
        fs_err::read(root.join(name)).ok().hash(&mut hasher);
    }
    toolchain::rustc_verbose_version().hash(&mut hasher);
    let runner = Path::new(env!("CARGO_MANIFEST_DIR"));
    match files::read_tree(&runner.join("src"), &[]) {
        Ok(source) => {
            source.hash(&mut hasher);
            fs_err::read(runner.join("Cargo.toml"))?.hash(&mut hasher);
        }
        // A runner that was moved away from its source: its own bytes.
        Err(_) => fs_err::read(std::env::current_exe()?)?.hash(&mut hasher),
    }
    Ok(hasher.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache() -> Cache {
        Cache {
            file: PathBuf::from("unused.json"),
            shared: Some(0),
            stored: Stored::default(),
            fresh: false,
            reused: Vec::new(),
        }
    }

    fn proof() -> Option<Proof> {
        Proof::of_kata(
            &[Entry::Ok("proved".into())],
            true,
            true,
            1,
            Duration::ZERO,
            Duration::ZERO,
        )
    }

    #[test]
    fn the_proofs_used_last_are_kept_and_a_failure_never() {
        let mut cache = cache();
        for key in ["k0", "k1", "k2", "k3"] {
            cache.keep("kata 01", Some(key.into()), proof());
        }
        // The version a maintainer comes back to stays, though it is the oldest.
        assert!(cache.take("kata 01", Some("k0")).is_some());
        cache.keep("kata 01", Some("k4".into()), proof());
        assert!(cache.take("kata 01", Some("k0")).is_some());
        assert!(cache.take("kata 01", Some("k1")).is_none());
        assert_eq!(cache.reused, ["kata 01", "kata 01"]);
        // A proof with a failure is not kept; nor is a proof without a key.
        cache.keep("kata 01", Some("k5".into()), None);
        cache.keep("kata 02", None, proof());
        assert!(cache.take("kata 01", Some("k5")).is_none());
        assert!(cache.take("kata 02", None).is_none());
        let failed = [Entry::Fail {
            what: "solution tests fail".into(),
            detail: String::new(),
        }];
        assert!(Proof::of_kata(&failed, true, false, 0, Duration::ZERO, Duration::ZERO).is_none());
    }
}
