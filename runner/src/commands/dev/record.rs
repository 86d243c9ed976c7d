//! `cargo kata dev record NN NAME [--description TEXT]`: the edits made in
//! the scratch copy (`cargo kata dev scratch NN`) become the mutant NAME: its
//! patch is written to `solutions/<kata>/mutants/NAME.patch`, and a new
//! mutant gets its entry in `course.toml`.

use anyhow::{Context, Result, bail};
use fs_err as fs;

use crate::commands::dev::scratch::copy_dir;
use crate::course::{self, Course, Kata};
use crate::files;
use crate::layout::MANIFEST;
use crate::patches;
use crate::solutions;
use crate::verdict::Verdict;

pub fn run(course: &Course, id: &str, name: &str, description: Option<&str>) -> Result<Verdict> {
    let kata = course.find(id)?;
    if name.is_empty()
        || !name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        bail!(
            "a mutant's name is lowercase words joined by hyphens, like `forgets-to-ship`; not {name:?}"
        );
    }
    let dir = copy_dir(course, kata);
    if !dir.is_dir() {
        bail!(
            "there is no scratch copy of kata {}: make one with `cargo kata dev scratch {}`, put the bug in it, then record it",
            kata.id,
            kata.id
        );
    }
    let solved = solutions::solved(course, kata)?;
    let edited = files::read_tree(&dir, &[])?;
    let changed = files::differences(&solved, &edited);
    if changed.is_empty() {
        bail!(
            "the copy in {} is the solved kata unchanged: a mutant must change something",
            dir.display()
        );
    }
    if let Some(path) = changed.iter().find(|path| !course::is_system_path(path)) {
        bail!(
            "the copy changes {path}: a mutant changes the system, never its tests or its manifest (undo that edit, then record again)"
        );
    }
    let patch = patches::create(&solved, &edited)?;
    let existing = kata.mutants.iter().any(|m| m.name == name);
    if !existing {
        let Some(description) = description else {
            bail!(
                "a new mutant needs --description, the words that finish \"your tests still pass when …\""
            );
        };
        add_to_manifest(course, kata, name, description)?;
    } else if description.is_some() {
        eprintln!(
            "note: `{name}` is listed already; its description in {MANIFEST} is kept (edit it there)"
        );
    }
    let path = course.mutant_patch_named(kata, name);
    fs::create_dir_all(course.mutants_dir(kata))?;
    fs::write(&path, &patch)?;
    println!(
        "{} mutant `{name}` of kata {} in {} ({}); `cargo kata dev verify {}` checks that the reference tests catch it",
        if existing { "re-recorded" } else { "recorded" },
        kata.id,
        course.relative(&path),
        changed.join(", "),
        kata.id
    );
    Ok(Verdict::Done)
}

/// Appends `[[kata.mutants]]` to the kata's block in course.toml, as text,
/// so that the file keeps its comments and layout.
fn add_to_manifest(course: &Course, kata: &Kata, name: &str, description: &str) -> Result<()> {
    let path = course.root.join(MANIFEST);
    let text = fs::read_to_string(&path)?;
    let updated = insert_mutant(&text, &kata.id, name, description)
        .with_context(|| format!("cannot find kata {} in {}", kata.id, path.display()))?;
    // The file must still be a course manifest, or nothing is written.
    toml::from_str::<toml::Table>(&updated).context("the edited course.toml would not parse")?;
    fs::write(&path, updated)?;
    Ok(())
}

fn insert_mutant(text: &str, id: &str, name: &str, description: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let id_line = format!("id = \"{id}\"");
    let start = lines.iter().position(|line| line.trim() == id_line)?;
    // The block ends where the next kata starts; comments and blank lines
    // just above that belong to the next kata.
    let mut end = lines[start..]
        .iter()
        .position(|line| line.trim() == "[[kata]]")
        .map_or(lines.len(), |offset| start + offset);
    while end > start && (lines[end - 1].trim().is_empty() || lines[end - 1].starts_with('#')) {
        end -= 1;
    }
    let entry = format!(
        "\n[[kata.mutants]]\nname = {}\ndescription = {}",
        toml::Value::String(name.into()),
        toml::Value::String(description.into())
    );
    let mut out: Vec<String> = lines[..end].iter().map(|l| l.to_string()).collect();
    out.extend(entry.lines().map(str::to_string));
    out.extend(lines[end..].iter().map(|l| l.to_string()));
    Some(out.join("\n") + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANIFEST_TEXT: &str = "\
[[kata]]
id = \"01\"
hints = [\"a\"]

[[kata.mutants]]
name = \"old\"
description = \"was old\"

# Kata 02 comes next.
[[kata]]
id = \"02\"
";

    #[test]
    fn a_new_mutant_goes_at_the_end_of_its_katas_block() {
        let updated = insert_mutant(MANIFEST_TEXT, "01", "new-one", "it says \"hi\"").unwrap();
        assert_eq!(
            updated,
            "\
[[kata]]
id = \"01\"
hints = [\"a\"]

[[kata.mutants]]
name = \"old\"
description = \"was old\"

[[kata.mutants]]
name = \"new-one\"
description = 'it says \"hi\"'

# Kata 02 comes next.
[[kata]]
id = \"02\"
"
        );
        assert!(insert_mutant(MANIFEST_TEXT, "09", "x", "y").is_none());
    }

    #[test]
    fn the_last_kata_takes_its_mutant_at_the_end_of_the_file() {
        let updated = insert_mutant(MANIFEST_TEXT, "02", "m", "d").unwrap();
        assert!(
            updated
                .ends_with("id = \"02\"\n\n[[kata.mutants]]\nname = \"m\"\ndescription = \"d\"\n"),
            "{updated}"
        );
    }
}
