//! The tags' line: two examples, and a property.

use proptest::prelude::*;
use quiz_concept_check::tags::{decode, encode};

fn tags(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|t| (*t).to_owned()).collect()
}

// ANCHOR: examples
#[test]
fn two_plain_tags_come_back() {
    let written = tags(&["red", "large"]);
    assert_eq!(decode(&encode(&written)), written);
}

#[test]
fn a_tag_with_a_backslash_comes_back() {
    let written = tags(&["C:\\mugs"]);
    assert_eq!(decode(&encode(&written)), written);
}
// ANCHOR_END: examples

// ANCHOR: property
proptest! {
    #![proptest_config(crate::pinned::config())]

    #[test]
    fn any_tags_come_back(written in prop::collection::vec("[a-z,\\\\]{1,5}", 0..4)) {
        prop_assert_eq!(decode(&encode(&written)), written);
    }
}
// ANCHOR_END: property
