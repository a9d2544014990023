#!/usr/bin/env bash
# The fault suite (docs/reliability.md), one command: builds the platform and the suite, starts a fresh local run (the
# launcher's exec jar, free ports, a new data folder under /tmp), runs the scenarios one at a time, writes the
# results into docs/reliability.md and stops every process it started. About an hour on two idle cores, more
# where other work loads the machine (every service restart then takes minutes).
#   ./faults.sh                                 every scenario
#   ./faults.sh --only=kill-gateway,poison-messages --rate=10 --data-dir=/tmp/my-faults --report=/tmp/r.md
# Exit code 1 if a scenario failed (lost, duplicated, 5xx on bad input, or a scenario check).
set -euo pipefail
cd "$(dirname "$0")"

# --help needs no fresh build when the suite was built once
if [[ " $* " == *" --help "* && -f platform-load/target/classpath.txt ]]; then FAULTS_SKIP_BUILD=1; fi

if [[ "${FAULTS_SKIP_BUILD:-}" != "1" ]]; then
  echo "Building the platform and the fault suite (mvn -B -q -DskipTests package)..."
  mvn -B -q -DskipTests package dependency:build-classpath -pl platform-load -am \
      -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
fi

java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java_cmd" -Xmx256m -XX:+UseSerialGC -Dfile.encoding=UTF-8 \
  -Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn -Dorg.slf4j.simpleLogger.log.org.mongodb.driver=warn \
  -cp "platform-load/target/classes:$(cat platform-load/target/classpath.txt)" \
  th.bma.anticorruption.load.faults.FaultSuite --home=. "$@"
