#!/usr/bin/env bash
# Rotates the identity keyset and re-seals what it sealed (docs/operations.md, "Rotating the identity keyset"):
#   ops/identity-keys.sh status | add | rotate | reseal
#   ops/identity-keys.sh promote | retire | destroy <key id>
# It runs IdentityKeyRotation (platform-support) from the built jars or PLATFORM_TOOLS_CLASSPATH; prints key ids and
# counts, never a key or a sealed value.
#
# Environment:
#   KEYSET                      the keyset file (default ./secrets/identity-keyset.json; the local run's is
#                               .local-data/keys/identity-keyset.json)
#   IDENTITY_KEYS_MONGODB_URI   MongoDB for the intake, routing and cases databases (default mongodb://localhost:27017,
#                               the local run's); IDENTITY_KEYS_MONGODB_URI_INTAKE, _ROUTING, _CASES name one database's
#   IDENTITY_KEYS_VIA=compose   run in the compose project's network with the intake image instead (MongoDB is not
#                               published on the host), as MongoDB's root user of .env
# A command that changes the keyset file leaves it with the owner and mode it had (ops/make-secrets.sh gives it to the
# containers), and the file is replaced atomically.
set -euo pipefail
cd "$(dirname "$0")/.."
. ops/platform-tools.sh

MAIN=th.bma.anticorruption.support.sealing.IdentityKeyRotation
KEYSET=${KEYSET:-./secrets/identity-keyset.json}
if [ $# -lt 1 ]; then
  echo "usage: ops/identity-keys.sh status|add|rotate|reseal | promote|retire|destroy <key id>" >&2
  exit 2
fi
command=$1
shift
[ -f "$KEYSET" ] || { echo "No keyset at $KEYSET (set KEYSET)" >&2; exit 2; }
folder=$(cd "$(dirname "$KEYSET")" && pwd)
file=$(basename "$KEYSET")
owner=$(stat -c '%u:%g' "$KEYSET")
mode=$(stat -c '%a' "$KEYSET")

status=0
if [ "${IDENTITY_KEYS_VIA:-}" = compose ]; then
  set -a; . "${ENV_FILE:-./.env}"; set +a
  docker compose run --rm --no-deps --user "$(id -u):$(id -g)" -v "$folder:/keys" \
    -e IDENTITY_KEYS_MONGODB_URI="mongodb://root:${MONGO_ROOT_PASSWORD}@mongodb:27017/?authSource=admin&replicaSet=rs0" \
    --entrypoint java complaint-intake-service -cp /app/application.jar "$MAIN" "$command" "/keys/$file" "$@" \
    || status=$?
else
  platform_java complaint-intake-service "$MAIN" "$command" "$folder/$file" "$@" || status=$?
  if [ "$status" = 127 ]; then
    echo "Java with the built jars (./mvnw -B -DskipTests package) is needed, or IDENTITY_KEYS_VIA=compose" >&2
    exit 1
  fi
fi

# A changed keyset is a new file, owned by whoever ran the command with mode 0600: give it back its owner and mode.
if [ "$(stat -c '%u:%g %a' "$KEYSET")" != "$owner $mode" ]; then
  if [ "$(id -u)" = 0 ]; then
    chown "$owner" "$KEYSET"
  fi
  chmod "$mode" "$KEYSET"
fi
exit "$status"
