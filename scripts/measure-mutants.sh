#!/usr/bin/env bash
# Prints what the mutants of a write-the-tests kata cost a learner
# (maintainers; Linux or macOS with bash):
#
#   scripts/measure-mutants.sh 02
#
# In a fresh clone with an empty target directory, as on a laptop that never
# ran `cargo kata prepare`:
#   1. `cargo test -p kata-NN` on the solved kata (builds it; not timed as
#      part of the check, since the learner's own runs build it anyway);
#   2. the first `cargo kata check NN`, then a second one, each timed, and the
#      time per mutant (the check minus its baseline run, over the mutants);
#   3. with cargo-mutants installed, `cargo mutants` on the same solved copy,
#      and its time per mutant, for comparison (it builds its own copy first;
#      that baseline is left out of its per-mutant figure too).
#
# A measurement, not a test: it prints figures and never fails on them.
set -euo pipefail
kata="${1:?usage: scripts/measure-mutants.sh NN}"
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
git clone -q "$root" "$scratch/course"
cd "$scratch/course"
export CARGO_TARGET_DIR="$scratch/target"
unset CI

now() { python3 -c 'import time; print(time.monotonic())'; }
seconds() { python3 -c "print(f'{$2 - $1:.1f}')"; }

echo "building the runner and solving kata $kata (not timed)..."
cargo build -q -p kata-runner
cargo kata solve "$kata" --yes >/dev/null
mutants=$(grep -c '' <(ls "solutions/"kata-"$kata"-*/mutants/*.patch))

start=$(now)
cargo test -q -p "kata-$kata" >/dev/null 2>&1
end=$(now)
echo "cargo test -p kata-$kata, cold dependencies: $(seconds "$start" "$end")s"

start=$(now)
cargo test -q -p "kata-$kata" >/dev/null 2>&1
end=$(now)
baseline=$(seconds "$start" "$end")
echo "cargo test -p kata-$kata, built: ${baseline}s"

for run in first second; do
  start=$(now)
  cargo kata check "$kata" >"$scratch/check.log" 2>&1 || true
  end=$(now)
  took=$(seconds "$start" "$end")
  per=$(python3 -c "print(f'{($took - $baseline) / $mutants:.2f}')")
  caught=$(grep -c 'Caught' "$scratch/check.log" || true)
  echo "$run cargo kata check $kata: ${took}s for $mutants mutants ($caught caught), ${per}s per mutant"
done

if cargo mutants --version >/dev/null 2>&1; then
  solved="$scratch/solved"
  mkdir -p "$solved"
  # The solved kata in a workspace of its own, as `cargo kata dev mutants` makes it.
  ws="$(cargo kata dev scratch "$kata" --fresh 2>/dev/null)"
  ws="$(dirname "$ws")"
  start=$(now)
  (cd "$ws" && env -u CARGO_TARGET_DIR cargo mutants --no-shuffle --output "$solved" >"$scratch/mutants.log" 2>&1) || true
  end=$(now)
  total=$(seconds "$start" "$end")
  python3 - "$solved/mutants.out/outcomes.json" "$total" <<'PY'
import json, sys
outcomes = json.load(open(sys.argv[1]))
total = float(sys.argv[2])
runs = outcomes["outcomes"]
def seconds(outcome):
    return sum(phase["duration"] for phase in outcome.get("phase_results", []))
baseline = [o for o in runs if o.get("scenario") == "Baseline"]
mutants = [o for o in runs if o.get("scenario") != "Baseline"]
base = sum(seconds(o) for o in baseline)
per = sum(seconds(o) for o in mutants) / max(len(mutants), 1)
counts = {k: outcomes.get(k, 0) for k in ("caught", "missed", "timeout", "unviable")}
print(f"cargo mutants: {total:.1f}s in all; baseline {base:.1f}s; {len(mutants)} mutants, "
      f"{per:.2f}s per mutant; {counts}")
PY
else
  echo "cargo-mutants is not installed (cargo install cargo-mutants --locked): no comparison"
fi
