#!/usr/bin/env python3
"""Tries a lazy answer on a write-the-tests kata, and shows what `check` says.

    scripts/lazy-answer.py NN

A lazy answer is the reference answer with its judgement taken out: in every
top-level function of the solution's tests that the starter does not give
whole (the answers to its `todo!()`s, and the tests the reference adds), the
mockall constraints (`with`, `withf`, `times`, `in_sequence`, `checkpoint`)
and every assertion (`assert*!` and insta's snapshots) are dropped; the calls
to the system stay. It is the answer of a learner who calls the code and
checks little. The course promises that such an answer leaves mutants alive
and that `cargo kata check NN` names them: this script shows it. What it
cannot take out is a check made by `unwrap`, `expect_err` or a given helper:
a mutant caught by one of those is caught by the kata's scaffolding.

It writes the lazy tests into katas/<kata>/tests/ (where a learner's answer
lives, so that `check` runs as it does for a learner), runs
`cargo kata check NN`, and puts the folder back as git has it, whatever
happens. It refuses to start when that folder has changes of its own.

A demonstration, not a test: it prints check's verdict and exits with
check's status (non-zero when mutants survive, which is the point).
Maintainers; needs git and python3.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONSTRAINTS = ["withf", "with", "times", "in_sequence"]
ASSERTION = re.compile(
    r"(assert(_eq|_ne|_matches)?|insta::assert_\w+|assert_(\w+_)?snapshot)!\("
)


def scan(text, start, stop_at_comma):
    """Walks Rust code from `start`, skipping string literals, and returns
    the index just past the bracket that closes the one at `start`; or, with
    `stop_at_comma`, the index of the first comma outside any bracket."""
    depth, i, in_string = 0, start, False
    while i < len(text):
        c = text[i]
        if in_string:
            if c == "\\":
                i += 2
                continue
            if c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0 and not stop_at_comma:
                return i + 1
        elif c == "," and depth == 0 and stop_at_comma:
            return i
        i += 1
    if stop_at_comma:
        return i
    raise ValueError("unbalanced brackets")


def closing(text, start):
    return scan(text, start, stop_at_comma=False)


def first_argument(inner):
    return inner[: scan(inner, 0, stop_at_comma=True)].strip()


def drop_constraints(code):
    call = re.compile(r"\s*\.(%s)\(" % "|".join(CONSTRAINTS))
    out, i = [], 0
    while m := call.search(code, i):
        out.append(code[i : m.start()])
        i = closing(code, m.end() - 1)
    out.append(code[i:])
    code = "".join(out)
    return re.sub(r"\n\s*[\w.]+\.checkpoint\(\);", "", code)


def drop_assertions(code):
    """Each assertion becomes a block that still evaluates what it looked at."""
    out, i = [], 0
    while m := ASSERTION.search(code, i):
        end = closing(code, m.end() - 1)
        looked_at = first_argument(code[m.end() : end - 1])
        out.append(code[i : m.start()])
        out.append("{ let _ = &(%s); }" % looked_at)
        i = end
    out.append(code[i:])
    return "".join(out)


def lazy(function):
    return drop_assertions(drop_constraints(function))


def learners_part(starter_file, solution_code):
    """The functions of the solution's file that are the learner's to write:
    the ones the starter leaves as `todo!()`, and the tests the reference
    adds. The helpers it adds stay as they are: a lazy learner still needs
    working helpers."""
    starter = open(starter_file).read() if os.path.exists(starter_file) else ""
    todo = set(re.findall(r"fn (\w+)\([^)]*\)[^{]*\{\s*todo!", starter))
    given = set(FUNCTION.findall(starter)) - todo
    tests = set(TEST.findall(solution_code)) - given
    return todo | tests


FUNCTION = re.compile(r"^(?:pub(?:\(crate\))? )?(?:async )?fn (\w+)", re.M)
TEST = re.compile(r"^#\[(?:tokio::)?test\b[^\n]*\]\n(?:#\[[^\n]*\]\n)*(?:async )?fn (\w+)", re.M)


def write_lazy_answer(starter, solution):
    """Lays the solution's tests over the starter's, the learner's part made lazy."""
    made = []
    for folder, _, files in os.walk(solution):
        for name in files:
            if not name.endswith(".rs"):
                continue  # snapshots stay the starter's: a lazy answer accepts none
            source = os.path.join(folder, name)
            relative = os.path.relpath(source, solution)
            target = os.path.join(starter, relative)
            code, out, i = open(source).read(), [], 0
            learners = learners_part(target, code)
            for m in FUNCTION.finditer(code):
                if m.start() < i or m.group(1) not in learners:
                    continue
                end = code.index("\n}\n", m.end()) + 3
                out.append(code[i : m.start()])
                out.append(lazy(code[m.start() : end]))
                i = end
                made.append(f"{relative}: {m.group(1)}")
            out.append(code[i:])
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w") as file:
                file.write("".join(out))
    return made


def main():
    if len(sys.argv) != 2 or not re.fullmatch(r"\d\d", sys.argv[1]):
        sys.exit("usage: scripts/lazy-answer.py NN   (a write-the-tests kata, e.g. 09)")
    wanted = sys.argv[1]
    with open(os.path.join(ROOT, "course.toml"), "rb") as file:
        katas = tomllib.load(file)["kata"]
    kata = next((k for k in katas if k["id"] == wanted), None)
    if kata is None or kata["kind"] != "write-the-tests":
        sys.exit(f"kata {wanted} is not a write-the-tests kata of course.toml")
    tests = os.path.join("katas", kata["folder"], "tests")
    solution = os.path.join(ROOT, "solutions", kata["folder"], "tests")
    git = ["git", "-C", ROOT]
    if subprocess.run(git + ["status", "--porcelain", "--", tests], capture_output=True, text=True).stdout:
        sys.exit(f"{tests} has changes of its own: commit or stash them first")
    try:
        for made in write_lazy_answer(os.path.join(ROOT, tests), solution):
            print(f"lazy: {made}")
        check = subprocess.run(["cargo", "kata", "check", wanted], cwd=ROOT)
    finally:
        subprocess.run(git + ["checkout", "-q", "--", tests], check=True)
        subprocess.run(git + ["clean", "-fdq", "--", tests], check=True)
    sys.exit(check.returncode)


if __name__ == "__main__":
    main()
