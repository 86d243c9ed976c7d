//! Kata 14: flaky tests and isolation.
//!
//! Six parts of the shop, each with a few integration tests (the
//! *scenarios*, in `scenarios/`) that pass on a good day and fail on a bad
//! one. Each step below runs the scenarios of one file ten times, in the
//! seven ways of `harness/mod.rs`, so that a flake shows on every run
//! instead of once a week. Work through the steps in order.
//!
//! Yours to change: the shop in `src/`, `fixtures.rs`, and the scenarios,
//! except their assertions, which each step first compares with
//! `assertions.txt` (see `guard.rs`).
//! Given, and not to change: this file, `harness/`, `support/`, `guard.rs`
//! and `assertions.txt`; and `chapter/`, the chapter's examples on other
//! parts of the shop, which pass from the start.

mod chapter;
mod fixtures;
mod guard;
mod harness;
mod scenarios;
mod support;

// Given, outside the harness: the shop's parts, each checked once.
mod shop_parts;

use harness::{Step, scenario};

// ANCHOR: step
const ORDERS: Step = Step {
    number: 1,
    title: "order confirmations",
    file: "orders.rs",
    source: include_str!("scenarios/orders.rs"),
    scenarios: &[
        scenario!(orders, placing_an_order_sends_a_confirmation),
        scenario!(orders, cancelling_an_order_sends_a_notice),
        scenario!(orders, a_desk_numbers_its_orders_one_after_another),
    ],
};
// ANCHOR_END: step

const CUSTOMERS: Step = Step {
    number: 2,
    title: "customer accounts",
    file: "customers.rs",
    source: include_str!("scenarios/customers.rs"),
    scenarios: &[
        scenario!(customers, registering_opens_an_account),
        scenario!(customers, a_returning_customer_sees_her_past_orders),
    ],
};

const STOCK_SERVICE: Step = Step {
    number: 3,
    title: "the stock service",
    file: "stock_service.rs",
    source: include_str!("scenarios/stock_service.rs"),
    scenarios: &[
        scenario!(stock_service, the_service_answers_the_count_of_a_sku),
        scenario!(stock_service, an_unknown_sku_is_not_found),
    ],
};

const REPORTS: Step = Step {
    number: 4,
    title: "the warehouse reports",
    file: "reports.rs",
    source: include_str!("scenarios/reports.rs"),
    scenarios: &[
        scenario!(reports, the_reorder_list_names_every_sku_that_runs_low),
        scenario!(reports, the_stock_sheet_follows_the_shelves),
    ],
};

const SHIPPING: Step = Step {
    number: 5,
    title: "shipping emails",
    file: "shipping.rs",
    source: include_str!("scenarios/shipping.rs"),
    scenarios: &[
        scenario!(shipping, shipping_emails_the_tracking_number),
        scenario!(shipping, emails_go_out_in_the_order_the_parcels_left),
    ],
};

const RECEIPTS: Step = Step {
    number: 6,
    title: "receipts",
    file: "receipts.rs",
    source: include_str!("scenarios/receipts.rs"),
    scenarios: &[
        scenario!(receipts, a_receipt_says_when_the_card_was_charged),
        scenario!(receipts, a_declined_card_gets_no_receipt),
    ],
};

/// Every step, in the order to work in.
const STEPS: &[&Step] = &[
    &ORDERS,
    &CUSTOMERS,
    &STOCK_SERVICE,
    &REPORTS,
    &SHIPPING,
    &RECEIPTS,
];

// ANCHOR: step_test
#[test]
fn step_1_order_confirmations() {
    harness::check(&ORDERS);
}
// ANCHOR_END: step_test

#[test]
fn step_2_customer_accounts() {
    harness::check(&CUSTOMERS);
}

#[test]
fn step_3_the_stock_service() {
    harness::check(&STOCK_SERVICE);
}

#[test]
fn step_4_the_warehouse_reports() {
    harness::check(&REPORTS);
}

#[test]
fn step_5_shipping_emails() {
    harness::check(&SHIPPING);
}

#[test]
fn step_6_receipts() {
    harness::check(&RECEIPTS);
}
