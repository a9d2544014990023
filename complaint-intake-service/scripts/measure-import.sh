#!/usr/bin/env bash
# Measures the Traffy CSV import on the local run (docs/intake.md, "Measured"):
#   complaint-intake-service/scripts/measure-import.sh ROWS [SEED] [REPEAT]
# Starts the whole local run from local-launcher/target/local-launcher-exec.jar on its own ports and data folder
# under /tmp, generates a public-dump CSV of ROWS rows (scripts/traffy-dump.py), posts it to intake REPEAT times
# (default 1; a second post of the same file is the re-import), prints rows, seconds, rows/s and intake's summary,
# then stops the run and deletes the CSV and the data folder. Set KEEP_DATA=1 to keep the data folder.
set -euo pipefail
rows=${1:?rows}
seed=${2:-1}
repeat=${3:-1}
home=$(cd "$(dirname "$0")/../.." && pwd)
base=${PORT_BASE:-27100}
data=$(mktemp -d /tmp/intake-measure.XXXXXX)
csv="$data/traffy-dump.csv"
intake=$((base + 1)); auth=$((base + 9))
launcher_pid=
cleanup() {
  if [[ -n "$launcher_pid" ]] && kill -0 "$launcher_pid" 2>/dev/null; then
    kill -TERM "$launcher_pid"; wait "$launcher_pid" 2>/dev/null || true
  fi
  rm -f "$csv"
  [[ "${KEEP_DATA:-0}" == 1 ]] || rm -rf "$data"
}
trap cleanup EXIT
# Measure a copy of intake's jar, so a rebuild in the working tree cannot change it under the running service.
shadow="$data/home"
mkdir -p "$shadow/complaint-intake-service/target"
for entry in "$home"/*; do
  [[ "$(basename "$entry")" == complaint-intake-service ]] || ln -s "$entry" "$shadow/$(basename "$entry")"
done
cp "$home/complaint-intake-service/target/complaint-intake-service-exec.jar" "$shadow/complaint-intake-service/target/"
java ${LAUNCHER_JAVA_OPTS:-} -jar "$home/local-launcher/target/local-launcher-exec.jar" --home="$shadow" --data-dir="$data/run" \
  --gateway-port=$base --intake-port=$intake --routing-port=$((base + 2)) --cases-port=$((base + 3)) \
  --statistics-port=$((base + 4)) --auth-port=$auth --kafka-port=$((base + 5)) \
  --kafka-controller-port=$((base + 6)) --mongodb-port=$((base + 7)) > "$data/launcher.out" 2>&1 &
launcher_pid=$!
python3 "$home/complaint-intake-service/scripts/traffy-dump.py" "$rows" "$seed" > "$csv"
echo "generated $(wc -c < "$csv") bytes, waiting for the local run" >&2
for _ in $(seq 1 300); do
  curl -sf "http://localhost:$intake/actuator/health/readiness" > /dev/null 2>&1 && break
  kill -0 "$launcher_pid" || { cat "$data/launcher.out" >&2; exit 1; }
  sleep 1
done
token=$(curl -sf -u traffy-adapter:traffy-adapter-secret -d grant_type=client_credentials \
  "http://localhost:$auth/oauth2/token" | jq -r .access_token)
# Warm-up, untimed: intake fetches the authorization server's keys on the first token it sees.
head -1 "$csv" > "$data/header.csv"
for _ in $(seq 1 30); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
    -T "$data/header.csv" -X POST "http://localhost:$intake/api/intake/traffy-fondue/import")" == 200 ]] && break
  sleep 2
done
log="$data/run/logs/complaint-intake-service.log"
for run in $(seq 1 "$repeat"); do
  started=$(date +%s.%N)
  status=$(curl -s -o "$data/summary.json" -w '%{http_code}' --max-time "${MAX_SECONDS:-3600}" \
    -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
    -T "$csv" -X POST "http://localhost:$intake/api/intake/traffy-fondue/import" || true)
  ended=$(date +%s.%N)
  seconds=$(echo "$ended - $started" | bc)
  echo "import $run: HTTP $status, $rows rows in $seconds s = $(echo "$rows / $seconds" | bc) rows/s;" \
    "$(jq -c '{rows, accepted, duplicates, outOfScope, rejected, millis}' "$data/summary.json" 2>/dev/null)"
done
# intake's own progress lines (every 10,000 rows), with their times
jq -r 'select(.message | startswith("Traffy CSV import")) | ."@timestamp" + " " + .message' "$log" 2>/dev/null || true
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
