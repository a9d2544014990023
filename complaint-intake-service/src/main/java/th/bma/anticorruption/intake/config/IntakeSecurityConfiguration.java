package th.bma.anticorruption.intake.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import th.bma.anticorruption.support.security.PlatformRoles;
import th.bma.anticorruption.support.security.ResourceServerSecurity;

/**
 * Who may call what: channel adapters push, intake officers register, only confidentiality officers reveal, only the
 * director changes screening rules, only the director and auditors verify their audit trail.
 */
@Configuration(proxyBeanMethods = false)
public class IntakeSecurityConfiguration {

    private static final String[] SCREENING_RULE_READERS =
            {PlatformRoles.DIRECTOR, PlatformRoles.INTAKE_OFFICER, PlatformRoles.AUDITOR};

    @Bean
    SecurityFilterChain intakeSecurity(HttpSecurity http) throws Exception {
        return ResourceServerSecurity.apply(http)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/api/intake/traffy-fondue/**", "/api/intake/traffy-fondue",
                                "/api/intake/hotline-1555").hasRole(PlatformRoles.CHANNEL_ADAPTER)
                        .requestMatchers(HttpMethod.POST, "/api/intake/complaints/*/identity/reveal")
                        .hasRole(PlatformRoles.CONFIDENTIALITY_OFFICER)
                        .requestMatchers(HttpMethod.POST, "/api/intake/complaints").hasRole(PlatformRoles.INTAKE_OFFICER)
                        .requestMatchers(HttpMethod.GET, "/api/intake/audit/identity-reveals",
                                "/api/intake/audit/identity-reveals/verify").hasRole(PlatformRoles.AUDITOR)
                        .requestMatchers(HttpMethod.PUT, "/api/intake/screening-rules/*").hasRole(PlatformRoles.DIRECTOR)
                        .requestMatchers(HttpMethod.GET, "/api/intake/screening-rules/audit/verify")
                        .hasAnyRole(PlatformRoles.DIRECTOR, PlatformRoles.AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/intake/screening-rules", "/api/intake/screening-rules/**")
                        .hasAnyRole(SCREENING_RULE_READERS)
                        .requestMatchers(HttpMethod.POST, "/api/intake/screening-rules/trial")
                        .hasAnyRole(SCREENING_RULE_READERS)
                        .anyRequest().denyAll())
                .build();
    }
}
