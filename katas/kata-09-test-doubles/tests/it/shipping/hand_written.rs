//! Test doubles written by hand: a dummy, a fake and a spy. (The stub, a
//! clock, is in `doubles.rs`: the kata's tests use it too.)

use std::collections::BTreeMap;
use std::sync::Mutex;

use kata_09::clock::{Clock, UnixTime};
use kata_09::orders::OrderId;
use kata_09::shipping::{Carrier, CarrierError, Day, Notifier, Parcel, TrackingNumber};

// ANCHOR: dummy
/// A dummy: it fills a parameter and must never be used. If the code under
/// test does call it, the test fails and says so.
pub struct Dummy;

impl Carrier for Dummy {
    async fn book(&self, _: &Parcel) -> Result<TrackingNumber, CarrierError> {
        panic!("a dummy carrier was asked to book a parcel")
    }

    async fn cancel(&self, _: &TrackingNumber) -> Result<(), CarrierError> {
        panic!("a dummy carrier was asked to cancel a parcel")
    }
}

impl Notifier for Dummy {
    fn parcel_on_its_way(&self, _: OrderId, _: &TrackingNumber, _: Day) {
        panic!("a dummy notifier was asked to send news of a parcel")
    }

    fn parcel_cancelled(&self, _: OrderId) {
        panic!("a dummy notifier was asked to send news of a cancellation")
    }
}

impl Clock for Dummy {
    fn now(&self) -> UnixTime {
        panic!("a dummy clock was asked the time")
    }
}
// ANCHOR_END: dummy

// ANCHOR: fake
/// A fake: a carrier that really books and cancels parcels, in memory. It
/// keeps the state a real carrier keeps (what is booked, under which
/// number) and answers as the real one does, so a test can run a whole story
/// against it and look at the state afterwards.
#[derive(Default)]
pub struct FakeCarrier {
    booked: Mutex<BTreeMap<String, Parcel>>,
    issued: Mutex<u32>,
}

impl FakeCarrier {
    /// The parcels booked and not cancelled, by tracking number.
    pub fn booked(&self) -> BTreeMap<String, Parcel> {
        self.booked.lock().unwrap().clone()
    }
}

impl Carrier for FakeCarrier {
    async fn book(&self, parcel: &Parcel) -> Result<TrackingNumber, CarrierError> {
        let mut issued = self.issued.lock().unwrap();
        *issued += 1;
        let tracking = format!("TRK-{issued}");
        self.booked
            .lock()
            .unwrap()
            .insert(tracking.clone(), parcel.clone());
        Ok(TrackingNumber(tracking))
    }

    async fn cancel(&self, tracking: &TrackingNumber) -> Result<(), CarrierError> {
        match self.booked.lock().unwrap().remove(&tracking.0) {
            Some(_) => Ok(()),
            None => Err(CarrierError::UnknownParcel),
        }
    }
}
// ANCHOR_END: fake

// ANCHOR: spy
/// A spy: a notifier that sends nothing and writes down what it was asked
/// to send, for the test to read afterwards.
#[derive(Default)]
pub struct SpyNotifier {
    sent: Mutex<Vec<Notice>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    OnItsWay {
        order: OrderId,
        tracking: TrackingNumber,
        leaves_on: Day,
    },
    Cancelled {
        order: OrderId,
    },
}

impl SpyNotifier {
    pub fn sent(&self) -> Vec<Notice> {
        self.sent.lock().unwrap().clone()
    }
}

impl Notifier for SpyNotifier {
    fn parcel_on_its_way(&self, order: OrderId, tracking: &TrackingNumber, leaves_on: Day) {
        self.sent.lock().unwrap().push(Notice::OnItsWay {
            order,
            tracking: tracking.clone(),
            leaves_on,
        });
    }

    fn parcel_cancelled(&self, order: OrderId) {
        self.sent.lock().unwrap().push(Notice::Cancelled { order });
    }
}
// ANCHOR_END: spy
