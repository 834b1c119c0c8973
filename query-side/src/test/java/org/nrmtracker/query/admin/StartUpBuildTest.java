package org.nrmtracker.query.admin;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.query.Eventually;
import org.nrmtracker.query.RunningQuerySide;
import org.nrmtracker.query.referral.InMemoryCatchUp;
import org.nrmtracker.query.referral.ProcessorStarts;
import org.nrmtracker.query.referral.ReferralReadModels;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build at start, run on a store of 300 events after the processors have handled them all and the models have
 * been emptied: only the build can fill them again, as the processors' tokens are already at the head. (Below
 * the default threshold, this context's own start built nothing.)
 */
@RunningQuerySide(storeHolds = StartUpBuildTest.WrittenBeforeStart.class)
class StartUpBuildTest {

    private static final int REFERRALS = 150;
    private static final List<ReferralId> WRITTEN_BEFORE_START = new ArrayList<>();

    static final class WrittenBeforeStart implements RunningQuerySide.StoreBeforeStart {
        @Override
        public void write(MongoDatabase database) {
            EventStoreWriter writer = new EventStoreWriter(database);
            for (int n = 0; n < REFERRALS; n++) {
                WRITTEN_BEFORE_START.add(writer.referralWithDecision(n));
            }
        }
    }

    @Value("${nrm.mongodb.uri}")
    String mongoUri;

    /** The builds the application announces: its own start's is the only one it runs. */
    @TestConfiguration(proxyBeanMethods = false)
    static class AnnouncedBuilds {
        final List<ReadModelsBuilt> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ReadModelsBuilt built) {
            seen.add(built);
        }
    }

    @Autowired
    AnnouncedBuilds startedWithTheApplication;
    @Autowired
    EventStoreReads events;
    @Autowired
    ProcessorTokens tokens;
    @Autowired
    ReferralReadModels readModels;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    EmbeddedEventStore eventStore;
    @Autowired
    ReferralRecords records;
    @Autowired
    InMemoryCatchUp catchUp;

    private MongoClient client;
    private MongoCollection<Document> durable;

    @BeforeEach
    void emptyBothModelsOnceTheProcessorsHaveHandledEveryEvent() throws Exception {
        client = MongoClients.create(mongoUri);
        durable = client.getDatabase("nrm").getCollection("referral_records");
        assertThat(Eventually.holds(() -> records.all().size() >= REFERRALS
                && atHead(ReferralReadModels.IN_MEMORY_GROUP) && atHead(ReferralReadModels.DURABLE_GROUP))).isTrue();
        assertThat(startedWithTheApplication.seen).as("the store is below the default threshold").isEmpty();
        for (String group : ReferralReadModels.PROCESSING_GROUPS) {
            tokens.processor(group).shutDown();
        }
        readModels.replaceInMemory(readModels.newModel());
        durable.deleteMany(new Document());
        tokens.processor(ReferralReadModels.DURABLE_GROUP).start(); // at the head: it writes nothing of the past
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void bothModelsAreBuiltInOnePassAndTheirProcessorsGoOnFromThere() throws Exception {
        List<Object> announced = new ArrayList<>();
        buildFor(ReferralReadModels.PROCESSING_GROUPS, announced).run();

        assertThat(announced).hasSize(1);
        ReadModelsBuilt built = (ReadModelsBuilt) announced.get(0);
        assertThat(built.groups()).containsExactlyElementsOf(ReferralReadModels.PROCESSING_GROUPS);
        assertThat(built.events()).isGreaterThanOrEqualTo(2L * REFERRALS);
        assertThat(records.all()).hasSizeGreaterThanOrEqualTo(REFERRALS);
        assertThat(durable.countDocuments()).isGreaterThanOrEqualTo(REFERRALS);
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

        String after = new EventStoreWriter(client.getDatabase("nrm")).referralWithDecision(REFERRALS).toString();
        assertThat(Eventually.holds(() -> records.all().stream()
                .anyMatch(r -> r.referralId().equals(after) && r.events().size() == 2)))
                .as("a referral written after the build reaches the in-memory model").isTrue();
        assertThat(Eventually.holds(() -> {
            Document document = durable.find(Filters.eq("_id", after)).first();
            return document != null && document.get("events", Document.class).size() == 2;
        })).as("and referral_records").isTrue();
    }

    @Test
    void aDurableModelThatHadTokensIsLeftToItsProcessor() throws Exception {
        List<Object> announced = new ArrayList<>();
        buildFor(List.of(ReferralReadModels.IN_MEMORY_GROUP), announced).run();

        assertThat(announced).singleElement().extracting(built -> ((ReadModelsBuilt) built).groups())
                .isEqualTo(List.of(ReferralReadModels.IN_MEMORY_GROUP));
        assertThat(records.all()).hasSizeGreaterThanOrEqualTo(REFERRALS);
        assertThat(durable.countDocuments()).as("its processor goes on from the head, as it was").isZero();
        assertThat(tokens.processor(ReferralReadModels.DURABLE_GROUP).isRunning()).isTrue();
    }

    @Test
    void theInMemoryModelAloneGoesOnFromItsSnapshotReadingOnlyTheEventsAfterIt() throws Exception {
        buildFor(List.of(ReferralReadModels.IN_MEMORY_GROUP), new ArrayList<>()).run();
        assertThat(Eventually.holds(() -> atHead(ReferralReadModels.IN_MEMORY_GROUP) && catchUp.caughtUp())).isTrue();
        InMemorySnapshotSchedule schedule = new InMemorySnapshotSchedule(tokens, readModels, catchUp, rebuilds, 1,
                new SimpleMeterRegistry());
        schedule.snapshotIfDue();
        assertThat(readModels.snapshotPosition()).as("a snapshot at the head").isEqualTo(events.headPosition());
        EventStoreWriter writer = new EventStoreWriter(client.getDatabase("nrm"));
        List<String> later = List.of(writer.referralWithDecision(REFERRALS + 1).toString(),
                writer.referralWithDecision(REFERRALS + 2).toString());
        tokens.processor(ReferralReadModels.IN_MEMORY_GROUP).shutDown();
        readModels.replaceInMemory(readModels.newModel());

        List<Object> announced = new ArrayList<>();
        buildFor(List.of(ReferralReadModels.IN_MEMORY_GROUP), announced).run();

        assertThat(announced).singleElement().extracting(built -> ((ReadModelsBuilt) built).events())
                .as("only the later referrals' events were read").isEqualTo(4L);
        Map<String, ReferralRecord> fromSnapshot = byId(records.all());
        assertThat(fromSnapshot).containsKeys(later.toArray(String[]::new));
        ReferralReadModels.Rebuilt fromEveryEvent = readModels.newModel();
        events.replay(events.tail(), event -> EventStoreReads.apply(event, fromEveryEvent::apply));
        tokens.processor(ReferralReadModels.IN_MEMORY_GROUP).shutDown();
        readModels.replaceInMemory(fromEveryEvent);
        assertThat(fromSnapshot).as("the same model as from every event").isEqualTo(byId(records.all()));
    }

    @Test
    void aSnapshotIsWrittenOnlyOnceEnoughEventsFollowedTheLatest() throws Exception {
        buildFor(List.of(ReferralReadModels.IN_MEMORY_GROUP), new ArrayList<>()).run();
        assertThat(Eventually.holds(() -> atHead(ReferralReadModels.IN_MEMORY_GROUP) && catchUp.caughtUp())).isTrue();
        readModels.snapshotInMemory(GapAwareTrackingToken.newInstance(events.headPosition() - 3, List.of()));

        new InMemorySnapshotSchedule(tokens, readModels, catchUp, rebuilds, 4, new SimpleMeterRegistry())
                .snapshotIfDue();
        assertThat(readModels.snapshotPosition()).isEqualTo(events.headPosition() - 3);
        new InMemorySnapshotSchedule(tokens, readModels, catchUp, rebuilds, 3, new SimpleMeterRegistry())
                .snapshotIfDue();
        assertThat(readModels.snapshotPosition()).isEqualTo(events.headPosition());
    }

    private static Map<String, ReferralRecord> byId(Collection<ReferralRecord> records) {
        return records.stream().collect(Collectors.toMap(ReferralRecord::referralId, Function.identity()));
    }

    /**
     * A build with a threshold this store reaches, for these groups as if they had started from the tail, announcing
     * what it built to {@code announced}.
     */
    private StartUpBuild buildFor(List<String> startedFromTheTail, List<Object> announced) {
        ProcessorStarts starts = new ProcessorStarts();
        startedFromTheTail.forEach(group -> starts.fromTheTail(group, eventStore));
        return new StartUpBuild(events, tokens, readModels, rebuilds, starts, 100, announced::add,
                new StartUpBuildProgress());
    }

    private boolean atHead(String group) {
        StreamingEventProcessor processor = tokens.processor(group);
        long head = events.headPosition();
        return !processor.processingStatus().isEmpty() && processor.processingStatus().values().stream()
                .allMatch(status -> status.getCurrentPosition().orElse(-1L) >= head);
    }
}
