//! Step 3: the stock service answers the front end's questions over HTTP.

use crate::fixtures::{self, STOCK_SERVICE};
use crate::support::http::{self, Reply};

pub fn the_service_answers_the_count_of_a_sku() {
    let _service = fixtures::start_stock_service(&[("MUG", 12), ("TEA", 0)]);

    let reply = http::get(&format!("{STOCK_SERVICE}/stock/MUG"));

    assert_eq!(reply, Reply::new(200, "12"));
}

pub fn an_unknown_sku_is_not_found() {
    let _service = fixtures::start_stock_service(&[("MUG", 12)]);

    let reply = http::get(&format!("{STOCK_SERVICE}/stock/KETTLE"));

    assert_eq!(reply, Reply::new(404, "no stock record for KETTLE"));
}
