#!/usr/bin/env bash
# Runs the catalogue-scale benchmark and writes target/bench/report.json and report.md.
#   usage: bench/run.sh CORPUS_DIR [SOLUTIONS] [FILES] [more --name=value options, see bench/README.md]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: bench/run.sh CORPUS_DIR [SOLUTIONS] [FILES]}
solutions=${2:-100000}
files=${3:-5000}
shift $(( $# < 3 ? $# : 3 ))
command -v wrk >/dev/null 2>&1 || { apt-get install -y -qq wrk >/dev/null 2>&1 || echo "wrk not installed; the Java load client is used"; }
command -v pdftotext >/dev/null 2>&1 || apt-get install -y -qq poppler-utils >/dev/null 2>&1 || true
./mvnw -q -B package -DskipTests
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" pl.innowacje.katalog.bench.Benchmark \
  --corpus="$corpus" --solutions="$solutions" --files="$files" "$@"
