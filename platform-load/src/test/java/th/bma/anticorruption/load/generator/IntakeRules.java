package th.bma.anticorruption.load.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.function.Supplier;

import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.intake.complaint.ComplaintIntake;
import th.bma.anticorruption.intake.complaint.IncomingComplaint;
import th.bma.anticorruption.intake.complaint.IntakeReceipt;
import th.bma.anticorruption.intake.hotline.HotlineCall;
import th.bma.anticorruption.intake.hotline.HotlineController;
import th.bma.anticorruption.intake.officer.OfficerComplaint;
import th.bma.anticorruption.intake.officer.OfficerComplaintController;
import th.bma.anticorruption.intake.screening.CorruptionScreening;
import th.bma.anticorruption.intake.traffy.TraffyNewIssue;
import th.bma.anticorruption.intake.traffy.TraffyTickets;
import th.bma.anticorruption.intake.validation.Violations;
import th.bma.anticorruption.support.security.PlatformRoles;
import th.bma.anticorruption.support.web.RequestRejectedException;

/**
 * Intake's own rules, called the way its controllers call them, in one place: a generated body is valid when the
 * real validation takes it and the real screening agrees with what the generator meant.
 */
final class IntakeRules {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final CorruptionScreening SCREENING = CorruptionScreening.withDefaultRulesAndLearnedSignal();

    /** The 1555 adapter's authentication: its token names the one channel it pushes. */
    private static final JwtAuthenticationToken HOTLINE_ADAPTER = new JwtAuthenticationToken(Jwt.withTokenValue("t")
            .header("alg", "none").subject("hotline-adapter")
            .claim(PlatformRoles.CHANNEL_CLAIM, Channel.HOTLINE_1555.name()).build());

    private final ComplaintIntake intake = mock(ComplaintIntake.class);
    private final HotlineController hotline = new HotlineController(intake);
    private final OfficerComplaintController officers = new OfficerComplaintController(intake);

    IntakeRules() {
        when(intake.receive(any())).thenReturn(IntakeReceipt.created("complaint", "tracking"));
    }

    /** The complaint intake makes of a Traffy ticket; fails with the violations if it rejects the ticket. */
    static IncomingComplaint traffyTicket(TraffyTickets.Ticket ticket) {
        Violations violations = new Violations();
        IncomingComplaint complaint = TraffyTickets.toComplaint(ticket, violations);
        assertThat(violations.list()).as("violations of %s", ticket.ticketId()).isEmpty();
        return complaint;
    }

    static IncomingComplaint traffyWebhook(IntakeRequest request) {
        return traffyTicket(TraffyTickets.of(JSON.readValue(request.body(), TraffyNewIssue.class)));
    }

    static boolean screenedInScope(IncomingComplaint complaint) {
        return SCREENING.screen(complaint.categories(), complaint.description()).inScope();
    }

    /** A 1555 call is screened by its text alone, whatever category the operator gave it. */
    static boolean callScreenedInScope(IncomingComplaint call) {
        return SCREENING.screen(List.of(), call.description()).inScope();
    }

    IncomingComplaint hotlineCall(IntakeRequest request) {
        return accepted(() -> hotline.call(JSON.readValue(request.body(), HotlineCall.class), HOTLINE_ADAPTER));
    }

    IncomingComplaint officerComplaint(IntakeRequest request) {
        return accepted(() -> officers.register(JSON.readValue(request.body(), OfficerComplaint.class), null));
    }

    private IncomingComplaint accepted(Supplier<ResponseEntity<?>> call) {
        ResponseEntity<?> response;
        try {
            response = call.get();
        } catch (RequestRejectedException e) {
            throw new AssertionError("intake rejected the body: " + e.violations(), e);
        }
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        ArgumentCaptor<IncomingComplaint> captor = ArgumentCaptor.forClass(IncomingComplaint.class);
        verify(intake, atLeastOnce()).receive(captor.capture());
        List<IncomingComplaint> all = captor.getAllValues();
        clearInvocations(intake);
        return all.get(all.size() - 1);
    }
}
