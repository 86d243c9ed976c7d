//! The health check tells the truth: `GET /health` answers 200 only while
//! the database answers too, so that whatever watches the shop (a load
//! balancer, a deploy job) stops sending it customers when it can't serve
//! them.

use kata_15::api::Health;
use kata_15::db::Database;
use kata_15::error::ErrorBody;
use reqwest::StatusCode;

use crate::app::TestApp;
use crate::steps::read;

#[tokio::test]
async fn the_health_check_fails_when_the_database_does() {
    // A database in a file, so that a second connection can reach it
    // behind the running shop's back.
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = dir.path().join("shop.db");
    let database = Database::open(&file).expect("a database file opens");
    let app = TestApp::spawn_on(database).await;
    let healthy: Health = read(app.get("/health").await, StatusCode::OK).await;
    assert_eq!(healthy.status, "ok");

    // A migration gone wrong: the table the check reads is gone.
    let other = rusqlite::Connection::open(&file).expect("a second connection opens");
    other
        .execute_batch("DROP TABLE products")
        .expect("the products table can be dropped");

    let sick: ErrorBody = read(app.get("/health").await, StatusCode::INTERNAL_SERVER_ERROR).await;
    assert_eq!(
        sick,
        ErrorBody {
            error: "internal_error".into(),
            // The database's own words stay in the server's log: they mean
            // nothing to a client, and can say too much.
            message: "the shop failed to answer; please try again".into(),
        }
    );
}
