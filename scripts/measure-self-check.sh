#!/usr/bin/env bash
# How long the course's self-check takes cold (maintainers; Linux or macOS
# with bash and git):
#
#   scripts/measure-self-check.sh          the committed HEAD
#   scripts/measure-self-check.sh REV      any revision
#
# Clones the repository into a fresh temporary folder, so that nothing is
# built yet (an empty target/, as on a learner's first day or a CI machine),
# and times the README's command there: `cargo test` at the root. The crates
# are fetched first and not timed: a download depends on the network, not on
# the course. Run it on a quiet machine; the figure we hold ourselves to is
# under 6 minutes on 2 cores.
#
# A measurement, not a test: it prints the figures and exits with cargo
# test's own exit code.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rev="${1:-HEAD}"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/kata-cold.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
git clone --quiet --no-hardlinks "$root" "$scratch/course"
cd "$scratch/course"
git checkout --quiet "$rev"
# A private, empty target directory, whatever the caller's environment says.
export CARGO_TARGET_DIR="$scratch/course/target"
unset RUSTFLAGS CARGO_BUILD_JOBS

cargo fetch --locked --quiet

cores="$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')"
echo "cold self-check of $(git rev-parse --short HEAD) on $cores cores, target/ empty"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
start=$(date +%s)
set +e
cargo test --locked >"$scratch/test.log" 2>&1
status=$?
set -e
end=$(date +%s)
grep -E '^(test result|verify:|time per kata|The course| *kata [0-9]+:)' "$scratch/test.log" || true
if [ "$status" -ne 0 ]; then tail -40 "$scratch/test.log"; fi
elapsed=$((end - start))
printf 'cargo test, cold: %dm%02ds (exit %d)\n' $((elapsed / 60)) $((elapsed % 60)) "$status"
exit "$status"
