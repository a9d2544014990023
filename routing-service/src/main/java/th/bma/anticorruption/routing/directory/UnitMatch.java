package th.bma.anticorruption.routing.directory;

import java.util.Optional;

import th.bma.anticorruption.contracts.LineOfWork;

/** A body found from a name as channels write it, and the section of it the name pointed at (may be null). */
public record UnitMatch(DirectoryUnit unit, Section section) {

    /** The most specific code: the section's if one was named. */
    public String code() {
        return section != null ? section.code() : unit.code();
    }

    public Optional<LineOfWork> lineOfWork() {
        return Optional.ofNullable(section != null ? section.lineOfWork() : unit.lineOfWork());
    }

    public boolean hasTopic(String topic) {
        return section != null ? section.topics().contains(topic) : unit.topics().contains(topic);
    }
}
