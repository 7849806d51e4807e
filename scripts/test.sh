#!/usr/bin/env bash
# The README's test command: every test, with the real parts they need. Extra arguments go to `dotnet test`
# (.ci/run adds a TRX logger). On a fresh machine it
#   - starts a throwaway PostgreSQL (scripts/postgres-test-server.sh) unless PRODEVBOT_TEST_POSTGRES already names one,
#     and stops it at the end;
#   - as root, installs what is missing from Debian's packages: a TrueType font (chart tests) and chromium (the coach
#     pages' browser tests; never a downloaded browser).
# Without them the tests that need them fail, saying so; none skips.
# Two passes: every test on SQLite (one instance), then the bot's tests again with PRODEVBOT_TEST_CLUSTER=1, where
# every end-to-end test that names no database runs on two instances sharing one PostgreSQL schema, one clock and one
# FakeSlack, with Slack's requests alternating between them (tests/ProDevBot.Tests/Fakes/BotFactory.cs).
set -uo pipefail
cd "$(dirname "$0")/.."

install_if_missing() { # <test> <package>
  if ! eval "$1" && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2") >/dev/null 2>&1 \
      || echo "could not install $2; the tests that need it will fail" >&2
  fi
}
install_if_missing "find /usr/share/fonts -name '*.ttf' -print -quit 2>/dev/null | grep -q ." fonts-dejavu-core
install_if_missing "[ -x /usr/bin/chromium ]" chromium

pg_dir=""
trap '[ -z "$pg_dir" ] || bash scripts/postgres-test-server.sh stop "$pg_dir" >/dev/null 2>&1' EXIT
if [ -z "${PRODEVBOT_TEST_POSTGRES:-}" ]; then
  if pg_env="$(bash scripts/postgres-test-server.sh start)"; then
    eval "$pg_env"
    pg_dir="$PRODEVBOT_TEST_POSTGRES_DIR"
  else
    echo "could not start a PostgreSQL test server; the PostgreSQL tests will fail" >&2
  fi
fi

dotnet test ProDevBot.sln "$@"
single=$?
PRODEVBOT_TEST_CLUSTER=1 dotnet test tests/ProDevBot.Tests/ProDevBot.Tests.csproj --no-build "$@"
cluster=$?
[ "$single" -eq 0 ] && [ "$cluster" -eq 0 ]
