package th.bma.anticorruption.cases.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code cases.conversation.*}: the longest message ({@code max-text-length} characters), how many attachments a
 * reply may carry and how large each may be, how long a closed case's conversation is kept ({@code retention}, from
 * the moment the case closed) and how often the purge looks ({@code purge-interval}; {@code purge-enabled} false
 * where tests drive it by hand).
 */
@ConfigurationProperties("cases.conversation")
public record ConversationProperties(int maxTextLength, int maxAttachments, DataSize maxAttachmentSize,
        Duration retention, boolean purgeEnabled, Duration purgeInterval) {

    public ConversationProperties {
        maxTextLength = maxTextLength > 0 ? maxTextLength : 2000;
        maxAttachments = maxAttachments > 0 ? maxAttachments : 3;
        maxAttachmentSize = maxAttachmentSize != null ? maxAttachmentSize : DataSize.ofMegabytes(5);
        retention = retention != null ? retention : Duration.ofDays(365);
        purgeInterval = purgeInterval != null ? purgeInterval : Duration.ofHours(1);
    }
}
