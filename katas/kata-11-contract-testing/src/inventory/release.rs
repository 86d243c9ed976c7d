//! Which version of the inventory API to serve.

use axum::http::StatusCode;

use super::Shelf;

/// A shelf with this many items or fewer, but not none, is `low_stock`.
const LOW_STOCK: u32 = 3;

// ANCHOR: release
/// The inventory API as it runs in production, or with one of the changes
/// that the inventory team has written and would like to ship.
///
/// In a real project each change would be a branch of the inventory's
/// repository, and its pull request would run contract verification before
/// it could be merged. Here they are variants of one enum, so that one build
/// holds them all, and a test can serve any of them without compiling the
/// crate a second time. The drift tests serve each one and check that the
/// verification says whether it may ship.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Release {
    /// What the shop runs today.
    #[default]
    Current,
    /// Renames `available` to `on_hand` in the answers of `GET /stock/{sku}`,
    /// because that is what the warehouse calls it.
    RenamesAvailable,
    /// Answers a reservation for more than is left with 422 Unprocessable
    /// Content instead of 409 Conflict.
    ShortageIs422,
    /// A new stock status, `backordered`: sold out, with a delivery planned.
    AddsBackordered,
    /// Adds a field, `warehouse`, to the answers of `GET /stock/{sku}`.
    AddsWarehouse,
}
// ANCHOR_END: release

impl Release {
    /// The name of the field that says how many items are left.
    pub(crate) fn available_field(self) -> &'static str {
        match self {
            Release::RenamesAvailable => "on_hand",
            _ => "available",
        }
    }

    /// The status of the answer to a reservation for more than is left.
    pub(crate) fn shortage_status(self) -> StatusCode {
        match self {
            Release::ShortageIs422 => StatusCode::UNPROCESSABLE_ENTITY,
            _ => StatusCode::CONFLICT,
        }
    }

    /// The `status` of a stock answer for `shelf`.
    pub(crate) fn status_of(self, shelf: &Shelf) -> &'static str {
        match shelf.available {
            0 if self == Release::AddsBackordered && shelf.restock_date.is_some() => "backordered",
            0 => "out_of_stock",
            n if n <= LOW_STOCK => "low_stock",
            _ => "in_stock",
        }
    }

    /// The warehouse a stock answer names, in the release that adds one.
    pub(crate) fn warehouse(self) -> Option<&'static str> {
        (self == Release::AddsWarehouse).then_some("north")
    }
}
