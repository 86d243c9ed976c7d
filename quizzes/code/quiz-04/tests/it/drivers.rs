//! What each layer's tests share: a fresh database every time, and setup
//! that fails loudly, through the layer below, which is already tested.

use quiz_04::db;
use quiz_04::repository::StockRepository;
use quiz_04::service::Warehouse;
use rusqlite::Connection;

/// Layer 1's driver plays the repository: it sends the SQL the repository
/// will send, and hands SQLite's answers back to the test.
pub fn database_with_a_mug_shelf(on_hand: u32) -> Connection {
    let connection = db::open_in_memory().expect("the schema applies to a fresh database");
    connection
        .execute(
            "INSERT INTO shelves (sku, on_hand) VALUES ('MUG', ?1)",
            [on_hand],
        )
        .expect("setup: a new shelf is accepted");
    connection
}

/// The extended result code SQLite refused a statement with.
pub fn refusal(result: rusqlite::Result<usize>) -> i32 {
    match result {
        Err(rusqlite::Error::SqliteFailure(error, _)) => error.extended_code,
        other => panic!("expected SQLite to refuse the statement, got {other:?}"),
    }
}

/// Layer 2's driver plays the warehouse: a repository on a fresh database
/// with 5 mugs on the shelf.
pub fn repository_with_5_mugs() -> StockRepository {
    let stock = StockRepository::new(db::open_in_memory().expect("a fresh database"));
    stock.add_shelf("MUG", 5).expect("setup: a shelf of 5 mugs");
    stock
}

/// The moves logged for `sku`, read with plain SQL rather than through the
/// repository under test.
pub fn logged_moves(connection: &Connection, sku: &str) -> Vec<i64> {
    let mut statement = connection
        .prepare("SELECT delta FROM moves WHERE sku = ?1 ORDER BY id")
        .unwrap();
    statement
        .query_map([sku], |row| row.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// Layer 3's driver plays the order pages: a warehouse over the real
/// repository and database, with 5 mugs on the shelf.
pub fn warehouse_with_5_mugs() -> Warehouse {
    Warehouse::new(repository_with_5_mugs())
}
