#!/usr/bin/env bash
# Starts the whole SAKIP platform on this machine: embedded PostgreSQL, a real Kafka broker (KRaft), the four
# services and the gateway, with the demo data. Needs only a JDK 17+. Builds first when the jars are missing
# (or with --rebuild). Ctrl-C stops everything; data stays in .data/ for the next start.
set -euo pipefail
cd "$(dirname "$0")"
if [[ "${1:-}" == "--rebuild" ]] || [[ ! -f deploy/local/target/sakip-local.jar ]] \
   || ! ls gateway/target/*-exec.jar >/dev/null 2>&1; then
  echo "Building SAKIP (the first build downloads dependencies and takes a few minutes) ..."
  ./mvnw -q -B -DskipTests install
fi
exec java -Xmx256m -XX:+UseSerialGC -jar deploy/local/target/sakip-local.jar
