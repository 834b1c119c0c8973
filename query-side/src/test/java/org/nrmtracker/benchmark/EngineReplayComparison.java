package org.nrmtracker.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.Serializer;
import org.nrmtracker.kernel.eventstore.EventSerializer;
import org.nrmtracker.kernel.eventstore.SequencedMongoEventStorageEngine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Not a test: the benchmark figure "replay of N events, our event store vs axon-mongo's
 * MongoEventStorageEngine" (architecture §3). Both engines share one in-process mongo-java-server
 * on an H2 file, each in its own collections, are seeded with the same referral histories and are
 * replayed by the same processor and handler. Run {@link #main} with the test classpath:
 * {@code [events, default 50000] [cap seconds, default 600]}.
 */
public final class EngineReplayComparison {

    private static final String DATABASE = "benchmark";
    // the query side's nrm.eventstore.batch-size; axon-mongo gets the same events per fetch
    private static final int ENGINE_BATCH_SIZE = 500;
    private static final long HISTORY_SEED = 20_260_422L;

    public static Figures run(int events, Duration cap, Path dir) {
        List<ReferralHistories.History> histories = ReferralHistories.totalling(events, HISTORY_SEED);
        MongoServer server = new MongoServer(new CommittingH2Backend(dir.resolve("engines.mv").toString()));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase database = client.getDatabase(DATABASE);
            EventStorageEngine sequenced = sequenced(database);
            EventStorageEngine axonMongo = axonMongo(client);
            Seeding.Rate sequencedSeeding = Seeding.seed(sequenced, histories);
            Seeding.Rate axonMongoSeeding = Seeding.seed(axonMongo, histories);
            // ours first: it runs on a colder JIT, which can only flatter axon-mongo
            TimedReplay.Result sequencedReplay = TimedReplay.replay("sequenced", sequenced, events, cap);
            TimedReplay.Result axonMongoReplay = TimedReplay.replay("axon-mongo", axonMongo, events, cap);
            return new Figures(events, histories.size(),
                    Figures.Engine.of(sequencedSeeding, sequencedReplay),
                    Figures.Engine.of(axonMongoSeeding, axonMongoReplay),
                    axonMongoReplay.seconds() / sequencedReplay.seconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the engine comparison", e);
        } finally {
            server.shutdownNow();
        }
    }

    /** Built as the query side builds it (EventStoreConfiguration), in collections of its own. */
    private static EventStorageEngine sequenced(MongoDatabase database) {
        Serializer serializer = EventSerializer.create();
        return SequencedMongoEventStorageEngine.builder()
                .database(database).clock(Clock.systemUTC()).collectionPrefix("sequenced_")
                .eventSerializer(serializer).snapshotSerializer(serializer)
                .batchSize(ENGINE_BATCH_SIZE)
                .build();
    }

    /** Set up as in notes/axon-mongo-spike.md §2: one document per event, 1 s look-back. */
    private static EventStorageEngine axonMongo(MongoClient client) {
        Serializer serializer = EventSerializer.create(); // has the type validator the spike needed (§5.1)
        return MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, DATABASE)
                        .domainEventsCollectionName("axonmongo_domainevents")
                        .snapshotEventsCollectionName("axonmongo_snapshotevents")
                        .build())
                .eventSerializer(serializer).snapshotSerializer(serializer)
                .batchSize(ENGINE_BATCH_SIZE)
                .storageStrategy(new DocumentPerEventStorageStrategy(EventEntryConfiguration.getDefault(),
                        Duration.ofMillis(1000)))
                .build();
    }

    public static void main(String[] args) throws IOException {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Duration cap = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 600);
        Path dir = Files.createTempDirectory("engine-replay-");
        try {
            System.out.print(run(events, cap, dir).table());
        } finally {
            deleteRecursively(dir);
        }
    }

    static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EngineReplayComparison() {
    }
}
