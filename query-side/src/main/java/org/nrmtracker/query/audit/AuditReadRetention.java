package org.nrmtracker.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the record of audit reads ({@link AuditReads}) for {@code nrm.audit.read-retention} (default two years, at
 * least one), then forgets it, so that {@code audit_reads} does not grow without bound (docs/consistency.md,
 * "Bounded collections"). A sweep rather than a TTL index, because the embedded server does not enforce TTL
 * indexes; every query-side instance sweeps, and a second sweep deletes nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditReadRetention {

    static final Duration SHORTEST = Duration.ofDays(365);
    private static final Duration DEADLINE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(AuditReadRetention.class);

    private final MongoCollection<Document> reads;
    private final Clock clock;
    private final Duration retention;

    AuditReadRetention(MongoDatabase database, Clock clock,
                       @Value("${nrm.audit.read-retention:P730D}") Duration retention) {
        if (retention.compareTo(SHORTEST) < 0) {
            throw new IllegalArgumentException("Audit reads must be kept at least " + SHORTEST.toDays() + " days");
        }
        this.reads = database.getCollection(AuditReads.COLLECTION)
                .withTimeout(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        this.clock = clock;
        this.retention = retention;
        // the sweep's range delete reads it on MongoDB (the embedded server keeps no secondary index and scans)
        reads.withTimeout(30, TimeUnit.SECONDS).createIndex(Indexes.ascending("at"));
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT6H")
    void sweep() {
        long forgotten = forgetOlderThanRetention();
        if (forgotten > 0) {
            log.info("Forgot {} audit reads older than {}", forgotten, retention);
        }
    }

    long forgetOlderThanRetention() {
        return reads.deleteMany(Filters.lt("at", Date.from(clock.instant().minus(retention)))).getDeletedCount();
    }
}
