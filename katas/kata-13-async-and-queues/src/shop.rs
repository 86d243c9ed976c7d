//! The shop: places orders and takes payments. The work that follows a
//! payment is the worker's; the shop only queues it.

use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::mpsc;
use tokio::time::{Instant, sleep_until};

use crate::bus::EventBus;
use crate::dead_letters::DeadLetters;
use crate::events::{OrderEvent, OrderId};
use crate::mail::MailServer;
use crate::stock::{NotEnough, PaidError, Stock};
use crate::worker::{Job, Worker, WorkerParts};

/// How long a placed order's items are held for it. Unpaid after that, the
/// order's items go back on the shelf.
pub const RESERVATION_HOLD: Duration = Duration::from_secs(15 * 60);

/// How many paid orders can wait on the queue; `pay` waits for room beyond.
pub const QUEUE_CAPACITY: usize = 64;

/// Everything the shop and its worker share. A clone shares the same parts.
#[derive(Debug, Clone, Default)]
pub struct ShopParts {
    pub bus: EventBus,
    pub stock: Stock,
    pub mail: MailServer,
    pub dead_letters: DeadLetters,
}

/// Why an order could not be placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderError {
    NotEnough(NotEnough),
}

/// Why a payment was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PayError {
    /// No order with this number is waiting for its payment.
    UnknownOrder(OrderId),
    AlreadyPaid(OrderId),
    /// The order was not paid within [`RESERVATION_HOLD`]: its items are back
    /// on the shelf.
    ReservationExpired(OrderId),
    /// The worker has stopped: the shop takes no more payments.
    Closed(OrderId),
}

impl fmt::Display for PayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PayError::UnknownOrder(order) => write!(f, "{order} is not waiting for a payment"),
            PayError::AlreadyPaid(order) => write!(f, "{order} is paid already"),
            PayError::ReservationExpired(order) => {
                write!(f, "{order} was not paid in time: its reservation expired")
            }
            PayError::Closed(order) => write!(f, "the shop is closed: {order} was not paid"),
        }
    }
}

impl std::error::Error for PayError {}

/// Opens the shop and starts its worker, on the tokio runtime of the caller.
pub fn open(parts: &ShopParts) -> (Shop, Worker) {
    let (jobs, queue) = mpsc::channel(QUEUE_CAPACITY);
    let worker = Worker::spawn(
        queue,
        WorkerParts {
            bus: parts.bus.clone(),
            mail: parts.mail.clone(),
            stock: parts.stock.clone(),
            dead_letters: parts.dead_letters.clone(),
        },
    );
    let shop = Shop {
        bus: parts.bus.clone(),
        stock: parts.stock.clone(),
        jobs,
        customers: Arc::default(),
        last_order: Arc::default(),
    };
    (shop, worker)
}

/// The shop's front desk. A clone is the same shop.
#[derive(Debug, Clone)]
pub struct Shop {
    bus: EventBus,
    stock: Stock,
    jobs: mpsc::Sender<Job>,
    /// Who placed each order, for its confirmation.
    customers: Arc<Mutex<HashMap<OrderId, String>>>,
    last_order: Arc<AtomicU64>,
}

impl Shop {
    /// Places an order for `quantity` of `sku`, and holds the items for it
    /// for [`RESERVATION_HOLD`]. A timer puts them back on the shelf then, if
    /// the order is still unpaid.
    pub fn place_order(
        &self,
        customer: &str,
        sku: &str,
        quantity: u32,
    ) -> Result<OrderId, OrderError> {
        let order = OrderId(self.last_order.fetch_add(1, Ordering::Relaxed) + 1);
        let expires_at = Instant::now() + RESERVATION_HOLD;
        self.stock
            .hold(order, sku, quantity, expires_at)
            .map_err(OrderError::NotEnough)?;
        self.customers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(order, customer.to_string());
        self.bus.publish(OrderEvent::OrderPlaced {
            order,
            sku: sku.to_string(),
            quantity,
        });
        tokio::spawn(expire_when_due(
            order,
            expires_at,
            self.stock.clone(),
            self.bus.clone(),
        ));
        Ok(order)
    }

    /// Takes the payment for an order and queues its job for the worker. The
    /// confirmation and the stock come later, from the worker.
    pub async fn pay(&self, order: OrderId) -> Result<(), PayError> {
        // Make room on the queue first: a payment taken for a job that then
        // finds the queue closed would be a paid order nobody works on.
        let room = self
            .jobs
            .reserve()
            .await
            .map_err(|_| PayError::Closed(order))?;
        let customer = self
            .customers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&order)
            .cloned()
            .ok_or(PayError::UnknownOrder(order))?;
        match self.stock.mark_paid(order, Instant::now()) {
            Ok(()) => {}
            Err(PaidError::NoHold) => return Err(PayError::UnknownOrder(order)),
            Err(PaidError::AlreadyPaid) => return Err(PayError::AlreadyPaid(order)),
            Err(PaidError::Expired { sku, quantity }) => {
                // Found here before the timer ran: announce it here, once.
                self.bus.publish(OrderEvent::ReservationExpired {
                    order,
                    sku,
                    quantity,
                });
                return Err(PayError::ReservationExpired(order));
            }
        }
        // Announced before the job is queued, so the events stay in order
        // whatever runtime the worker runs on.
        self.bus.publish(OrderEvent::OrderPaid { order });
        room.send(Job {
            order,
            customer,
            attempt: 1,
        });
        Ok(())
    }
}

/// The reservation's timer: when the hold is due, release it if nobody paid.
async fn expire_when_due(order: OrderId, expires_at: Instant, stock: Stock, bus: EventBus) {
    sleep_until(expires_at).await;
    if let Some((sku, quantity)) = stock.expire(order, Instant::now()) {
        bus.publish(OrderEvent::ReservationExpired {
            order,
            sku,
            quantity,
        });
    }
}
