#!/usr/bin/env bash
# Load benchmark for signed `/prodev week` requests over loopback, against a ceiling measured in the same run:
# a bare Kestrel endpoint that only verifies the signature and writes a fixed reply.
# Usage: bench/load.sh [seconds per measurement, default 20] [connections, default 64]
# BOT_BUILD=<dir> reuses a bot already published there (bench/socket.sh passes its own, so both measure one build).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20}"
connections="${2:-64}"
secret="bench-signing-secret-$(date +%s)"
coach="UBENCHCOACH"
students="${BENCH_STUDENTS:-200}"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v openssl >/dev/null || { apt-get update -qq && apt-get install -y -qq openssl >/dev/null; }

echo "building (Release)…" >&2
if [ -n "${BOT_BUILD:-}" ]; then cp -r "$BOT_BUILD" "$work/bot"
else dotnet publish src/ProDevBot -c Release -o "$work/bot" --nologo -v quiet >/dev/null; fi
dotnet publish bench/Ceiling -c Release -o "$work/ceiling" --nologo -v quiet >/dev/null

form() { # form <user> <text>
  printf 'team_id=T0BENCH&channel_id=C0BENCH&user_id=%s&command=%%2Fprodev&text=%s&response_url=https%%3A%%2F%%2Fhooks.slack.com%%2Fx&trigger_id=1.2.3&api_app_id=A0BENCH' "$1" "$2"
}
sign() { # sign <ts> <body>
  printf 'v0=%s' "$(printf 'v0:%s:%s' "$1" "$2" | openssl dgst -sha256 -hmac "$secret" -r | cut -d' ' -f1)"
}
post() { # post <port> <user> <text>
  local ts body; ts=$(date +%s); body=$(form "$2" "$3")
  curl -sS --fail-with-body -X POST "http://127.0.0.1:$1/slack/commands" -H 'Content-Type: application/x-www-form-urlencoded' \
    -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $(sign "$ts" "$body")" --data-binary "$body"
}
wait_up() { for _ in $(seq 1 100); do curl -fs -o /dev/null -X POST "http://127.0.0.1:$1/slack/commands" 2>/dev/null && return 0; curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0; sleep 0.2; done; echo "port $1 did not come up" >&2; exit 1; }

(cd "$work" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:5091 Slack__SigningSecret="$secret" \
  exec ./ceiling/Ceiling >"$work/ceiling.log" 2>&1) & pids+=($!)
# The bot refuses to start without a bot token; /prodev week calls no Web API, and the discard port keeps any call local.
(cd "$work" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:5090 Slack__SigningSecret="$secret" \
  ConnectionStrings__ProDevBot="Data Source=$work/bench.db" ProDev__Coaches__0="$coach" Logging__LogLevel__Default=Warning \
  Slack__BotToken=xoxb-bench-token Slack__ApiBaseUrl=http://127.0.0.1:9/api/ \
  exec ./bot/ProDevBot >"$work/bot.log" 2>&1) & pids+=($!)
wait_up 5091; wait_up 5090

# A cohort whose week 2 is this week, in Denver, with $students students in it.
monday=$(TZ=America/Denver date -d "$(TZ=America/Denver date +%F) -$(( ($(TZ=America/Denver date +%u) - 1) + 7 )) days" +%F)
post 5090 "$coach" "cohort%20add%20bench%20module%201%20starts%20$monday" >/dev/null
for n in $(seq 1 "$students"); do post 5090 "UBENCH$n" "join%20bench" >/dev/null; done
post 5090 "UBENCH1" "week" | grep -q "Week 2" || { echo "the bot did not answer /prodev week as expected" >&2; exit 1; }

measure() { # measure <port> → "rps p99ms"
  local ts body; ts=$(date +%s)
  export BENCH_REQUESTS="$work/requests.lua"
  { echo "return {"
    for n in $(seq 1 "$students"); do
      body=$(form "UBENCH$n" "${BENCH_TEXT:-week}")
      printf '  { ts = "%s", sig = "%s", body = "%s" },\n' "$ts" "$(sign "$ts" "$body")" "$body"
    done
    echo "}"; } >"$BENCH_REQUESTS"
  wrk -t2 -c"$connections" -d"$2"s --latency -s bench/signed-post.lua "http://127.0.0.1:$1/slack/commands" >"$work/wrk-$1.txt" 2>"$work/wrk-$1.err"
  local rps p99 non2xx
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk-$1.txt")
  p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}' "$work/wrk-$1.txt")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk-$1.txt"); non2xx=${non2xx:-0}
  [ "$non2xx" = 0 ] && [ ! -s "$work/wrk-$1.err" ] || { echo "port $1: $non2xx non-2xx answers" >&2; head -3 "$work/wrk-$1.err" >&2; }
  echo "$rps $p99"
}

echo "warming up…" >&2
measure 5091 5 >/dev/null; measure 5090 5 >/dev/null
read -r ceiling_rps ceiling_p99 < <(measure 5091 "$duration")
read -r bot_rps bot_p99 < <(measure 5090 "$duration")
ratio=$(awk -v b="$bot_rps" -v c="$ceiling_rps" 'BEGIN {printf "%.1f", 100*b/c}')

cat <<REPORT
machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m), $(dotnet --version) SDK; wrk -t2 -c$connections -d${duration}s on the same host
ceiling (verify + fixed reply): ${ceiling_rps} req/s, p99 ${ceiling_p99} ms
bot (/prodev week, SQLite, $students students): ${bot_rps} req/s, p99 ${bot_p99} ms
bot / ceiling: ${ratio} % (target ≥ 65 %, toward 75 %), bot p99 target < 20 ms
REPORT
