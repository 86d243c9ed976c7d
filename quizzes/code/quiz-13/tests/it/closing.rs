//! Closing the desk, then reading everything it announced.

use quiz_13::CardEvent::{Issued, Refused, Sent};
use quiz_13::relay::MailRelay;
use tokio::time::timeout;

use crate::support::{HOUR, ada_card, bob_card, open};

// ANCHOR: next_card
#[tokio::test(start_paused = true)]
async fn a_refused_email_does_not_hold_up_the_next_card() {
    let relay = MailRelay::new();
    relay.refuse_next(1);
    let (desk, mut heard) = open(&relay);
    desk.buy(ada_card()).await;
    desk.buy(bob_card()).await;

    // Close the queue, then wait, with a deadline, for the task to end.
    timeout(HOUR, desk.close())
        .await
        .expect("the desk was still at work after an hour")
        .expect("the desk's task failed");

    // The task is over: all it will ever announce is in the channel now.
    let mut announced = Vec::new();
    while let Ok(event) = heard.try_recv() {
        announced.push(event);
    }
    let expected = [
        Issued(1),
        Refused {
            card: 1,
            attempt: 1,
        },
        Issued(2),
        Sent(2),
        Sent(1),
    ];
    assert_eq!(announced, expected, "what the desk announced");
}
// ANCHOR_END: next_card
