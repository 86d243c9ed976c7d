//! Backups of a learner's kata, made before `reset`, `solve` and `restore`
//! replace it, and listed for `restore`, the way back. Each backup gets a
//! folder of its own, named for the time it was made; an existing backup is
//! never overwritten.

use std::fs;
use std::io::ErrorKind;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result, bail};

use crate::course::{Course, Kata};
use crate::files;

/// Copies the learner's kata folder to `.kata/backups/<kata>/<time>/` and
/// returns where it went.
pub fn back_up(course: &Course, kata: &Kata) -> Result<PathBuf> {
    let source = course.kata_dir(kata);
    let tree = files::read_tree(&source, &[])?;
    let parent = course.backups_dir(kata);
    fs::create_dir_all(&parent).with_context(|| {
        format!(
            "cannot create the backup folder {}; your kata was not changed",
            parent.display()
        )
    })?;
    let stamp = utc_stamp(SystemTime::now());
    for attempt in 1..1000 {
        let name = if attempt == 1 {
            stamp.clone()
        } else {
            format!("{stamp}-{attempt}")
        };
        let dir = parent.join(name);
        // `create_dir` fails when the folder exists: that is what keeps an
        // older backup from being overwritten.
        match fs::create_dir(&dir) {
            Ok(()) => {
                files::write_tree(&dir, &tree).with_context(|| {
                    format!(
                        "cannot write the backup {}; your kata was not changed",
                        dir.display()
                    )
                })?;
                return Ok(dir);
            }
            Err(error) if error.kind() == ErrorKind::AlreadyExists => continue,
            Err(error) => {
                return Err(error).with_context(|| {
                    format!(
                        "cannot create the backup {}; your kata was not changed",
                        dir.display()
                    )
                });
            }
        }
    }
    bail!(
        "too many backups in {} for one second; your kata was not changed",
        parent.display()
    )
}

/// One backup of a kata.
pub struct Backup {
    /// Its folder's name: the time it was made, `2026-11-21T14-23-05Z`
    /// (with `-2`, `-3` for more in the same second).
    pub name: String,
    pub path: PathBuf,
}

/// The backups of `kata`, oldest first.
pub fn list(course: &Course, kata: &Kata) -> Result<Vec<Backup>> {
    let dir = course.backups_dir(kata);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => {
            return Err(error).with_context(|| format!("cannot read {}", dir.display()));
        }
    };
    let mut backups = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot read {}", dir.display()))?;
        if entry.path().is_dir() {
            backups.push(Backup {
                name: entry.file_name().to_string_lossy().into_owned(),
                path: entry.path(),
            });
        }
    }
    backups.sort_by_cached_key(|backup| order_key(&backup.name));
    Ok(backups)
}

/// The stamp, then the number after it: `…Z-10` after `…Z-2`.
fn order_key(name: &str) -> (String, u32) {
    match name.rsplit_once("Z-") {
        Some((stamp, n)) => (format!("{stamp}Z"), n.parse().unwrap_or(0)),
        None => (name.to_string(), 1),
    }
}

/// `2026-11-21T14-23-05Z`: sortable, readable, and valid in a file name on
/// every platform (no colons).
fn utc_stamp(time: SystemTime) -> String {
    let seconds = time.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    let (year, month, day) = civil_from_days(days as i64);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}-{:02}-{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// Days since 1970-01-01 to a Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn stamps_are_utc_dates_without_colons() {
        let time = UNIX_EPOCH + Duration::from_secs(1_795_270_985);
        assert_eq!(utc_stamp(time), "2026-11-21T14-23-05Z");
        assert_eq!(utc_stamp(UNIX_EPOCH), "1970-01-01T00-00-00Z");
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    #[test]
    fn backups_of_one_second_sort_by_their_number() {
        let mut names = vec![
            "2026-11-21T14-23-05Z-10",
            "2026-11-21T14-23-06Z",
            "2026-11-21T14-23-05Z",
            "2026-11-21T14-23-05Z-2",
        ];
        names.sort_by_cached_key(|name| order_key(name));
        assert_eq!(
            names,
            [
                "2026-11-21T14-23-05Z",
                "2026-11-21T14-23-05Z-2",
                "2026-11-21T14-23-05Z-10",
                "2026-11-21T14-23-06Z"
            ]
        );
    }
}
