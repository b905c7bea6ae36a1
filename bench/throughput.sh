#!/usr/bin/env bash
# Throughput of the production path on this machine: PostgreSQL + Redis (throwaway, loopback), one BotHost in
# production mode (Release), and bench/CallbackLoad playing WeCom's smart bot and its reply addresses.
# Usage: bench/throughput.sh [count=5000] [connections=64]
# BENCH_ACK_ONLY=1 runs no turns (the bot's inbox workers set to 0): the acknowledge path alone.
# BENCH_TRACE=file.nettrace also samples the bot's threads (wall clock) for the first 20 s of the burst (dotnet-trace, a .NET tool:
# `dotnet tool install -g dotnet-trace`) and prints the methods that were on the stack longest.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-5000}"
connections="${2:-64}"
source "$repo/deploy/servers.sh"
servers_install_missing
servers_start
bot_pid=""
cleanup() { [ -n "$bot_pid" ] && kill "$bot_pid" 2>/dev/null || true; servers_stop; }
trap cleanup EXIT

dotnet build -c Release --nologo -v q "$repo/src/BotHost" >/dev/null
dotnet build -c Release --nologo -v q "$repo/bench/CallbackLoad" >/dev/null
database="bench_$(date +%s)"
connection="Host=127.0.0.1;Port=${PG_PORT};Username=${PG_SUPERUSER};Database=${database};Maximum Pool Size=100;Max Auto Prepare=64;Auto Prepare Min Usages=2"
token="BenchTok3n"
key="jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
bot_port=$((20000 + RANDOM % 20000))
sink_port=$((bot_port + 1))

[ -n "${BENCH_ACK_ONLY:-}" ] && export Queues__Inbox__Workers=0
BuildingBot__Mode=Production ConnectionStrings__Community="$connection" ConnectionStrings__Redis="127.0.0.1:${REDIS_PORT}" \
  WeCom__CorpId=wwbench WeCom__ApiBaseUrl="http://127.0.0.1:${sink_port}/" WeCom__Bot__Token="$token" WeCom__Bot__EncodingAesKey="$key" \
  Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$repo/src/BotHost/bin/Release/net10.0/BuildingBot.BotHost.dll" --urls "http://127.0.0.1:${bot_port}" \
  --contentRoot "$repo/src/BotHost" >"$SERVERS_DIR/bot.log" 2>&1 &
bot_pid=$!
ready=""
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:${bot_port}/readyz" >/dev/null 2>&1 && { ready=1; break; }
  kill -0 "$bot_pid" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "throughput.sh: the bot did not become ready; its log ends:" >&2
  tail -20 "$SERVERS_DIR/bot.log" >&2
  exit 1
fi

trace_pid=""
if [ -n "${BENCH_TRACE:-}" ]; then
  dotnet-trace collect -p "$bot_pid" --profile dotnet-sampled-thread-time --duration 00:00:00:20 -o "$BENCH_TRACE" >/dev/null 2>&1 &
  trace_pid=$!
  sleep 2
fi

dotnet "$repo/bench/CallbackLoad/bin/Release/net10.0/CallbackLoad.dll" \
  "http://127.0.0.1:${bot_port}/" "$sink_port" "$count" "$connections" "$token" "$key" "$connection" "$bot_pid" "${BENCH_ACK_ONLY:+ack-only}"

if [ -n "$trace_pid" ]; then
  wait "$trace_pid" || true
  echo "--- where the time went (inclusive, top 80) ---"
  dotnet-trace report "$BENCH_TRACE" topN -n 80 --inclusive
fi
