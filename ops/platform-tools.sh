# Sourced by the ops scripts (from the repository's root): how they run the platform's own Java commands, and how they
# leave a key file the containers (uid 10001) can read.

CONTAINER_UID=10001

# platform_java <module> <main class> [arguments...]: runs the command with Java, from the classpath given
# (PLATFORM_TOOLS_CLASSPATH: platform-support and the module with their dependencies) or the module's runnable jar
# (./mvnw -B -DskipTests package). Returns 127 when neither is here.
platform_java() {
  local module=$1 main=$2
  shift 2
  local jar="$module/target/$module-exec.jar"
  if [ -n "${PLATFORM_TOOLS_CLASSPATH:-}" ]; then
    java -cp "$PLATFORM_TOOLS_CLASSPATH" "$main" "$@"
  elif command -v java >/dev/null && [ -f "$jar" ]; then
    java -Dloader.main="$main" -cp "$jar" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
  else
    return 127
  fi
}

# The platform's own keys go to the platform's uid when we may; otherwise they are readable by every uid, which the
# folder's mode (0700) keeps to its owner on the host.
readable_by_containers() {
  local file=$1
  if [ "$(id -u)" = 0 ]; then
    chown "$CONTAINER_UID:$CONTAINER_UID" "$file"
    chmod 400 "$file"
  else
    chmod 444 "$file"
  fi
}
