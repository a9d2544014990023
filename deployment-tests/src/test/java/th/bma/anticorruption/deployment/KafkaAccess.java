package th.bma.anticorruption.deployment;

import java.util.LinkedHashSet;
import java.util.Set;

import th.bma.anticorruption.contracts.Topics;

/**
 * What a service needs of Kafka, from its bindings (every profile: the statistics rebuild reads with its own
 * bindings): read its consumed topics and its groups, write its produced topics and the dead-letter topics of what it
 * consumes, and describe all of them.
 */
final class KafkaAccess {

    /**
     * Records a service sends through its outbox's producer, outside the binder: intake's complaints and tallies, routing's
     * decisions, case tracking's case events.
     */
    private static final Set<Need> OUTSIDE_BINDINGS = Set.of(
            new Need("complaint-intake-service", "WRITE", "Topic", Topics.COMPLAINTS_RECEIVED),
            new Need("complaint-intake-service", "WRITE", "Topic", Topics.COMPLAINTS_SCREENED_OUT),
            new Need("complaint-intake-service", "WRITE", "Topic", Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED),
            new Need("complaint-intake-service", "WRITE", "Topic", Topics.COMPLAINTS_SCREENED_OUT_TALLIED),
            new Need("routing-service", "WRITE", "Topic", Topics.COMPLAINTS_ROUTED),
            new Need("case-tracking-service", "WRITE", "Topic", Topics.CASES_STATUS_CHANGED),
            new Need("case-tracking-service", "WRITE", "Topic", Topics.CASES_DEADLINE_REMINDERS),
            new Need("case-tracking-service", "WRITE", "Topic", Topics.CASES_DEADLINE_BREACHED),
            new Need("case-tracking-service", "WRITE", "Topic", Topics.CASES_STALE),
            new Need("case-tracking-service", "WRITE", "Topic", Topics.CASES_PROGRESS_REPORT_MISSING),
            new Need("case-tracking-service", "WRITE", "Topic", Topics.CASES_PROGRESS_REPORT_DUE));

    private KafkaAccess() {
    }

    static Set<Need> needs(PlatformApplication application) {
        ServiceConfiguration configuration = application.configuration();
        String user = application.module();
        Set<Need> needs = new LinkedHashSet<>();
        for (String profile : new String[] {"docker", "rebuild"}) {
            configuration.bindings(profile).values().forEach(binding -> {
                needs.add(new Need(user, "DESCRIBE", "Topic", binding.destination()));
                if (binding.consumer()) {
                    needs.add(new Need(user, "READ", "Topic", binding.destination()));
                    needs.add(new Need(user, "READ", "Group", binding.group()));
                    needs.add(new Need(user, "WRITE", "Topic", binding.deadLetterTopic() != null
                            ? binding.deadLetterTopic() : Topics.deadLetter(binding.destination())));
                } else {
                    needs.add(new Need(user, "WRITE", "Topic", binding.destination()));
                }
            });
        }
        OUTSIDE_BINDINGS.stream().filter(need -> need.user().equals(user)).forEach(needs::add);
        return needs;
    }

    /** One right a user needs: an operation on a named topic or group. */
    record Need(String user, String operation, String type, String name) {
    }

    /** One granted ACL: literal or prefixed. */
    record Grant(String user, String operation, String type, String pattern, String name) {

        boolean covers(Need need) {
            return user.equals(need.user()) && type.equalsIgnoreCase(need.type())
                    && (operation.equals(need.operation()) || impliesDescribe(need))
                    && (pattern.equals("literal") ? name.equals(need.name()) : need.name().startsWith(name));
        }

        /** Kafka: READ and WRITE each imply DESCRIBE. */
        private boolean impliesDescribe(Need need) {
            return need.operation().equals("DESCRIBE") && (operation.equals("READ") || operation.equals("WRITE"));
        }
    }
}
