package org.nrmtracker.query.admin;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * One projection rebuild at a time across every query-side instance: a lease in MongoDB
 * ({@code projection_rebuild_lease}, one document), taken by a rebuild before it starts, renewed while it runs and
 * given back when it ends. A rebuild whose instance died leaves a lease that expires after {@link #TERM}; so that a
 * live rebuild never loses it, the job renews it at least every {@link #RENEW_EVERY} and checks it before it swaps.
 */
@Component
class RebuildLease {

    static final String COLLECTION = "projection_rebuild_lease";
    static final Duration TERM = Duration.ofMinutes(5);
    static final Duration RENEW_EVERY = Duration.ofSeconds(30);
    private static final String ID = "projection-rebuild";

    private final MongoCollection<Document> leases;
    private final Clock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    RebuildLease(MongoDatabase database, Clock clock) {
        this.leases = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    /** Takes the lease for this rebuild; false while another rebuild, on any instance, holds it. */
    boolean take(String rebuildId) {
        Instant now = clock.instant();
        try {
            leases.insertOne(new Document("_id", ID).append("rebuildId", rebuildId).append("instance", instance)
                    .append("takenAt", Date.from(now)).append("expiresAt", Date.from(now.plus(TERM))));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        // held: taken over only once it has expired (its rebuild's instance stopped renewing it)
        return leases.findOneAndUpdate(Filters.and(Filters.eq("_id", ID), Filters.lt("expiresAt", Date.from(now))),
                Updates.combine(Updates.set("rebuildId", rebuildId), Updates.set("instance", instance),
                        Updates.set("takenAt", Date.from(now)), Updates.set("expiresAt", Date.from(now.plus(TERM)))))
                != null;
    }

    /** Extends the lease; false when this rebuild no longer holds it (it expired and was taken over). */
    boolean renew(String rebuildId) {
        return leases.updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq("rebuildId", rebuildId)),
                Updates.set("expiresAt", Date.from(clock.instant().plus(TERM)))).getMatchedCount() == 1;
    }

    /** Whether some rebuild holds an unexpired lease now. */
    boolean held() {
        return leases.countDocuments(Filters.and(Filters.eq("_id", ID),
                Filters.gte("expiresAt", Date.from(clock.instant())))) > 0;
    }

    void giveBack(String rebuildId) {
        leases.deleteOne(Filters.and(Filters.eq("_id", ID), Filters.eq("rebuildId", rebuildId)));
    }
}
