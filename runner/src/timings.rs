//! What each package cost to compile in the last cargo build, from the
//! report that `cargo build --timings` writes. Cargo has no stable way to
//! say this in its JSON messages; its timings page carries the same figures
//! as a JSON list (`UNIT_DATA`), which is read here. When the page is
//! missing or its shape changes, the figures are simply absent.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

#[derive(Deserialize)]
struct Unit {
    name: String,
    duration: f64,
}

/// Seconds of compiling per package name, summed over its units (its
/// library, its test binaries), for the last build into `target_dir`.
pub fn unit_seconds(target_dir: &Path) -> BTreeMap<String, f64> {
    let dir = target_dir.join("cargo-timings");
    let page = std::fs::read_to_string(dir.join("cargo-timing.html")).unwrap_or_default();
    remove_dated_copies(&dir);
    let mut seconds = BTreeMap::new();
    for unit in units(&page) {
        *seconds.entry(unit.name).or_insert(0.0) += unit.duration;
    }
    seconds
}

fn units(page: &str) -> Vec<Unit> {
    let Some(at) = page.find("UNIT_DATA = ") else {
        return Vec::new();
    };
    let list = &page[at + "UNIT_DATA = ".len()..];
    serde_json::Deserializer::from_str(list)
        .into_iter::<Vec<Unit>>()
        .next()
        .and_then(Result::ok)
        .unwrap_or_default()
}

/// Cargo keeps a dated copy of every report besides the latest one; verify
/// makes a report per round, and needs none of the copies.
fn remove_dated_copies(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("cargo-timing-") && name.ends_with(".html") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_units_of_a_package_are_summed() {
        let page = r#"<script>
const UNIT_DATA = [
  {"i": 1, "name": "kata-02", "version": "0.1.0", "mode": "todo", "target": "", "start": 0.0, "duration": 1.5},
  {"i": 2, "name": "kata-02", "version": "0.1.0", "mode": "todo", "target": " (test \"big_bang\")", "start": 1.5, "duration": 2.0},
  {"i": 3, "name": "serde", "version": "1.0.0", "mode": "todo", "target": "", "start": 0.0, "duration": 4.0}
];
const CONCURRENCY_DATA = [];
</script>"#;
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("cargo-timings")).unwrap();
        std::fs::write(dir.path().join("cargo-timings/cargo-timing.html"), page).unwrap();
        std::fs::write(
            dir.path()
                .join("cargo-timings/cargo-timing-20261203T1.html"),
            "",
        )
        .unwrap();

        let seconds = unit_seconds(dir.path());

        assert_eq!(seconds.get("kata-02"), Some(&3.5));
        assert_eq!(seconds.get("serde"), Some(&4.0));
        assert!(
            !dir.path()
                .join("cargo-timings/cargo-timing-20261203T1.html")
                .exists()
        );
    }

    #[test]
    fn no_page_means_no_figures() {
        let dir = tempfile::tempdir().unwrap();
        assert!(unit_seconds(dir.path()).is_empty());
        assert!(units("<html>no data</html>").is_empty());
    }
}
