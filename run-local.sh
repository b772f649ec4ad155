#!/usr/bin/env bash
# Starts the whole SAKIP platform on this machine: embedded PostgreSQL, a real Kafka broker (KRaft), the development
# identity provider, the four services and the gateway, with the demo data and demo users. Needs only a JDK 17+.
# Builds first when the jars are missing (or with --rebuild). Ctrl-C stops everything; data stays in .data/ for the
# next start.
#   ./run-local.sh                  start (./run-local.sh --rebuild: build first)
#   ./run-local.sh token <user>     print an access token of a demo user (the platform must be running)
#   ./run-local.sh faults           the fault suite on a platform of its own (.data-faults; the local run stopped):
#                                   kills, broker and PostgreSQL outages under load; lost / doubled / phantom per fault
#   ./run-local.sh fuzz [requests]  the fuzz suite on a platform of its own (.data-fuzz): 10,000 hostile requests
#   ./run-local.sh soak [min] [opd] the soak on a platform of its own (.data-soak): a quarter-end, 40 OPD, an hour
#   ./run-local.sh documents [dir]  every document of the demo agency, downloaded and rendered to PNG pages
#                                   (.data-documents; into target/documents unless given; pdftoppm, libreoffice)
set -euo pipefail
cd "$(dirname "$0")"
if [[ "${1:-}" == "--rebuild" ]] || [[ ! -f deploy/local/target/sakip-local.jar ]] \
   || ! ls gateway/target/*-exec.jar >/dev/null 2>&1 \
   || ! ls deploy/identity-provider/target/*-exec.jar >/dev/null 2>&1; then
  echo "Building SAKIP (the first build downloads dependencies and takes a few minutes) ..." >&2
  ./mvnw -q -B -DskipTests install >&2
fi
if [[ "${1:-}" == "faults" ]]; then
  exec java -Xmx384m -XX:+UseSerialGC -cp deploy/local/target/sakip-local.jar id.sakip.local.FaultSuite
fi
if [[ "${1:-}" == "fuzz" ]]; then
  shift
  exec java -Xmx384m -XX:+UseSerialGC -cp deploy/local/target/sakip-local.jar id.sakip.local.FuzzSuite "$@"
fi
if [[ "${1:-}" == "soak" ]]; then
  shift
  exec java -Xmx512m -XX:+UseSerialGC -cp deploy/local/target/sakip-local.jar id.sakip.local.SoakSuite "$@"
fi
if [[ "${1:-}" == "documents" ]]; then
  shift
  exec java -Xmx384m -XX:+UseSerialGC -cp deploy/local/target/sakip-local.jar id.sakip.local.DocumentGallery "$@"
fi
if [[ "${1:-}" == "token" ]]; then
  shift
  exec java -cp deploy/local/target/sakip-local.jar id.sakip.local.Tokens "$@"
fi
exec java -Xmx256m -XX:+UseSerialGC -jar deploy/local/target/sakip-local.jar
