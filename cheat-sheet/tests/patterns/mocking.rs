//! A mockall expectation: the call is the outcome, so check the call.

use cheat_sheet::note::Note;
use cheat_sheet::sharing::{MailError, MockMailer, ShareError, share};

#[test]
fn sharing_a_note_sends_one_email_with_its_title() {
    let note = Note::new("Groceries", "eggs, milk");
    let mut mailer = MockMailer::new();
    // ANCHOR: key_expectation
    mailer
        .expect_send()
        .withf(|to, subject, _| to == "grace@example.test" && subject.contains("Groceries"))
        .times(1) // checked when the mock drops
        .returning(|_, _, _| Ok(()));
    // ANCHOR_END: key_expectation

    assert_eq!(share(&note, "grace@example.test", &mailer), Ok(()));
}

#[test]
fn a_bad_address_sends_nothing() {
    let mut mailer = MockMailer::new();
    // ANCHOR: key_never
    mailer.expect_send().never();
    // ANCHOR_END: key_never

    let shared = share(&Note::new("Groceries", ""), "grace", &mailer);

    assert_eq!(shared, Err(ShareError::BadAddress("grace".into())));
}

#[test]
fn a_refusal_of_the_mail_server_is_reported() {
    let full = MailError("mailbox full".into());
    let mut mailer = MockMailer::new();
    let refusal = full.clone();
    mailer
        .expect_send()
        .times(1)
        .returning(move |_, _, _| Err(refusal.clone()));

    let shared = share(&Note::new("Groceries", ""), "grace@example.test", &mailer);

    assert_eq!(shared, Err(ShareError::Mail(full)));
}
