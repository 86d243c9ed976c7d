//! The workshop agendas of the instructor guide, computed from course.toml
//! rather than typed: each kata's slot is the teaching time, the kata's own
//! minutes and the debrief, so a change to a kata's estimate moves every
//! agenda that holds it. `cargo kata dev agendas` writes them into the guide
//! between markers; `verify` fails while the guide differs, or while an
//! agenda does not fit the time it claims.

use std::fmt::Write;

use anyhow::{Result, bail};
use serde::Deserialize;

use crate::course::{self, Course, Kata};
use crate::layout::BOOK_DIR;

/// The instructor guide, relative to `book/`.
pub const GUIDE: &str = "instructor-guide.md";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workshop {
    /// Minutes to teach a kata's chapter before the kata (a kata's own
    /// `teach` in course.toml overrides it).
    pub teach: u32,
    /// Minutes to talk a kata over afterwards (likewise `debrief`).
    pub debrief: u32,
    /// Minutes to present a chapter whose kata is left for afterwards
    /// (`"NN taught"` in an agenda): the idea and its picture.
    pub overview: u32,
    /// The clock time a day starts at, as `9:00`.
    pub start: String,
    /// Named items that are not katas: welcome, break, lunch, ...
    pub items: std::collections::BTreeMap<String, Item>,
    #[serde(rename = "agenda")]
    pub agendas: Vec<Agenda>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub minutes: u32,
    pub what: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agenda {
    /// The marker's name in the guide: `<!-- agenda: half-day -->`.
    pub id: String,
    /// How long the agenda claims to be, in minutes.
    pub length: u32,
    /// In order: a kata id (`"07"`: taught, done and debriefed), a kata id
    /// with ` taught` (`"10 taught"`: the chapter presented in `overview`
    /// minutes, the kata left for afterwards), or the name of one of the
    /// workshop's items.
    pub items: Vec<String>,
}

/// The concept check's items in `[workshop.items]`: five minutes at the
/// start of every workshop, and five at its end.
pub const CONCEPT_BEFORE: &str = "concept-check-before";
pub const CONCEPT_AFTER: &str = "concept-check-after";

/// One row of an agenda.
struct Row {
    what: String,
    minutes: u32,
}

fn rows(course: &Course, workshop: &Workshop, agenda: &Agenda) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    for entry in &agenda.items {
        let (name, taught_only) = match entry.strip_suffix(" taught") {
            Some(name) => (name, true),
            None => (entry.as_str(), false),
        };
        if let Some(item) = workshop.items.get(name) {
            rows.push(Row {
                what: item.what.clone(),
                minutes: item.minutes,
            });
            continue;
        }
        let Some(kata) = course.katas.iter().find(|k| k.id == name) else {
            bail!(
                "agenda {}: {entry:?} is neither a kata id nor an item of [workshop.items]",
                agenda.id
            );
        };
        let teach = kata.teach.unwrap_or(workshop.teach);
        let debrief = kata.debrief.unwrap_or(workshop.debrief);
        rows.push(if taught_only {
            Row {
                what: format!(
                    "Chapter {}, {}: presented ({} min); kata {} ({} min) left for afterwards",
                    chapter_number(kata),
                    kata.title,
                    workshop.overview,
                    kata.id,
                    kata.minutes
                ),
                minutes: workshop.overview,
            }
        } else {
            Row {
                what: format!(
                    "Chapter {}, {}: teach {teach}, kata {} ({} min), debrief {debrief}",
                    chapter_number(kata),
                    kata.title,
                    kata.id,
                    kata.minutes
                ),
                minutes: teach + kata.minutes + debrief,
            }
        });
    }
    Ok(rows)
}

/// The number of the kata's chapter, from its file name (kata 16's chapter
/// is chapter 17), or the kata's id for a chapter named otherwise.
fn chapter_number(kata: &Kata) -> u32 {
    course::chapter_number(&kata.chapter)
        .unwrap_or_else(|| kata.id.clone())
        .parse()
        .unwrap_or(0)
}

/// The agenda as the guide shows it, markers included.
pub fn render(course: &Course, workshop: &Workshop, agenda: &Agenda) -> Result<String> {
    let rows = rows(course, workshop, agenda)?;
    let mut clock = parse_clock(&workshop.start)?;
    let mut text = format!("{}\n", start_marker(&agenda.id));
    text.push_str("| time | what | minutes |\n|---|---|---|\n");
    for row in &rows {
        let _ = writeln!(
            text,
            "| {} | {} | {} |",
            clock_text(clock),
            row.what,
            row.minutes
        );
        clock += row.minutes;
    }
    let total: u32 = rows.iter().map(|row| row.minutes).sum();
    let _ = writeln!(text, "| {} | End | |", clock_text(clock));
    let _ = writeln!(
        text,
        "\n{} in all, of {} planned.",
        hours(total),
        hours(agenda.length)
    );
    text.push_str(END_MARKER);
    Ok(text)
}

/// What is wrong with an agenda's arithmetic: it must fit its length, and
/// not leave more than a quarter of an hour of it unplanned.
pub fn fit_problem(
    course: &Course,
    workshop: &Workshop,
    agenda: &Agenda,
) -> Result<Option<String>> {
    let total: u32 = rows(course, workshop, agenda)?
        .iter()
        .map(|row| row.minutes)
        .sum();
    Ok(if total > agenda.length {
        Some(format!(
            "agenda {} takes {} but claims {}",
            agenda.id,
            hours(total),
            hours(agenda.length)
        ))
    } else if total + 15 < agenda.length {
        Some(format!(
            "agenda {} takes {}, leaving {} of its {} unplanned",
            agenda.id,
            hours(total),
            hours(agenda.length - total),
            hours(agenda.length)
        ))
    } else {
        None
    })
}

fn start_marker(id: &str) -> String {
    format!(
        "<!-- agenda: {id} (computed from course.toml by `cargo kata dev agendas`; edit course.toml, not this table) -->"
    )
}

const END_MARKER: &str = "<!-- end of agenda -->";

/// The guide's text with every agenda replaced by its computed form, or the
/// name of an agenda whose markers are missing.
pub fn rewrite_guide(course: &Course, workshop: &Workshop, guide: &str) -> Result<String> {
    let mut text = guide.to_string();
    for agenda in &workshop.agendas {
        let start = start_marker(&agenda.id);
        let Some(from) = text.find(&start) else {
            bail!(
                "book/{GUIDE} has no `{start}` line where agenda {} belongs",
                agenda.id
            );
        };
        let Some(length) = text[from..].find(END_MARKER) else {
            bail!(
                "book/{GUIDE}: agenda {} has no `{END_MARKER}` line",
                agenda.id
            );
        };
        let to = from + length + END_MARKER.len();
        text.replace_range(from..to, &render(course, workshop, agenda)?);
    }
    Ok(text)
}

/// Problems with the guide's agendas, one line each.
pub fn problems(course: &Course) -> Result<Vec<String>> {
    let path = course.root.join(BOOK_DIR).join(GUIDE);
    let workshop = match (&course.workshop, path.is_file()) {
        (Some(workshop), true) => workshop,
        (None, true) => {
            return Ok(vec![format!(
                "course.toml has no [workshop] table for the agendas of book/{GUIDE}"
            )]);
        }
        (Some(_), false) => {
            return Ok(vec![format!(
                "course.toml has agendas, but there is no book/{GUIDE}"
            )]);
        }
        (None, false) => return Ok(Vec::new()),
    };
    let guide = fs_err::read_to_string(&path)?;
    let mut problems = Vec::new();
    match rewrite_guide(course, workshop, &guide) {
        Ok(rewritten) if rewritten != guide => problems.push(format!(
            "book/{GUIDE}'s agendas differ from what course.toml gives: run `cargo kata dev agendas`"
        )),
        Ok(_) => {}
        Err(error) => problems.push(format!("{error:#}")),
    }
    for agenda in &workshop.agendas {
        problems.extend(fit_problem(course, workshop, agenda)?);
    }
    let planned: Vec<&str> = workshop
        .agendas
        .iter()
        .flat_map(|agenda| &agenda.items)
        .map(|item| item.trim_end_matches(" taught"))
        .collect();
    let missing: Vec<&str> = course
        .katas
        .iter()
        .map(|kata| kata.id.as_str())
        .filter(|id| !planned.contains(id))
        .collect();
    if !missing.is_empty() {
        problems.push(format!(
            "no agenda has kata {}: every kata belongs in at least one",
            missing.join(", ")
        ));
    }
    problems.extend(concept_check_problems(&course.katas, workshop));
    Ok(problems)
}

/// Every workshop opens with the concept check's before round and closes
/// with its after round, once each: the before in its first day, ahead of
/// every kata, the after in its last day, behind every kata. The days of
/// one workshop are the agendas whose ids differ only by a last `-N`
/// (`two-days-1`, `two-days-2`). Checked once the workshop has the items
/// (a course without a concept check has neither).
fn concept_check_problems(katas: &[Kata], workshop: &Workshop) -> Vec<String> {
    if !workshop.items.contains_key(CONCEPT_BEFORE) && !workshop.items.contains_key(CONCEPT_AFTER) {
        return Vec::new();
    }
    let is_kata = |item: &String| {
        let id = item.trim_end_matches(" taught");
        katas.iter().any(|kata| kata.id == id)
    };
    let mut workshops: Vec<(&str, Vec<&Agenda>)> = Vec::new();
    for agenda in &workshop.agendas {
        let name = match agenda.id.rsplit_once('-') {
            Some((name, day)) if day.bytes().all(|b| b.is_ascii_digit()) => name,
            _ => agenda.id.as_str(),
        };
        match workshops.iter_mut().find(|(n, _)| *n == name) {
            Some((_, days)) => days.push(agenda),
            None => workshops.push((name, vec![agenda])),
        }
    }
    let mut problems = Vec::new();
    for (name, days) in workshops {
        let (Some(first), Some(last)) = (days.first(), days.last()) else {
            continue;
        };
        let count = |item: &str| {
            days.iter()
                .flat_map(|day| &day.items)
                .filter(|i| *i == item)
                .count()
        };
        let position = |day: &Agenda, item: &str| day.items.iter().position(|i| i == item);
        let first_kata = first.items.iter().position(is_kata);
        let last_kata = last.items.iter().rposition(is_kata);
        match position(first, CONCEPT_BEFORE) {
            Some(at) if count(CONCEPT_BEFORE) == 1 && first_kata.is_none_or(|k| at < k) => {}
            _ => problems.push(format!(
                "workshop {name}: the concept check's before round (`{CONCEPT_BEFORE}`) opens \
                 it, once, in agenda {} ahead of its first kata",
                first.id
            )),
        }
        match position(last, CONCEPT_AFTER) {
            Some(at) if count(CONCEPT_AFTER) == 1 && last_kata.is_none_or(|k| at > k) => {}
            _ => problems.push(format!(
                "workshop {name}: the concept check's after round (`{CONCEPT_AFTER}`) closes \
                 it, once, in agenda {} behind its last kata",
                last.id
            )),
        }
    }
    problems
}

fn parse_clock(text: &str) -> Result<u32> {
    let parsed = text
        .split_once(':')
        .and_then(|(h, m)| Some(h.parse::<u32>().ok()? * 60 + m.parse::<u32>().ok()?));
    match parsed {
        Some(minutes) => Ok(minutes),
        None => bail!("[workshop] start = {text:?} is not a time such as \"9:00\""),
    }
}

fn clock_text(minutes: u32) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

fn hours(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m:02} min"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kata(id: &str) -> Kata {
        toml::from_str(&format!(
            "id = \"{id}\"\nfolder = \"kata-{id}\"\ntitle = \"Kata {id}\"\n\
             chapter = \"c.md\"\nkind = \"make-it-pass\"\nminutes = 5\nhints = [\"h\"]\n"
        ))
        .unwrap()
    }

    fn workshop(agendas: &str) -> Workshop {
        toml::from_str(&format!(
            "teach = 10\ndebrief = 5\noverview = 10\nstart = \"9:00\"\n\
             items.welcome = {{ minutes = 10, what = \"Welcome\" }}\n\
             items.concept-check-before = {{ minutes = 5, what = \"Before\" }}\n\
             items.concept-check-after = {{ minutes = 5, what = \"After\" }}\n{agendas}"
        ))
        .unwrap()
    }

    #[test]
    fn every_workshop_opens_with_the_before_round_and_closes_with_the_after() {
        let katas = [kata("01"), kata("02")];
        let sound = workshop(
            "[[agenda]]\nid = \"short\"\nlength = 60\n\
             items = [\"welcome\", \"concept-check-before\", \"01\", \"concept-check-after\"]\n\
             [[agenda]]\nid = \"two-1\"\nlength = 60\n\
             items = [\"concept-check-before\", \"01\"]\n\
             [[agenda]]\nid = \"two-2\"\nlength = 60\n\
             items = [\"02 taught\", \"concept-check-after\"]\n",
        );
        assert_eq!(concept_check_problems(&katas, &sound), Vec::<String>::new());

        let broken = workshop(
            "[[agenda]]\nid = \"short\"\nlength = 60\n\
             items = [\"01\", \"concept-check-before\", \"concept-check-after\"]\n\
             [[agenda]]\nid = \"two-1\"\nlength = 60\n\
             items = [\"concept-check-before\", \"01\", \"concept-check-after\"]\n\
             [[agenda]]\nid = \"two-2\"\nlength = 60\nitems = [\"02\"]\n",
        );
        let problems = concept_check_problems(&katas, &broken);
        assert_eq!(problems.len(), 2, "{problems:#?}");
        assert!(problems[0].contains("workshop short: the concept check's before round"));
        assert!(problems[1].contains("workshop two: the concept check's after round"));
        assert!(problems[1].contains("in agenda two-2"), "{problems:#?}");
    }

    #[test]
    fn clock_times_and_lengths_read_as_an_instructor_writes_them() {
        assert_eq!(parse_clock("9:00").unwrap(), 540);
        assert_eq!(clock_text(545), "9:05");
        assert_eq!(hours(45), "45 min");
        assert_eq!(hours(180), "3 h");
        assert_eq!(hours(185), "3 h 05 min");
        assert!(parse_clock("nine").is_err());
    }
}
