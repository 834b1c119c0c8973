package org.nrmtracker.query.referral;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.SealedText;
import org.nrmtracker.kernel.referral.Survivor;
import org.nrmtracker.query.SealedSubjectRefs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots of the in-memory model read back whole, as written, in chunks; a snapshot that cannot be read whole or
 * is in another shape is not read at all, and a newer one replaces the older one's chunks.
 */
class InMemorySnapshotsTest {

    private static final int CHUNK_BYTES = 16 * 1024; // a few dozen records a chunk, so that there are many
    private static final GapAwareTrackingToken TOKEN = GapAwareTrackingToken.newInstance(4_321, List.of(17L, 4_300L));

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoCollection<Document> collection = client.getDatabase("nrm")
            .getCollection(InMemorySnapshots.COLLECTION);
    private final InMemorySnapshots snapshots = new InMemorySnapshots(client.getDatabase("nrm"),
            Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC), CHUNK_BYTES);

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aSnapshotReadsBackAsWrittenWithItsToken() {
        List<ReferralRecord> records = records(500);
        snapshots.write(records, TOKEN);

        InMemorySnapshots.Snapshot read = snapshots.latest().orElseThrow();
        assertThat(read.records()).isEqualTo(byId(records));
        assertThat(read.token()).isEqualTo(TOKEN);
        assertThat(snapshots.latestPosition()).isEqualTo(TOKEN.getIndex());
        assertThat(chunks()).as("written in many chunks").isGreaterThan(10);
    }

    @Test
    void aNewerSnapshotReplacesTheOlderOnesChunks() {
        snapshots.write(records(500), TOKEN);
        List<ReferralRecord> newer = records(40);
        GapAwareTrackingToken later = GapAwareTrackingToken.newInstance(5_000, List.of());
        snapshots.write(newer, later);

        assertThat(snapshots.latest().orElseThrow().records()).isEqualTo(byId(newer));
        assertThat(snapshots.latest().orElseThrow().token()).isEqualTo(later);
        long newerChunks = collection.find(Filters.eq("_id", "referral-records-memory")).first().getInteger("chunks");
        assertThat(chunks()).isEqualTo(newerChunks);
    }

    @Test
    void aSnapshotWithAChunkMissingIsNotRead() {
        snapshots.write(records(500), TOKEN);
        collection.deleteOne(Filters.regex("_id", ":3$"));

        assertThat(snapshots.latest()).isEmpty();
    }

    @Test
    void aSnapshotInAnotherShapeIsNotRead() {
        snapshots.write(records(10), TOKEN);
        collection.updateOne(Filters.eq("_id", "referral-records-memory"),
                Updates.set("shape", ReferralRecordDocument.SHAPE + 1));

        assertThat(snapshots.latest()).isEmpty();
    }

    @Test
    void deletedSnapshotsAreGone() {
        snapshots.write(records(10), TOKEN);
        snapshots.deleteAll();

        assertThat(snapshots.latest()).isEmpty();
        assertThat(snapshots.latestPosition()).isEqualTo(-1);
        assertThat(collection.countDocuments()).isZero();
    }

    private long chunks() {
        return collection.countDocuments(Filters.ne("_id", "referral-records-memory"));
    }

    private static Map<String, ReferralRecord> byId(List<ReferralRecord> records) {
        return records.stream().collect(Collectors.toMap(ReferralRecord::referralId, Function.identity()));
    }

    /** As stored: the reference sealed (docs/personal-data.md), or none. */
    private static Survivor survivor(ReferralId id, String subjectRef) {
        Survivor survivor = new Survivor(null, AgeAtExploitation.ADULT, Gender.FEMALE, List.of("GBR"));
        return subjectRef == null ? survivor
                : survivor.sealedAs(new SealedText(SealedSubjectRefs.token(id.toString(), subjectRef)));
    }

    /** Referrals with a decision each, some with a subject reference and some without. */
    private static List<ReferralRecord> records(int count) {
        List<ReferralRecord> records = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            ReferralId id = ReferralId.of(UUID.nameUUIDFromBytes(("referral-" + n).getBytes()).toString());
            LocalDate referredOn = LocalDate.of(2023, 1, 1).plusDays(n);
            ReferralRecord record = ReferralRecordFolding.apply(null, new ReferralMade(id, referredOn,
                    Jurisdiction.values()[n % Jurisdiction.values().length],
                    new FirstResponder(FirstResponderType.POLICE, "Force " + n),
                    survivor(id, n % 3 == 0 ? null : "case-" + n),
                    new Exploitation(Set.of(ExploitationType.LABOUR), ExploitationLocation.UK, n % 2 == 0)),
                    0, Instant.parse("2023-01-01T09:00:00Z").plusSeconds(n), "org-" + (n % 4));
            records.add(ReferralRecordFolding.apply(record, new ReasonableGroundsDecisionRecorded(id,
                    referredOn.plusDays(n % 90), DecisionOutcome.POSITIVE), 1,
                    Instant.parse("2023-02-01T09:00:00Z").plusSeconds(n), "org-" + (n % 4)));
        }
        return records;
    }
}
