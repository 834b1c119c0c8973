package org.nrmtracker.query.referral;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    private final InMemorySnapshots snapshots;

    ReferralReadModels(ReferralRecordDocuments documents, ReferralRecordProjection projection,
                       ReferralRecordsInMemory inMemory, InMemorySnapshots snapshots) {
        this.documents = documents;
        this.projection = projection;
        this.inMemory = inMemory;
        this.snapshots = snapshots;
    }

    /** A model being rebuilt, in memory until it is swapped in. */
    public static final class Rebuilt {
        // concurrent, so that the in-memory model takes it over as it is (no copy of every record)
        private final ConcurrentHashMap<String, ReferralRecord> records;
        /** How referral_records differed from it when the rebuild compared them: what the swap changes. */
        private ReferralRecordDocuments.Comparison durableBefore;

        private Rebuilt(ConcurrentHashMap<String, ReferralRecord> records) {
            this.records = records;
        }

        public void apply(ReferralEvent event, long sequence, Instant recordedAt, String organisation) {
            records.compute(event.referralId().toString(),
                    (id, current) -> ReferralRecordFolding.apply(current, event, sequence, recordedAt, organisation));
        }

        public int size() {
            return records.size();
        }
    }

    public Rebuilt newModel() {
        return new Rebuilt(new ConcurrentHashMap<>());
    }

    /** A model taken from the latest snapshot of an in-memory model, to go on from {@code from}. */
    public record Resumed(Rebuilt model, TrackingToken from) {
    }

    public Optional<Resumed> resumeFromSnapshot() {
        return snapshots.latest().map(s -> new Resumed(new Rebuilt(s.records()), s.token()));
    }

    /**
     * Writes this instance's in-memory model as the snapshot. Its processor may go on meanwhile: {@code token}, read
     * before, is one the model holds every event up to, and events after it that the snapshot already holds are
     * applied again harmlessly when a restart follows the stream from it (folding is idempotent).
     *
     * @return the referrals written
     */
    public int snapshotInMemory(GapAwareTrackingToken token) {
        Collection<ReferralRecord> records = inMemory.all();
        snapshots.write(records, token);
        return records.size();
    }

    /** The position the latest snapshot goes on from, or -1 without one. */
    public long snapshotPosition() {
        return snapshots.latestPosition();
    }

    /** Applies an event to the live models while their processors are stopped; idempotent. */
    public void applyToLive(ReferralEvent event, long sequence, Instant recordedAt, String organisation) {
        projection.on(event, sequence, recordedAt, organisation);
        inMemory.apply(event, sequence, recordedAt, organisation);
    }

    /** Referrals whose record differs between the live models and the rebuilt one, or exists in only one. */
    public long differences(Rebuilt rebuilt) {
        rebuilt.durableBefore = documents.compareWith(rebuilt.records);
        return rebuilt.durableBefore.differences() + countDifferences(inMemory.snapshot(), rebuilt.records);
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
        snapshots.deleteAll(); // a rebuild mends the models, so their snapshots are not to be gone on from
        long kept = documents.replaceWith(rebuilt.records,
                rebuilt.durableBefore == null ? documents.compareWith(rebuilt.records) : rebuilt.durableBefore);
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
