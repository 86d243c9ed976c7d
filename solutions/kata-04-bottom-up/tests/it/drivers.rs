//! Test drivers: code that calls a layer the way the layer above it will,
//! while that layer is not there yet. There is one per layer under test, and
//! each one starts from a fresh database, so tests never share rows.

use kata_04::db::Database;
use kata_04::repository::{User, UserId, UserRepository};
use kata_04::service::UserService;
use rusqlite::OptionalExtension;

// ANCHOR: database_driver
/// Drives layer 1. The repository does not exist yet at this step, so this
/// driver plays it: it sends the SQL the repository will send, and hands
/// SQLite's own answers, errors included, back to the test to judge.
pub struct DatabaseDriver {
    db: Database,
}

impl DatabaseDriver {
    /// A driver on a fresh, empty database with the schema applied.
    pub fn new() -> DatabaseDriver {
        let db = Database::open_in_memory()
            .expect("the schema should apply to a fresh in-memory database");
        DatabaseDriver { db }
    }

    /// Inserts a user row; returns its id, or SQLite's refusal.
    pub fn insert_user(&self, email: &str, name: &str) -> rusqlite::Result<i64> {
        let connection = self.db.connection();
        connection.execute(
            "INSERT INTO users (email, name) VALUES (?1, ?2)",
            (email, name),
        )?;
        Ok(connection.last_insert_rowid())
    }

    /// Inserts an address row; returns its id, or SQLite's refusal.
    pub fn insert_address(&self, user_id: i64, line: &str) -> rusqlite::Result<i64> {
        let connection = self.db.connection();
        connection.execute(
            "INSERT INTO addresses (user_id, line) VALUES (?1, ?2)",
            (user_id, line),
        )?;
        Ok(connection.last_insert_rowid())
    }

    /// Every email in the `users` table, in the order the rows were added.
    pub fn emails(&self) -> Vec<String> {
        self.strings("SELECT email FROM users ORDER BY id", [])
    }

    /// The lines of the addresses stored for `user_id`, oldest first.
    pub fn address_lines(&self, user_id: i64) -> Vec<String> {
        self.strings(
            "SELECT line FROM addresses WHERE user_id = ?1 ORDER BY id",
            [user_id],
        )
    }

    fn strings(&self, sql: &str, params: impl rusqlite::Params) -> Vec<String> {
        let mut statement = self.db.connection().prepare(sql).unwrap();
        statement
            .query_map(params, |row| row.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }
}
// ANCHOR_END: database_driver

/// Drives layer 2. It plays the user service, which is not built yet: it
/// calls the repository the way the service will (emails already trimmed
/// and lowercased), on a real layer 1 that is already tested. To see what
/// was stored, it reads the table with plain SQL rather than trusting the
/// repository it is testing.
pub struct RepositoryDriver {
    pub users: UserRepository,
    db: Database,
}

impl RepositoryDriver {
    pub fn new() -> RepositoryDriver {
        let db = Database::open_in_memory()
            .expect("the schema should apply to a fresh in-memory database");
        RepositoryDriver {
            users: UserRepository::new(db.clone()),
            db,
        }
    }

    /// Creates a user as the service will; a refusal fails the test here,
    /// with the reason, rather than in some later assertion.
    pub fn create(&self, email: &str, name: &str) -> User {
        self.users
            .create(email, name)
            .unwrap_or_else(|error| panic!("the repository refused to create {email}: {error:?}"))
    }

    /// From now on the database refuses every write, as a full disk or a
    /// lost file would: the way to see which errors the repository reports
    /// as what.
    pub fn make_read_only(&self) {
        self.db
            .connection()
            .execute_batch("PRAGMA query_only = ON;")
            .expect("SQLite can be made read-only");
    }

    /// The (email, name) row stored for `id`, if there is one.
    pub fn stored_row(&self, id: UserId) -> Option<(String, String)> {
        self.db
            .connection()
            .query_row(
                "SELECT email, name FROM users WHERE id = ?1",
                [id.0],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()
            .expect("the users table should be readable")
    }
}

/// Drives layer 3. It plays the shop's sign-up and account pages, which
/// this kata does not have: it hands the service what a customer typed.
/// Layers 1 and 2 are real and already tested, so it uses the repository to
/// see what the service stored.
pub struct ServiceDriver {
    pub service: UserService,
    pub users: UserRepository,
}

impl ServiceDriver {
    pub fn new() -> ServiceDriver {
        let db = Database::open_in_memory()
            .expect("the schema should apply to a fresh in-memory database");
        let users = UserRepository::new(db);
        ServiceDriver {
            service: UserService::new(users.clone()),
            users,
        }
    }

    /// Signs a customer up, as the sign-up form will; a refusal fails the
    /// test here, with the reason.
    pub fn sign_up(&self, email: &str, name: &str) -> User {
        self.service
            .register(email, name)
            .unwrap_or_else(|error| panic!("the service refused to register {email}: {error:?}"))
    }
}
