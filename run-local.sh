#!/usr/bin/env bash
# The local run, from a fresh clone: builds what it needs, then runs the platform in the foreground.
# Options go to the launcher, e.g. ./run-local.sh --data-dir=/tmp/bma --gateway-port=18080 (see docs/operations.md).
# Ctrl-C stops everything; the data stays in ./.local-data.
set -euo pipefail
cd "$(dirname "$0")"

launcher=local-launcher/target/local-launcher-exec.jar
jars=("$launcher")
for module in authorization-server complaint-intake-service routing-service case-tracking-service statistics-service gateway; do
  jars+=("$module/target/$module-exec.jar")
done

build_needed() {
  local jar oldest=""
  for jar in "${jars[@]}"; do
    [[ -f "$jar" ]] || return 0
    if [[ -z "$oldest" || "$jar" -ot "$oldest" ]]; then oldest="$jar"; fi
  done
  # Any source or pom newer than the oldest runnable jar means that jar may be stale.
  [[ -n "$(find . -path ./.local-data -prune -o -path '*/target' -prune -o -path ./.git -prune -o \
      \( -name pom.xml -o -path '*/src/main/*' \) -type f -newer "$oldest" -print -quit)" ]]
}

# package, not install: the reactor resolves the modules from each other, and a run never overwrites the
# snapshots in ~/.m2 that a developer's single-module builds use.
if build_needed; then
  echo "Building the platform (mvn -B -q -DskipTests package)..."
  mvn -B -q -DskipTests package
fi

java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java_cmd" -Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 -jar "$launcher" "$@"
