package th.bma.anticorruption.cases.lifecycle;

import java.time.Instant;

/**
 * The newest status the channel reported for the complaint's own record (a Traffy Fondue ticket): its machine type
 * ({@code finish}), the label the channel showed ({@code เสร็จสิ้น}), when, and how often the channel reopened it.
 */
public record ChannelStatus(String type, String label, Instant at, Integer countReopen) {
}
