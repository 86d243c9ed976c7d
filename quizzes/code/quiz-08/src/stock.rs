//! Stock files and the stock report.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Reads a stock file: one product a line, its sku and how many are on the
/// shelf (`MUG 5`). A missing file is an empty stock.
pub fn load(path: &Path) -> Result<BTreeMap<String, u32>, String> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(error) => return Err(format!("{}: {error}", path.display())),
    };
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let (sku, count) = line
                .split_once(' ')
                .ok_or_else(|| format!("not `SKU COUNT`: {line:?}"))?;
            let count = count
                .trim()
                .parse()
                .map_err(|_| format!("not a count: {line:?}"))?;
            Ok((sku.to_string(), count))
        })
        .collect()
}

// ANCHOR: write_report
/// Writes `stock-report.txt` into the current directory, as the shop's
/// command-line tool does, and returns its path.
pub fn write_report(stock: &BTreeMap<String, u32>) -> io::Result<PathBuf> {
    let lines: String = stock
        .iter()
        .map(|(sku, count)| format!("{sku}: {count}\n"))
        .collect();
    let path = PathBuf::from("stock-report.txt");
    fs::write(&path, lines)?;
    Ok(path)
}
// ANCHOR_END: write_report
