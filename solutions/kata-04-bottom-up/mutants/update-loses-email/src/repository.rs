//! Layer 2: the user repository. It speaks SQL to layer 1 and speaks users
//! to layer 3. It stores and matches emails exactly as it is given them:
//! normalizing them is the service's job.

use rusqlite::{OptionalExtension, Row, ffi, params};

use crate::db::Database;

/// A user's id: the row id of the `users` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UserId(pub i64);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub name: String,
}

/// A shipping address. Checkout will use these; it is a layer this kata
/// does not have yet, which is what building bottom-up looks like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    pub id: i64,
    pub user_id: UserId,
    pub line: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RepositoryError {
    /// Another user already has this email (the schema's UNIQUE constraint).
    EmailTaken(String),
    /// No user has this id.
    UnknownUser(UserId),
    /// Anything else the database reported.
    Database(String),
}

impl From<rusqlite::Error> for RepositoryError {
    fn from(error: rusqlite::Error) -> RepositoryError {
        RepositoryError::Database(error.to_string())
    }
}

/// Whether `error` is SQLite refusing a row for breaking the constraint
/// `extended_code` (such as `ffi::SQLITE_CONSTRAINT_UNIQUE`).
fn violates(error: &rusqlite::Error, extended_code: i32) -> bool {
    error.sqlite_extended_error_code() == Some(extended_code)
}

fn user_from_row(row: &Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        id: UserId(row.get(0)?),
        email: row.get(1)?,
        name: row.get(2)?,
    })
}

#[derive(Clone)]
pub struct UserRepository {
    db: Database,
}

impl UserRepository {
    pub fn new(db: Database) -> UserRepository {
        UserRepository { db }
    }

    /// Stores a new user. Fails with `EmailTaken` if the email is in use.
    pub fn create(&self, email: &str, name: &str) -> Result<User, RepositoryError> {
        self.db
            .connection()
            .execute(
                "INSERT INTO users (email, name) VALUES (?1, ?2)",
                params![email, name],
            )
            .map_err(|error| {
                if violates(&error, ffi::SQLITE_CONSTRAINT_UNIQUE) {
                    RepositoryError::EmailTaken(email.to_string())
                } else {
                    error.into()
                }
            })?;
        Ok(User {
            id: UserId(self.db.connection().last_insert_rowid()),
            email: email.to_string(),
            name: name.to_string(),
        })
    }

    pub fn find_by_id(&self, id: UserId) -> Result<Option<User>, RepositoryError> {
        let user = self
            .db
            .connection()
            .query_row(
                "SELECT id, email, name FROM users WHERE id = ?1",
                [id.0],
                user_from_row,
            )
            .optional()?;
        Ok(user)
    }

    /// Finds the user whose email is exactly `email`.
    pub fn find_by_email(&self, email: &str) -> Result<Option<User>, RepositoryError> {
        let user = self
            .db
            .connection()
            .query_row(
                "SELECT id, email, name FROM users WHERE email = ?1",
                [email],
                user_from_row,
            )
            .optional()?;
        Ok(user)
    }

    /// Saves a user's email and name. Fails with `UnknownUser` if there is
    /// no such user, and with `EmailTaken` if another user has the email.
    pub fn update(&self, user: &User) -> Result<(), RepositoryError> {
        let changed = self
            .db
            .connection()
            .execute(
                "UPDATE users SET name = ?1 WHERE id = ?2",
                params![user.name, user.id.0],
            )
            .map_err(|error| {
                if violates(&error, ffi::SQLITE_CONSTRAINT_UNIQUE) {
                    RepositoryError::EmailTaken(user.email.clone())
                } else {
                    error.into()
                }
            })?;
        if changed == 0 {
            return Err(RepositoryError::UnknownUser(user.id));
        }
        Ok(())
    }

    /// Adds a shipping address for a user. Fails with `UnknownUser` if
    /// there is no such user: the schema's foreign key refuses the row.
    pub fn add_address(&self, user_id: UserId, line: &str) -> Result<Address, RepositoryError> {
        self.db
            .connection()
            .execute(
                "INSERT INTO addresses (user_id, line) VALUES (?1, ?2)",
                params![user_id.0, line],
            )
            .map_err(|error| {
                if violates(&error, ffi::SQLITE_CONSTRAINT_FOREIGNKEY) {
                    RepositoryError::UnknownUser(user_id)
                } else {
                    error.into()
                }
            })?;
        Ok(Address {
            id: self.db.connection().last_insert_rowid(),
            user_id,
            line: line.to_string(),
        })
    }

    /// A user's addresses, oldest first.
    pub fn addresses_of(&self, user_id: UserId) -> Result<Vec<Address>, RepositoryError> {
        let mut statement = self
            .db
            .connection()
            .prepare("SELECT id, user_id, line FROM addresses WHERE user_id = ?1 ORDER BY id")?;
        let addresses = statement
            .query_map([user_id.0], |row| {
                Ok(Address {
                    id: row.get(0)?,
                    user_id: UserId(row.get(1)?),
                    line: row.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(addresses)
    }
}
