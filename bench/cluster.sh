#!/usr/bin/env bash
# Cluster benchmark (issue 13): two published bots on ONE throwaway PostgreSQL database send 1,000 outbox DMs
# (1,000 users) to the published FakeSlack, whose workspace cap on chat.postMessage is 600/min (floor: 100 s). 20 s
# after the first delivery the dispatching leader (the instance whose log says it took the advisory lock) is killed
# with SIGKILL and restarted at once. Reports time against the floor, duplicates, losses, 429s and failover time.
# Usage: bench/cluster.sh [extra FanOut options, e.g. --kill-after 30]
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
eval "$(bash scripts/postgres-test-server.sh start)"
trap 'bash scripts/postgres-test-server.sh stop "$PRODEVBOT_TEST_POSTGRES_DIR"; rm -rf "$work"' EXIT

echo "building (Release)…" >&2
dotnet publish src/ProDevBot -c Release -o "$work/bot" --nologo -v quiet >/dev/null
dotnet publish tests/ProDevBot.FakeSlack -c Release -o "$work/fake" --nologo -v quiet >/dev/null
dotnet publish bench/FanOut -c Release -o "$work/fanout" --nologo -v quiet >/dev/null

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m), $(dotnet --version) SDK, $("$(cat "$PRODEVBOT_TEST_POSTGRES_DIR/bin")/postgres" --version)"
# The run stops by itself: FanOut gives up after --timeout (240 s) and kills what it started.
timeout 360 "$work/fanout/FanOut" cluster --bot "$work/bot" --fake "$work/fake" --postgres "$PRODEVBOT_TEST_POSTGRES" \
  --cap 600 --timeout 240 "$@"
