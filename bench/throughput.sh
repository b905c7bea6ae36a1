#!/usr/bin/env bash
# Throughput of the production path on this machine: PostgreSQL + Redis (throwaway, loopback), one BotHost in
# production mode (Release), and bench/CallbackLoad playing WeCom's smart bot and its reply addresses.
# Usage: bench/throughput.sh [count=5000] [connections=64]
# BENCH_NODES=2 runs two BotHost processes on the one database and sends them the callbacks in turn (scale-out).
# BENCH_ACK_ONLY=1 runs no turns (the bot's inbox workers set to 0): the acknowledge path alone.
# BENCH_TRACE=file.nettrace also samples the bot's threads (wall clock) for the first 20 s of the burst (dotnet-trace, a .NET tool:
# `dotnet tool install -g dotnet-trace`) and prints the methods that were on the stack longest.
# BENCH_GCDUMP=file.gcdump also dumps the bot's managed heap after the run (dotnet-gcdump) and prints its largest types.
# BENCH_BOT_DLL=path runs another build of the bot (an A/B against a published copy of main: `dotnet publish src/BotHost -c Release -o /tmp/a`).
# BENCH_BOT_ENV="NAME=value …" adds environment variables to the bot processes only (runtime settings, e.g. DOTNET_GCgen0size).
# BENCH_STATS=1 also counts what the bot asked of its servers during the run: PostgreSQL statements (pg_stat_statements:
# calls, rows, total time, top 15) and Redis commands (INFO commandstats), each also per message.
set -euo pipefail
export PATH="$PATH:$HOME/.dotnet/tools"

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-5000}"
connections="${2:-64}"
source "$repo/deploy/servers.sh"
servers_install_missing
servers_start
psql_bench() { psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_SUPERUSER" -X -q "$@"; }
if [ -n "${BENCH_STATS:-}" ]; then
  psql_bench -d postgres -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$(pg_bin_dir)/pg_ctl" -D "$SERVERS_DIR/pg/data" -w restart >/dev/null
  else "$(pg_bin_dir)/pg_ctl" -D "$SERVERS_DIR/pg/data" -w restart >/dev/null; fi
  psql_bench -d postgres -c "CREATE EXTENSION pg_stat_statements"
fi
bot_pids=()
cleanup() { [ "${#bot_pids[@]}" -gt 0 ] && kill "${bot_pids[@]}" 2>/dev/null || true; servers_stop; }
trap cleanup EXIT

# BENCH_NO_BUILD=1 runs what was built before (A/B runs while the sources change).
if [ -z "${BENCH_NO_BUILD:-}" ]; then
  dotnet build -c Release --nologo -v q "$repo/src/BotHost" >/dev/null
  dotnet build -c Release --nologo -v q "$repo/bench/CallbackLoad" >/dev/null
fi
database="bench_$(date +%s)"
connection="Host=127.0.0.1;Port=${PG_PORT};Username=${PG_SUPERUSER};Database=${database};Maximum Pool Size=100;Max Auto Prepare=64;Auto Prepare Min Usages=2"
token="BenchTok3n"
key="jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
bot_port=$((20000 + RANDOM % 20000))
sink_port=$((bot_port + 1))

[ -n "${BENCH_ACK_ONLY:-}" ] && export Queues__Inbox__Workers=0
# BENCH_NODES=2 runs two BotHost processes on the one database and Redis; the load goes to them in turn, and the CPU
# figure for the bot is theirs together.
nodes="${BENCH_NODES:-1}"
bot_pids=()
bot_urls=()
bot_env=(ASPNETCORE_CONTENTROOT="$repo/src/BotHost" BuildingBot__Mode=Production ConnectionStrings__Community="$connection"
  ConnectionStrings__Redis="127.0.0.1:${REDIS_PORT}"
  WeCom__CorpId=wwbench WeCom__ApiBaseUrl="http://127.0.0.1:${sink_port}/" WeCom__Bot__Token="$token" WeCom__Bot__EncodingAesKey="$key"
  Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production Metrics__ScrapeNetworks__0=127.0.0.1/32)
bot_dll="${BENCH_BOT_DLL:-$repo/src/BotHost/bin/Release/net10.0/BuildingBot.BotHost.dll}"
# As a release is deployed: `migrate` once (the schema, and the classifiers trained and saved), then the processes,
# which load the classifiers; so their memory is a serving process's, not one that trained.
if ! env "${bot_env[@]}" dotnet "$bot_dll" migrate >"$SERVERS_DIR/migrate.log" 2>&1; then
  echo "throughput.sh: migrate failed; its log ends:" >&2
  tail -20 "$SERVERS_DIR/migrate.log" >&2
  exit 1
fi
for node in $(seq 1 "$nodes"); do
  port=$((bot_port + 2 * (node - 1)))
  # shellcheck disable=SC2086 # BENCH_BOT_ENV is a list of NAME=value words
  env "${bot_env[@]}" ${BENCH_BOT_ENV:-} dotnet "$bot_dll" --urls "http://127.0.0.1:${port}" >"$SERVERS_DIR/bot-${node}.log" 2>&1 &
  bot_pids+=("$!")
  bot_urls+=("http://127.0.0.1:${port}/")
  ready=""
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:${port}/readyz" >/dev/null 2>&1 && { ready=1; break; }
    kill -0 "${bot_pids[-1]}" 2>/dev/null || break
    sleep 0.5
  done
  if [ -z "$ready" ]; then
    echo "throughput.sh: bot ${node} did not become ready; its log ends:" >&2
    tail -20 "$SERVERS_DIR/bot-${node}.log" >&2
    exit 1
  fi
done
bot_pid="${bot_pids[0]}"

if [ -n "${BENCH_STATS:-}" ]; then
  # Count the run only, not the start-up (migrations, seeding, the first queries).
  psql_bench -d postgres -c "SELECT pg_stat_statements_reset()" >/dev/null
  psql_bench -d "$database" -c "SELECT pg_stat_reset()" >/dev/null
  redis-cli -p "$REDIS_PORT" CONFIG RESETSTAT >/dev/null
fi

# CPU time (user + system, children included) of the bot, PostgreSQL (the postmaster and its backends) and Redis: a
# figure that other engineers' builds on the same machine disturb far less than the wall-clock rates.
cpu_ticks() {
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 + $14 + $15 }' "/proc/$pid/stat")))
  done
  echo "$total"
}
pg_pids() { local postmaster; postmaster="$(head -1 "$SERVERS_DIR/pg/data/postmaster.pid")"; echo "$postmaster" $(pgrep -P "$postmaster"); }
redis_pid="$(cat "$SERVERS_DIR/redis/redis.pid")"
cpu_before=("$(cpu_ticks "${bot_pids[@]}")" "$(cpu_ticks $(pg_pids))" "$(cpu_ticks "$redis_pid")")

trace_pid=""
if [ -n "${BENCH_TRACE:-}" ]; then
  dotnet-trace collect -p "$bot_pid" --profile dotnet-sampled-thread-time --duration 00:00:00:20 -o "$BENCH_TRACE" >/dev/null 2>&1 &
  trace_pid=$!
  sleep 2
fi

# The queues' gauges on /metrics (age of the oldest waiting item, pending), sampled every 2 s during the run.
( while kill -0 "$bot_pid" 2>/dev/null; do
    curl -sf "http://127.0.0.1:${bot_port}/metrics" | grep -E '^buildingbot_queue_(oldest_age|pending)' | tr '\n' ' ' || true; echo; sleep 2
  done >"$SERVERS_DIR/queue-metrics.txt" 2>/dev/null ) &
metrics_pid=$!
dotnet "$repo/bench/CallbackLoad/bin/Release/net10.0/CallbackLoad.dll" \
  "$(IFS=,; echo "${bot_urls[*]}")" "$sink_port" "$count" "$connections" "$token" "$key" "$connection" "$(IFS=,; echo "${bot_pids[*]}")" \
  "${BENCH_ACK_ONLY:+ack-only}" || load_rc=$?
kill "$metrics_pid" 2>/dev/null || true
echo "queue gauges on /metrics (largest oldest_age seen, every 2 s): $(grep -o 'buildingbot_queue_oldest_age[^ ]* [0-9.e+]*' "$SERVERS_DIR/queue-metrics.txt" | sort -t' ' -k2 -g | tail -2 | tr '\n' ' ')"
cpu_after=("$(cpu_ticks "${bot_pids[@]}")" "$(cpu_ticks $(pg_pids))" "$(cpu_ticks "$redis_pid")")
hz="$(getconf CLK_TCK)"
awk -v n="$count" -v hz="$hz" -v b="$((cpu_after[0] - cpu_before[0]))" -v p="$((cpu_after[1] - cpu_before[1]))" -v r="$((cpu_after[2] - cpu_before[2]))" \
  'BEGIN { printf "CPU during the run: bot ('"$nodes"' process(es)) %.1f s, PostgreSQL %.1f s, Redis %.1f s; per message %.2f + %.2f + %.2f ms; load average %s\n",
           b / hz, p / hz, r / hz, 1000 * b / hz / n, 1000 * p / hz / n, 1000 * r / hz / n, "'"$(cut -d' ' -f1-3 /proc/loadavg)"'" }'

if [ -n "${BENCH_STATS:-}" ]; then
  echo "--- PostgreSQL statements during the run (per message = calls / $count) ---"
  psql_bench -d postgres -P pager=off -c "
    SELECT calls, round(calls::numeric / $count, 2) AS per_msg, rows, round(total_exec_time::numeric) AS exec_ms,
           round(total_plan_time::numeric) AS plan_ms, left(regexp_replace(query, '\s+', ' ', 'g'), 110) AS query
    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '$database')
    ORDER BY calls DESC LIMIT 15"
  psql_bench -d "$database" -P pager=off -c "SELECT xact_commit, round(xact_commit::numeric / $count, 2) AS commits_per_msg FROM pg_stat_database WHERE datname = current_database()"
  echo "--- Redis commands during the run ---"
  redis-cli -p "$REDIS_PORT" INFO commandstats | tr -d '\r' | awk -F'[:=,]' -v n="$count" \
    '/^cmdstat_/ { sub("cmdstat_", "", $1); printf "%-14s calls %8d  per message %.2f  usec/call %s\n", $1, $3, $3 / n, $7 }' | sort -k3 -nr
fi

if [ -n "${BENCH_GCDUMP:-}" ]; then
  dotnet-gcdump collect -p "$bot_pid" -o "$BENCH_GCDUMP" >/dev/null
  echo "--- the bot's managed heap after the run (dotnet-gcdump, largest types) ---"
  dotnet-gcdump report "$BENCH_GCDUMP" | head -40
fi

if [ -n "$trace_pid" ]; then
  wait "$trace_pid" || true
  echo "--- where the time went (inclusive, top 80) ---"
  dotnet-trace report "$BENCH_TRACE" topN -n 80 --inclusive
fi
exit "${load_rc:-0}"
