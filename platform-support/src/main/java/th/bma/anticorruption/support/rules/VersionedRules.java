package th.bma.anticorruption.support.rules;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import th.bma.anticorruption.support.audit.ChainVerification;
import th.bma.anticorruption.support.audit.HashChain;

/**
 * The versions of rules a director edits at run time (intake's screening rules, routing's rules), in MongoDB: one
 * document per version under the rule type's own id of it, insert only, so two concurrent changes, on one instance or
 * two, cannot both become version n+1; and the audit trail of the changes, a hash chain ({@link HashChain}) in which
 * an entry changed or removed in the database shows.
 *
 * @param <R> the rule, stored as one version
 * @param <A> the audit entry, as the audit trail is read back
 */
public final class VersionedRules<R, A> {

    private final MongoTemplate mongo;
    private final String rules;
    private final String audit;
    private final Class<R> ruleType;
    private final Class<A> auditType;
    private final Function<R, String> ruleIdOf;
    private final ToIntFunction<R> versionOf;
    private final BiFunction<String, Integer, String> idOf;
    private final HashChain auditChain;

    /** {@code idOf} is the rule type's own id of a version (the {@code _id} its documents are stored under). */
    public VersionedRules(MongoTemplate mongo, String rules, String audit, Class<R> ruleType, Class<A> auditType,
            Function<R, String> ruleIdOf, ToIntFunction<R> versionOf, BiFunction<String, Integer, String> idOf) {
        this.mongo = mongo;
        this.rules = rules;
        this.audit = audit;
        this.ruleType = ruleType;
        this.auditType = auditType;
        this.ruleIdOf = ruleIdOf;
        this.versionOf = versionOf;
        this.idOf = idOf;
        this.auditChain = new HashChain(mongo.getCollection(audit));
    }

    /** Stores a new version; false if that version of the rule exists already. */
    public boolean insert(R rule) {
        try {
            mongo.insert(rule, rules);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Appends one change to the audit trail. */
    public void audit(String id, String ruleId, int fromVersion, int toVersion, String changedBy, Instant changedAt,
            String changeNote) {
        auditChain.append(new Document("_id", id)
                .append("ruleId", ruleId)
                .append("fromVersion", fromVersion)
                .append("toVersion", toVersion)
                .append("changedBy", changedBy)
                .append("changedAt", Date.from(changedAt))
                .append("changeNote", changeNote));
    }

    /** Walks the hash chain of the audit trail: whether it holds and where it breaks. */
    public ChainVerification verifyAuditTrail() {
        return auditChain.verify();
    }

    /** How many versions are stored: grows with every change, so a cache of the rules knows when to reload. */
    public long count() {
        return mongo.getCollection(rules).countDocuments();
    }

    /** The highest version of every rule id. */
    public Collection<R> latestVersions() {
        Map<String, R> latest = mongo.findAll(ruleType, rules).stream()
                .collect(Collectors.toMap(ruleIdOf, Function.identity(),
                        (a, b) -> versionOf.applyAsInt(a) >= versionOf.applyAsInt(b) ? a : b));
        return latest.values();
    }

    /** Every version of a rule, oldest first. */
    public List<R> versions(String ruleId) {
        return mongo.find(Query.query(where("ruleId").is(ruleId)).with(Sort.by("version")), ruleType, rules);
    }

    public Optional<R> version(String ruleId, int version) {
        return Optional.ofNullable(mongo.findById(idOf.apply(ruleId, version), ruleType, rules));
    }

    /** The audit trail, newest change first. */
    public List<A> auditTrail() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "changedAt")), auditType, audit);
    }
}
