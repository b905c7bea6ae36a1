#!/usr/bin/env bash
# Runs every test of BuildingBot against real servers:
#   1. installs PostgreSQL, Redis and Chromium from Debian's packages when they are missing,
#   2. starts throwaway instances on free loopback ports in a temporary folder,
#   3. exports their connection strings to the tests and runs `dotnet test BuildingBot.sln`,
#   4. stops and removes the instances, also when the tests fail.
# Extra arguments go to `dotnet test` (e.g. deploy/test.sh --filter FullyQualifiedName~Import).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=deploy/servers.sh
source "$repo/deploy/servers.sh"

servers_install_missing
servers_start
trap servers_stop EXIT

export BUILDINGBOT_TEST_POSTGRES="Host=127.0.0.1;Port=${PG_PORT};Username=${PG_SUPERUSER};Database=postgres;Timeout=10"
export BUILDINGBOT_TEST_REDIS="127.0.0.1:${REDIS_PORT}"
export BUILDINGBOT_TEST_CHROMIUM="$(command -v chromium)"
export BUILDINGBOT_ARTIFACTS="$repo/artifacts"
echo "test.sh: PostgreSQL on 127.0.0.1:${PG_PORT}, Redis on 127.0.0.1:${REDIS_PORT}, screenshots in artifacts/"

cd "$repo"
log="$(mktemp)"
status=0
dotnet test BuildingBot.sln --nologo "$@" 2>&1 | tee "$log" || status=$?

# One closing line summing every test project: "N passed, N failed, N skipped".
awk '/^(Passed|Failed)!/ {
        for (i = 1; i <= NF; i++) {
            v = $(i + 1); gsub(/,/, "", v)
            if ($i == "Failed:") f += v; if ($i == "Passed:") p += v; if ($i == "Skipped:") s += v
        }
     }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
