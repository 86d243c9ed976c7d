//! The connection and the migrations.

use rusqlite::Connection;

// ANCHOR: migrations
/// The schema, as the list of changes that built it. Version N is the state
/// after the first N of them; a shipped migration is never edited.
pub const MIGRATIONS: [&str; 3] = [
    // 1: the first release. It kept money as a decimal number.
    "CREATE TABLE users (
        id    INTEGER PRIMARY KEY,
        name  TEXT NOT NULL
    );
    CREATE TABLE orders (
        id       INTEGER PRIMARY KEY,
        user_id  INTEGER NOT NULL REFERENCES users (id),
        total    REAL NOT NULL,
        status   TEXT NOT NULL CHECK (status IN ('placed', 'paid', 'shipped', 'delivered', 'canceled'))
    );",
    // 2: the lines of each order.
    "CREATE TABLE order_lines (
        id        INTEGER PRIMARY KEY,
        order_id  INTEGER NOT NULL REFERENCES orders (id),
        sku       TEXT NOT NULL,
        quantity  INTEGER NOT NULL CHECK (quantity > 0)
    );",
    // 3: money in whole cents, converted from the decimal totals.
    "ALTER TABLE orders ADD COLUMN total_cents INTEGER NOT NULL DEFAULT 0;
    UPDATE orders SET total_cents = CAST(round(total * 100) AS INTEGER);
    ALTER TABLE orders DROP COLUMN total;",
];
// ANCHOR_END: migrations

/// Applies every migration the database doesn't have yet, each in a
/// transaction of its own that also records the new version. Returns the
/// versions it applied.
pub fn migrate(connection: &mut Connection) -> rusqlite::Result<Vec<usize>> {
    let current: u32 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    let mut applied = Vec::new();
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let version = index + 1;
        let tx = connection.transaction()?;
        tx.execute_batch(sql)?;
        tx.execute_batch(&format!("PRAGMA user_version = {version}"))?;
        tx.commit()?;
        applied.push(version);
    }
    Ok(applied)
}

/// A fresh, private database in memory, foreign keys on, not migrated yet.
pub fn open_in_memory() -> rusqlite::Result<Connection> {
    let connection = Connection::open_in_memory()?;
    connection.execute_batch("PRAGMA foreign_keys = ON;")?;
    Ok(connection)
}
