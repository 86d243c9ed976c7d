//! The inventory's own rules for reservations, which no contract pins: an
//! interaction is replayed on a fresh provider, so it never sees what a
//! reservation leaves on the shelf. Given, and passing from the start.

use kata_11::inventory::{Inventory, ReserveError, Shelf};

#[test]
fn a_reservation_takes_its_items_off_the_shelf_down_to_the_last() {
    let inventory = Inventory::default();
    inventory.put("MUG", Shelf::holding(5));

    let first = inventory.reserve("MUG", 3);
    let last_two = inventory.reserve("MUG", 2);
    let one_more = inventory.reserve("MUG", 1);

    assert_eq!(
        (first, last_two),
        (Ok("res-1".to_string()), Ok("res-2".to_string())),
        "five mugs on the shelf: three, then the last two, can be reserved"
    );
    assert_eq!(
        one_more,
        Err(ReserveError::NotEnough { available: 0 }),
        "every mug is reserved: the shelf is empty, and a reservation is refused"
    );
    assert_eq!(inventory.shelf("MUG"), Some(Shelf::holding(0)));
}
