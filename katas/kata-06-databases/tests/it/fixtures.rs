//! Test fixtures: the known states a test starts from, and the two ways
//! this kata keeps tests apart: a fresh database for each test, and a
//! transaction that is always rolled back.
//!
//! **You write three of them** (the `todo!`s), in order: `fresh_db`,
//! `load_known_shop`, then `RolledBack`. The tests in `fixture_checks.rs`
//! are given: they pass once your fixtures work.

use std::ops::Deref;

use kata_06::migrations::schema_version;
use kata_06::repository::{Order, User};
use rusqlite::Connection;

// ANCHOR: version_1
/// A shop database exactly as version 1 of the schema left it, rows and
/// all: what the shops already running have on disk today. It is frozen
/// here, not rebuilt by running migration 1, so that the migration tests
/// start where real databases start, even if someone edits migration 1 by
/// mistake.
pub const SHOP_AT_VERSION_1: &str = "
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
    INSERT INTO users (id, email, name) VALUES
        (1, 'ada@shop.test', 'Ada'),
        (2, 'grace@shop.test', 'Grace');
    INSERT INTO orders (id, user_id, total_cents) VALUES
        (1, 1, 1300),
        (2, 1, 4900),
        (3, 2, 1100);
    PRAGMA user_version = 1;
";
// ANCHOR_END: version_1

/// How many rows `table` holds, counted with plain SQL rather than through
/// the repository under test. (The table name is pasted into the SQL: fine
/// for the fixed names of a test, never for input from outside.)
pub fn row_count(connection: &Connection, table: &str) -> i64 {
    connection
        .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |row| {
            row.get(0)
        })
        .unwrap_or_else(|error| panic!("cannot count the rows of {table}: {error}"))
}
/// A new database in memory, private to this test, with every migration
/// applied: the latest schema and no rows.
pub fn fresh_db() -> Connection {
    todo!(
        "kata 06, fixtures step 1: open a database in memory (kata_06::db) and migrate it (kata_06::migrations)"
    )
}

// ANCHOR: known_shop
/// The known shop: three users and five orders, one in each status. Every
/// field is what the repository returned (or, for an order, what its last
/// status change returned) while loading.
///
/// | order           | lines                                 | total | status    |
/// |-----------------|---------------------------------------|-------|-----------|
/// | `ada_delivered` | 2 × MUG at 6.50                       | 13.00 | delivered |
/// | `ada_shipped`   | 1 × KEYBOARD at 49.00                 | 49.00 | shipped   |
/// | `ada_canceled`  | 1 × LAMP at 30.00                     | 30.00 | canceled  |
/// | `grace_paid`    | 3 × PEN at 1.50, then 1 × MUG at 6.50 | 11.00 | paid      |
/// | `grace_placed`  | 1 × LAMP at 30.00                     | 30.00 | placed    |
///
/// Ada (`ada@shop.test`) places her three orders first, in this order, then
/// Grace (`grace@shop.test`) her two. Alan (`alan@shop.test`) has none.
pub struct KnownShop {
    pub ada: User,
    pub grace: User,
    pub alan: User,
    pub ada_delivered: Order,
    pub ada_shipped: Order,
    pub ada_canceled: Order,
    pub grace_paid: Order,
    pub grace_placed: Order,
}
// ANCHOR_END: known_shop

/// Loads the known shop (see `KnownShop` above) into a migrated database,
/// and returns what was stored. Use the repository (`create_user`,
/// `place_order`, `set_status`), so that the rows are ones the shop could
/// have written, and fail right here, saying what was refused, if it
/// refuses anything.
pub fn load_known_shop(connection: &Connection) -> KnownShop {
    todo!(
        "kata 06, fixtures step 2: load the users and orders of KnownShop through a Repository (the database is at schema version {})",
        schema_version(connection).unwrap_or_default()
    )
}
/// A transaction that is always rolled back. Begin one at the start of a
/// test and hand it to the code under test (it derefs to a `Connection`):
/// whatever is written through it is undone when it goes out of scope.
pub struct RolledBack<'c> {
    connection: &'c Connection,
}

impl<'c> RolledBack<'c> {
    /// Begins a transaction on `connection` (plain SQL: `BEGIN`) and returns
    /// the guard. If a transaction is already open, fail here: the test
    /// would not be isolated.
    pub fn begin(connection: &'c Connection) -> RolledBack<'c> {
        todo!(
            "kata 06, fixtures step 3: begin the test's transaction and return the guard (is_autocommit() says none is open yet: {})",
            connection.is_autocommit()
        )
    }
}

impl Deref for RolledBack<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.connection
    }
}

impl Drop for RolledBack<'_> {
    /// Rolls the transaction back (`ROLLBACK`). Two cases need care:
    /// - the code under test committed the test's transaction, so there is
    ///   none left to roll back (`Connection::is_autocommit` says so): panic
    ///   with a message that says it was "committed";
    /// - the test is already failing (`std::thread::panicking()`): roll back
    ///   quietly, without a second panic, which would abort the tests.
    fn drop(&mut self) {
        todo!("kata 06, fixtures step 3: roll the test's transaction back")
    }
}
