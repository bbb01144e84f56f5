#!/usr/bin/env bash
# Builds and runs every performance measurement of zi-rules, then writes the results:
#   docs/performance/results.json   JMH results (JSON), with -prof gc allocation figures
#   (the JMH console log goes to zi-rules-examples/zi-rules-benchmarks/target/jmh.log)
#   docs/performance/startup.json   hyperfine: JVM start to first verdict
#   docs/performance/memory.csv     100,000 evaluations under -Xmx256m, heap after GC every 10,000
#   docs/performance/machine.txt    the machine, the JVM, the date and this command
#   docs/performance.md             the results section, rewritten from the four files above
# Usage: zi-rules-examples/zi-rules-benchmarks/run.sh [extra JMH options, e.g. -f 1 for a quicker, rougher run]
# Takes about 15 minutes on 2 cores. Needs Java 17+, Maven, and hyperfine (Debian: apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT=docs/performance
mkdir -p "$OUT"
BENCH=zi-rules-examples/zi-rules-benchmarks/target/benchmarks.jar
CLI=zi-rules-examples/zi-rules-cli/target/zi-rules-cli.jar
RULES=zi-rules-engine/src/main/resources/zirules/rulesets/permenpan-rb-90-2021
COMMAND="zi-rules-examples/zi-rules-benchmarks/run.sh${*:+ $*}"

command -v hyperfine >/dev/null || { echo "run.sh: hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }

echo "== build"
mvn -q -B -pl zi-rules-examples/zi-rules-benchmarks,zi-rules-examples/zi-rules-cli -am package -DskipTests

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "command: $COMMAND"
  echo "nproc: $(nproc)"
  echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
  echo "memory: $(free -m | awk '/^Mem:/ {print $2 " MiB"}')"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -version 2>&1 | sed 's/^/java: /'
  echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
} > "$OUT/machine.txt"

echo "== JMH (about 11 minutes)"
java -jar "$BENCH" -prof gc -rf json -rff "$OUT/results.json" "$@" | tee zi-rules-examples/zi-rules-benchmarks/target/jmh.log

echo "== start-up (hyperfine)"
CDS=$(mktemp -d)
java -XX:ArchiveClassesAtExit="$CDS/first-verdict.jsa" -cp "$BENCH" io.github.zirules.benchmarks.FirstVerdict >/dev/null 2>&1
java -XX:ArchiveClassesAtExit="$CDS/cli.jsa" -jar "$CLI" validate "$RULES" >/dev/null 2>&1
SAMPLE=zi-rules-examples/samples/kpknl-jakarta-wbk.json
java -XX:ArchiveClassesAtExit="$CDS/cli-evaluate.jsa" -jar "$CLI" evaluate --format json "$SAMPLE" >/dev/null 2>&1
C1="-XX:TieredStopAtLevel=1"
hyperfine --warmup 1 --runs 8 --export-json "$OUT/startup.json" \
  "java -cp $BENCH io.github.zirules.benchmarks.FirstVerdict" \
  "java -XX:SharedArchiveFile=$CDS/first-verdict.jsa -Xshare:auto $C1 -cp $BENCH io.github.zirules.benchmarks.FirstVerdict" \
  "java -jar $CLI validate $RULES" \
  "java -XX:SharedArchiveFile=$CDS/cli.jsa -Xshare:auto $C1 -jar $CLI validate $RULES" \
  "java -jar $CLI evaluate --format json $SAMPLE" \
  "java -XX:SharedArchiveFile=$CDS/cli-evaluate.jsa -Xshare:auto $C1 -jar $CLI evaluate --format json $SAMPLE"
sed -i "s#$CDS/#/tmp/#g" "$OUT/startup.json"
rm -rf "$CDS"

echo "== 100,000 evaluations under -Xmx256m"
java -Xmx256m -cp "$BENCH" io.github.zirules.benchmarks.SteadyMemory 100000 | tee "$OUT/memory.csv"

echo "== docs/performance.md"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
java -cp "$BENCH" io.github.zirules.benchmarks.PerformanceReport "$OUT/results.json" "$OUT/startup.json" \
  "$OUT/memory.csv" "$OUT/machine.txt" docs/performance.md
echo "written: docs/performance.md and $OUT/"
