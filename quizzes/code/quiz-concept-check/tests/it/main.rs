//! The concept check's tests: what its questions run, against the real code
//! and against the broken versions in `broken/`.

mod contract;
mod pinned;
mod seams;
mod stubbed;
mod tags;
