#!/usr/bin/env bash
# Soak test (not run in CI): 8 SPARQL clients against a real Fuseki for 30 minutes (or $1 seconds)
# while an ingest keeps writing articles into the same TDB2 store. Prints progress every minute
# (heap, store size, articles written, queries, errors), the p50/p95/max latency of the canned
# queries in queries/, and the growth of heap (after GC) and store from start to end.
# It fails if any query or ingest errored or any reader saw a partial article.
#
#   scripts/soak.sh            # 30 minutes
#   scripts/soak.sh 300        # 5 minutes
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-1800}"
LOG="target/soak-$(date -u +%Y%m%dT%H%M%SZ).log"
mkdir -p target
echo "soak: ${SECONDS_TO_RUN} s, log in ${LOG}"
set +e
mvn -B -o verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=LoadIT -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dreliability.load.seconds="${SECONDS_TO_RUN}" -Dreliability.load.report.seconds=60 \
    -DargLine="-Xmx1g" 2>&1 | tee "${LOG}" | grep --line-buffered -E '^(LoadIT|  |\[ERROR\]|Tests run)'
status=${PIPESTATUS[0]}
set -e
echo "soak: exit ${status}; summary:"
grep -E '^LoadIT (growth|:)' "${LOG}" || true
exit "${status}"
