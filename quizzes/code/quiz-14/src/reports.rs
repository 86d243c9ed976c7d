//! The day's sales report, as a file for the accountants.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// Writes the report to `path`. A report is never written over another:
/// when the file exists already, this fails with `AlreadyExists`.
pub fn write_report(path: &Path, day: &str, lines: &[(&str, u64)]) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(path)?;
    writeln!(file, "sales of {day}")?;
    for (sku, cents) in lines {
        writeln!(file, "{sku},{cents}")?;
    }
    file.sync_all()
}

/// Reads a report back, as the accountants' import does.
pub fn read_report(path: &Path) -> io::Result<String> {
    fs::read_to_string(path)
}
