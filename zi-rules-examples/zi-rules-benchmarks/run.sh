#!/usr/bin/env bash
# Builds and runs every performance measurement of zi-rules, then writes the results:
#   docs/performance/results.json   JMH results (JSON), with -prof gc allocation figures
#   (the JMH console log goes to zi-rules-examples/zi-rules-benchmarks/target/jmh.log)
#   docs/performance/startup.json   hyperfine: JVM start to first verdict
#   docs/performance/memory.csv     100,000 evaluations under -Xmx256m, heap after GC every 10,000
#   docs/performance/waits.json     hyperfine: 2,000 files through the launcher, validate, 1,000 property tries
#   docs/performance/spring.csv     the Spring service: JVM start to /actuator/health answering, plain and tuned
#   docs/performance/machine.txt    the machine, the JVM, the date and this command
#   docs/performance.md             the results section, rewritten from the four files above
# Usage: zi-rules-examples/zi-rules-benchmarks/run.sh [extra JMH options, e.g. -f 1 for a quicker, rougher run]
# Takes about 11 minutes on 2 cores (JMH about 6 of them). Needs Java 17+, Maven, curl, and hyperfine (Debian:
# apt-get install hyperfine).
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
command -v curl >/dev/null || { echo "run.sh: curl is needed (apt-get install curl)" >&2; exit 2; }
SPRING=zi-rules-examples/zi-rules-spring/target/zi-rules-spring.jar
LAUNCHER=zi-rules-examples/zi-rules-cli/target/zi-rules

echo "== build"
mvn -q -B -pl zi-rules-examples/zi-rules-benchmarks,zi-rules-examples/zi-rules-cli,zi-rules-examples/zi-rules-spring \
  -am package -DskipTests

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

echo "== people's waits and the folder path (hyperfine)"
WORK=$(mktemp -d)
java -cp "$BENCH" io.github.zirules.benchmarks.WriteFolder "$WORK/lke" 2000
# The launcher as a user meets it after the first run: its class archive written by one evaluate. The folder path's
# cost per file is (2,000 files - 1 file) / 1,999, set against FolderFloor's (reading and evaluating only, with the
# launcher's compiler choice) measured the same way: JVM start and the rule-set load fall out of both.
export ZI_RULES_CACHE="$WORK/cache"
"$LAUNCHER" evaluate --format json "$SAMPLE" >/dev/null
hyperfine --warmup 1 --runs 5 --export-json "$OUT/waits.json" \
  -n "cat: read the 2,000 files" "cat $WORK/lke/*.json >/dev/null" \
  -n "zi-rules evaluate DIR --format json (2,000 files)" "$LAUNCHER evaluate $WORK/lke --format json -q -o $WORK/out.json" \
  -n "zi-rules evaluate DIR --format text (2,000 files)" "$LAUNCHER evaluate $WORK/lke --format text -q -o $WORK/out.txt" \
  -n "zi-rules evaluate FILE --format json (1 of the files)" \
  "$LAUNCHER evaluate $WORK/lke/lke-00000.json --format json -q -o $WORK/one.json" \
  -n "FolderFloor: read and evaluate only, C1 only (2,000 files)" \
  "java $C1 -cp $BENCH io.github.zirules.benchmarks.FolderFloor $WORK/lke 2000" \
  -n "FolderFloor: read and evaluate only, C1 only (1 file)" \
  "java $C1 -cp $BENCH io.github.zirules.benchmarks.FolderFloor $WORK/lke 1" \
  -n "java -jar zi-rules-cli.jar evaluate DIR --format json (2,000 files)" \
  "java -jar $CLI evaluate $WORK/lke --format json -q -o $WORK/plain.json" \
  -n "zi-rules validate <built-in folder>" "$LAUNCHER validate $RULES" \
  -n "zi-rules test --properties <built-in folder> --tries 1000" \
  "$LAUNCHER test --properties $RULES --tries 1000 --seed 42 --out $WORK/properties"
unset ZI_RULES_CACHE

echo "== the Spring service: start to /actuator/health"
# ready VARIANT RUN JAVA-ARGS…: one start, timed until the health endpoint answers 200 (UP), then stopped; while the
# rule sets load it answers 503 (OUT_OF_SERVICE), which curl -f counts as not ready yet.
ready() {
  local variant=$1 run=$2 port=$((18400 + RANDOM % 500))
  shift 2
  local t0 pid
  t0=$(date +%s%N)
  java "$@" --server.port="$port" >"$WORK/spring.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "run.sh: the Spring service did not start:" >&2; tail -20 "$WORK/spring.log" >&2; exit 1; }
    sleep 0.05
  done
  awk -v v="$variant" -v r="$run" -v t="$(( $(date +%s%N) - t0 ))" 'BEGIN { printf "%s,%s,%.3f\n", v, r, t / 1e9 }' \
    >>"$OUT/spring.csv"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
echo "variant,run,seconds" >"$OUT/spring.csv"
java -Djarmode=tools -jar "$SPRING" extract --destination "$WORK/spring" >/dev/null
java -XX:ArchiveClassesAtExit="$WORK/spring/app.jsa" -Xlog:cds*=off -XX:TieredStopAtLevel=1 \
  -Dspring.context.exit=onRefresh -jar "$WORK/spring/zi-rules-spring.jar" >/dev/null 2>&1
for run in 1 2 3 4 5; do
  ready "\`java -jar zi-rules-spring.jar\`" "$run" -jar "$SPRING"
  ready "extracted jar with AppCDS and C1 only (docs/spring-boot.md)" "$run" -XX:SharedArchiveFile="$WORK/spring/app.jsa" \
    -Xlog:cds*=off -XX:TieredStopAtLevel=1 -jar "$WORK/spring/zi-rules-spring.jar"
done
cat "$OUT/spring.csv"
rm -rf "$WORK"

echo "== docs/performance.md"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
java -cp "$BENCH" io.github.zirules.benchmarks.PerformanceReport "$OUT/results.json" "$OUT/startup.json" \
  "$OUT/memory.csv" "$OUT/machine.txt" docs/performance.md "$OUT/waits.json" "$OUT/spring.csv"
echo "written: docs/performance.md and $OUT/"
