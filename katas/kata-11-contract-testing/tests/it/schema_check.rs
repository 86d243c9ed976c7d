//! Step 1: what a schema says about a body. **Yours to write.**
//!
//! The stub (step 3) and the verifier (step 5) both need it: the stub to
//! check the contract's own examples, the verifier to check the provider's
//! answers.

use kata_11::mismatch::Problem;
use serde_json::Value;

/// Checks `body` against the JSON Schema `schema`: one `Problem::Field` for
/// each thing wrong with the body, and none when it fits.
///
/// Report every problem, not only the first, and let each one name its field
/// with a JSON pointer (`/status`, `/lines/0/sku`): the field that has the
/// wrong type, a value the schema does not allow, or that is missing.
pub fn check_body(schema: &Value, body: &Value) -> Vec<Problem> {
    let _ = (schema, body);
    todo!(
        "kata 11, step 1: in tests/it/schema_check.rs, write check_body: validate the body \
         against the schema with the jsonschema crate, and make each error a Problem::Field \
         that names its field"
    )
}
