//! Serving the shop on a socket.

use std::io;

use tokio::net::TcpListener;

use crate::api::app;
use crate::shop::Shop;

/// Serves the shop's API to whoever connects to `listener`, until the task
/// running it is stopped.
///
/// The caller binds the listener, so the caller picks the address and knows
/// it before the first request arrives: a test binds `127.0.0.1:0` and asks
/// the listener which port the system chose.
pub async fn serve(listener: TcpListener, shop: Shop) -> io::Result<()> {
    axum::serve(listener, app(shop)).await
}
