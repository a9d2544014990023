package th.bma.anticorruption.support.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The failures the fault suite turned into 500s (a negative page, a multipart body without boundary, a query that is
 * not UTF-8) answer 400 problem+json naming the field and the rule.
 */
class ProblemDetailsAdviceTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new ProblemDetailsAdvice(), new ConstraintViolationAdvice())
            .build();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void methodValidationOfQueryParametersIsA400NamingEachParameterAndItsRule() throws Exception {
        mvc.perform(get("/list").param("page", "-1").param("size", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.violations.length()").value(2))
                .andExpect(jsonPath("$.violations[0].field").value("page"))
                .andExpect(jsonPath("$.violations[0].rule").value("Min"))
                .andExpect(jsonPath("$.violations[1].field").value("size"))
                .andExpect(jsonPath("$.violations[1].rule").value("Min"));
    }

    @Test
    void anUnparseableMultipartBodyIsA400() throws Exception {
        mvc.perform(get("/multipart"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("body"))
                .andExpect(jsonPath("$.violations[0].rule").value("multipart"));
    }

    @Test
    void undecodableQueryParametersAreA400() throws Exception {
        mvc.perform(get("/undecodable"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("query"))
                .andExpect(jsonPath("$.violations[0].rule").value("utf-8"));
    }

    @RestController
    static class FailingController {

        /** Validates the parameters as Spring's method validation does, and throws what it throws. */
        @GetMapping("/list")
        String list(@RequestParam int page, @RequestParam int size) {
            Set<ConstraintViolation<Paging>> violations = VALIDATION.getValidator().validate(new Paging(page, size));
            throw new ConstraintViolationException(violations);
        }

        @GetMapping("/multipart")
        String multipart() {
            throw new MultipartException("Failed to parse multipart servlet request");
        }

        @GetMapping("/undecodable")
        String undecodable() {
            throw new InvalidParameterException("Character decoding failed");
        }
    }

    record Paging(@Min(0) @Max(10_000) int page, @Min(1) @Max(200) int size) {
    }
}
