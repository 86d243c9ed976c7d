//! Waiting with a deadline: for the effect itself, never for a guessed time.

use std::time::Duration;

use cheat_sheet::autosave;
use tokio::time::timeout;

#[tokio::test]
async fn the_last_edit_of_a_draft_is_saved() {
    let (edits, mut saved) = autosave::start(Duration::from_millis(20));
    for text in ["S", "Sho", "Shopping"] {
        edits.send(text.into()).await.unwrap();
    }

    // ANCHOR: key_wait
    // Checked at once, then at each change; the deadline bounds a broken run.
    let shopping = |draft: &Option<String>| draft.as_deref() == Some("Shopping");
    let waited = timeout(Duration::from_secs(5), saved.wait_for(shopping)).await;
    // ANCHOR_END: key_wait
    let in_time = waited.is_ok_and(|found| found.is_ok());
    let last = saved.borrow().clone();
    assert!(in_time, "not saved within 5 s; last saved: {last:?}");
}
