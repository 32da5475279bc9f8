#!/usr/bin/env bash
# Builds the benchmarks jar and runs a short suite, then prints the table of results.
#
#   benchmarks/run.sh                      # the short suite: every workload at 100,000
#   SIZES=1000000 FORKS=1 ITER=2 benchmarks/run.sh      # the large sizes, fewer iterations
#   benchmarks/run.sh Ordering             # only the benchmarks whose name matches
#
# Environment: SIZES (comma-separated, default 100000), FORKS (2), WARMUP (1), ITER (3),
# HEAP (8g), PROF ("-prof gc": allocation per operation; empty to skip).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-100000}
FORKS=${FORKS:-2}
WARMUP=${WARMUP:-1}
ITER=${ITER:-3}
HEAP=${HEAP:-8g}
PROF=${PROF--prof gc}
FILTER=${1:-io.github.eventline.benchmarks}

mvn -B -q -DskipTests package -pl benchmarks -am
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/results
mkdir -p "$OUT"
STAMP=$(date +%Y%m%d-%H%M%S)
RESULT="$OUT/jmh-$STAMP.json"

# The forks get a fixed, pre-touched heap: first touches of heap memory are slow on these machines.
# The qualitative workload has a fixed size of its own (300 events, 3,000 constraints).
java -Xmx256m -jar "$JAR" "$FILTER" \
  -jvmArgs "-XX:+AlwaysPreTouch -Xms$HEAP -Xmx$HEAP" \
  -f "$FORKS" -wi "$WARMUP" -i "$ITER" \
  -p size="$SIZES" $PROF \
  -rf json -rff "$RESULT" | tee "$OUT/jmh-$STAMP.log"

java -cp "$JAR" io.github.eventline.benchmarks.Report "$RESULT" | tee "$OUT/table-$STAMP.txt"
