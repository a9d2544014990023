package th.bma.anticorruption.statistics.web;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import th.bma.anticorruption.support.security.PlatformRoles;
import th.bma.anticorruption.support.security.ResourceServerSecurity;

/** Statistics are read by dashboards, the director and every officer role; channel adapters have no access. */
@Configuration(proxyBeanMethods = false)
class StatisticsSecurity {

    static final String[] READERS = {PlatformRoles.DASHBOARD, PlatformRoles.DIRECTOR, PlatformRoles.INTAKE_OFFICER,
            PlatformRoles.INVESTIGATOR, PlatformRoles.CONFIDENTIALITY_OFFICER, PlatformRoles.AUDITOR,
            PlatformRoles.UNIT_OFFICER};

    @Bean
    SecurityFilterChain statisticsFilterChain(HttpSecurity http) throws Exception {
        return ResourceServerSecurity.apply(http)
                .authorizeHttpRequests(auth -> auth
                        // The live stream completes on async dispatches; the request was authorised already.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/api/statistics/**").hasAnyRole(READERS)
                        .anyRequest().denyAll())
                .build();
    }
}
