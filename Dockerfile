# One image per Spring Boot application of the platform, all from this file:
#   docker build --build-arg MODULE=routing-service -t bma/routing-service .
# docker-compose.yml builds all six. The build stage is the same for every module, so Docker builds it once.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /workspace
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
ARG MODULE
# curl for the container health checks (GET /actuator/health/readiness).
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app platform
WORKDIR /app
COPY --from=build /workspace/${MODULE}/target/${MODULE}-exec.jar /app/application.jar
USER platform
# The heap follows the container's memory limit; an OutOfMemoryError restarts the container instead of limping on.
ENV SPRING_PROFILES_ACTIVE=docker \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8"
ENTRYPOINT ["java", "-jar", "/app/application.jar"]
