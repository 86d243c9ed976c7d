//! Noticing that a learner saved a file, for `cargo kata watch`.
//!
//! Two sources feed one channel: file events from the operating system
//! (`notify`), and a poll of the kata's files every second. Editors that
//! save through a swap file or a rename produce events on the folder, not on
//! the file, so the folder is watched, recursively. The poll catches saves
//! on file systems that send no events (network shares, some containers and
//! virtual machines); when only the poll sees a save, `watch` says so.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::thread;
use std::time::Duration;

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use crate::commands::watch::WatchEvent;
use crate::files;

const POLL_EVERY: Duration = Duration::from_secs(1);

/// Keeps the watcher alive; dropping it stops the file events and the poll.
pub struct FileWatch {
    watcher: Option<RecommendedWatcher>,
    stop: Arc<AtomicBool>,
}

impl FileWatch {
    /// Whether file events could be set up at all (the poll runs either way).
    pub fn has_events(&self) -> bool {
        self.watcher.is_some()
    }
}

impl Drop for FileWatch {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// Starts watching `dir`, sending a [`WatchEvent::Saved`] for each save.
pub fn start(dir: &Path, events: Sender<WatchEvent>) -> FileWatch {
    let for_events = events.clone();
    let watcher = notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
        if let Ok(event) = result
            && is_a_save(&event)
        {
            let _ = for_events.send(WatchEvent::Saved { by_event: true });
        }
    })
    .and_then(|mut watcher| {
        watcher.watch(dir, RecursiveMode::Recursive)?;
        Ok(watcher)
    })
    .ok();
    let stop = Arc::new(AtomicBool::new(false));
    spawn_poll(dir.to_path_buf(), events, Arc::clone(&stop));
    FileWatch { watcher, stop }
}

/// A change to a source or manifest file, not to build output or an editor's
/// swap and backup files.
fn is_a_save(event: &notify::Event) -> bool {
    let changes = matches!(
        event.kind,
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
    );
    changes && event.paths.iter().any(|path| is_source(path))
}

fn is_source(path: &Path) -> bool {
    let in_target = path.components().any(|c| c.as_os_str() == "target");
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let wanted = name.ends_with(".rs") || name.ends_with(".toml");
    wanted && !in_target && !name.starts_with('.')
}

fn spawn_poll(dir: PathBuf, events: Sender<WatchEvent>, stop: Arc<AtomicBool>) {
    thread::spawn(move || {
        let mut last = files::read_tree(&dir, &[]).ok();
        loop {
            thread::sleep(POLL_EVERY);
            if stop.load(Ordering::Relaxed) {
                return;
            }
            let now = files::read_tree(&dir, &[]).ok();
            if now != last {
                last = now;
                if events.send(WatchEvent::Saved { by_event: false }).is_err() {
                    return; // the watch is over
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_count_and_build_output_and_swap_files_do_not() {
        assert!(is_source(Path::new("katas/kata-01/src/shop.rs")));
        assert!(is_source(Path::new("katas/kata-01/Cargo.toml")));
        assert!(!is_source(Path::new("katas/kata-01/src/.shop.rs.swp")));
        assert!(!is_source(Path::new("katas/kata-01/src/shop.rs~")));
        assert!(!is_source(Path::new("katas/kata-01/target/debug/x.rs")));
        assert!(!is_source(Path::new("katas/kata-01/src/4913")));
    }
}
