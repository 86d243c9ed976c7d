//! Step 1: what a schema says about a body. **Yours to write.**
//!
//! The stub (step 3) and the verifier (step 5) both need it: the stub to
//! check the contract's own examples, the verifier to check the provider's
//! answers.

use jsonschema::ValidationError;
use jsonschema::error::ValidationErrorKind;
use kata_11::mismatch::Problem;
use serde_json::Value;

/// Checks `body` against the JSON Schema `schema`: one `Problem::Field` for
/// each thing wrong with the body, and none when it fits.
///
/// Report every problem, not only the first, and let each one name its field
/// with a JSON pointer (`/status`, `/lines/0/sku`): the field that has the
/// wrong type, a value the schema does not allow, or that is missing.
pub fn check_body(schema: &Value, body: &Value) -> Vec<Problem> {
    let validator = match jsonschema::validator_for(schema) {
        Ok(validator) => validator,
        // `Contract::load` checks every schema, but a test may edit one.
        Err(error) => {
            return vec![Problem::Field {
                pointer: String::new(),
                message: format!("the schema itself is not valid: {error}"),
            }];
        }
    };
    validator
        .iter_errors(body)
        .map(|error| Problem::Field {
            pointer: pointer_to(&error),
            message: error.to_string(),
        })
        .collect()
}

/// The JSON pointer of the field an error is about.
///
/// Most errors sit on the value that breaks a rule. A missing property can't
/// sit on itself, so its error sits on the object that lacks it; the field to
/// name is that object's pointer joined with the property.
fn pointer_to(error: &ValidationError<'_>) -> String {
    let path = error.instance_path();
    match error.kind() {
        ValidationErrorKind::Required { property } => match property.as_str() {
            Some(name) => path.join(name).to_string(),
            None => path.to_string(),
        },
        _ => path.to_string(),
    }
}
