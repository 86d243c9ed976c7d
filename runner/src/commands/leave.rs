//! `cargo kata leave`: stops reporting to the classroom, and tells the room
//! (one short try: leaving works with the server gone, too).

use anyhow::Result;

use crate::classroom::client::{self, Membership};
use crate::course::Course;
use crate::ui::{self, GOOD, NOTE};
use crate::verdict::Verdict;

pub fn run(course: &Course) -> Result<Verdict> {
    // A damaged file is forgotten like a good one.
    let membership = Membership::load(course).unwrap_or(None);
    let told = membership.as_ref().map(client::leave);
    Membership::forget(course)?;
    let Some(membership) = membership else {
        anstream::println!(
            "{}",
            ui::status(NOTE, "Not joined", "this course reports to no classroom")
        );
        return Ok(Verdict::Done);
    };
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
    if told.is_none_or(|told| told.is_err()) {
        anstream::println!(
            "{}",
            ui::detail("the server did not hear it (is it stopped?): your row stays on its page")
        );
    }
    Ok(Verdict::Done)
}
