//! The schema, written as the ordered list of every change ever made to it,
//! and a runner that brings any database up to date.
//!
//! A database remembers how far it got in `PRAGMA user_version`, a number
//! SQLite keeps in the file's header (0 in a new database). The runner applies
//! each migration with a higher version, in order, each in its own
//! transaction.
//!
//! Migrations that have shipped are never edited: shops out there already
//! ran them. A change to the schema is a new migration at the end.

use std::fmt;

use rusqlite::Connection;

/// One change to the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Migration {
    /// The `user_version` a database is at once this migration is applied.
    pub version: u32,
    pub description: &'static str,
    pub sql: &'static str,
}

// ANCHOR: migrations
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        description: "users and their orders",
        sql: "
            CREATE TABLE users (
                id     INTEGER PRIMARY KEY,
                email  TEXT NOT NULL UNIQUE,
                name   TEXT NOT NULL
            );
            CREATE TABLE orders (
                id           INTEGER PRIMARY KEY,
                user_id      INTEGER NOT NULL REFERENCES users (id),
                total_cents  INTEGER NOT NULL CHECK (total_cents >= 0)
            );
        ",
    },
    Migration {
        version: 2,
        description: "the lines of an order",
        sql: "
            CREATE TABLE order_lines (
                id                INTEGER PRIMARY KEY,
                order_id          INTEGER NOT NULL REFERENCES orders (id),
                sku               TEXT NOT NULL CHECK (sku <> ''),
                quantity          INTEGER NOT NULL CHECK (quantity > 0),
                unit_price_cents  INTEGER NOT NULL CHECK (unit_price_cents >= 0)
            );
            CREATE INDEX order_lines_by_order ON order_lines (order_id);
            CREATE INDEX orders_by_user ON orders (user_id);
        ",
    },
    Migration {
        version: 3,
        description: "an order's status",
        // A new column on a table that already has rows. Until now the shop
        // recorded an order only once it was paid, so every order already
        // here is paid; orders placed from now on start as 'placed'.
        sql: "
            ALTER TABLE orders ADD COLUMN status TEXT NOT NULL DEFAULT 'placed'
                CHECK (status IN ('placed', 'paid', 'shipped', 'delivered', 'canceled'));
            UPDATE orders SET status = 'paid';
        ",
    },
];
// ANCHOR_END: migrations

/// The version of the newest migration: where [`migrate`] leaves a database.
pub const LATEST_VERSION: u32 = MIGRATIONS[MIGRATIONS.len() - 1].version;

#[derive(Debug, PartialEq)]
pub enum MigrationError {
    /// The database was migrated by a newer version of the shop than this
    /// one: running old code on it could damage it, so nothing is done.
    NewerThanThisProgram { found: u32, latest: u32 },
    /// A migration failed. Its transaction was rolled back: the database is
    /// still at the version before it.
    Failed {
        version: u32,
        source: rusqlite::Error,
    },
    /// The database's version could not be read.
    Database(rusqlite::Error),
}

impl fmt::Display for MigrationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MigrationError::NewerThanThisProgram { found, latest } => write!(
                f,
                "the database is at schema version {found}, newer than this program's {latest}"
            ),
            MigrationError::Failed { version, source } => {
                write!(f, "migration {version} failed: {source}")
            }
            MigrationError::Database(source) => {
                write!(f, "cannot read the schema version: {source}")
            }
        }
    }
}

impl std::error::Error for MigrationError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            MigrationError::NewerThanThisProgram { .. } => None,
            MigrationError::Failed { source, .. } | MigrationError::Database(source) => {
                Some(source)
            }
        }
    }
}

/// The schema version the database is at: 0 for a new, empty database.
pub fn schema_version(connection: &Connection) -> rusqlite::Result<u32> {
    connection.pragma_query_value(None, "user_version", |row| row.get(0))
}

// ANCHOR: migrate
/// Applies every migration the database does not have yet, in order, and
/// returns their versions: empty when it was already up to date.
pub fn migrate(connection: &Connection) -> Result<Vec<u32>, MigrationError> {
    let current = schema_version(connection).map_err(MigrationError::Database)?;
    if current > LATEST_VERSION {
        return Err(MigrationError::NewerThanThisProgram {
            found: current,
            latest: LATEST_VERSION,
        });
    }
    let mut applied = Vec::new();
    for migration in MIGRATIONS.iter().filter(|m| m.version > current) {
        apply(connection, migration).map_err(|source| MigrationError::Failed {
            version: migration.version,
            source,
        })?;
        applied.push(migration.version);
    }
    Ok(applied)
}

/// One migration, in one transaction. The version lives in the database
/// file's header, which the same transaction writes: the schema change and
/// the new version are kept together, or neither is.
fn apply(connection: &Connection, migration: &Migration) -> rusqlite::Result<()> {
    let transaction = connection.unchecked_transaction()?;
    transaction.execute_batch(migration.sql)?;
    transaction.pragma_update(None, "user_version", migration.version)?;
    transaction.commit()
}
// ANCHOR_END: migrate

#[cfg(test)]
mod tests {
    use super::MIGRATIONS;

    /// The runner relies on this: versions 1, 2, 3, ... with no gap and no
    /// repeat, so that "the ones above the database's version" is the right
    /// set, in the right order.
    #[test]
    fn versions_count_up_from_one() {
        for (index, migration) in MIGRATIONS.iter().enumerate() {
            assert_eq!(migration.version as usize, index + 1, "{migration:?}");
        }
    }

    /// What a person reads when the schema cannot be brought up to date, and
    /// the SQLite error kept as its source for whoever needs the details.
    #[test]
    fn a_migration_error_says_what_failed_and_keeps_its_cause() {
        use std::error::Error;

        use super::MigrationError;

        let newer = MigrationError::NewerThanThisProgram {
            found: 9,
            latest: 3,
        };
        assert_eq!(
            newer.to_string(),
            "the database is at schema version 9, newer than this program's 3"
        );
        assert!(newer.source().is_none());

        let cause = || rusqlite::Error::InvalidQuery;
        let failed = MigrationError::Failed {
            version: 2,
            source: cause(),
        };
        assert_eq!(
            failed.to_string(),
            format!("migration 2 failed: {}", cause())
        );
        assert_eq!(
            failed.source().map(ToString::to_string),
            Some(cause().to_string())
        );
        let unreadable = MigrationError::Database(cause());
        assert_eq!(
            unreadable.to_string(),
            format!("cannot read the schema version: {}", cause())
        );
        assert!(unreadable.source().is_some());
    }
}
