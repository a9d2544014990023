package th.bma.anticorruption.launcher;

import java.time.Duration;

/** What the launcher prints once everything is ready: the addresses, how to get a token and a first request. */
final class WelcomeText {

    private final LaunchSettings settings;

    WelcomeText(LaunchSettings settings) {
        this.settings = settings;
    }

    String render(Duration startedIn) {
        String gateway = "http://localhost:" + settings.port("gateway");
        String tokenUrl = settings.authIssuer() + "/oauth2/token";
        return """

                The BMA anti-corruption platform is up (%d s).

                  gateway (the only HTTP door)  %s
                  authorization server          %s
                  Kafka (KRaft)                 %s
                  MongoDB (embedded, on disk)   mongodb://localhost:%d
                  services                      intake :%d  routing :%d  case tracking :%d  statistics :%d
                  data                          %s
                  logs                          %s

                A token for the Traffy Fondue adapter (client credentials, HTTP Basic):

                  TOKEN=$(curl -s -u traffy-adapter:traffy-adapter-secret -d grant_type=client_credentials \\
                    %s | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')

                A first complaint, as Traffy Fondue's new-issue webhook sends it:

                  curl -i -X POST %s/api/intake/traffy-fondue \\
                    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{
                    "timestamp": "2026-11-20 09:15:02.120331", "ticket_id": "2026-PTW001",
                    "description": "เจ้าหน้าที่เทศกิจเรียกรับเงินจากผู้ค้าหาบเร่แผงลอยหน้าตลาดทุกวัน วันละ 200 บาท",
                    "type_id": "27", "type": "ทุจริต", "photo": [], "latitude": 13.7466, "longitude": 100.5393,
                    "address": "ถนนพระรามที่ 1 แขวงปทุมวัน เขตปทุมวัน กรุงเทพมหานคร 10330",
                    "orgs": [{"org_id": "1007", "org": "ฝ่ายเทศกิจ เขตปทุมวัน"}]}'

                The other demo clients (director, dashboard, ...) have the secret <client-id>-secret.
                Ctrl-C stops everything; started again, the platform finds everything it had accepted.
                """.formatted(startedIn.toSeconds(), gateway, settings.authIssuer(), settings.kafkaBootstrap(),
                settings.port("mongodb"), settings.port("intake"), settings.port("routing"), settings.port("cases"),
                settings.port("statistics"), settings.dataDir(), settings.logs(), tokenUrl, gateway);
    }
}
