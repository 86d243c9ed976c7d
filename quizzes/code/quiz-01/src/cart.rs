//! A cart, and what its parcel weighs.

/// What a customer is about to buy.
#[derive(Debug, Default)]
pub struct Cart {
    lines: Vec<Line>,
}

#[derive(Debug)]
struct Line {
    grams_each: u32,
    quantity: u32,
}

impl Cart {
    pub fn new() -> Cart {
        Cart::default()
    }

    /// Adds `quantity` items that weigh `grams_each` grams each.
    pub fn add(&mut self, grams_each: u32, quantity: u32) -> &mut Cart {
        self.lines.push(Line {
            grams_each,
            quantity,
        });
        self
    }

    /// The weight of the parcel, **in grams**.
    pub fn weight(&self) -> u32 {
        self.lines
            .iter()
            .map(|line| line.grams_each * line.quantity)
            .sum()
    }
}

// ANCHOR: unit_test
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_mugs_weigh_800_grams() {
        let mut cart = Cart::new();
        cart.add(400, 2);
        assert_eq!(cart.weight(), 800);
    }
}
// ANCHOR_END: unit_test
