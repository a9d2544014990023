package th.bma.anticorruption.cases.web;

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
 * Public tracking (status and the complainant's side of the conversation) and health are open; officers read cases;
 * auditors and the director read audit trails; the director (and unit officers, their own part) reads the follow-up
 * list, the director, the ก.ก. office's investigators and unit officers (their own row) the units' progress; actions
 * and the conversation are open to the roles that may act on some case, and {@code CaseAccess} decides per case.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain caseSecurity(HttpSecurity http) throws Exception {
        ResourceServerSecurity.apply(http).authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/public/track", "/api/public/messages").permitAll()
                .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus",
                        "/actuator/info", "/v3/api-docs/**", "/v3/api-docs", "/error").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/cases/*/audit", "/api/cases/audit/verify")
                        .hasAnyRole(AUDITOR, DIRECTOR)
                .requestMatchers(HttpMethod.GET, "/api/cases/audit/officers-texts-reveals",
                        "/api/cases/audit/officers-texts-reveals/verify").hasRole(AUDITOR)
                .requestMatchers(HttpMethod.POST, "/api/cases/*/officers-texts/reveal").hasRole(CONFIDENTIALITY_OFFICER)
                .requestMatchers(HttpMethod.GET, "/api/cases/follow-up").hasAnyRole(DIRECTOR, UNIT_OFFICER)
                .requestMatchers(HttpMethod.GET, "/api/cases/progress").hasAnyRole(DIRECTOR, INVESTIGATOR, UNIT_OFFICER)
                .requestMatchers(HttpMethod.GET, "/api/cases", "/api/cases/*")
                        .hasAnyRole(DIRECTOR, INTAKE_OFFICER, INVESTIGATOR, AUDITOR, UNIT_OFFICER)
                .requestMatchers(HttpMethod.POST, "/api/cases/*/progress").hasAnyRole(DIRECTOR, UNIT_OFFICER)
                .requestMatchers("/api/cases/*/messages", "/api/cases/*/messages/attachments/*",
                        "/api/cases/messages/unread").hasAnyRole(DIRECTOR, INVESTIGATOR, UNIT_OFFICER)
                .requestMatchers(HttpMethod.POST, "/api/cases/*/actions/*")
                        .hasAnyRole(DIRECTOR, INVESTIGATOR, UNIT_OFFICER)
                .anyRequest().denyAll());
        return http.build();
    }
}
