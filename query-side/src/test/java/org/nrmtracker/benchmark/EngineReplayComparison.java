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
import org.nrmtracker.kernel.embedded.DurableH2Backend;
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
 * MongoEventStorageEngine" (docs/architecture.md, "The event store"). Both engines share one in-process mongo-java-server
 * on the embedded default's durable H2 backend (the kernel's DurableH2Backend), each in its own collections, are seeded with the same referral histories and are
 * replayed by the same processor and handler. Run {@link #main} with the test classpath:
 * {@code [events, default 50000] [cap seconds, default 600]}.
 * The figures are in the README ("Benchmark").
 */
public final class EngineReplayComparison {

    private static final String DATABASE = "benchmark";
    // the query side's nrm.eventstore.batch-size; axon-mongo gets the same events per fetch
    private static final int ENGINE_BATCH_SIZE = 500;
    private static final long HISTORY_SEED = 20_260_422L;

    public static Figures run(int events, Duration cap, Path dir) {
        List<ReferralHistories.History> histories = ReferralHistories.totalling(events, HISTORY_SEED);
        MongoServer server = new MongoServer(new DurableH2Backend(dir.resolve("engines.mv").toString(), false));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase database = client.getDatabase(DATABASE);
            warmUp(client, Math.min(2_000, events / 10), cap);
            EventStorageEngine sequenced = sequenced(database, "sequenced_");
            EventStorageEngine axonMongo = axonMongo(client, "axonmongo_");
            Seeding.Rate sequencedSeeding = Seeding.seed("sequenced", sequenced, histories);
            Seeding.Rate axonMongoSeeding = Seeding.seed("axon-mongo", axonMongo, histories);
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

    /**
     * Seeds and replays a few events through both engines, in collections of their own, before
     * anything is timed: without it the engine measured first (ours) also pays for the JIT
     * compiling the driver, the serializer and the processor (a 10,000-event replay took 7.9 s
     * cold and 3.9 s warm in one trial).
     */
    private static void warmUp(MongoClient client, int events, Duration cap) throws InterruptedException {
        if (events == 0) {
            return;
        }
        List<ReferralHistories.History> histories = ReferralHistories.totalling(events, HISTORY_SEED + 1);
        for (EventStorageEngine engine : List.of(sequenced(client.getDatabase(DATABASE), "warmup_sequenced_"),
                axonMongo(client, "warmup_axonmongo_"))) {
            Seeding.seed("warm-up", engine, histories);
            TimedReplay.replay("warm-up", engine, events, cap);
        }
    }

    /** Built as the query side builds it (EventStoreConfiguration), in collections of its own. */
    private static EventStorageEngine sequenced(MongoDatabase database, String prefix) {
        Serializer serializer = EventSerializer.create();
        return SequencedMongoEventStorageEngine.builder()
                .database(database).clock(Clock.systemUTC()).collectionPrefix(prefix)
                .eventSerializer(serializer).snapshotSerializer(serializer)
                .batchSize(ENGINE_BATCH_SIZE)
                .build();
    }

    /** Set up as in docs/decisions.md, "Our own event storage engine": one document per event, 1 s look-back. */
    private static EventStorageEngine axonMongo(MongoClient client, String prefix) {
        Serializer serializer = EventSerializer.create(); // has the type validator axon-mongo needs too (docs/decisions.md, "Axon 4.13 settings that matter")
        return MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, DATABASE)
                        .domainEventsCollectionName(prefix + "domainevents")
                        .snapshotEventsCollectionName(prefix + "snapshotevents")
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
