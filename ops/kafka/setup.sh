#!/usr/bin/env bash
# Run once per start by the compose service kafka-setup (image apache/kafka), as the brokers' administrator over
# their internal listener: creates or updates each service's SCRAM-SHA-512 credential (password from the
# environment, KAFKA_<SERVICE>_PASSWORD) and grants the ACLs of ops/kafka/acls.txt. Idempotent: an existing
# credential gets the current password, an existing ACL is left as it is. The topics themselves are created by the
# services, with the settings of PlatformTopics.
set -euo pipefail
BOOTSTRAP=${KAFKA_ADMIN_BOOTSTRAP:-kafka:9094}
CONFIG=/run/secrets/kafka-admin-client
BIN=/opt/kafka/bin

until "$BIN/kafka-broker-api-versions.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" >/dev/null 2>&1; do
  echo "waiting for $BOOTSTRAP"; sleep 2
done

credential() {
  local user=$1 password=$2
  [ -n "$password" ] || { echo "no password for $user (run ops/make-secrets.sh)" >&2; exit 1; }
  "$BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --alter \
    --entity-type users --entity-name "$user" --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]" >/dev/null
}
credential complaint-intake-service "${KAFKA_INTAKE_PASSWORD:-}"
credential routing-service "${KAFKA_ROUTING_PASSWORD:-}"
credential case-tracking-service "${KAFKA_CASES_PASSWORD:-}"
credential statistics-service "${KAFKA_STATISTICS_PASSWORD:-}"

grep -v -e '^#' -e '^[[:space:]]*$' /opt/platform/acls.txt | while read -r user operation type pattern name; do
  case "$type" in Topic) resource=(--topic "$name") ;; Group) resource=(--group "$name") ;; esac
  "$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --add \
    --allow-principal "User:$user" --operation "$operation" "${resource[@]}" \
    --resource-pattern-type "$pattern" >/dev/null
done
echo "Kafka users and ACLs in place"
