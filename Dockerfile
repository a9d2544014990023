# syntax=docker/dockerfile:1.7
# One small runtime image per Spring Boot application of the platform, all from this file:
#   docker build --build-arg MODULE=routing-service --build-arg PORT=8082 -t bma/routing-service .
# docker-compose.yml builds all six (MODULE and PORT per service). The build stage does not depend on MODULE, so
# Docker builds it once and every image reuses it.

# Node.js for the dashboard's build (Vite 8 needs 20.19+; dashboard-ui/.nvmrc), taken from the official image.
FROM node:22-bookworm-slim AS node

FROM eclipse-temurin:17-jdk-noble AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
    && useradd --create-home --uid 10002 --user-group builder && chmod 755 /home/builder
# The build runs as an unprivileged user; Maven's and npm's downloads are cached between builds.
USER builder
WORKDIR /home/builder/workspace
COPY --chown=builder:builder . .
RUN --mount=type=cache,target=/home/builder/.m2,uid=10002,gid=10002 \
    --mount=type=cache,target=/home/builder/.npm,uid=10002,gid=10002 \
    ./mvnw -B -q -DskipTests package \
      -pl authorization-server,complaint-intake-service,routing-service,case-tracking-service,statistics-service,gateway -am

# The runnable jar split into Spring Boot's layers (dependencies change rarely, the application often): a new build
# of the code ships only the small application layer.
FROM build AS layers
ARG MODULE
RUN test -n "$MODULE" || { echo "--build-arg MODULE=<module> is required" >&2; exit 1; } \
    && java -Djarmode=tools -jar "${MODULE}/target/${MODULE}-exec.jar" extract --layers \
         --application-filename application.jar --destination /home/builder/layers

FROM eclipse-temurin:17-jre-noble
ARG MODULE
ARG PORT
# curl for the health check; the application runs as uid 10001, which must be able to read the mounted secrets
# (ops/make-secrets.sh makes them so).
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --home-dir /app platform \
    && test -n "$PORT" || { echo "--build-arg PORT=<the application's server.port> is required" >&2; exit 1; }
WORKDIR /app
COPY --from=layers /home/builder/layers/dependencies/ ./
COPY --from=layers /home/builder/layers/spring-boot-loader/ ./
COPY --from=layers /home/builder/layers/snapshot-dependencies/ ./
COPY --from=layers /home/builder/layers/application/ ./
USER 10001:10001
# The heap follows the container's memory limit; an OutOfMemoryError restarts the container instead of limping on.
ENV SPRING_PROFILES_ACTIVE=docker \
    PLATFORM_MODULE=${MODULE} \
    HEALTH_PORT=${PORT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8"
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=12 \
    CMD curl -fsS "http://localhost:${HEALTH_PORT}/actuator/health/readiness" > /dev/null || exit 1
ENTRYPOINT ["java", "-jar", "/app/application.jar"]
