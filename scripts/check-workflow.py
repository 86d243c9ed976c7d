#!/usr/bin/env python3
"""Checks the hosted-CI workflow (.github/workflows/ci.yml) without running it.

It must parse as YAML, run the README's `cargo test` on Linux, macOS and
Windows with the stable toolchain and a build cache, build the book, and
tell insta never to write a snapshot (INSTA_UPDATE: "no").
This cannot prove that hosted machines pass; it proves that the file says
what chapter 16 says it does. `.ci/run` calls it.
"""
import sys

import yaml

path = ".github/workflows/ci.yml"
with open(path, encoding="utf-8") as file:
    workflow = yaml.safe_load(file)

problems = []
jobs = workflow.get("jobs", {})


def steps_text(job):
    return "\n".join(
        str(step.get("run", "")) + " " + str(step.get("uses", ""))
        for step in jobs.get(job, {}).get("steps", [])
    )


check = jobs.get("self-check")
if check is None:
    problems.append("no job `self-check`")
else:
    systems = set(check.get("strategy", {}).get("matrix", {}).get("os", []))
    for wanted in ("ubuntu-latest", "macos-latest", "windows-latest"):
        if wanted not in systems:
            problems.append(f"self-check does not run on {wanted}")
    text = steps_text("self-check")
    if "cargo test" not in text:
        problems.append("self-check never runs `cargo test` (the README's command)")
    if "dtolnay/rust-toolchain@stable" not in text:
        problems.append("self-check does not use the stable toolchain")
    if "rust-cache" not in text:
        problems.append("self-check caches no build")
if "mdbook build" not in steps_text("book"):
    problems.append("no job builds the book")
# Chapter 16's "Snapshots in CI" shows this setting: in CI, insta writes no
# snapshot and a changed or new one fails its test.
if str(workflow.get("env", {}).get("INSTA_UPDATE")) != "no":
    problems.append('the workflow does not set INSTA_UPDATE: "no" (chapter 16 says it does)')

if problems:
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    sys.exit(1)
print(
    f"{path}: parses, and runs cargo test on {len(systems)} systems and the book build, "
    "with INSTA_UPDATE=no"
)
