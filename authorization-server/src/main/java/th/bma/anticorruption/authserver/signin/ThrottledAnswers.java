package th.bma.anticorruption.authserver.signin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * How a throttled attempt is answered: 429 with {@code Retry-After}, as a short page in Thai and English for the
 * sign-in form, as an OAuth2 error for the token endpoint. Any other failure is answered as before (the sign-in form
 * again with its error, {@code invalid_client}).
 */
public final class ThrottledAnswers {

    private ThrottledAnswers() {
    }

    /** For the sign-in form. */
    public static AuthenticationFailureHandler signInForm() {
        AuthenticationFailureHandler otherwise = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, failure) -> {
            if (failure instanceof TooManyFailures throttled) {
                long minutes = Math.max(1, (throttled.retryAfterSeconds() + 59) / 60);
                String inEnglish = minutes == 1 ? "a minute" : minutes + " minutes";
                write(response, throttled, MediaType.TEXT_HTML, """
                        <!doctype html>
                        <html lang="th"><head><meta charset="utf-8"><title>เข้าสู่ระบบ / Sign in</title></head>
                        <body><p>เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป กรุณาลองใหม่ในอีก %d นาที</p>
                        <p lang="en">Too many failed sign-ins. Please try again in %s.</p>
                        <p><a href="login">เข้าสู่ระบบ / Sign in</a></p></body></html>
                        """.formatted(minutes, inEnglish));
                return;
            }
            otherwise.onAuthenticationFailure(request, response, failure);
        };
    }

    /**
     * For client authentication at the token, introspection and revocation endpoints: Spring Authorization Server's
     * own answer (401 for {@code invalid_client}, else 400, with the OAuth2 error), or 429 when throttled.
     */
    public static AuthenticationFailureHandler clientAuthentication() {
        OAuth2ErrorHttpMessageConverter errors = new OAuth2ErrorHttpMessageConverter();
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
            SecurityContextHolder.clearContext();
            OAuth2Error error = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError()
                    : new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT);
            ServletServerHttpResponse answer = new ServletServerHttpResponse(response);
            if (failure instanceof TooManyFailures throttled) {
                answer.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
                answer.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            } else {
                answer.setStatusCode(OAuth2ErrorCodes.INVALID_CLIENT.equals(error.getErrorCode())
                        ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST);
            }
            answer.getHeaders().setCacheControl("no-store");
            errors.write(error, null, answer);
        };
    }

    private static void write(HttpServletResponse response, TooManyFailures throttled, MediaType type, String body)
            throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(type.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
