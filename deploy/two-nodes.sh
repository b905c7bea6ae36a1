#!/usr/bin/env bash
# Two BotHost processes in production mode on one PostgreSQL and one Redis, behind Caddy, all on loopback — the shape of
# deploy/compose on this machine, without containers. Checks that callbacks through the proxy are handled and answered
# once, that a scheduled broadcast fires once, and that stopping one process in the middle of a burst loses nothing.
# It is a test of the suite (tests/BotHost.Tests/Faults/TwoNodesTests.cs), so CI runs it with everything else;
# this script runs it alone. Usage: deploy/two-nodes.sh [messages=400]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export BUILDINGBOT_FAULTS_MESSAGES="${1:-400}"
exec bash deploy/test.sh --filter "FullyQualifiedName~TwoNodesTests" --logger "console;verbosity=detailed"
