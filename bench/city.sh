#!/usr/bin/env bash
# City-scale figures on this machine: throwaway PostgreSQL + Redis (loopback), `seed-city` into a fresh database, then
# bench/CityBench (routing p50/p99, the console's 三率, a broadcast to every group, its own memory) and one BotHost in
# production mode (Release) on the same database: its memory at rest, GET /console as a signed-in 社区管理员, a broadcast to
# every group through the admin API, and its memory after.
# Usage: bench/city.sh [full|small|tiny]   (full: 2,000 compounds, 40,000 buildings, 1.6 million households, 2 million orders)
# BENCH_KEEP=1 keeps the servers and prints how to reach them (stop them with deploy/servers.sh's servers_stop).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scale="${1:-full}"
case "$scale" in
  full) shape=(--compounds 2000 --buildings-per-compound 20 --households-per-building 40 --orders 2000000) ;;
  small) shape=(--compounds 100 --buildings-per-compound 20 --households-per-building 40 --orders 100000) ;;
  tiny) shape=(--compounds 3 --buildings-per-compound 2 --households-per-building 5 --orders 200) ;;
  *) echo "usage: bench/city.sh [full|small|tiny]" >&2; exit 2 ;;
esac
source "$repo/deploy/servers.sh"
servers_install_missing
servers_start
bot_pid=""
cleanup() {
  [ -n "$bot_pid" ] && kill "$bot_pid" 2>/dev/null || true
  if [ -n "${BENCH_KEEP:-}" ]; then echo "servers kept: PG_PORT=$PG_PORT REDIS_PORT=$REDIS_PORT SERVERS_DIR=$SERVERS_DIR"; else servers_stop; fi
}
trap cleanup EXIT

dotnet build -c Release --nologo -v q "$repo/src/BotHost" >/dev/null
dotnet build -c Release --nologo -v q "$repo/bench/CityBench" >/dev/null
bot="$repo/src/BotHost/bin/Release/net10.0/BuildingBot.BotHost.dll"
database="city_$(date +%s)"
psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_SUPERUSER" -q -c "CREATE DATABASE $database"
connection="Host=127.0.0.1;Port=${PG_PORT};Username=${PG_SUPERUSER};Database=${database};Maximum Pool Size=100"
redis="127.0.0.1:${REDIS_PORT}"
# The content root by environment: a command (seed-city, add-staff) must be the first argument.
export ASPNETCORE_CONTENTROOT="$repo/src/BotHost" BuildingBot__Mode=Production ConnectionStrings__Community="$connection" ConnectionStrings__Redis="$redis" \
  Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production

echo "== dotnet run --project src/BotHost -- seed-city ${shape[*]}"
dotnet "$bot" seed-city "${shape[@]}" 2>&1 | grep -v '^fail: Microsoft.EntityFrameworkCore\|^      \(Failed\|SELECT\|FROM\|ORDER\)'
psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_SUPERUSER" -d "$database" -Atc "SELECT 'database size: ' || pg_size_pretty(pg_database_size(current_database()))"

echo "== dotnet bench/CityBench/bin/Release/net10.0/CityBench.dll <connection> <redis> 2000   (bench/city.sh $scale)"
dotnet "$repo/bench/CityBench/bin/Release/net10.0/CityBench.dll" "$connection" "$redis" 2000

echo "== dotnet BuildingBot.BotHost.dll migrate   (a release's one-off: trains the understanding model into the database)"
dotnet "$bot" migrate 2>&1 | grep -v '^info:'

echo "== BotHost (Release, production mode, loading the model as a replica does) on the seeded database   (bench/city.sh $scale)"
key="city-bench-$(date +%s)-key"
password="Cityb3nch-$(date +%s)"
account="$(dotnet "$bot" add-staff 城市压测 --role 社区管理员 2>/dev/null | sed -n 's/^one-time password: //p')"
port=$((20000 + RANDOM % 20000))
Admin__ApiKey="$key" dotnet "$bot" --urls "http://127.0.0.1:${port}" >"$SERVERS_DIR/bot.log" 2>&1 &
bot_pid=$!
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:${port}/readyz" >/dev/null 2>&1 && break
  kill -0 "$bot_pid" 2>/dev/null || { tail -20 "$SERVERS_DIR/bot.log" >&2; exit 1; }
  sleep 0.5
done
rss() { awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$bot_pid/status"; }
sleep 5
echo "BotHost memory at rest: $(rss), peak $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$bot_pid/status")   (target < 300 MB)"

base="http://127.0.0.1:${port}"
jar="$SERVERS_DIR/cookies.txt"
token() { sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1; }
login_token="$(curl -s -c "$jar" -b "$jar" "$base/console/login" | token)"
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "UserName=城市压测" --data-urlencode "Password=$account" \
  --data-urlencode "__RequestVerificationToken=$login_token" "$base/console/login"
change_token="$(curl -s -c "$jar" -b "$jar" "$base/console/password" | token)"
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Current=$account" --data-urlencode "New=$password" \
  --data-urlencode "Repeat=$password" --data-urlencode "__RequestVerificationToken=$change_token" "$base/console/password"
# This week, this month, and the last 30 days (a whole month's orders whatever the date).
for period in week month "custom&From=$(date -d '-29 days' +%Y-%m-%d)&To=$(date +%Y-%m-%d)"; do
  times=()
  for i in $(seq 0 5); do
    t="$(curl -s -o "$SERVERS_DIR/console.html" -w '%{http_code} %{time_total}' -b "$jar" "$base/console?Period=$period")"
    [ "$i" -gt 0 ] && times+=("${t#* }")
  done
  grep -q '及时受理率' "$SERVERS_DIR/console.html" || { echo "GET /console did not show the dashboard (HTTP ${t% *})" >&2; exit 1; }
  echo "GET /console?Period=$period (whole city, 5 runs after one warm-up): $(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 * 1000 } END { printf "median %.0f ms, max %.0f ms", a[int((NR + 1) / 2)], a[NR] }')   (target < 500 ms)"
done

body='{"title":"城市级压测通知","text":"各位居民：本周六上午九点在小区广场开展志愿服务，欢迎参加。","targets":"Everyone","sendAt":"'"$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ)"'"}'
id="$(curl -sf -H "X-Admin-Key: $key" -H 'Content-Type: application/json' -d "$body" "$base/admin/broadcasts/" | sed -n 's/.*"id":\([0-9]*\).*/\1/p' | head -1)"
sent="$(curl -s -w ' %{time_total}' -H "X-Admin-Key: $key" -X POST "$base/admin/broadcasts/$id/send-now")"
echo "broadcast to every group through POST /admin/broadcasts/$id/send-now: ${sent##* } s; answer: $(echo "${sent% *}" | head -c 200)"
echo "BotHost memory after the console and the broadcast: $(rss)   (target < 300 MB)"
