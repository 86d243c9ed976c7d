//! Test fixtures: the known states a test starts from, and the two ways
//! this kata keeps tests apart: a fresh database for each test, and a
//! transaction that is always rolled back.

use std::ops::Deref;

use kata_06::db;
use kata_06::migrations::migrate;
use kata_06::money::Cents;
use kata_06::repository::{Order, OrderLine, Repository, User};
use kata_06::status::OrderStatus::{self, Canceled, Delivered, Paid, Shipped};
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
    let connection = db::open_in_memory().expect("an in-memory database should open");
    migrate(&connection).expect("the migrations should apply to an empty database");
    connection
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

/// Loads the known shop into a migrated database, through the repository:
/// the same code the shop runs, so the rows are ones the shop could have
/// written. A refusal fails the test right here, saying what was refused.
pub fn load_known_shop(connection: &Connection) -> KnownShop {
    let shop = Repository::new(connection);
    let user = |email: &str, name: &str| {
        shop.create_user(email, name)
            .unwrap_or_else(|error| panic!("fixture: cannot create {email}: {error}"))
    };
    // Places an order, then walks it through `statuses`, in order.
    let order = |user: &User, lines: &[OrderLine], statuses: &[OrderStatus]| {
        let placed = shop
            .place_order(user.id, lines)
            .unwrap_or_else(|error| panic!("fixture: cannot place {lines:?}: {error}"));
        statuses.iter().fold(placed, |order, &status| {
            shop.set_status(order.id, status)
                .unwrap_or_else(|error| panic!("fixture: cannot make {order:?} {status}: {error}"))
        })
    };

    let ada = user("ada@shop.test", "Ada");
    let grace = user("grace@shop.test", "Grace");
    let alan = user("alan@shop.test", "Alan");
    let mug = |quantity| OrderLine::new("MUG", quantity, Cents(650));
    KnownShop {
        ada_delivered: order(&ada, &[mug(2)], &[Paid, Shipped, Delivered]),
        ada_shipped: order(
            &ada,
            &[OrderLine::new("KEYBOARD", 1, Cents(4900))],
            &[Paid, Shipped],
        ),
        ada_canceled: order(&ada, &[OrderLine::new("LAMP", 1, Cents(3000))], &[Canceled]),
        grace_paid: order(
            &grace,
            &[OrderLine::new("PEN", 3, Cents(150)), mug(1)],
            &[Paid],
        ),
        grace_placed: order(&grace, &[OrderLine::new("LAMP", 1, Cents(3000))], &[]),
        ada,
        grace,
        alan,
    }
}
/// A transaction that is always rolled back. Begin one at the start of a
/// test and hand it to the code under test (it derefs to a `Connection`):
/// whatever is written through it is undone when it goes out of scope.
pub struct RolledBack<'c> {
    connection: &'c Connection,
}

impl<'c> RolledBack<'c> {
    pub fn begin(connection: &'c Connection) -> RolledBack<'c> {
        // A plain BEGIN fails if a transaction is already open: a test that
        // would not be isolated hears about it here.
        connection
            .execute_batch("BEGIN")
            .expect("the test's transaction should begin (is one still open on this connection?)");
        RolledBack { connection }
    }
}

impl Deref for RolledBack<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.connection
    }
}

impl Drop for RolledBack<'_> {
    fn drop(&mut self) {
        // While a failed test unwinds, roll back quietly: its own panic is
        // the message that matters, and a second panic would abort.
        if std::thread::panicking() {
            let _ = self.connection.execute_batch("ROLLBACK");
            return;
        }
        // No transaction open any more means the code under test committed
        // (or ended) the test's transaction: its writes may have been kept,
        // and the next test would start from them.
        assert!(
            !self.connection.is_autocommit(),
            "the test's transaction was committed by the code under test, not rolled back"
        );
        self.connection
            .execute_batch("ROLLBACK")
            .expect("the test's transaction should roll back");
    }
}
