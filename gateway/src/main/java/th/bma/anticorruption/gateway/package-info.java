/**
 * The platform's one HTTP door: routes to the services, JWT validation and roles, rate limits, size limits, header
 * hygiene, circuit breakers and the merged OpenAPI document. Reactive (Spring Cloud Gateway on WebFlux).
 */
package th.bma.anticorruption.gateway;
