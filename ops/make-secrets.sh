#!/usr/bin/env bash
# Makes every secret the production shape needs, with one command, from the repository's root:
#   ops/make-secrets.sh
# - ./secrets/identity-keyset.json                    the Tink AES256-GCM keyset that seals identities
# - ./secrets/authorization-server-signing-key.json   the RSA JWK that signs access tokens
# - ./secrets/mongodb-keyfile                         the key MongoDB's replica set members share
# - ./secrets/kafka-server-jaas.conf, kafka-admin-client.properties   the brokers' own user (from .env)
# - ./.env                                            random client secrets, passwords and keys that compose reads
# The key files are made by the platform's own code (CreateIdentityKeyset, CreateSigningKey), so their format is the
# one the services read. Nothing is ever replaced: an existing key file is only checked, and a variable already in
# .env keeps its value (rotation is a separate step: ops/identity-keys.sh, docs/operations.md). Run it again after
# adding a service: it adds only what is missing.
#
# The containers run as uid 10001. As root the key files are given to 10001 (mode 0400); otherwise they are made
# world-readable (0444) inside a folder only their owner can enter (0700): a container reaches the file through its
# bind mount, another user on the host cannot reach it through the folder.
#
# Environment: SECRETS_DIR (default ./secrets), ENV_FILE (default ./.env), PLATFORM_TOOLS_CLASSPATH (a classpath
# holding platform-support and authorization-server with their dependencies; used instead of the built jars).
set -euo pipefail
cd "$(dirname "$0")/.."
. ops/platform-tools.sh

SECRETS_DIR=${SECRETS_DIR:-./secrets}
ENV_FILE=${ENV_FILE:-./.env}
KEYSET_FILE=identity-keyset.json
SIGNING_KEY_FILE=authorization-server-signing-key.json

umask 077
mkdir -p "$SECRETS_DIR"
chmod 700 "$SECRETS_DIR"
SECRETS_DIR=$(cd "$SECRETS_DIR" && pwd)

# The platform's own command <main class> for <file in the secrets folder>, from whichever form of the code is here:
# the classpath given, the applications' runnable jars (./mvnw package), or the Docker build stage.
run_tool() {
  local module=$1 main=$2 file=$3 status=0
  platform_java "$module" "$main" "$SECRETS_DIR/$file" || status=$?
  if [ "$status" = 127 ] && command -v docker >/dev/null; then
    local jar="$module/target/$module-exec.jar"
    docker build -q --target layers --build-arg MODULE="$module" -t "bma/$module-tools" . >/dev/null
    docker run --rm --user "$(id -u):$(id -g)" -v "$SECRETS_DIR:/secrets" --entrypoint java "bma/$module-tools" \
      -Dloader.main="$main" -cp "$jar" org.springframework.boot.loader.launch.PropertiesLauncher "/secrets/$file"
  elif [ "$status" = 127 ]; then
    echo "Neither Java with the built jars (./mvnw -B -DskipTests package) nor Docker is available" >&2
    exit 1
  elif [ "$status" != 0 ]; then
    exit "$status"
  fi
}

# The files of Kafka and MongoDB (whose images run as other users) are readable by every uid, which the folder's mode
# keeps to its owner on the host.
readable_by_any_container() {
  chmod 444 "$1"
}

run_tool complaint-intake-service th.bma.anticorruption.support.sealing.CreateIdentityKeyset "$KEYSET_FILE"
readable_by_containers "$SECRETS_DIR/$KEYSET_FILE"
run_tool authorization-server th.bma.anticorruption.authserver.keys.CreateSigningKey "$SIGNING_KEY_FILE"
readable_by_containers "$SECRETS_DIR/$SIGNING_KEY_FILE"

random_bytes() { head -c "$1" /dev/urandom | base64 | tr -d '\n'; }
password() { head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32; }
# Kafka's cluster id: 16 random bytes, base64url without padding.
cluster_id() { head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'; }

touch "$ENV_FILE"
chmod 600 "$ENV_FILE"
added=()
put() {
  local name=$1 value=$2
  grep -q "^$name=" "$ENV_FILE" && return 0
  printf '%s=%s\n' "$name" "$value" >> "$ENV_FILE"
  added+=("$name")
}

# Shared by intake and case tracking (HMAC of tracking codes): 32 random bytes, base64.
put TRACKING_HASH_KEY "$(random_bytes 32)"
# The authorization server's clients and the director's account.
put TRAFFY_ADAPTER_SECRET "$(password)"
put HOTLINE_ADAPTER_SECRET "$(password)"
put DASHBOARD_CLIENT_SECRET "$(password)"
put DIRECTOR_PASSWORD "$(password)"
# MongoDB: the administrator, and one user per service limited to its own database.
put MONGO_ROOT_PASSWORD "$(password)"
put MONGO_INTAKE_PASSWORD "$(password)"
put MONGO_ROUTING_PASSWORD "$(password)"
put MONGO_CASES_PASSWORD "$(password)"
put MONGO_STATISTICS_PASSWORD "$(password)"
# Kafka: the cluster, the brokers' own user, and one SCRAM user per service (ACLs in ops/kafka/acls.txt).
put KAFKA_CLUSTER_ID "$(cluster_id)"
put KAFKA_ADMIN_PASSWORD "$(password)"
put KAFKA_INTAKE_PASSWORD "$(password)"
put KAFKA_ROUTING_PASSWORD "$(password)"
put KAFKA_CASES_PASSWORD "$(password)"
put KAFKA_STATISTICS_PASSWORD "$(password)"
# Grafana's administrator.
put GRAFANA_ADMIN_PASSWORD "$(password)"

# MongoDB's replica-set key file (6 to 1024 base64 characters): made once, like the keys above.
if [ ! -f "$SECRETS_DIR/mongodb-keyfile" ]; then
  random_bytes 513 > "$SECRETS_DIR/mongodb-keyfile"  # a multiple of 3 bytes: no "=" padding
fi
readable_by_any_container "$SECRETS_DIR/mongodb-keyfile"

# Kafka's files follow the passwords in .env, so they are written again on every run (after a rotation too).
set -a; . "$ENV_FILE"; set +a
write_derived() {
  local file=$1
  rm -f "$SECRETS_DIR/$file"
  cat > "$SECRETS_DIR/$file"
  readable_by_any_container "$SECRETS_DIR/$file"
}
# The brokers: their own user (admin) over SASL/PLAIN between brokers and controllers; SCRAM for the services,
# whose credentials live in the cluster (ops/kafka/setup.sh).
write_derived kafka-server-jaas.conf <<JAAS
KafkaServer {
  org.apache.kafka.common.security.plain.PlainLoginModule required
    username="admin" password="$KAFKA_ADMIN_PASSWORD" user_admin="$KAFKA_ADMIN_PASSWORD";
  org.apache.kafka.common.security.scram.ScramLoginModule required;
};
JAAS
# The administrator's client settings: the brokers' health check and ops/kafka/setup.sh.
write_derived kafka-admin-client.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
PROPERTIES

echo "Secrets in $SECRETS_DIR; ${#added[@]} variable(s) added to $ENV_FILE${added:+: ${added[*]}}"
