//! What a command found, as the runner's exit code: the one type that every
//! command returns.
//!
//! | verdict  | exit code | when                                                    |
//! |----------|-----------|---------------------------------------------------------|
//! | `Done`   | 0         | the command did what it was asked; `check`: the kata is done; `doctor`: the machine is ready |
//! | `NotYet` | 1         | `check` found the kata not done yet, or `doctor` the machine not ready: news, not a failure of the runner, so no `error:` line |
//! | (error)  | 1         | the runner could not do it: one `error:` line says why   |

use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Done,
    NotYet,
}

impl Verdict {
    /// `Done` when `done`, else `NotYet`.
    pub fn from_done(done: bool) -> Verdict {
        if done { Verdict::Done } else { Verdict::NotYet }
    }

    pub fn exit_code(self) -> ExitCode {
        match self {
            Verdict::Done => ExitCode::SUCCESS,
            Verdict::NotYet => ExitCode::FAILURE,
        }
    }
}
