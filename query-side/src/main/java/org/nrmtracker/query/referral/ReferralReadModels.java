package org.nrmtracker.query.referral;

import org.nrmtracker.kernel.referral.ReferralEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a projection rebuild needs from the referral read models: build new ones beside the live
 * ones, bring the live ones up to the same event, count the documents that differ, and swap.
 */
@Component
public class ReferralReadModels {

    /** The processing group of {@code referral_records}, the durable model. */
    public static final String DURABLE_GROUP = ReferralRecordProjection.PROCESSING_GROUP;
    /** The processing group of each instance's in-memory model. */
    public static final String IN_MEMORY_GROUP = ReferralRecordsInMemory.PROCESSING_GROUP;
    /** The processing groups whose read models a rebuild replaces. */
    public static final List<String> PROCESSING_GROUPS = List.of(DURABLE_GROUP, IN_MEMORY_GROUP);

    private final ReferralRecordDocuments documents;
    private final ReferralRecordProjection projection;
    private final ReferralRecordsInMemory inMemory;

    ReferralReadModels(ReferralRecordDocuments documents, ReferralRecordProjection projection,
                       ReferralRecordsInMemory inMemory) {
        this.documents = documents;
        this.projection = projection;
        this.inMemory = inMemory;
    }

    /** A model being rebuilt, in memory until it is swapped in. */
    public static final class Rebuilt {
        // concurrent, so that the in-memory model takes it over as it is (no copy of every record)
        private final ConcurrentHashMap<String, ReferralRecord> records = new ConcurrentHashMap<>();
        /** What referral_records held when the rebuild compared them: what the swap changes. */
        private ReferralRecordDocuments.Stored durableBefore;

        public void apply(ReferralEvent event, long sequence, Instant recordedAt, String organisation) {
            records.compute(event.referralId().toString(),
                    (id, current) -> ReferralRecordFolding.apply(current, event, sequence, recordedAt, organisation));
        }

        public int size() {
            return records.size();
        }
    }

    public Rebuilt newModel() {
        return new Rebuilt();
    }

    /** Applies an event to the live models while their processors are stopped; idempotent. */
    public void applyToLive(ReferralEvent event, long sequence, Instant recordedAt, String organisation) {
        projection.on(event, sequence, recordedAt, organisation);
        inMemory.apply(event, sequence, recordedAt, organisation);
    }

    /** Referrals whose record differs between the live models and the rebuilt one, or exists in only one. */
    public long differences(Rebuilt rebuilt) {
        ReferralRecordDocuments.Stored durable = documents.readStored();
        rebuilt.durableBefore = durable;
        Set<String> ids = new HashSet<>(durable.records().keySet());
        ids.addAll(rebuilt.records.keySet());
        return ids.stream().filter(id -> !durable.holdsAsIs(id, rebuilt.records.get(id))).count()
                + countDifferences(inMemory.snapshot(), rebuilt.records);
    }

    private static long countDifferences(Map<String, ReferralRecord> live, Map<String, ReferralRecord> rebuilt) {
        Set<String> ids = new HashSet<>(live.keySet());
        ids.addAll(rebuilt.keySet());
        return ids.stream().filter(id -> !Objects.equals(live.get(id), rebuilt.get(id))).count();
    }

    /**
     * Puts the rebuilt model in place of the live ones: {@code referral_records} document by document where it
     * differs from what {@link #differences} read, this instance's in-memory model at once.
     *
     * @return the documents kept in {@code referral_records} although the rebuild has no such referral
     */
    public long swap(Rebuilt rebuilt) {
        long kept = documents.replaceWith(rebuilt.records,
                rebuilt.durableBefore == null ? documents.readStored() : rebuilt.durableBefore);
        replaceInMemory(rebuilt);
        return kept;
    }

    /** Drops the collections earlier versions' rebuilds left behind; the names dropped. */
    public List<String> dropLeftoverRebuilds() {
        return documents.dropLeftoverRebuilds();
    }

    /** Writes the rebuilt model into {@code referral_records}, merged with what other instances write meanwhile. */
    public void mergeDurable(Rebuilt rebuilt) {
        documents.mergeAll(rebuilt.records.values());
    }

    /** The in-memory model becomes the rebuilt one, which must not be applied to afterwards. */
    public void replaceInMemory(Rebuilt rebuilt) {
        inMemory.replaceWith(rebuilt.records);
    }
}
