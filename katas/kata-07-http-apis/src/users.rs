//! Users as the API sees them: what a client sends, what it gets back, and
//! the rules a user must follow.

use std::fmt;

use serde::{Deserialize, Serialize};

// ANCHOR: types
/// A stored user, as the API returns it:
/// `{"id": 1, "name": "Ada", "email": "ada@shop.test"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: i64,
    pub name: String,
    pub email: String,
}

/// What a client sends to create a user (`POST /users`) or to replace one
/// (`PUT /users/{id}`): `{"name": "Ada", "email": "ada@shop.test"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserForm {
    pub name: String,
    pub email: String,
}
// ANCHOR_END: types

/// Why a form was refused: the field, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidUser {
    pub field: &'static str,
    pub problem: &'static str,
}

impl fmt::Display for InvalidUser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.field, self.problem)
    }
}

impl UserForm {
    // ANCHOR: validate
    /// The form with surrounding spaces trimmed, or the first rule it breaks:
    /// a name must not be blank, and an email needs text on both sides of an
    /// `@`. (A real shop would check emails harder; this is enough to have a
    /// rule to test.)
    pub fn validate(self) -> Result<UserForm, InvalidUser> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(InvalidUser {
                field: "name",
                problem: "must not be empty",
            });
        }
        let email = self.email.trim();
        match email.split_once('@') {
            Some((local, domain)) if !local.is_empty() && !domain.is_empty() => {}
            _ => {
                return Err(InvalidUser {
                    field: "email",
                    problem: "must be an email address, such as ada@shop.test",
                });
            }
        }
        Ok(UserForm {
            name: name.to_string(),
            email: email.to_string(),
        })
    }
    // ANCHOR_END: validate
}

#[cfg(test)]
mod tests {
    use super::UserForm;

    fn form(name: &str, email: &str) -> UserForm {
        UserForm {
            name: name.into(),
            email: email.into(),
        }
    }

    /// The rule itself, case by case: this is where a hundred cases cost a
    /// millisecond. The HTTP tests check only that a refusal reaches the
    /// client as a 422.
    #[test]
    fn a_form_is_trimmed_or_refused_for_the_first_rule_it_breaks() {
        let valid = form("  Ada ", " ada@shop.test ").validate().unwrap();
        assert_eq!(
            (valid.name.as_str(), valid.email.as_str()),
            ("Ada", "ada@shop.test")
        );
        for (name, email, field) in [
            ("   ", "ada@shop.test", "name"),
            ("Ada", "ada.shop.test", "email"),
            ("Ada", "@shop.test", "email"),
            ("Ada", "ada@", "email"),
            ("Ada", "  ", "email"),
        ] {
            let refused = form(name, email).validate().unwrap_err();
            assert_eq!(refused.field, field, "{name:?} {email:?}");
        }
    }
}
