#!/usr/bin/env bash
# Runs a kata's tests again and again, and counts the runs that pass and the
# runs that fail (maintainers; Linux or macOS with bash):
#
#   scripts/repeat-tests.sh KATA RUNS [THREADS]              the kata as it is in katas/
#   scripts/repeat-tests.sh --solution KATA RUNS [THREADS]   starter + solution overlay
#
# e.g. `scripts/repeat-tests.sh 14 20` (does the starter fail every time?)
# and `scripts/repeat-tests.sh --solution 14 50 16` (does the solution pass
# 50 times in a row with 16 test threads?). THREADS is libtest's
# --test-threads; without it, libtest picks (one per core).
#
# --solution lays the solution over a copy of the kata in a scratch
# workspace, target/repeat/ws-<folder>/, never in katas/. Builds go to the
# course's target directory (or $CARGO_TARGET_DIR), shared with every other
# build and never cleaned, so that dependencies build once.
#
# A measurement, not a test: it prints figures, and exits 0 whatever they
# are (2 if the kata does not build).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

usage() {
  echo "usage: scripts/repeat-tests.sh [--solution] KATA RUNS [THREADS]" >&2
  exit 2
}
solution=false
if [ "${1:-}" = "--solution" ]; then
  solution=true
  shift
fi
[ $# -ge 2 ] || usage
kata="$1" runs="$2" threads="${3:-}"
case "$runs" in '' | *[!0-9]*) usage ;; esac
folder="$(cd katas && echo kata-"$kata"-*)"
[ -d "katas/$folder" ] || { echo "no folder katas/kata-$kata-*" >&2; exit 2; }
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"

# Where the tests run: the course workspace, or a scratch one with the
# solution laid over the starter.
workspace="$root"
package_dir="$root/katas/$folder"
what="katas/$folder as it is"
if $solution; then
  [ -d "solutions/$folder" ] || { echo "no folder solutions/$folder" >&2; exit 2; }
  workspace="$root/target/repeat/ws-$folder"
  rm -rf "$workspace/$folder"
  mkdir -p "$workspace/$folder"
  # The kata's files without build output, then the overlay without mutants.
  (cd "katas/$folder" && tar --exclude=./target -cf - .) | (cd "$workspace/$folder" && tar -xf -)
  (cd "solutions/$folder" && tar --exclude=./mutants -cf - .) | (cd "$workspace/$folder" && tar -xf -)
  # tar keeps the files' old times; cargo would then take a build of other
  # contents (a mutant's, left in the shared target) as fresh. New times make
  # it look again.
  find "$workspace/$folder" -type f -exec touch {} +
  # The course's manifest, with the kata as its only member.
  sed -e "s|^members = .*|members = [\"$folder\"]|" -e '/^default-members = /d' \
    Cargo.toml >"$workspace/Cargo.toml"
  cp Cargo.lock "$workspace/Cargo.lock"
  package_dir="$workspace/$folder"
  what="the solution of $folder, in ${workspace#"$root"/}"
fi

log_dir="$root/target/repeat/logs"
mkdir -p "$log_dir"
cd "$workspace"

# Build once, and run the test binaries themselves: a run then measures the
# tests, not cargo (nor its wait for the lock on a shared target directory).
echo "building kata $kata ($what)..."
if ! cargo test -q -p "kata-$kata" --no-run --message-format=json \
  >"$log_dir/build.json" 2>"$log_dir/build.log"; then
  echo "kata $kata does not build; see $log_dir/build.log" >&2
  exit 2
fi
binaries=()
while IFS= read -r binary; do binaries+=("$binary"); done < <(python3 -c '
import json, sys
for line in open(sys.argv[1]):
    message = json.loads(line)
    if message.get("reason") == "compiler-artifact" and message.get("executable") \
            and message["target"]["kind"] == ["test"]:
        print(message["executable"])
' "$log_dir/build.json")
[ ${#binaries[@]} -gt 0 ] || { echo "kata $kata has no test binary" >&2; exit 2; }
# Tests run from the package's folder, as under cargo.
cd "$package_dir"

test_args=()
[ -n "$threads" ] && test_args=("--test-threads=$threads")

now() { python3 -c 'import time; print(time.monotonic())'; }

# One run: every test binary of the kata, as `cargo test -p` runs them.
run_once() {
  local binary
  for binary in "${binaries[@]}"; do
    "$binary" "${test_args[@]}" || return 1
  done
}

passed=0 failed=0 first_failure=""
started=$(now)
for i in $(seq 1 "$runs"); do
  log="$log_dir/kata-$kata-run.log"
  if run_once >"$log" 2>&1; then
    passed=$((passed + 1))
    mark="."
  else
    failed=$((failed + 1))
    mark="F"
    if [ -z "$first_failure" ]; then
      first_failure="$log_dir/kata-$kata-first-failure.log"
      cp "$log" "$first_failure"
    fi
  fi
  printf '%s' "$mark"
  [ $((i % 50)) -eq 0 ] && printf '\n'
done
[ $((runs % 50)) -eq 0 ] || printf '\n'
took=$(python3 -c "print(f'{$(now) - $started:.1f}')")

echo "kata $kata, $what, ${threads:-default} test threads: $runs runs in ${took}s"
[ -n "$first_failure" ] && echo "the first failing run's output: ${first_failure#"$root"/}"
echo "$passed passed, $failed failed"
