#!/usr/bin/env bash
# The benchmark (docs/benchmarks.md): starts the local run from the launcher's exec jar on free ports
# and a fresh data folder under --work-dir, measures it against the machine's floor, prints and writes the table.
#   ./bench.sh                       full sizes: 90 s warm-up, 60 s measured, 1,500,000 CSV rows, 1,000,000 events
#   ./bench.sh --quick=true          a quick run (short windows, small sizes) to see the report
#   ./bench.sh --help                every option
# Set BENCH_BUILD=always to rebuild every module first (it is done anyway when an exec jar is missing).
set -euo pipefail
cd "$(dirname "$0")"

if [[ "${1:-}" == "--help" ]]; then
  sed -n '/static final String USAGE/,/""";/p' \
    platform-load/src/main/java/th/bma/anticorruption/load/benchmark/BenchmarkOptions.java | sed '1d;$d'
  exit 0
fi

missing=false
for jar in local-launcher authorization-server complaint-intake-service routing-service case-tracking-service \
           statistics-service gateway; do
  [[ -f "$jar/target/$jar-exec.jar" ]] || missing=true
done
if [[ "$missing" == true || "${BENCH_BUILD:-}" == always ]]; then
  echo "Building the platform (mvn -B -q -DskipTests package) ..." >&2
  mvn -B -q -DskipTests package
fi
# -am: on a fresh clone the platform's own modules are in no local repository, only in this reactor.
build_load=(-B -q -pl platform-load -am -DskipTests package dependency:build-classpath
            -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime)
mvn -o "${build_load[@]}" >&2 || mvn "${build_load[@]}" >&2

exec java -Xms256m -Xmx1g -XX:+UseParallelGC -Dfile.encoding=UTF-8 \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=info -Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn \
  -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss \
  -cp "platform-load/target/classes:$(cat platform-load/target/classpath.txt)" \
  th.bma.anticorruption.load.benchmark.Benchmark --home="$PWD" "$@"
