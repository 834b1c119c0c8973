package org.nrmtracker.query.referral;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.SealedText;
import org.nrmtracker.kernel.referral.Survivor;
import org.nrmtracker.query.SealedSubjectRefs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild's comparison with {@code referral_records} finds every kind of difference while reading the collection
 * only by the rebuilt referrals' ids, a batch at a time: the embedded server answers a find whole from the command
 * side's heap, which a million events' documents exhausted.
 */
class RebuildComparisonTest {

    private static final int REFERRALS = 2_500;
    private static final LocalDate REFERRED_ON = LocalDate.of(2024, 3, 1);

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final List<BsonDocument> finds = new CopyOnWriteArrayList<>();
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (event.getCommandName().equals("find")
                            && event.getCommand().getString("find").getValue().equals("referral_records")) {
                        finds.add(event.getCommand().clone());
                    }
                }
            }).build());
    private final MongoCollection<Document> collection = client.getDatabase("nrm").getCollection("referral_records");
    private final ReferralRecordDocuments documents = new ReferralRecordDocuments(client.getDatabase("nrm"));
    private final Map<String, ReferralRecord> rebuilt = new LinkedHashMap<>();

    @BeforeEach
    void storeTheRebuiltReferrals() {
        for (int n = 0; n < REFERRALS; n++) {
            ReferralRecord record = referral(ReferralId.random());
            rebuilt.put(record.referralId(), record);
        }
        documents.mergeAll(rebuilt.values());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void everyKindOfDifferenceIsFoundAndTheSwapLeavesOnlyTheKeptDocument() {
        List<String> ids = List.copyOf(rebuilt.keySet());
        collection.updateOne(Filters.eq("_id", ids.get(0)), Updates.set("jurisdiction", "SCOTLAND"));
        Document event = collection.find(Filters.eq("_id", ids.get(1))).first().get("events", Document.class);
        collection.updateOne(Filters.eq("_id", ids.get(1)), Updates.set("events.9", event.get("0")));
        collection.deleteOne(Filters.eq("_id", ids.get(2)));
        String unknown = ReferralId.random().toString();
        collection.insertOne(ReferralRecordDocument.document(referral(ReferralId.of(unknown))));
        collection.insertOne(new Document("_id", "events-only").append("events", event));
        finds.clear();

        ReferralRecordDocuments.Comparison comparison = documents.compareWith(rebuilt);

        assertThat(comparison.differing()).containsOnlyKeys(ids.get(0), ids.get(1), ids.get(2));
        assertThat(comparison.differing().get(ids.get(0))).containsExactly("0");
        assertThat(comparison.differing().get(ids.get(1))).containsExactlyInAnyOrder("0", "9");
        assertThat(comparison.differing().get(ids.get(2))).isEmpty();
        assertThat(comparison.emptyDocuments()).containsExactly("events-only");
        assertThat(comparison.kept()).isEqualTo(1);
        assertThat(comparison.differences()).isEqualTo(5);
        assertThat(finds).as("the rebuilt referrals by id, 1,000 at a time, then ids only")
                .filteredOn(find -> find.containsKey("projection")).hasSize(1)
                .allSatisfy(find -> assertThat(find.getDocument("projection").keySet())
                        .containsExactlyInAnyOrder("_id", "referredOn"));
        assertThat(finds).filteredOn(find -> !find.containsKey("projection")).hasSize(3)
                .allSatisfy(find -> assertThat(find.getDocument("filter").getDocument("_id").getArray("$in").size())
                        .isLessThanOrEqualTo(1_000));

        assertThat(documents.replaceWith(rebuilt, comparison)).as("kept: it may be a referral recorded since")
                .isEqualTo(1);
        ReferralRecordDocuments.Comparison after = documents.compareWith(rebuilt);
        assertThat(after.differing()).isEmpty();
        assertThat(after.emptyDocuments()).isEmpty();
        assertThat(after.kept()).isEqualTo(1);
        assertThat(documents.readAll()).hasSize(REFERRALS + 1).containsAllEntriesOf(rebuilt);
    }

    @Test
    void aCollectionHoldingOnlyTheRebuiltReferralsIsReadByTheirIdsAlone() {
        ReferralRecordDocuments.Comparison comparison = documents.compareWith(rebuilt);

        assertThat(comparison.differences()).isZero();
        assertThat(finds).hasSize(3).noneMatch(find -> find.containsKey("projection"))
                .allSatisfy(find -> assertThat(find.getDocument("filter").keySet()).containsExactly("_id"));
    }

    private static ReferralRecord referral(ReferralId id) {
        ReferralMade made = new ReferralMade(id, REFERRED_ON, Jurisdiction.ENGLAND_AND_WALES,
                new FirstResponder(FirstResponderType.NGO, "Example Trust"),
                new Survivor("case-1", AgeAtExploitation.ADULT, Gender.FEMALE, List.of("ALB"))
                        .sealedAs(new SealedText(SealedSubjectRefs.token(id.toString(), "case-1"))),
                new Exploitation(Set.of(ExploitationType.LABOUR), ExploitationLocation.UK, false));
        return ReferralRecordFolding.apply(null, made, 0, Instant.parse("2024-03-01T10:15:30Z"), "example-trust");
    }
}
