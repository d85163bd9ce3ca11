#!/bin/bash
# HTML (and search API) throughput of one portal jar on the shipped catalogue, for before/after comparisons: the jar starts on a fresh
# data folder, loads content/, is warmed for 10 s per page, then wrk measures each page for 15 s.
# Usage (from the repository's top): bench/ab-html.sh JAR LABEL [PORT]
# Compare two jars by alternating them several times; the machine's noise between runs is large, so compare medians.
set -u
JAR=$1; LABEL=$2; PORT=${3:-8097}
DATA=$(mktemp -d "/tmp/ab-$LABEL-XXXX")
java -jar "$JAR" --server.port="$PORT" --portal.data-dir="$DATA" --portal.limits.enabled=false > "$DATA.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do sleep 1; grep -q "content loaded" "$DATA.log" && break; done
sleep 3
PAGES=("/" "/szukaj?q=praca" "/api/search?q=praca")
for p in "${PAGES[@]}"; do wrk -t2 -c16 -d10s "http://localhost:$PORT$p" > /dev/null 2>&1; done
for p in "${PAGES[@]}"; do
  echo "$LABEL $p $(wrk -t2 -c16 -d15s "http://localhost:$PORT$p" | grep -E 'Requests/sec|Non-2xx|Socket errors' | tr '\n' ' ')"
done
kill $PID; wait $PID 2>/dev/null
rm -rf "$DATA" "$DATA.log"
