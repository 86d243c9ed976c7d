//! A name that two tests want: the folder that the supplier's stock file is
//! imported in.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process;

use crate::chapter::doubles::FakeSupplier;

/// Where the supplier's stock file comes from: their server, in production.
pub trait Supplier {
    fn stock_file(&self) -> String;
}

// ANCHOR: import
/// Imports the supplier's stock file, in the shop's work folder for imports.
pub fn import_stock(supplier: &impl Supplier) -> io::Result<Vec<(String, u32)>> {
    import_stock_in(&work_folder(), supplier)
}

/// Imports the supplier's stock file, working in `folder`: it downloads the
/// file there, reads it, and removes the folder. The folder must not exist
/// yet, so that an import never reads a file that another one left.
pub fn import_stock_in(folder: &Path, supplier: &impl Supplier) -> io::Result<Vec<(String, u32)>> {
    fs::create_dir(folder)?;
    let _remove = RemoveWhenDone(folder);
    let file = folder.join("stock.csv");
    fs::write(&file, supplier.stock_file())?;
    let text = fs::read_to_string(&file)?;
    Ok(text.lines().filter_map(parse_line).collect())
}
// ANCHOR_END: import

/// The shop's work folder for imports: `catalog-import`, in the temporary
/// folder, and the same for every import. (Its name also has this process's
/// id in it, so that two runs of this kata at once stay apart: here only
/// the tests of one run share it, which is the lesson.)
pub fn work_folder() -> PathBuf {
    scratch().join(format!("catalog-import-{}", process::id()))
}

/// Cargo's temporary folder for this package's tests, under `target/`.
pub fn scratch() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
}

/// `MUG,12` is twelve mugs.
fn parse_line(line: &str) -> Option<(String, u32)> {
    let (sku, count) = line.split_once(',')?;
    Some((sku.to_string(), count.trim().parse().ok()?))
}

/// Removes the import's folder when the import is over, however it ended.
struct RemoveWhenDone<'a>(&'a Path);

impl Drop for RemoveWhenDone<'_> {
    fn drop(&mut self) {
        // Nothing to do about a folder that cannot be removed.
        let _ = fs::remove_dir_all(self.0);
    }
}

// ANCHOR: test
pub fn an_import_reads_every_line() {
    let supplier = FakeSupplier::with("MUG,12\nTEA,40\n");

    let stock = import_stock(&supplier).expect("the import runs");

    assert_eq!(stock, [("MUG".to_string(), 12), ("TEA".to_string(), 40)]);
}
// ANCHOR_END: test
