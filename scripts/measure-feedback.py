#!/usr/bin/env python3
"""Edit-to-result times of the katas, side by side with a peer workshop's.

A learner feels the course in the seconds between saving a file and reading
the result of `cargo test -p kata-NN`. This script measures exactly that, for
every kata (or the ones named) with its reference solution applied:

  * a *src edit*: a function appended to a file of the kata's `src/` (one
    that the learner writes where there is one, else the largest);
  * a *test edit*: a function appended to a file of its tests (one that the
    learner writes);

each followed by `cargo test -q -p kata-NN`, median of RUNS runs (5 unless
--runs says otherwise). With --peer DIR it alternates each of those runs with
the same edit to the closest peer workshop's exercise of the same kind,
mainmatter's rust-advanced-testing-workshop `07_http_mocking/01_basics`
(reqwest and wiremock), so that both are measured in the same minute on the
same machine, and prints the ratio: the slower of the kata's two edits over
the peer's. Get the peer with

    git clone https://github.com/mainmatter/rust-advanced-testing-workshop DIR

(this script builds its one exercise in DIR/target the first time).

With --why it also tells where the seconds of one src edit and one test edit
go: cargo's own work, each unit rustc compiled (from cargo's --timings page),
the test run, and how long linking each test binary took, by the linker's
own account (rust-lld's --time-trace: Linux on x86_64, where rust-lld is the
default linker; an earlier version traced processes with strace, which slows
rustc far more than the linker and understated linking two to three times).

The kata's folder is put back as it was at the end, whatever happens. A
measurement, not a test: it prints figures and never fails on them. Run it
on a quiet machine: the figures are wall-clock seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEER_EXERCISE = "exercises/07_http_mocking/01_basics"
PEER_PACKAGE = "wiremock_basics"


def katas() -> list[dict]:
    with open(ROOT / "course.toml", "rb") as file:
        return tomllib.load(file)["kata"]


def appended(original: str, n: int) -> str:
    """The file with one more function, as a learner's edit adds one."""
    return f"{original}\n#[allow(dead_code)]\nfn measure_feedback_edit_{n}() {{}}\n"


# A learner's shell has none of these; a maintainer's or a CI machine's may.
# RUST_BACKTRACE=1 alone doubles kata 13's test run (every panic a test
# catches or reports is symbolized in a 30 MB binary), and the peer's too.
NOT_A_LEARNERS = (
    "RUST_BACKTRACE", "RUST_LIB_BACKTRACE", "RUST_TEST_THREADS", "RUSTFLAGS",
    "CARGO_INCREMENTAL", "CARGO_BUILD_JOBS", "CARGO_TARGET_DIR",
)
LEARNERS_ENV = {k: v for k, v in os.environ.items() if k not in NOT_A_LEARNERS}


def timed(command: list[str], cwd: Path) -> float:
    start = time.monotonic()
    # The result does not matter (a peer's exercise fails by design); only
    # how long it took to get it. Run as on a learner's machine: each
    # builds in its own target directory, with cargo's defaults.
    subprocess.run(command, cwd=cwd, env=LEARNERS_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - start


class Edit:
    """One file, edited again and again, and put back when done."""

    def __init__(self, path: Path):
        self.path = path
        self.original = path.read_text()
        self.count = 0

    def next(self) -> None:
        self.count += 1
        self.path.write_text(appended(self.original, self.count))

    def restore(self) -> None:
        self.path.write_text(self.original)


class Peer:
    def __init__(self, root: Path):
        self.root = root
        exercise = root / PEER_EXERCISE / "src" / "lib.rs"
        if not exercise.is_file():
            sys.exit(
                f"error: {exercise} is missing: --peer takes a clone of "
                "https://github.com/mainmatter/rust-advanced-testing-workshop"
            )
        self.edit = Edit(exercise)
        print(f"warming the peer's exercise {PEER_EXERCISE} in {root} ...", flush=True)
        self.command = ["cargo", "test", "-q", "-p", PEER_PACKAGE]
        timed(self.command, root)

    def once(self) -> float:
        self.edit.next()
        return timed(self.command, self.root)


def pick(kata: dict, sub: str, preferred: str | None) -> Path:
    """The file to edit: the one named, or else a file of `sub` that the
    learner writes (one the solution changes), or else the largest there."""
    folder = ROOT / "katas" / kata["folder"]
    if preferred:
        return ROOT / preferred
    solution = ROOT / "solutions" / kata["folder"] / sub
    learners = sorted(p.relative_to(solution.parent) for p in solution.rglob("*.rs")) if solution.is_dir() else []
    learners = [p for p in learners if p.name != "main.rs"] or learners
    if learners:
        return folder / learners[0]
    files = [p for p in (folder / sub).rglob("*.rs") if p.name != "main.rs"]
    return max(files, key=lambda p: p.stat().st_size)


class SolvedKata:
    """The kata with its reference solution laid over it, until `restore`."""

    def __init__(self, kata: dict):
        self.kata = kata
        self.folder = ROOT / "katas" / kata["folder"]
        self.saved = Path(tempfile.mkdtemp(prefix="measure-feedback-"))
        shutil.copytree(self.folder, self.saved / "kata", ignore=shutil.ignore_patterns("target"))
        solution = ROOT / "solutions" / kata["folder"]
        shutil.copytree(solution, self.folder, dirs_exist_ok=True, ignore=shutil.ignore_patterns("mutants"))

    def restore(self) -> None:
        shutil.rmtree(self.folder)
        shutil.copytree(self.saved / "kata", self.folder)
        shutil.rmtree(self.saved)


def target_dir() -> Path:
    meta = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=ROOT, env=LEARNERS_ENV, capture_output=True, text=True, check=True,
    ).stdout
    return Path(re.search(r'"target_directory":"([^"]+)"', meta).group(1))


def unit_seconds(target: Path) -> list[tuple[str, float]]:
    """What each unit of the last build cost, from cargo's --timings page."""
    page = (target / "cargo-timings" / "cargo-timing.html").read_text()
    data = page[page.index("UNIT_DATA = ") + len("UNIT_DATA = "):]
    units, _ = json.JSONDecoder().raw_decode(data)
    return [(f"{u['name']} {u['target'].strip() or 'lib'}", u["duration"]) for u in units]


def link_seconds(package: str) -> list[tuple[str, float]]:
    """How long the linker took over each test binary of `package`, by its
    own account: each one is linked again with rust-lld's `--time-trace`,
    which writes the linker's phases beside the binary. Empty where the
    linker is not rust-lld (macOS, Windows, Linux before Rust 1.90)."""
    meta = json.loads(subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout)
    found = []
    for pkg in meta["packages"]:
        if pkg["name"] != package:
            continue
        for target in pkg["targets"]:
            if target["kind"] != ["test"]:
                continue
            built = subprocess.run(
                ["cargo", "rustc", "-q", "-p", package, "--test", target["name"],
                 "--message-format=json", "--", "-C", "link-arg=-Wl,--time-trace"],
                cwd=ROOT, env=LEARNERS_ENV, capture_output=True, text=True,
            )
            for line in built.stdout.splitlines():
                message = json.loads(line) if line.startswith("{") else {}
                binary = message.get("executable")
                trace = Path(f"{binary}.time-trace") if binary else None
                if trace and trace.is_file():
                    events = json.loads(trace.read_text())["traceEvents"]
                    trace.unlink()
                    micros = sum(e["dur"] for e in events if e.get("name") == "Total ExecuteLinker")
                    found.append((target["name"], micros / 1e6))
    # Built with other flags, the test binaries are built again from
    # scratch by the next build: do it now, untimed.
    subprocess.run(["cargo", "test", "-q", "-p", package, "--no-run"], cwd=ROOT, env=LEARNERS_ENV, capture_output=True)
    return found


def why(kata: dict, src: Edit, test: Edit) -> None:
    """Where the seconds of one edit of each kind go: cargo's own work, each
    unit rustc compiles (the linker's share of it), and the test run."""
    package = f"kata-{kata['id']}"
    build = ["cargo", "test", "-q", "-p", package, "--no-run"]
    run = ["cargo", "test", "-q", "-p", package]
    target = target_dir()
    for label, edit in (("src edit", src), ("test edit", test)):
        edit.next()
        total = timed(build + ["--timings"], ROOT)
        units = unit_seconds(target)
        noop = statistics.median(timed(build, ROOT) for _ in range(3))
        tests = statistics.median(timed(run, ROOT) for _ in range(3)) - noop
        print(f"  where the seconds of a {label} go ({total + tests:.2f} s in all):")
        print(f"    {noop:5.2f} s  cargo's own work (a build with nothing to do)")
        for name, seconds in units:
            if seconds >= 0.01:  # the units cargo found fresh show as 0
                print(f"    {seconds:5.2f} s  rustc: {name}")
        print(f"    {tests:5.2f} s  running the tests")
        # Linking is part of each test binary's rustc time above; how
        # much, the linker says itself (after another edit like this one).
        edit.next()
        for name, seconds in link_seconds(package):
            print(f"    (of which {seconds:.2f} s linking the test binary `{name}`, by rust-lld's own --time-trace)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("katas", nargs="*", help="kata ids such as 07 (all when left out)")
    parser.add_argument("--peer", type=Path, help="a clone of mainmatter/rust-advanced-testing-workshop")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--why", action="store_true", help="where the seconds of one edit of each kind go")
    args = parser.parse_args()

    chosen = [k for k in katas() if not args.katas or k["id"] in {i.zfill(2) for i in args.katas}]
    if not chosen:
        sys.exit(f"error: no kata {' '.join(args.katas)}")
    peer = Peer(args.peer.resolve()) if args.peer else None
    cores = os.cpu_count()
    print(f"{cores} cores, load {os.getloadavg()[0]:.1f}; median of {args.runs} runs, in seconds", flush=True)
    dropped = sorted(k for k in NOT_A_LEARNERS if k in os.environ)
    if dropped:
        print(f"measured without {', '.join(dropped)} (not set on a learner's machine)", flush=True)
    rows = []
    try:
        for kata in chosen:
            solved = SolvedKata(kata)
            folder = solved.folder
            src = Edit(pick(kata, "src", os.environ.get("SRC_FILE")))
            test = Edit(pick(kata, "tests", os.environ.get("TEST_FILE")))
            command = ["cargo", "test", "-q", "-p", f"kata-{kata['id']}"]
            try:
                timed(command, ROOT)  # warm: the first build after the solution
                times = {"src": [], "test": [], "peer": []}
                for _ in range(args.runs):
                    src.next()
                    times["src"].append(timed(command, ROOT))
                    if peer:
                        times["peer"].append(peer.once())
                    test.next()
                    times["test"].append(timed(command, ROOT))
                    if peer:
                        times["peer"].append(peer.once())
                median = {k: statistics.median(v) for k, v in times.items() if v}
                slower = max(median["src"], median["test"])
                ratio = f"{slower / median['peer']:.2f}" if peer else "-"
                peer_median = f"{median['peer']:.2f}" if peer else "-"
                rows.append((kata["id"], median["src"], median["test"], peer_median, ratio))
                print(
                    f"kata {kata['id']}: src edit {median['src']:.2f} ({src.path.relative_to(folder)}), "
                    f"test edit {median['test']:.2f} ({test.path.relative_to(folder)}), "
                    f"peer {peer_median}, slower / peer {ratio}",
                    flush=True,
                )
                if args.why:
                    why(kata, src, test)
            finally:
                src.restore()
                test.restore()
                solved.restore()
    finally:
        if peer:
            peer.edit.restore()
    print("\n| kata | src edit, s | test edit, s | peer, s | slower / peer |")
    print("| --- | --- | --- | --- | --- |")
    for row in rows:
        print(f"| {row[0]} | {row[1]:.2f} | {row[2]:.2f} | {row[3]} | {row[4]} |")


if __name__ == "__main__":
    main()
