//! `cargo kata leave`: stops reporting to the classroom, and tells the room
//! (one short try: leaving works with the server gone, too).

use anyhow::Result;

use crate::classroom::client::{self, Membership};
use crate::course::Course;
use crate::ui::{self, GOOD, NOTE};

pub fn run(course: &Course) -> Result<()> {
    // A damaged file is forgotten like a good one.
    let membership = Membership::load(course).unwrap_or(None);
    let told = membership.as_ref().map(client::leave);
    Membership::forget(course)?;
    match (membership, told) {
        (Some(membership), Some(Ok(()))) => anstream::println!(
            "{}",
            ui::status(
                GOOD,
                "Left",
                format!(
                    "the classroom at {}: checks are no longer reported",
                    membership.server
                )
            )
        ),
        (Some(membership), _) => {
            anstream::println!(
                "{}",
                ui::status(
                    GOOD,
                    "Left",
                    format!(
                        "the classroom at {}: checks are no longer reported",
                        membership.server
                    )
                )
            );
            anstream::println!(
                "{}",
                ui::detail(
                    "the server did not hear it (is it stopped?): your row stays on its page"
                )
            );
        }
        (None, _) => anstream::println!(
            "{}",
            ui::status(NOTE, "Not joined", "this course reports to no classroom")
        ),
    }
    Ok(())
}
