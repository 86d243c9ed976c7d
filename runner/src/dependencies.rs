//! Which of the course's dependencies this machine still has to download:
//! the crates this platform needs (`cargo metadata --filter-platform`), whose
//! downloaded `.crate` file is not in cargo's cache. Crates for other
//! platforms (Windows-only ones on Linux, say) are not needed here and are
//! not counted.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::course::Course;
use crate::limits;
use crate::toolchain;

#[derive(Deserialize)]
struct Metadata {
    packages: Vec<Package>,
    resolve: Option<Resolve>,
}

#[derive(Deserialize)]
struct Package {
    id: String,
    name: String,
    version: String,
    source: Option<String>,
}

#[derive(Deserialize)]
struct Resolve {
    nodes: Vec<Node>,
}

#[derive(Deserialize)]
struct Node {
    id: String,
}

/// `name version` of each needed crate that is not downloaded yet.
pub fn missing(course: &Course) -> Result<Vec<String>> {
    let mut args = vec!["metadata", "--format-version", "1", "--offline", "--locked"];
    let host = toolchain::host_triple();
    if let Some(host) = &host {
        args.extend(["--filter-platform", host.as_str()]);
    }
    let output = course.cargo.run(&course.root, &args, limits::QUICK)?;
    if !output.success() {
        bail!("cargo metadata failed: {}", output.tail(6));
    }
    let metadata: Metadata =
        serde_json::from_str(&output.stdout).context("cargo metadata printed no JSON")?;
    let needed: Vec<&str> = metadata
        .resolve
        .iter()
        .flat_map(|resolve| &resolve.nodes)
        .map(|node| node.id.as_str())
        .collect();
    let caches = registry_caches();
    Ok(metadata
        .packages
        .iter()
        .filter(|package| needed.contains(&package.id.as_str()))
        .filter(|package| {
            package.source.as_deref().is_some_and(|source| {
                source.starts_with("registry+") || source.starts_with("sparse+")
            })
        })
        .filter(|package| {
            let file = format!("{}-{}.crate", package.name, package.version);
            !caches.iter().any(|cache| cache.join(&file).is_file())
        })
        .map(|package| format!("{} {}", package.name, package.version))
        .collect())
}

/// `$CARGO_HOME/registry/cache/<index>/`: where cargo keeps each downloaded crate.
fn registry_caches() -> Vec<PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .or_else(|| std::env::var_os("USERPROFILE"))
                .map(|home| PathBuf::from(home).join(".cargo"))
        });
    let Some(cache) = home.map(|home| home.join("registry").join("cache")) else {
        return Vec::new();
    };
    fs_err::read_dir(&cache)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .collect()
        })
        .unwrap_or_default()
}
