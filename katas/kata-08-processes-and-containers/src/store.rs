//! The stock counts, kept in `stock.json` in the service's data directory.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, ErrorKind};
use std::path::{Path, PathBuf};

/// The file in the data directory that holds the stock.
pub const STOCK_FILE: &str = "stock.json";

/// Quantities by sku, and the file they are saved in.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    quantities: BTreeMap<String, u32>,
}

impl Store {
    /// Loads the stock saved in `data_dir`, or starts empty if nothing was
    /// saved there yet. The directory itself must exist: a service that
    /// quietly created a missing one would hide a typo in its configuration.
    pub fn open(data_dir: &Path) -> io::Result<Store> {
        if !data_dir.is_dir() {
            return Err(io::Error::new(
                ErrorKind::NotFound,
                format!("the data directory {} does not exist", data_dir.display()),
            ));
        }
        let path = data_dir.join(STOCK_FILE);
        let quantities = match fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|error| {
                io::Error::new(
                    ErrorKind::InvalidData,
                    format!("{} is not a stock file: {error}", path.display()),
                )
            })?,
            Err(error) if error.kind() == ErrorKind::NotFound => BTreeMap::new(),
            Err(error) => return Err(error),
        };
        Ok(Store { path, quantities })
    }

    pub fn quantity(&self, sku: &str) -> Option<u32> {
        self.quantities.get(sku).copied()
    }

    /// Every record, by sku.
    pub fn all(&self) -> impl Iterator<Item = (&str, u32)> {
        self.quantities
            .iter()
            .map(|(sku, &quantity)| (sku.as_str(), quantity))
    }

    /// Sets the quantity of `sku` and saves the stock before returning.
    pub fn set(&mut self, sku: &str, quantity: u32) -> io::Result<()> {
        let before = self.quantities.insert(sku.to_string(), quantity);
        if let Err(error) = self.save() {
            // Keep memory and disk in agreement: undo what was not saved.
            match before {
                Some(old) => self.quantities.insert(sku.to_string(), old),
                None => self.quantities.remove(sku),
            };
            return Err(error);
        }
        Ok(())
    }

    /// Writes a new file and renames it over the old one, so that a process
    /// killed halfway leaves the old stock or the new, never half a file.
    fn save(&self) -> io::Result<()> {
        let json = serde_json::to_vec_pretty(&self.quantities)?;
        let partial = self.path.with_extension("json.partial");
        fs::write(&partial, json)?;
        fs::rename(&partial, &self.path)
    }
}
