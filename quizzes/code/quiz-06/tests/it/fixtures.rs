//! Known starting points: a fresh database, the known shop, and a database
//! as the first release left it.

use quiz_06::db;
use quiz_06::repository::Repository;
use rusqlite::Connection;

/// A new, private database in memory, migrated to the latest version.
pub fn fresh_db() -> Connection {
    let mut connection = db::open_in_memory().expect("an in-memory database opens");
    db::migrate(&mut connection).expect("the migrations apply to an empty database");
    connection
}

// ANCHOR: known_shop
/// The known shop, loaded through the repository:
///
/// | user  | orders                                                          | spent |
/// |-------|-----------------------------------------------------------------|-------|
/// | Ada   | 12.00 paid (1 line), 49.00 delivered (2 lines), 5.00 canceled   | 61.00 |
/// | Grace | 30.00 shipped (1 line)                                          | 30.00 |
/// | Alan  | none                                                            |  0.00 |
pub struct KnownShop {
    pub ada: i64,
    pub grace: i64,
    pub alan: i64,
}

pub fn load_known_shop(connection: &Connection) -> KnownShop {
    let shop = Repository::new(connection);
    let user = |name| shop.add_user(name).expect("setup: a user");
    let (ada, grace, alan) = (user("Ada"), user("Grace"), user("Alan"));
    let order = |user_id, cents, status, lines: &[(&str, u32)]| {
        shop.place_order(user_id, cents, status, lines)
            .expect("setup: an order");
    };
    order(ada, 1200, "paid", &[("MUG", 1)]);
    order(ada, 4900, "delivered", &[("MUG", 2), ("LAMP", 1)]);
    order(ada, 500, "canceled", &[("PEN", 1)]);
    order(grace, 3000, "shipped", &[("LAMP", 1)]);
    KnownShop { ada, grace, alan }
}
// ANCHOR_END: known_shop

// ANCHOR: version_1
/// A database as the first release left it, rows and all. It is frozen here
/// in SQL rather than built by running migration 1: the databases out in the
/// shops stay as they were, whatever happens to this repository's code.
pub const VERSION_1: &str = "
    CREATE TABLE users (
        id    INTEGER PRIMARY KEY,
        name  TEXT NOT NULL
    );
    CREATE TABLE orders (
        id       INTEGER PRIMARY KEY,
        user_id  INTEGER NOT NULL REFERENCES users (id),
        total    REAL NOT NULL,
        status   TEXT NOT NULL CHECK (status IN ('placed', 'paid', 'shipped', 'delivered', 'canceled'))
    );
    INSERT INTO users (id, name) VALUES (1, 'Ada'), (2, 'Grace');
    INSERT INTO orders (id, user_id, total, status) VALUES
        (1, 1, 12.34, 'paid'),
        (2, 1, 49.00, 'delivered'),
        (3, 2, 0.99, 'shipped');
    PRAGMA user_version = 1;
";
// ANCHOR_END: version_1

pub fn version_1_db() -> Connection {
    let connection = db::open_in_memory().expect("an in-memory database opens");
    connection
        .execute_batch(VERSION_1)
        .expect("the frozen version 1 loads");
    connection
}
