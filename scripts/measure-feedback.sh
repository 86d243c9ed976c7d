#!/usr/bin/env bash
# Prints the course's feedback times (maintainers; Linux or macOS with bash):
#
#   1. edit-to-result for kata 01: after the dependencies are built, how long
#      from saving a change to src/shop.rs (and, separately, to a test file) to
#      the result of `cargo test -p kata-01`; median of several runs;
#   2. with --cold: `cargo test` at the root of a fresh clone with an empty
#      target directory, as CI or a new contributor sees it.
#
# A measurement, not a test: it prints figures and never fails on them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
runs="${RUNS:-9}"

now() { python3 -c 'import time; print(time.monotonic())'; }

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Appends a changing comment to FILE, runs the kata's tests, prints seconds.
edit_and_test() {
  local file="$1" i="$2"
  printf '\n// measure-feedback edit %s\n' "$i" >>"$file"
  local start end
  start=$(now)
  cargo test -q -p kata-01 >/dev/null 2>&1 || true  # the starter fails by design
  end=$(now)
  python3 -c "print(f'{$end - $start:.3f}')"
}

measure_edit() {
  local file="$1" label="$2"
  local backup
  backup="$(mktemp)"
  cp "$file" "$backup"
  trap 'cp "$backup" "$file"' EXIT
  local times=()
  for i in $(seq 1 "$runs"); do
    cp "$backup" "$file"
    times+=("$(edit_and_test "$file" "$i")")
  done
  cp "$backup" "$file"
  trap - EXIT
  printf '%-42s median %ss over %s runs (all: %s)\n' "$label" \
    "$(printf '%s\n' "${times[@]}" | median)" "$runs" "${times[*]}"
}

echo "warming the build of kata 01..."
cargo test -q -p kata-01 --no-run >/dev/null 2>&1
measure_edit katas/kata-01-why-integration-tests/src/shop.rs "kata 01: edit src/shop.rs -> test result"
measure_edit katas/kata-01-why-integration-tests/tests/it/timing.rs "kata 01: edit a test -> test result"

if [ "${1:-}" = "--cold" ]; then
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
  git clone -q "$root" "$scratch/course"
  echo "cold: cargo test in a fresh clone, empty target directory (dependencies already downloaded)..."
  start=$(now)
  (cd "$scratch/course" && env -u CI cargo test -q >/dev/null 2>&1)
  end=$(now)
  python3 -c "print(f'cold cargo test at the root: {$end - $start:.1f}s')"
fi
