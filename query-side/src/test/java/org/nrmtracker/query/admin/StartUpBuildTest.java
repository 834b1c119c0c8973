package org.nrmtracker.query.admin;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.query.referral.ReferralReadModels;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query side that starts with a store already holding more than the threshold builds both read models in one
 * pass over it, with the same records the processors would make, and its processors go on from there.
 */
@SpringBootTest(properties = "nrm.projections.start-up-build-threshold=100")
class StartUpBuildTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final int REFERRALS = 150;
    private static final List<ReferralId> WRITTEN_BEFORE_START = new ArrayList<>();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        MONGO.bind("127.0.0.1", 0);
        registry.add("nrm.mongodb.uri", MONGO::getConnectionString);
        try (MongoClient client = MongoClients.create(MONGO.getConnectionString())) {
            EventStoreWriter writer = new EventStoreWriter(client.getDatabase("nrm"));
            for (int n = 0; n < REFERRALS; n++) {
                WRITTEN_BEFORE_START.add(writer.referralWithDecision(n));
            }
        }
    }

    @AfterAll
    static void stop() {
        MONGO.shutdownNow();
    }

    @Autowired
    StartUpBuild startUpBuild;
    @Autowired
    ReferralRecords records;

    @Test
    void bothModelsAreBuiltInOnePassAndTheirProcessorsGoOnFromThere() throws Exception {
        assertThat(eventually(() -> startUpBuild.built().isPresent())).as("the build at start ran").isTrue();
        StartUpBuild.Built built = startUpBuild.built().orElseThrow();
        assertThat(built.groups()).containsExactlyInAnyOrderElementsOf(ReferralReadModels.PROCESSING_GROUPS);
        assertThat(built.events()).isEqualTo(2L * REFERRALS);

        try (MongoClient client = MongoClients.create(MONGO.getConnectionString())) {
            MongoCollection<Document> durable = client.getDatabase("nrm").getCollection("referral_records");
            assertThat(durable.countDocuments()).isEqualTo(REFERRALS);
            for (int n : new int[] {0, 1, 2, REFERRALS - 1}) {
                String id = WRITTEN_BEFORE_START.get(n).toString();
                ReferralRecord inMemory = records.all().stream().filter(r -> r.referralId().equals(id)).findFirst()
                        .orElseThrow();
                assertThat(inMemory.organisation()).isEqualTo(EventStoreWriter.organisationOf(n));
                assertThat(inMemory.events()).hasSize(2);
                Document document = durable.find(Filters.eq("_id", id)).first();
                assertThat(document.getString("organisation")).isEqualTo(EventStoreWriter.organisationOf(n));
                assertThat(document.get("events", Document.class)).hasSize(2);
            }
            assertThat(records.all()).hasSize(REFERRALS);

            EventStoreWriter writer = new EventStoreWriter(client.getDatabase("nrm"));
            String after = writer.referralWithDecision(REFERRALS).toString();
            assertThat(eventually(() -> records.all().stream()
                    .anyMatch(r -> r.referralId().equals(after) && r.events().size() == 2)))
                    .as("a referral written after the build reaches the in-memory model").isTrue();
            assertThat(eventually(() -> {
                Document document = durable.find(Filters.eq("_id", after)).first();
                return document != null && document.get("events", Document.class).size() == 2;
            })).as("and referral_records").isTrue();
            assertThat(records.all()).hasSize(REFERRALS + 1);
        }
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
