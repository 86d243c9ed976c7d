//! The stock service's tests, one test binary: one process, whose tests run
//! as threads of it.

mod current_dir;
mod data_dir;
