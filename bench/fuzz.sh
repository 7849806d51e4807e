#!/usr/bin/env bash
# Fuzz benchmark: hostile but correctly SIGNED requests against /slack/commands, /slack/interactions and
# /slack/events of the published bot (Production, its own SQLite file, FakeSlack as Slack). Counts answers by
# status class per endpoint (target: zero 5xx), then checks the bot is still healthy: GET /health is 200 and a
# normal signed `/prodev week` still answers with the week.
# Usage: bench/fuzz.sh [requests per endpoint, default 10000] [seed, default 1] [concurrency, default 8] [extra fuzz.mjs options]
# The bot's log is kept in bench/results/tmp/fuzz-bot.log and every 5xx or unanswered case in bench/fuzz/failures/.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
seed="${2:-1}"
concurrency="${3:-8}"
shift $(( $# < 3 ? $# : 3 ))
secret="fuzz-signing-secret-$(date +%s)"
coach="UFUZZCOACH"
student="UFUZZ0001"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

command -v openssl >/dev/null || { apt-get update -qq && apt-get install -y -qq openssl >/dev/null; }
command -v node >/dev/null || { echo "fuzz.sh needs node (18 or later)" >&2; exit 1; }

# Published under bench/results/tmp (ignored by git); FUZZ_NO_BUILD=1 reuses the last build while tuning the generator.
build=bench/results/tmp/fuzz-build
if [ "${FUZZ_NO_BUILD:-0}" != 1 ] || [ ! -x "$build/bot/ProDevBot" ]; then
  echo "building (Release)…" >&2
  dotnet publish src/ProDevBot -c Release -o "$build/bot" --nologo -v quiet >/dev/null
  dotnet publish tests/ProDevBot.FakeSlack -c Release -o "$build/fake" --nologo -v quiet >/dev/null
fi
mkdir -p "$work/bot" && cp -r "$build/bot/." "$work/bot/" && cp -r "$build/fake" "$work/fake"

sign() { printf 'v0=%s' "$(printf 'v0:%s:%s' "$1" "$2" | openssl dgst -sha256 -hmac "$secret" -r | cut -d' ' -f1)"; }
post() { # post <user> <url-encoded text>
  local ts body; ts=$(date +%s)
  body="team_id=T0FUZZ&channel_id=C0FUZZ&user_id=$1&command=%2Fprodev&text=$2&response_url=https%3A%2F%2Fhooks.slack.com%2Fx&trigger_id=1.2.3"
  curl -sS -X POST "http://127.0.0.1:5093/slack/commands" -H 'Content-Type: application/x-www-form-urlencoded' \
    -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $(sign "$ts" "$body")" --data-binary "$body"
}

(cd "$work/fake" && exec ./ProDevBot.FakeSlack --port 5094 >"$work/fake.log" 2>&1) & pids+=($!)
(cd "$work" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:5093 Slack__SigningSecret="$secret" \
  Slack__BotToken=xoxb-fake-token Slack__ApiBaseUrl=http://127.0.0.1:5094/api/ Reports__AccessToken="$(openssl rand -hex 24)" \
  ConnectionStrings__ProDevBot="Data Source=$work/fuzz.db" ProDev__Coaches__0="$coach" Logging__LogLevel__Default=Warning \
  exec ./bot/ProDevBot >"$work/bot.log" 2>&1) & pids+=($!)
for _ in $(seq 1 150); do curl -fs -o /dev/null http://127.0.0.1:5093/health && break; sleep 0.2; done
curl -fs -o /dev/null http://127.0.0.1:5093/health || { echo "the bot did not start:" >&2; tail -20 "$work/bot.log" >&2; exit 1; }

# A cohort whose week 2 is this week, with one student, so handlers reach their real paths.
monday=$(TZ=America/Denver date -d "$(TZ=America/Denver date +%F) -$(( ($(TZ=America/Denver date +%u) - 1) + 7 )) days" +%F)
post "$coach" "cohort%20add%20fuzz%20module%201%20starts%20$monday" >/dev/null
post "$student" "join%20fuzz" >/dev/null
post UFUZZCHECK "join%20fuzz" >/dev/null
post UFUZZCHECK "week" | grep -q "Week 2" || { echo "the bot did not answer /prodev week before the fuzz" >&2; exit 1; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m), $(dotnet --version) SDK, node $(node --version); $(date -u +%F)"
echo "fuzzing: $count signed requests per endpoint, seed $seed, $concurrency in flight"
status=0
node bench/fuzz/fuzz.mjs --url http://127.0.0.1:5093 --secret "$secret" --count "$count" --seed "$seed" --concurrency "$concurrency" \
  --coach "$coach" --student "$student" --cohort fuzz --out "$work/failures" --hook http://127.0.0.1:5094/response/fuzz "$@" | grep -v '^{' || status=1

health=$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:5093/health)
# Checked by a student the fuzz never spoke for: the fuzzed one may well have left, paused or erased itself.
week=$(post UFUZZCHECK "week" | grep -c "Week 2" || true)
cp "$work/bot.log" bench/results/tmp/fuzz-bot.log
errors=$(grep -ac '^fail:' "$work/bot.log" || true)
unexpected=$(grep -ac 'Unexpected failure reading a Slack request' "$work/bot.log" || true)
echo "after: /health $health, /prodev week $([ "$week" -gt 0 ] && echo answers || echo 'DID NOT ANSWER'); bot log: $errors error entries, $unexpected caught by the last-resort net"
if [ "$errors" -gt 0 ]; then
  echo "error entries by source:"; grep -a -A1 '^fail:' "$work/bot.log" | grep -v '^fail:\|^--' | sed 's/^ *//' | sort | uniq -c | sort -rn | head -10
fi
if compgen -G "$work/failures/*.json" >/dev/null; then
  mkdir -p bench/fuzz/failures && cp "$work"/failures/*.json bench/fuzz/failures/ && echo "5xx cases saved to bench/fuzz/failures/"
fi
[ "$health" = 200 ] && [ "$week" -gt 0 ] || status=1
exit $status
