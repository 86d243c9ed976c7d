//! Autosave: the editor sends every edit of a draft, and the draft is saved
//! once its writer has paused for a while (a debounce), not on every key.

use std::time::Duration;

use tokio::sync::{mpsc, watch};
use tokio::time::sleep;

/// Starts the autosave task on the current tokio runtime. Send each edit (the
/// whole text so far) into the returned sender; the latest text is saved once
/// no edit has come for `quiet`, and the receiver shows the last saved text
/// (`None` before the first save). Dropping the sender saves what is pending
/// and ends the task.
pub fn start(quiet: Duration) -> (mpsc::Sender<String>, watch::Receiver<Option<String>>) {
    let (edits, mut incoming) = mpsc::channel::<String>(16);
    let (saved, last_saved) = watch::channel(None);
    tokio::spawn(async move {
        while let Some(mut draft) = incoming.recv().await {
            // Each new edit restarts the wait: save after `quiet` without one.
            loop {
                tokio::select! {
                    edit = incoming.recv() => match edit {
                        Some(newer) => draft = newer,
                        None => break,
                    },
                    () = sleep(quiet) => break,
                }
            }
            saved.send_replace(Some(draft));
        }
    });
    (edits, last_saved)
}
