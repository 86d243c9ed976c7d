//! Layer 3: the user service, the shop's rules for accounts. The web pages
//! will call it (this kata has no web layer: a test driver plays it), and it
//! stores everything through the repository.
//!
//! The shop treats emails as case-insensitive: the service trims and
//! lowercases every email before the repository sees it, so
//! `Ada@Shop.test` and `ada@shop.test` are one account.

use crate::repository::{RepositoryError, User, UserId, UserRepository};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserError {
    /// Not an email address; holds the text as it was given.
    InvalidEmail(String),
    /// The name is empty or only spaces.
    InvalidName,
    /// Another account has this email (normalized).
    EmailTaken(String),
    NotFound(UserId),
    Database(String),
}

impl From<RepositoryError> for UserError {
    fn from(error: RepositoryError) -> UserError {
        match error {
            RepositoryError::EmailTaken(email) => UserError::EmailTaken(email),
            RepositoryError::UnknownUser(id) => UserError::NotFound(id),
            RepositoryError::Database(message) => UserError::Database(message),
        }
    }
}

pub struct UserService {
    users: UserRepository,
}

// ANCHOR: service
impl UserService {
    pub fn new(users: UserRepository) -> UserService {
        UserService { users }
    }

    /// Opens an account. Fails with `InvalidEmail`, `InvalidName`, or
    /// `EmailTaken` when the email (in any case) already has an account.
    pub fn register(&self, email: &str, name: &str) -> Result<User, UserError> {
        let email = checked_email(email)?;
        let name = name.trim();
        if name.is_empty() {
            return Err(UserError::InvalidName);
        }
        // No lookup before the insert: the schema's UNIQUE constraint is the
        // one check that two registrations arriving together cannot both pass.
        Ok(self.users.create(&email, name)?)
    }

    pub fn get(&self, id: UserId) -> Result<User, UserError> {
        self.users.find_by_id(id)?.ok_or(UserError::NotFound(id))
    }

    /// Gives an account a new email, under the same rules as `register`.
    pub fn change_email(&self, id: UserId, new_email: &str) -> Result<User, UserError> {
        let email = checked_email(new_email)?;
        let mut user = self.get(id)?;
        user.email = email;
        self.users.update(&user)?;
        // Answer with what was stored, not with what was asked for.
        self.get(id)
    }
}
// ANCHOR_END: service

/// The email as the shop stores it: no spaces around it, all lowercase.
fn normalize(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A deliberately simple check: something before one `@`, a dot inside the
/// domain, and no spaces. (Only sending a message proves an address works.)
fn looks_like_an_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.contains(char::is_whitespace)
}

/// The normalized email, or `InvalidEmail` with the text as it was given.
fn checked_email(email: &str) -> Result<String, UserError> {
    let normalized = normalize(email);
    if looks_like_an_email(&normalized) {
        Ok(normalized)
    } else {
        Err(UserError::InvalidEmail(email.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::looks_like_an_email;

    // The rule has one clause per way an address can be wrong: each case
    // breaks exactly one of them, so that each clause is needed.
    #[test]
    fn an_email_is_refused_for_each_way_it_can_be_wrong() {
        assert!(looks_like_an_email("ada@shop.test"));
        for wrong in [
            "ada.shop.test",     // no @ at all
            "@shop.test",        // nothing before the @
            "ada@shop@test.com", // a second @
            "ada@shoptest",      // no dot in the domain
            "ada@.shop.test",    // the domain starts with a dot
            "ada@shop.test.",    // the domain ends with a dot
            "ada l@shop.test",   // a space
        ] {
            assert!(!looks_like_an_email(wrong), "{wrong:?} should be refused");
        }
    }
}
