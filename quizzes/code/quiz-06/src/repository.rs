//! Users, orders and what they spent.

use rusqlite::{Connection, params};

pub struct Repository<'c> {
    connection: &'c Connection,
}

impl<'c> Repository<'c> {
    pub fn new(connection: &'c Connection) -> Repository<'c> {
        Repository { connection }
    }

    pub fn add_user(&self, name: &str) -> rusqlite::Result<i64> {
        self.connection
            .execute("INSERT INTO users (name) VALUES (?1)", [name])?;
        Ok(self.connection.last_insert_rowid())
    }

    /// Stores an order and its lines, all or nothing.
    pub fn place_order(
        &self,
        user_id: i64,
        total_cents: i64,
        status: &str,
        lines: &[(&str, u32)],
    ) -> rusqlite::Result<i64> {
        let tx = self.connection.unchecked_transaction()?;
        tx.execute(
            "INSERT INTO orders (user_id, total_cents, status) VALUES (?1, ?2, ?3)",
            params![user_id, total_cents, status],
        )?;
        let order_id = tx.last_insert_rowid();
        for (sku, quantity) in lines {
            tx.execute(
                "INSERT INTO order_lines (order_id, sku, quantity) VALUES (?1, ?2, ?3)",
                params![order_id, sku, quantity],
            )?;
        }
        tx.commit()?;
        Ok(order_id)
    }

    // ANCHOR: spent_by
    /// What a user spent: the totals of their orders that were paid for and
    /// not canceled (paid, shipped or delivered), in cents.
    pub fn spent_by(&self, user_id: i64) -> rusqlite::Result<i64> {
        self.connection.query_row(
            "SELECT COALESCE(SUM(total_cents), 0) FROM orders
             WHERE user_id = ?1 AND status IN ('paid', 'shipped', 'delivered')",
            [user_id],
            |row| row.get(0),
        )
    }
    // ANCHOR_END: spent_by
}
