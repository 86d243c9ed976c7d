//! Sharing a note by email. The mail goes out through the `Mailer` trait, so
//! a test can put a mock in place of the mail server.

use mockall::automock;

use crate::note::Note;

/// Sends one email. `#[automock]` generates `MockMailer` beside it.
#[automock]
pub trait Mailer {
    fn send(&self, to: &str, subject: &str, text: &str) -> Result<(), MailError>;
}

/// The mail server refused the message, in its own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailError(pub String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Not an email address: nothing was sent.
    BadAddress(String),
    Mail(MailError),
}

/// Sends `note` to `to`: one email, the note's title in its subject and its
/// body as the text.
pub fn share(note: &Note, to: &str, mailer: &dyn Mailer) -> Result<(), ShareError> {
    if !to.contains('@') {
        return Err(ShareError::BadAddress(to.to_owned()));
    }
    let subject = format!("A note for you: {}", note.title);
    mailer
        .send(to, &subject, &note.body)
        .map_err(ShareError::Mail)
}
