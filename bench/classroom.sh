#!/usr/bin/env bash
# Classroom benchmark: a class of 60 students of one cohort send a signed `/prodev reflect` at once, against
# FakeSlack as shipped (views.* burst like Slack's, 429 + Retry-After past it); reports, from FakeSlack's record,
# each command's time to its views.open. Then one student clicks check-offs 10 times, 100 ms apart: 10 redraws?
# Usage: bench/classroom.sh [extra Classroom options, e.g. --students 100 --clicks 10]
# BOT_SRC=<path to a src/ProDevBot> measures another tree's bot (e.g. an older commit) with the same driver.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "building (Release)…" >&2
dotnet publish "${BOT_SRC:-src/ProDevBot}" -c Release -o "$work/bot" --nologo -v quiet >/dev/null
dotnet publish tests/ProDevBot.FakeSlack -c Release -o "$work/fake" --nologo -v quiet >/dev/null
dotnet publish bench/Classroom -c Release -o "$work/classroom" --nologo -v quiet >/dev/null

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m), $(dotnet --version) SDK; $(date -u +%F)"
timeout 300 "$work/classroom/Classroom" --bot "$work/bot" --fake "$work/fake" "$@"
