package th.bma.anticorruption.intake.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.bma.anticorruption.intake.complaint.ComplaintIntake;
import th.bma.anticorruption.intake.complaint.IntakeReceipt;
import th.bma.anticorruption.intake.config.IntakeSecurityConfiguration;
import th.bma.anticorruption.intake.hotline.HotlineController;
import th.bma.anticorruption.intake.traffy.TraffyController;
import th.bma.anticorruption.intake.traffy.TraffyCsvImport;
import th.bma.anticorruption.intake.traffy.TraffyStatusUpdates;
import th.bma.anticorruption.support.web.ProblemDetailsAdvice;
import th.bma.anticorruption.testkit.TestTokens;

/**
 * A channel adapter pushes only its own channel: the Traffy adapter's token cannot push 1555 calls and the 1555
 * adapter's cannot push Traffy tickets, status updates or CSV files; a CHANNEL_ADAPTER token naming no channel pushes
 * nothing. Refused with 403 problem+json naming the rule, before anything is read into intake.
 */
@WebMvcTest(controllers = {TraffyController.class, HotlineController.class})
@Import({IntakeSecurityConfiguration.class, ProblemDetailsAdvice.class, ChannelAdapterScopeWebTest.Tokens.class})
class ChannelAdapterScopeWebTest {

    private static final TestTokens TOKENS = new TestTokens();
    private static final String TRAFFY = TOKENS.channelToken("traffy-adapter", "TRAFFY_FONDUE");
    private static final String HOTLINE = TOKENS.channelToken("hotline-adapter", "HOTLINE_1555");
    private static final String NO_CHANNEL = TOKENS.token("old-adapter", "CHANNEL_ADAPTER");

    private static final String TICKET = """
            {"timestamp": "2026-08-20 22:25:37.433959", "ticket_id": "2026-B9WGC7",
             "description": "เจ้าหน้าที่เทศกิจเรียกเก็บเงินผู้ค้าแผงลอยหน้าตลาดทุกวัน", "type": "ร้องเรียน",
             "orgs": [{"org_id": 1, "org": "ฝ่ายเทศกิจ เขตปทุมวัน"}]}
            """;
    private static final String CALL = """
            {"callId": "CALL-77", "receivedAt": "2026-08-20T10:21:07+07:00", "operatorId": "op-12",
             "category": "ร้องเรียนเจ้าหน้าที่", "description": "ผู้โทรแจ้งว่าเจ้าหน้าที่เขตเรียกรับเงินเพื่อเร่งออกใบอนุญาต",
             "district": "ปทุมวัน"}
            """;
    private static final String STATUS = """
            {"timestamp": "2026-08-21 09:00:00", "ticket_id": "2026-B9WGC7", "org": "ฝ่ายเทศกิจ เขตปทุมวัน",
             "status": "inprogress", "note": "รับเรื่องแล้ว"}
            """;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ComplaintIntake intake;

    @MockitoBean
    TraffyStatusUpdates statusUpdates;

    @MockitoBean
    TraffyCsvImport csvImport;

    @Test
    void eachAdapterPushesItsOwnChannel() throws Exception {
        when(intake.receive(any())).thenReturn(IntakeReceipt.created("CMP-1", "1234567890123456"));

        mvc.perform(json(post("/api/intake/traffy-fondue"), TRAFFY, TICKET)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.complaintId").value("CMP-1"));
        mvc.perform(json(post("/api/intake/hotline-1555"), HOTLINE, CALL)).andExpect(status().isAccepted());
        verify(intake, org.mockito.Mockito.times(2)).receive(any());
    }

    @ParameterizedTest
    @CsvSource({
            "POST, /api/intake/hotline-1555, traffy, HOTLINE_1555",
            "POST, /api/intake/traffy-fondue, hotline, TRAFFY_FONDUE",
            "PATCH, /api/intake/traffy-fondue, hotline, TRAFFY_FONDUE",
            "POST, /api/intake/traffy-fondue, none, TRAFFY_FONDUE",
            "POST, /api/intake/hotline-1555, none, HOTLINE_1555"})
    void anAdapterPushingAnotherChannelIsRefusedNamingTheRule(String method, String path, String adapter,
            String channel) throws Exception {
        String token = switch (adapter) {
            case "traffy" -> TRAFFY;
            case "hotline" -> HOTLINE;
            default -> NO_CHANNEL;
        };
        String body = path.endsWith("hotline-1555") ? CALL : method.equals("PATCH") ? STATUS : TICKET;
        MockHttpServletRequestBuilder request = method.equals("PATCH") ? patch(path) : post(path);

        mvc.perform(json(request, token, body))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.violations[0].field").value("channel"))
                .andExpect(jsonPath("$.violations[0].rule").value("own-channel"))
                .andExpect(jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.containsString(channel)));
        verifyNoInteractions(intake, statusUpdates);
    }

    @Test
    void theHotlineAdapterCannotImportATraffyExport() throws Exception {
        mvc.perform(post("/api/intake/traffy-fondue/import").header("Authorization", "Bearer " + HOTLINE)
                        .contentType("text/csv").content("ticket_id,timestamp,description\n"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.violations[0].rule").value("own-channel"));
        verifyNoInteractions(csvImport);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String token,
            String body) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** The slice starts no security of its own: the service's filter chain, with tokens from {@link TestTokens}. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Tokens {

        @Bean
        JwtDecoder jwtDecoder() {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TOKENS.publicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(TestTokens.ISSUER));
            return decoder;
        }
    }
}
