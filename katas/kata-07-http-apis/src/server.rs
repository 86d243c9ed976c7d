//! Serving the API on a socket.

use std::io;

use tokio::net::TcpListener;

use crate::api::app;
use crate::repository::UserRepository;

// ANCHOR: serve
/// Serves the user API, on the database behind `users`, to whoever connects
/// to `listener`, until the task running it is stopped.
///
/// The caller binds the listener, so the caller picks the address and knows
/// it before the first request arrives. A test binds `127.0.0.1:0`, lets the
/// operating system pick a free port, and reads it back with
/// `listener.local_addr()`.
pub async fn serve(listener: TcpListener, users: UserRepository) -> io::Result<()> {
    axum::serve(listener, app(users)).await
}
// ANCHOR_END: serve
