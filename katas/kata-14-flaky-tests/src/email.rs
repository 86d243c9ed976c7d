//! An email, as the shop writes it.

/// One email to one customer. The shop's emails are short: the subject
/// says it all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    pub to: String,
    pub subject: String,
}

impl Email {
    pub fn new(to: impl Into<String>, subject: impl Into<String>) -> Email {
        Email {
            to: to.into(),
            subject: subject.into(),
        }
    }
}
