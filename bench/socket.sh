#!/usr/bin/env bash
# Socket Mode benchmark: FakeSlack pushes `/prodev help` slash_commands envelopes at a steady rate over its loopback
# WebSocket to the real bot (Release, Production, Socket Mode, no signing secret); reports ack latency (send → ack,
# reply in the ack's payload) p50/p99/max and envelopes acked per second, from FakeSlack's record. Then, on the same
# build, bench/load.sh's HTTP measurement (signed `/prodev week` vs the verify-only ceiling), so both figures come
# from one run. Usage: bench/socket.sh [count, default 6000] [rate per second, default 200] [HTTP seconds, default 10; 0 skips]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-6000}"; rate="${2:-200}"; http_seconds="${3:-10}"
work="$(mktemp -d)"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

echo "building (Release)…" >&2
dotnet publish src/ProDevBot -c Release -o "$work/bot" --nologo -v quiet >/dev/null
dotnet publish tests/ProDevBot.FakeSlack -c Release -o "$work/fake" --nologo -v quiet >/dev/null
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
fake_port="$(free_port)"; bot_port="$(free_port)"

"$work/fake/ProDevBot.FakeSlack" --port "$fake_port" --socket-push "$count" --socket-push-rate "$rate" >"$work/fake.log" 2>&1 &
pids+=($!)
sleep 2
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$bot_port" \
  Slack__AppToken=xapp-1-fake-app-token Slack__BotToken=xoxb-fake-token Slack__ApiBaseUrl="http://127.0.0.1:$fake_port/api/" \
  ConnectionStrings__ProDevBot="Data Source=$work/bench.db" Logging__LogLevel__Default=Warning \
  "$work/bot/ProDevBot" >"$work/bot.log" 2>&1 &
pids+=($!)

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m), $(dotnet --version) SDK; $(date -u +%F)"
stats=""
for _ in $(seq 1 $((count / rate + 120))); do
  sleep 1
  stats="$(curl -sf "http://127.0.0.1:$fake_port/_fake/socket" || true)"
  acked="$(echo "$stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["acked"])' 2>/dev/null || echo 0)"
  [ "$acked" -ge "$count" ] && break
done
echo "$stats" | RATE="$rate" python3 -c '
import json, os, sys
s = json.load(sys.stdin)
sent, acked, span, opens, rate = s["sent"], s["acked"], s["first_send_to_last_ack_seconds"], s["opens"], os.environ["RATE"]
p50, p99, top = s["p50_ms"], s["p99_ms"], s["max_ms"]
print(f"envelopes: {sent} sent at {rate}/s, {acked} acked within {span:.1f} s of the first send ({acked / span:.0f}/s); connections opened: {opens}")
print(f"ack latency (send to ack with the reply): p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {top:.1f} ms")'

# Stop the socket run's processes first, so the HTTP measurement has the cores to itself.
for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; pids=()
if [ "$http_seconds" != 0 ]; then
  echo "HTTP, same build (bench/load.sh $http_seconds):"
  BOT_BUILD="$work/bot" bash bench/load.sh "$http_seconds" | grep -v '^machine:'
fi
