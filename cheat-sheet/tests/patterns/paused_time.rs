//! Paused time: the system's real delays, at no cost in real time.

use std::time::Duration;

use cheat_sheet::autosave;
use tokio::time::{Instant, sleep, timeout};

// ANCHOR: key_paused
#[tokio::test(start_paused = true)]
async fn a_draft_is_saved_two_seconds_after_its_last_edit() {
    let start = Instant::now(); // tokio's clock: the one that is paused
    // ANCHOR_END: key_paused
    let (edits, mut saved) = autosave::start(Duration::from_secs(2));

    edits.send("Sho".into()).await.unwrap();
    // The writer's pause, not a wait: with every task idle, the clock jumps.
    sleep(Duration::from_secs(1)).await;
    edits.send("Shopping".into()).await.unwrap();

    // A virtual deadline too: it costs nothing unless it is reached.
    let waited = timeout(Duration::from_secs(60), saved.wait_for(Option::is_some)).await;
    let draft = waited.expect("saved in a minute").expect("autosave runs");
    assert_eq!(draft.as_deref(), Some("Shopping"));
    let at = start.elapsed(); // exact: the clock moves from timer to timer
    assert_eq!(at, Duration::from_secs(3), "2 s after the last edit");
}
