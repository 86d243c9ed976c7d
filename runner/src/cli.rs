//! Every command of `cargo kata`, as the learner, the instructor and the
//! maintainer type them: the one place that defines them (clap's derive).
//! Each runs in `commands/` (`Command::run` there, `Dev::run` in
//! `commands/dev/`), and returns a [`crate::verdict::Verdict`].

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "cargo kata",
    bin_name = "cargo kata",
    about = "Run, check and reset the katas of the integration-testing course",
    after_help = "With no command, `cargo kata` goes on with the current kata: it watches it on a \
                  terminal, and checks it once elsewhere. The current kata is the one you are \
                  working on (the last one you checked) until it is done; then it is the next \
                  kata: the first one after it that is not done, going round to the start of \
                  the course. A kata id you type always wins."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// A kata, as a learner types it.
const ID_HELP: &str = "A kata id such as 03 (or 3, kata-03, the folder name)";
const CURRENT_ID_HELP: &str =
    "A kata id such as 03 (or 3, kata-03, the folder name); the current kata when left out";

#[derive(Subcommand)]
pub enum Command {
    /// Every kata with its status, kind, estimated time and chapter.
    List,
    /// Run a kata's tests and say what to do next.
    Check {
        #[arg(help = CURRENT_ID_HELP)]
        id: Option<String>,
    },
    /// Check a kata again each time you save a file in it.
    Watch {
        #[arg(help = CURRENT_ID_HELP)]
        id: Option<String>,
        /// Check again only when you press r, for file systems that send no file events.
        #[arg(long)]
        manual: bool,
    },
    /// Show the next hint for a kata, one level at a time, from a nudge to nearly the answer.
    Hint {
        #[arg(help = CURRENT_ID_HELP)]
        id: Option<String>,
        /// Show every hint you have seen so far, not a new one.
        #[arg(long)]
        all: bool,
    },
    /// Put a kata back to its starter; your files are backed up first.
    Reset {
        #[arg(help = ID_HELP)]
        id: String,
    },
    /// Put back your files from a backup (the newest by default); what the kata holds now is backed up first.
    Restore {
        #[arg(help = ID_HELP)]
        id: String,
        /// The backup to put back, as `--list` names it (the newest when left out).
        backup: Option<String>,
        /// List the kata's backups instead.
        #[arg(long)]
        list: bool,
    },
    /// Replace a kata with its reference solution; your files are backed up first.
    Solve {
        #[arg(help = ID_HELP)]
        id: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// Answer a chapter's quiz: questions of judgment, each choice explained.
    #[command(
        after_help = "On a terminal, pick with the number keys or the arrows and Space, and \
                      press Enter to check. Through a pipe, type one line per answer: the \
                      choice's number (\"2\"), or for \"pick all that apply\" every number \
                      (\"1 3\"). Which questions you got right the first time is remembered; \
                      `cargo kata list` shows it per chapter. In a classroom (`cargo kata \
                      join`), each answer also goes to the room: the question's and the \
                      choices' ids, never free text."
    )]
    Quiz {
        /// A chapter number such as 09 (or 9); the current kata's chapter when left out.
        #[arg(conflicts_with_all = ["room", "concept_check"])]
        chapter: Option<String>,
        /// In a classroom: wait for the question your instructor asks the room, answer it,
        /// and see its explanations when they close it; then the next.
        #[arg(long, conflicts_with = "concept_check")]
        room: bool,
        /// The concept check, at the start and at the end of a workshop: in the classroom's
        /// round, or on your own (the before round first, then the after).
        #[arg(long)]
        concept_check: bool,
    },
    /// (Workshops) Is this machine ready for the course, offline? One line per check.
    Doctor,
    /// (Workshops) Fetch and build everything ahead of the day, so the course runs offline.
    Prepare {
        /// Do not install mdBook, even if it is missing.
        #[arg(long)]
        no_mdbook: bool,
    },
    /// (Workshops) The instructor's live grid of who is stuck where: `classroom serve`.
    #[command(subcommand)]
    Classroom(Classroom),
    /// (Workshops) Join the instructor's classroom: each check then reports its status (never code).
    Join {
        /// What the instructor's `cargo kata classroom serve` prints, such as K7QXMP@192.168.1.20:7878
        address: String,
        /// Your name, as the instructor's page shows it.
        #[arg(long)]
        name: String,
    },
    /// (Workshops) Leave the classroom: checks are no longer reported.
    Leave,
    /// (Maintainers) Prove the course, record starters, make mutants.
    #[command(subcommand)]
    Dev(Dev),
}

#[derive(Subcommand)]
pub enum Dev {
    /// Prove the course: starters fail, solutions pass, mutants are caught, the book is whole.
    Verify {
        /// Verify only this kata (the course-wide checks always run).
        id: Option<String>,
        /// Treat a kata folder that differs from its recorded starter as a failure (on when CI is set).
        #[arg(long)]
        strict: bool,
        /// Prove everything again, even what is unchanged since a verify that proved it.
        #[arg(long)]
        fresh: bool,
    },
    /// Record kata folders as their starters, after changing a starter on purpose.
    Snapshot { id: Option<String> },
    /// Put a solved copy of a kata in a scratch folder (to make a mutant in) and print its path.
    Scratch {
        id: String,
        /// Start from this mutant instead of the plain solution.
        #[arg(long)]
        mutant: Option<String>,
        /// Start over, dropping edits in the copy that were not recorded.
        #[arg(long)]
        fresh: bool,
    },
    /// Record the edits made in the scratch copy as the mutant NAME.
    Record {
        id: String,
        name: String,
        /// For a new mutant: the words that finish "your tests still pass when …".
        #[arg(long)]
        description: Option<String>,
    },
    /// Re-record every mutant of a kata against its current solution.
    Rerecord { id: String },
    /// Run cargo-mutants on the solved kata, to find what its reference tests miss.
    Mutants { id: String },
    /// Write the instructor guide's agendas, computed from course.toml.
    Agendas,
    /// Write each chapter's quiz block from quizzes/NN.toml, and record new quiz ids.
    Quizzes {
        /// Also record the failure outputs that questions show (those missing, or no longer
        /// printed by their run), from real runs in a scratch copy.
        #[arg(long)]
        record: bool,
    },
}

#[derive(Subcommand)]
pub enum Classroom {
    /// Serve the room: print the join line for learners and the link to your live page.
    Serve {
        /// The port to listen on (0 for any free one). By default the room's port from
        /// last time, where joined learners report, or 7878 for a new room.
        #[arg(long)]
        port: Option<u16>,
        /// Listen on the room's network, so that other laptops can join (by default only
        /// this laptop can reach the server).
        #[arg(long)]
        network: bool,
        /// Highlight a learner whose first failing test has stayed the same this many minutes.
        #[arg(long, default_value_t = 10)]
        stuck_minutes: u64,
        /// Start a new room, with a new join code, forgetting every learner of the old one.
        #[arg(long)]
        new_room: bool,
        /// The most learners the room takes; past it, a join is refused (429).
        #[arg(long, default_value_t = crate::classroom::admission::DEFAULT_MAX_LEARNERS)]
        max_learners: usize,
        /// Joins a minute from one address, all at once allowed; past it, a join is refused
        /// (429, with when to try again).
        #[arg(long, default_value_t = crate::classroom::admission::DEFAULT_JOINS_PER_MINUTE,
              value_parser = clap::value_parser!(u32).range(1..))]
        joins_per_minute: u32,
    },
    /// Send the reports waiting in .kata/classroom/outbox (started by `check` in the background).
    #[command(hide = true)]
    Send,
}

/// How `check` starts the hidden `classroom send` in the background.
pub const CLASSROOM_SEND: [&str; 2] = ["classroom", "send"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_background_sender_is_started_with_its_own_command() {
        let cli = Cli::try_parse_from(["kata"].into_iter().chain(CLASSROOM_SEND)).unwrap();
        assert!(matches!(
            cli.command,
            Some(Command::Classroom(Classroom::Send))
        ));
    }
}
