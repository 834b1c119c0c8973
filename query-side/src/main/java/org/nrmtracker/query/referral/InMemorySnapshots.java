package org.nrmtracker.query.referral;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Snapshots of an in-memory model with the token it held every event up to, in {@code read_model_snapshots}, so
 * that a restart loads the model (one record per referral) and follows the stream from there instead of reading
 * every event. A snapshot's chunks ({@link SnapshotChunks}) are written under a generation of their own before its
 * head document names them, so a reader sees a whole snapshot or none; the generation it replaced is deleted
 * after. A snapshot in another document shape than this version's ({@link ReferralRecordDocument#SHAPE}) is
 * never read.
 */
@Component
class InMemorySnapshots {

    static final String COLLECTION = "read_model_snapshots";
    private static final String HEAD = ReferralRecordsInMemory.PROCESSING_GROUP;
    /** Chunks of a writer that stopped half-way are deleted by a later write once this old. */
    private static final Duration ORPHANS_AFTER = Duration.ofHours(1);
    private static final int READ_ATTEMPTS = 3;

    /** A snapshot as read: a model to go on from {@code token}. */
    record Snapshot(ConcurrentHashMap<String, ReferralRecord> records, GapAwareTrackingToken token) {
    }

    private final MongoCollection<Document> collection;
    private final Clock clock;
    private final int chunkBytes;

    @Autowired
    InMemorySnapshots(MongoDatabase database, Clock clock) {
        this(database, clock, SnapshotChunks.CHUNK_BYTES);
    }

    InMemorySnapshots(MongoDatabase database, Clock clock, int chunkBytes) {
        this.collection = database.getCollection(COLLECTION);
        this.clock = clock;
        this.chunkBytes = chunkBytes;
    }

    /** Writes {@code records}, which hold every event up to {@code token} (and maybe later ones), as the snapshot. */
    void write(Collection<ReferralRecord> records, GapAwareTrackingToken token) {
        String generation = UUID.randomUUID().toString();
        Date writtenAt = Date.from(clock.instant());
        AtomicInteger chunks = new AtomicInteger();
        SnapshotChunks.pack(records, chunkBytes, chunk -> {
            int n = chunks.getAndIncrement();
            collection.insertOne(new Document("_id", chunkId(generation, n)).append("generation", generation)
                    .append("writtenAt", writtenAt).append("data", new Binary(chunk)));
        });
        Document head = new Document("_id", HEAD).append("generation", generation)
                .append("shape", ReferralRecordDocument.SHAPE).append("chunks", chunks.get())
                .append("referrals", records.size()).append("position", token.getIndex())
                .append("gaps", List.copyOf(token.getGaps())).append("writtenAt", writtenAt);
        Document replaced = collection.findOneAndReplace(Filters.eq("_id", HEAD), head,
                new FindOneAndReplaceOptions().upsert(true));
        if (replaced != null) {
            collection.deleteMany(Filters.eq("generation", replaced.getString("generation")));
        }
        collection.deleteMany(Filters.and(Filters.ne("_id", HEAD), Filters.ne("generation", generation),
                Filters.lt("writtenAt", Date.from(clock.instant().minus(ORPHANS_AFTER)))));
    }

    /** The latest snapshot in this version's shape, if there is one and it can be read whole. */
    Optional<Snapshot> latest() {
        for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
            Document head = collection.find(Filters.eq("_id", HEAD)).first();
            if (head == null || head.getInteger("shape", 0) != ReferralRecordDocument.SHAPE) {
                return Optional.empty();
            }
            Optional<Snapshot> snapshot = read(head);
            if (snapshot.isPresent()) {
                return snapshot;
            } // a writer replaced it while it was read: read the one it wrote
        }
        return Optional.empty();
    }

    /** The latest snapshot's position, or -1 without one. */
    long latestPosition() {
        Document head = collection.find(Filters.eq("_id", HEAD)).projection(new Document("position", 1)).first();
        return head == null ? -1 : head.get("position", Number.class).longValue();
    }

    /** Forgets every snapshot: after a rebuild, the model they hold is not the one to go on from. */
    void deleteAll() {
        collection.deleteMany(new Document());
    }

    private Optional<Snapshot> read(Document head) {
        String generation = head.getString("generation");
        ConcurrentHashMap<String, ReferralRecord> records = new ConcurrentHashMap<>(head.getInteger("referrals"));
        // chunks are fetched and unpacked in parallel: unpacking is most of a load's time
        boolean whole = IntStream.range(0, head.getInteger("chunks")).parallel().allMatch(n -> {
            Document chunk = collection.find(Filters.eq("_id", chunkId(generation, n))).first();
            if (chunk == null) {
                return false;
            }
            SnapshotChunks.unpack(chunk.get("data", Binary.class).getData())
                    .forEach(record -> records.put(record.referralId(), record));
            return true;
        });
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(head.get("position", Number.class).longValue(),
                head.getList("gaps", Number.class).stream().map(Number::longValue).toList());
        return whole ? Optional.of(new Snapshot(records, token)) : Optional.empty();
    }

    private static String chunkId(String generation, int n) {
        return generation + ":" + n;
    }
}
