//! What a test waits for before it looks. The relay takes a second to answer,
//! as a real one does; the desk announces `Issued` before it asks the relay,
//! and `Sent` once the relay took the email. The tests that fail on the real
//! desk, every run, are ignored; the quiz runs them. (The quiz shows each
//! test from its `fn` on, so that the attributes don't give its answer away.)

use std::time::Duration;

use quiz_13::CardEvent::{Issued, Sent};
use quiz_13::relay::MailRelay;
use tokio::time::{sleep, timeout};

use crate::support::{HOUR, ada_card, email_to_ada, next, open};

const ONE_SECOND: Duration = Duration::from_secs(1);

#[tokio::test(start_paused = true)]
#[ignore = "quiz: looks for the email before the relay has taken it"]
// ANCHOR: issued_then_looks
async fn waits_for_issued_then_looks() {
    let relay = MailRelay::answering_after(ONE_SECOND);
    let (desk, mut heard) = open(&relay);
    desk.buy(ada_card()).await;

    assert_eq!(next(&mut heard).await, Issued(1));
    assert_eq!(relay.delivered(), [email_to_ada()]);
}
// ANCHOR_END: issued_then_looks

#[tokio::test(start_paused = true)]
#[ignore = "quiz: guesses how long the relay takes, and guesses wrong"]
// ANCHOR: sleeps_then_looks
async fn waits_for_issued_then_sleeps_then_looks() {
    let relay = MailRelay::answering_after(ONE_SECOND);
    let (desk, mut heard) = open(&relay);
    desk.buy(ada_card()).await;

    assert_eq!(next(&mut heard).await, Issued(1));
    sleep(Duration::from_millis(100)).await;
    assert_eq!(relay.delivered(), [email_to_ada()]);
}
// ANCHOR_END: sleeps_then_looks

#[tokio::test(start_paused = true)]
// ANCHOR: sent_then_looks
async fn waits_for_sent_then_looks() {
    let relay = MailRelay::answering_after(ONE_SECOND);
    let (desk, mut heard) = open(&relay);
    desk.buy(ada_card()).await;

    assert_eq!(next(&mut heard).await, Issued(1));
    assert_eq!(next(&mut heard).await, Sent(1));
    assert_eq!(relay.delivered(), [email_to_ada()]);
}
// ANCHOR_END: sent_then_looks

#[tokio::test(start_paused = true)]
// ANCHOR: closes_then_looks
async fn waits_for_issued_then_closes_the_desk_then_looks() {
    let relay = MailRelay::answering_after(ONE_SECOND);
    let (desk, mut heard) = open(&relay);
    desk.buy(ada_card()).await;

    assert_eq!(next(&mut heard).await, Issued(1));
    timeout(HOUR, desk.close())
        .await
        .expect("the desk was still at work after an hour")
        .expect("the desk's task failed");
    assert_eq!(relay.delivered(), [email_to_ada()]);
}
// ANCHOR_END: closes_then_looks
