package org.nrmtracker.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import jakarta.servlet.http.HttpServletRequest;
import org.bson.Document;
import org.nrmtracker.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every audit read is itself recorded (issue 7): who, what and when, in the {@code nrm.audit} log
 * and in the {@code audit_reads} collection. Only the endpoint, the referral id and the query
 * parameters are kept, never anything read: payloads can hold a {@code subjectRef}.
 * <p>
 * A read that cannot be recorded is not answered (the insert fails the request): an audit trail
 * with silent holes would be worse than a refused read.
 */
@Component
class AuditReads {

    static final String COLLECTION = "audit_reads";
    static final String ANONYMOUS = "anonymous";

    private static final Logger log = LoggerFactory.getLogger("nrm.audit");

    private final MongoCollection<Document> reads;
    private final Clock clock;

    AuditReads(MongoDatabase database, Clock clock) {
        this.reads = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    /**
     * @param action     the endpoint, e.g. {@code GET /api/v1/audit/events}
     * @param referralId the referral read, or null
     * @param parameters the query parameters as given (null values are left out)
     */
    void record(HttpServletRequest request, String action, String referralId, Map<String, ?> parameters) {
        Instant at = clock.instant();
        String who = whoAsked(request);
        Map<String, Object> given = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (value != null) {
                given.put(name, value.toString());
            }
        });
        Document read = new Document("at", Date.from(at)).append("who", who).append("action", action);
        if (referralId != null) {
            read.append("referralId", referralId);
        }
        reads.insertOne(read.append("parameters", new Document(given)));
        log.info("audit read at={} who={} action=\"{}\" referralId={} parameters={}",
                at, who, action, referralId == null ? "-" : referralId, given);
    }

    /** The client of the bearer token (docs/api.md §8): its {@code client_id}, else {@code azp}, else {@code sub}. */
    private static String whoAsked(HttpServletRequest request) {
        String client = Caller.of(request.getUserPrincipal()).client();
        return client == null ? ANONYMOUS : client;
    }
}
