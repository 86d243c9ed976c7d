#!/usr/bin/env bash
# How long the course's self-check takes cold, beside a peer workshop's own
# cold build (maintainers; Linux or macOS with bash, git and python3):
#
#   scripts/measure-self-check.sh                    the committed HEAD
#   scripts/measure-self-check.sh REV                any revision
#   scripts/measure-self-check.sh --peer DIR [REV]   and the peer, in the same run
#   scripts/measure-self-check.sh --warm [NN ...]    warm, after editing a solution
#
# With --warm it measures a maintainer's loop instead, in this working copy
# with its target/ as it is: it proves the course once (untimed, so that
# every unchanged proof is on record), then for each kata NN (15 and 03
# unless named) appends a comment to a file of its solution and times
# `cargo kata dev verify`, appends another and times `cargo test` (the
# runner's own tests, then the self-check), and puts the file back.
#
# Clones the repository into a fresh temporary folder, so that nothing is
# built yet (an empty target/, as on a learner's first day or a CI machine),
# and times the README's command there: `cargo test` at the root. The crates
# are fetched first and not timed: a download depends on the network, not on
# the course.
#
# With --peer DIR (a clone of mainmatter's rust-advanced-testing-workshop:
#   git clone https://github.com/mainmatter/rust-advanced-testing-workshop DIR
# ), it then copies DIR's committed files to a fresh folder with an empty
# target too, fetches its crates, and times the peer's own cold build of its
# whole workspace, `cargo build --workspace --all-targets --keep-going`, and
# prints the ratio of the two. Both figures come from one run on one machine,
# a few minutes apart; each target directory is deleted as soon as it has
# given its figure (disk space). The figure we hold ourselves to: the course's
# cold self-check at most 2.0 times the peer's cold build.
#
# Run it on a quiet machine (it prints the load average before each build).
# A measurement, not a test: it prints the figures and exits with cargo
# test's own exit code.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# As on a learner's machine or a fresh CI one: cargo's defaults, no backtraces.
unset RUSTFLAGS CARGO_BUILD_JOBS CARGO_TARGET_DIR CARGO_INCREMENTAL RUST_BACKTRACE RUST_LIB_BACKTRACE RUST_TEST_THREADS

if [ "${1:-}" = "--warm" ]; then
  shift
  cd "$root"
  [ "$#" -gt 0 ] || set -- 15 03
  seconds() { python3 -c 'import sys, time; t = time.monotonic(); import subprocess; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print(f"{time.monotonic() - t:.1f}")' "$@"; }
  echo "warm self-check on $(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?') cores; proving the course once first (untimed)"
  cargo kata dev verify >/dev/null 2>&1 || { echo "verify fails before any edit: fix that first" >&2; exit 1; }
  for kata in "$@"; do
    file="$(find solutions/kata-"$kata"-* -name '*.rs' -not -path '*/mutants/*' | sort | head -n 1)"
    [ -n "$file" ] || { echo "no solution file for kata $kata" >&2; exit 2; }
    backup="$(mktemp)"
    cp "$file" "$backup"
    trap 'cp "$backup" "$file"' EXIT
    echo "kata $kata, an edit to $file (load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'))"
    # Each edit is new (it names the time): verify keeps the proofs of the
    # last few versions of a kata, and an edit it has seen before is one
    # it does not prove again.
    printf '\n// a maintainer'"'"'s edit at %s\n' "$(date +%s.%N)" >>"$file"
    echo "  cargo kata dev verify: $(seconds cargo kata dev verify) s"
    printf '// and another at %s\n' "$(date +%s.%N)" >>"$file"
    echo "  cargo test:            $(seconds cargo test) s"
    cp "$backup" "$file"
    trap - EXIT
    rm -f "$backup"
  done
  exit 0
fi
peer=""
if [ "${1:-}" = "--peer" ]; then
  peer="$(cd "${2:?--peer takes the folder of a clone of the peer workshop}" && pwd)"
  shift 2
fi
rev="${1:-HEAD}"
if [ -n "$peer" ] && [ ! -f "$peer/exercises/07_http_mocking/01_basics/Cargo.toml" ]; then
  echo "error: $peer is not a clone of https://github.com/mainmatter/rust-advanced-testing-workshop" >&2
  exit 2
fi

scratch="$(mktemp -d "${TMPDIR:-/tmp}/kata-cold.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
now() { python3 -c 'import time; print(time.monotonic())'; }
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime | sed 's/.*average[s]*: //'; }
cores="$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')"

git clone --quiet --no-hardlinks "$root" "$scratch/course"
cd "$scratch/course"
git checkout --quiet "$rev"
cargo fetch --locked --quiet

echo "cold self-check of $(git rev-parse --short HEAD) on $cores cores, target/ empty"
echo "load average before: $(load)"
start=$(now)
set +e
CARGO_TARGET_DIR="$scratch/course/target" cargo test --locked >"$scratch/test.log" 2>&1
status=$?
set -e
end=$(now)
grep -E '^(test result|verify:|time per kata|time for the quizzes|The course| *kata [0-9]+:)' "$scratch/test.log" || true
if [ "$status" -ne 0 ]; then tail -40 "$scratch/test.log"; fi
course=$(python3 -c "print(f'{$end - $start:.0f}')")
echo "target/ after it: $(du -sh "$scratch/course/target" | cut -f1)"
rm -rf "$scratch/course/target"
printf 'cargo test, cold: %dm%02ds (exit %d)\n' $((course / 60)) $((course % 60)) "$status"

if [ -n "$peer" ]; then
  # The peer's committed files only: its target/ and any edits stay behind.
  git clone --quiet --no-hardlinks "$peer" "$scratch/peer"
  cd "$scratch/peer"
  cargo fetch --quiet
  echo "the peer's cold build ($(git rev-parse --short HEAD) of $peer), target/ empty"
  echo "load average before: $(load)"
  start=$(now)
  # Some of the peer's exercises do not compile until they are solved:
  # --keep-going builds everything else, and its exit code is not ours.
  CARGO_TARGET_DIR="$scratch/peer/target" cargo build --workspace --all-targets --keep-going \
    >"$scratch/peer.log" 2>&1 || true
  end=$(now)
  peer_time=$(python3 -c "print(f'{$end - $start:.0f}')")
  rm -rf "$scratch/peer/target"
  printf "the peer's cargo build --workspace --all-targets, cold: %dm%02ds\n" \
    $((peer_time / 60)) $((peer_time % 60))
  python3 -c "print(f'course / peer: {$course / $peer_time:.2f} (at most 2.0 is the goal)')"
fi
exit "$status"
