//! The stock service and its data directory.

use std::collections::BTreeMap;
use std::fs::{self, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use crate::stock;

#[derive(Debug, PartialEq, Eq)]
pub enum StartError {
    /// Another service holds this data directory.
    Locked,
    /// The stock file can't be read.
    Corrupt(String),
    Io(String),
}

/// A running service. It holds the lock of its data directory for as long
/// as it lives, and gives it back when it is dropped, however that happens.
#[derive(Debug)]
pub struct Running {
    data_dir: PathBuf,
    stock: BTreeMap<String, u32>,
}

impl Running {
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn on_hand(&self, sku: &str) -> u32 {
        self.stock.get(sku).copied().unwrap_or(0)
    }
}

// ANCHOR: start
/// Starts the service on `data_dir`: takes the directory's lock, then loads
/// `stock.txt` from it.
pub fn start(data_dir: &Path) -> Result<Running, StartError> {
    let lock = data_dir.join("LOCK");
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&lock)
        .map_err(|error| match error.kind() {
            io::ErrorKind::AlreadyExists => StartError::Locked,
            _ => StartError::Io(error.to_string()),
        })?;
    // From here on, the lock is owned: if loading fails, `?` drops `running`,
    // and its `drop` gives the lock back.
    let mut running = Running {
        data_dir: data_dir.to_path_buf(),
        stock: BTreeMap::new(),
    };
    running.stock = stock::load(&data_dir.join("stock.txt")).map_err(StartError::Corrupt)?;
    Ok(running)
}

impl Drop for Running {
    fn drop(&mut self) {
        // Never panic in `drop`: a panic while a failing test unwinds would
        // abort the whole test binary.
        let _ = fs::remove_file(self.data_dir.join("LOCK"));
    }
}
// ANCHOR_END: start
