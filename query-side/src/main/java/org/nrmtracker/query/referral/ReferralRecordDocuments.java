package org.nrmtracker.query.referral;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code referral_records} collection: one document per referral, each written by {@link ReferralRecordDocument}'s
 * idempotent upsert, whoever writes it.
 */
@Component
class ReferralRecordDocuments {

    static final String COLLECTION = "referral_records";
    private static final int BATCH = 1_000;

    private final MongoDatabase database;
    private final MongoCollection<Document> collection;

    ReferralRecordDocuments(MongoDatabase database) {
        this.database = database;
        this.collection = database.getCollection(COLLECTION);
    }

    /** The upsert that writes {@code update} into a referral's document, to be sent with others by {@link #writeAll}. */
    static WriteModel<Document> upsert(String referralId, Bson update) {
        return new UpdateOneModel<>(Filters.eq("_id", referralId), update, new UpdateOptions().upsert(true));
    }

    /** One round trip for all of them, applied in order (a referral's events may follow each other). */
    void writeAll(List<WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(true));
        }
    }

    /**
     * Writes whole records with the projection's own upsert, merged into the documents: a processor of another
     * instance writing the same documents meanwhile loses nothing.
     */
    void mergeAll(Collection<ReferralRecord> records) {
        mergeInto(collection, records);
    }

    /**
     * Puts a rebuilt model in the live one's place, document by document, where it differs from {@code before} (what
     * the collection held when the rebuild compared them): its fields and events are set, events it lacks are
     * removed, and so are documents that hold no referral and are not in it. Nothing is renamed or dropped, so a
     * processor of another instance writing meanwhile loses nothing (its writes are set fields and events too). A
     * document of a referral the rebuild lacks is kept (it may be one recorded since); its count is returned.
     */
    long replaceWith(Map<String, ReferralRecord> rebuilt, Stored before) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        rebuilt.forEach((id, record) -> {
            if (!before.holdsAsIs(id, record)) {
                writes.add(upsert(id, withoutEventsNotIn(record, before.eventKeys().getOrDefault(id, Set.of()))));
            }
        });
        long kept = 0;
        for (Map.Entry<String, ReferralRecord> live : before.records().entrySet()) {
            if (!rebuilt.containsKey(live.getKey())) {
                if (live.getValue() == null) {
                    writes.add(new DeleteOneModel<>(Filters.eq("_id", live.getKey())));
                } else {
                    kept++;
                }
            }
        }
        for (int from = 0; from < writes.size(); from += BATCH) {
            collection.bulkWrite(writes.subList(from, Math.min(from + BATCH, writes.size())),
                    new BulkWriteOptions().ordered(false));
        }
        return kept;
    }

    private static Bson withoutEventsNotIn(ReferralRecord record, Set<String> storedKeys) {
        Bson update = ReferralRecordDocument.update(record);
        Set<String> keys = keysOf(record);
        List<Bson> unset = storedKeys.stream().filter(key -> !keys.contains(key))
                .map(key -> Updates.unset("events." + key)).toList();
        return unset.isEmpty() ? update : Updates.combine(update, Updates.combine(unset));
    }

    /**
     * Drops what earlier versions' rebuilds left beside the live collection ({@code referral_records_rebuild_<id>},
     * written and then renamed; an interrupted rebuild left it behind). Only names that exist are dropped, so the
     * embedded server logs no failed drop.
     */
    List<String> dropLeftoverRebuilds() {
        List<String> leftovers = new ArrayList<>();
        for (String name : database.listCollectionNames()) {
            if (name.startsWith(COLLECTION + "_rebuild_")) {
                database.getCollection(name).drop();
                leftovers.add(name);
            }
        }
        return leftovers;
    }

    /** In unordered bulk writes of 1,000: each referral has one document, so their order does not matter. */
    private static void mergeInto(MongoCollection<Document> target, Collection<ReferralRecord> records) {
        List<WriteModel<Document>> batch = new ArrayList<>(BATCH);
        for (ReferralRecord record : records) {
            batch.add(upsert(record.referralId(), ReferralRecordDocument.update(record)));
            if (batch.size() == BATCH) {
                target.bulkWrite(batch, new BulkWriteOptions().ordered(false));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            target.bulkWrite(batch, new BulkWriteOptions().ordered(false));
        }
    }

    Optional<ReferralRecord> find(String referralId) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", referralId)).first())
                .filter(ReferralRecordDocument::holdsAReferral)
                .map(ReferralRecordDocument::toRecord);
    }

    /** Every stored record, for comparing with a rebuild; one full read of the collection. */
    Map<String, ReferralRecord> readAll() {
        return readStored().records();
    }

    /**
     * What the collection holds, read once: each record (null for a document that holds no referral, so that it
     * counts as a difference) and the keys under its {@code events}, which a swap removes where the rebuild has none.
     */
    record Stored(Map<String, ReferralRecord> records, Map<String, Set<String>> eventKeys) {

        /**
         * Whether the stored document is this record exactly, with no event key besides its events'; for a null
         * record (one the rebuild lacks), whether no document is stored.
         */
        boolean holdsAsIs(String id, ReferralRecord record) {
            if (record == null) {
                return !records.containsKey(id);
            }
            return record.equals(records.get(id)) && keysOf(record).equals(eventKeys.getOrDefault(id, Set.of()));
        }
    }

    private static Set<String> keysOf(ReferralRecord record) {
        return record.events().stream().map(event -> String.valueOf(event.sequence())).collect(Collectors.toSet());
    }

    Stored readStored() {
        Map<String, ReferralRecord> all = new HashMap<>();
        Map<String, Set<String>> eventKeys = new HashMap<>();
        for (Document d : collection.find()) {
            String id = String.valueOf(d.get("_id"));
            all.put(id, ReferralRecordDocument.holdsAReferral(d) ? ReferralRecordDocument.toRecord(d) : null);
            if (d.get("events") instanceof Document events) {
                eventKeys.put(id, Set.copyOf(events.keySet()));
            }
        }
        return new Stored(all, eventKeys);
    }

    void deleteAll() {
        collection.deleteMany(new Document());
    }
}
