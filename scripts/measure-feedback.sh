#!/usr/bin/env bash
# Prints the course's feedback times (maintainers; Linux or macOS with bash):
#
#   1. edit-to-result for a kata (kata 01 unless KATA=NN is set): after the
#      dependencies are built, how long from saving a change to a source file
#      (and, separately, to a test file) to the result of `cargo test -p kata-NN`;
#      median of several runs (RUNS=9 unless set; SRC_FILE and TEST_FILE
#      pick the files to edit);
#   2. with --cold: `cargo test` at the root of a fresh clone with an empty
#      target directory, as CI or a new contributor sees it (that is
#      scripts/measure-self-check.sh, which also runs on its own).
#
# A measurement, not a test: it prints figures and never fails on them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
runs="${RUNS:-9}"
kata="${KATA:-01}"
folder="$(echo katas/kata-"$kata"-*)"
[ -d "$folder" ] || { echo "no folder katas/kata-$kata-*" >&2; exit 2; }
# The last .rs file of each kind, as a stand-in for "the file the learner
# edits": the learner's tests are in tests/it/ where a kata has it (kata 10
# keeps its given wiremock tests in another binary). SRC_FILE and TEST_FILE
# name other files.
tests_dir="$folder/tests"
[ -d "$tests_dir/it" ] && tests_dir="$tests_dir/it"
src_file="${SRC_FILE:-$(find "$folder/src" -name '*.rs' | sort | tail -n 1)}"
test_file="${TEST_FILE:-$(find "$tests_dir" -name '*.rs' | sort | tail -n 1)}"

now() { python3 -c 'import time; print(time.monotonic())'; }

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Appends a changing comment to FILE, runs the kata's tests, prints seconds.
edit_and_test() {
  local file="$1" i="$2"
  printf '\n// measure-feedback edit %s\n' "$i" >>"$file"
  local start end
  start=$(now)
  cargo test -q -p "kata-$kata" >/dev/null 2>&1 || true  # the starter fails by design
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

echo "warming the build of kata $kata..."
cargo test -q -p "kata-$kata" --no-run >/dev/null 2>&1
measure_edit "$src_file" "kata $kata: edit ${src_file#"$folder"/} -> test result"
measure_edit "$test_file" "kata $kata: edit ${test_file#"$folder"/} -> test result"

if [ "${1:-}" = "--cold" ]; then
  "$root/scripts/measure-self-check.sh"
fi
