#!/usr/bin/env bash
# Fan-out benchmark: 1,000 outbox DMs (1,000 users) through the published bot to the published FakeSlack, whose
# workspace cap on chat.postMessage is 1,200/min (floor: 50 s). Scenarios: plain, transient (20 % of calls fail
# transiently), kill (the bot is killed with SIGKILL 20 s in and restarted at once), or all three.
# Usage: bench/fanout.sh [plain|transient|kill|all] [extra FanOut options, e.g. --bot-per-minute 1150]
set -euo pipefail
cd "$(dirname "$0")/.."
scenario="${1:-all}"; shift || true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "building (Release)…" >&2
dotnet publish src/ProDevBot -c Release -o "$work/bot" --nologo -v quiet >/dev/null
dotnet publish tests/ProDevBot.FakeSlack -c Release -o "$work/fake" --nologo -v quiet >/dev/null
dotnet publish bench/FanOut -c Release -o "$work/fanout" --nologo -v quiet >/dev/null

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m), $(dotnet --version) SDK"
status=0
for s in $([ "$scenario" = all ] && echo plain transient kill || echo "$scenario"); do
  echo "---"
  # Each run stops by itself: FanOut gives up after --timeout (180 s) and kills what it started.
  timeout 300 "$work/fanout/FanOut" "$s" --bot "$work/bot" --fake "$work/fake" "$@" || status=1
done
exit $status
