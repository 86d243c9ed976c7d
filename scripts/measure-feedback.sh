#!/usr/bin/env bash
# Edit-to-result times of the katas, side by side with the peer workshop's:
# the measurement lives in measure-feedback.py (run it with --help); this
# name is kept because the issues and older notes use it.
#
#   scripts/measure-feedback.sh --peer DIR [--runs N] [--why] [NN ...]
exec python3 "$(dirname "$0")/measure-feedback.py" "$@"
