//! Reading what `cargo test` printed: which tests passed, which failed and
//! the first line of why, so that `check` can say it in plain words.

#[derive(Debug, Default, PartialEq)]
pub struct Report {
    pub passed: Vec<String>,
    pub failed: Vec<Failure>,
    /// Set when cargo could not build the tests at all.
    pub build_error: Option<String>,
}

#[derive(Debug, PartialEq)]
pub struct Failure {
    pub test: String,
    /// The panic message's first line, or `None` when the output had none.
    pub reason: Option<String>,
}

impl Report {
    /// `stdout` is libtest's output, `stderr` cargo's (where build errors go).
    pub fn parse(stdout: &str, stderr: &str) -> Report {
        let mut report = Report::default();
        for line in stdout.lines() {
            let Some(rest) = line.strip_prefix("test ") else {
                continue;
            };
            if let Some(name) = rest.strip_suffix(" ... ok") {
                report.passed.push(name.to_string());
            } else if let Some(name) = rest.strip_suffix(" ... FAILED") {
                let reason = panic_message(stdout, name);
                report.failed.push(Failure {
                    test: name.to_string(),
                    reason,
                });
            }
        }
        report.build_error = first_build_error(stderr);
        report
    }

    pub fn ran_any(&self) -> bool {
        !self.passed.is_empty() || !self.failed.is_empty()
    }
}

/// In the `failures:` section, libtest prints each failed test's output as
/// `---- name stdout ----`, then `thread 'name' (id) panicked at file:line:col:`
/// and the message on the lines after it.
fn panic_message(stdout: &str, test: &str) -> Option<String> {
    let header = format!("---- {test} stdout ----");
    let section = &stdout[stdout.find(&header)? + header.len()..];
    let mut lines = section
        .lines()
        .take_while(|line| !line.starts_with("---- "));
    lines.find(|line| line.contains("panicked at "))?;
    lines
        .map(str::trim)
        .find(|line| !line.is_empty() && !is_bare_assertion_header(line))
        .filter(|line| !line.starts_with("note: ") && !line.starts_with("stack backtrace:"))
        .map(str::to_string)
}

/// `assert!` messages that start on a new line leave a bare
/// "assertion `left == right` failed:" in front of them.
fn is_bare_assertion_header(line: &str) -> bool {
    line.starts_with("assertion") && line.ends_with("failed:")
}

fn first_build_error(stderr: &str) -> Option<String> {
    let mut lines = stderr.lines();
    let start = lines.position(|line| line.starts_with("error"))?;
    let block: Vec<&str> = stderr
        .lines()
        .skip(start)
        .take_while(|line| !line.is_empty())
        .take(12)
        .collect();
    Some(block.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUTPUT: &str = "\
running 3 tests
test configuration::a_shop_in_euros_charges_euros ... ok
test interface::the_gateway_is_charged_the_total ... FAILED
test timing::the_warehouse_hears_after_the_order_is_stored ... FAILED

failures:

---- interface::the_gateway_is_charged_the_total stdout ----

thread 'interface::the_gateway_is_charged_the_total' (4242) panicked at tests/it/interface.rs:12:5:
assertion `left == right` failed: 
charged 1234.00 for a basket of 12.34: interface mismatch
  left: 123400
 right: 1234
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace

---- timing::the_warehouse_hears_after_the_order_is_stored stdout ----
thread 'timing::the_warehouse_hears_after_the_order_is_stored' panicked at tests/it/timing.rs:9:5:
not yet implemented: wire the warehouse

failures:
    interface::the_gateway_is_charged_the_total
    timing::the_warehouse_hears_after_the_order_is_stored

test result: FAILED. 1 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
";

    #[test]
    fn reads_passes_failures_and_the_first_line_of_each_panic() {
        let report = Report::parse(OUTPUT, "");
        assert_eq!(
            report.passed,
            ["configuration::a_shop_in_euros_charges_euros"]
        );
        assert_eq!(
            report.failed,
            [
                Failure {
                    test: "interface::the_gateway_is_charged_the_total".into(),
                    reason: Some(
                        "charged 1234.00 for a basket of 12.34: interface mismatch".into()
                    ),
                },
                Failure {
                    test: "timing::the_warehouse_hears_after_the_order_is_stored".into(),
                    reason: Some("not yet implemented: wire the warehouse".into()),
                },
            ]
        );
        assert_eq!(report.build_error, None);
    }

    #[test]
    fn reads_a_build_error_from_cargo() {
        let stderr = "   Compiling kata-01 v0.1.0\nerror[E0425]: cannot find value `x` in this scope\n --> src/lib.rs:1:1\n\nerror: could not compile `kata-01`\n";
        let report = Report::parse("", stderr);
        assert!(!report.ran_any());
        let error = report.build_error.unwrap();
        assert!(
            error.starts_with("error[E0425]: cannot find value `x`"),
            "{error}"
        );
        assert!(error.contains("src/lib.rs:1:1"), "{error}");
    }
}
