package th.bma.anticorruption.routing.config;

import static th.bma.anticorruption.support.security.PlatformRoles.AUDITOR;
import static th.bma.anticorruption.support.security.PlatformRoles.CONFIDENTIALITY_OFFICER;
import static th.bma.anticorruption.support.security.PlatformRoles.DIRECTOR;
import static th.bma.anticorruption.support.security.PlatformRoles.INTAKE_OFFICER;
import static th.bma.anticorruption.support.security.PlatformRoles.INVESTIGATOR;
import static th.bma.anticorruption.support.security.PlatformRoles.UNIT_OFFICER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import th.bma.anticorruption.support.security.ResourceServerSecurity;

/**
 * Who may do what on routing's API: every officer role reads decisions and rules; intake officers and the director
 * work the triage queue and reroute; only the director changes rules or orders a re-decision.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String[] OFFICERS = {INTAKE_OFFICER, INVESTIGATOR, DIRECTOR, CONFIDENTIALITY_OFFICER, AUDITOR,
            UNIT_OFFICER};

    @Bean
    SecurityFilterChain routingSecurity(HttpSecurity http) throws Exception {
        ResourceServerSecurity.apply(http).authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus", "/actuator/info")
                .permitAll()
                .requestMatchers("/v3/api-docs/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/routing/directory/**").authenticated()
                .requestMatchers("/api/routing/triage/**").hasAnyRole(INTAKE_OFFICER, DIRECTOR)
                .requestMatchers(HttpMethod.POST, "/api/routing/complaints/*/reroute")
                .hasAnyRole(INTAKE_OFFICER, DIRECTOR)
                .requestMatchers(HttpMethod.POST, "/api/routing/complaints/*/redecision").hasRole(DIRECTOR)
                .requestMatchers(HttpMethod.POST, "/api/routing/complaints/*/officers-texts/reveal")
                .hasRole(CONFIDENTIALITY_OFFICER)
                .requestMatchers(HttpMethod.GET, "/api/routing/audit/officers-texts-reveals",
                        "/api/routing/audit/officers-texts-reveals/verify").hasRole(AUDITOR)
                .requestMatchers(HttpMethod.GET, "/api/routing/complaints/**").hasAnyRole(OFFICERS)
                .requestMatchers(HttpMethod.GET, "/api/routing/rules/audit", "/api/routing/rules/audit/verify")
                .hasAnyRole(DIRECTOR, AUDITOR)
                .requestMatchers(HttpMethod.GET, "/api/routing/rules/**").hasAnyRole(OFFICERS)
                .requestMatchers(HttpMethod.PUT, "/api/routing/rules/**").hasRole(DIRECTOR)
                .anyRequest().denyAll());
        return http.build();
    }
}
