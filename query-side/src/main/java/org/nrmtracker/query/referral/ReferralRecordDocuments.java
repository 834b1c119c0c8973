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
import java.util.HashSet;
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
     * Puts a rebuilt model in the live one's place, document by document where {@code comparison} found it differs:
     * its fields and events are set, events it lacks are removed, and so are documents that hold no referral and are
     * not in it. Nothing is renamed or dropped, so a processor of another instance writing meanwhile loses nothing
     * (its writes are set fields and events too). A document of a referral the rebuild lacks is kept (it may be one
     * recorded since); its count is returned.
     */
    long replaceWith(Map<String, ReferralRecord> rebuilt, Comparison comparison) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        comparison.differing().forEach((id, storedKeys) -> writes.add(upsert(id, withoutEventsNotIn(rebuilt.get(id),
                storedKeys))));
        comparison.emptyDocuments().forEach(id -> writes.add(new DeleteOneModel<>(Filters.eq("_id", id))));
        for (int from = 0; from < writes.size(); from += BATCH) {
            collection.bulkWrite(writes.subList(from, Math.min(from + BATCH, writes.size())),
                    new BulkWriteOptions().ordered(false));
        }
        return comparison.kept();
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

    /** Every stored record (null for a document that holds no referral); one full read of the collection. */
    Map<String, ReferralRecord> readAll() {
        Map<String, ReferralRecord> all = new HashMap<>();
        for (Document d : collection.find()) {
            all.put(String.valueOf(d.get("_id")), ReferralRecordDocument.holdsAReferral(d)
                    ? ReferralRecordDocument.toRecord(d) : null);
        }
        return all;
    }

    /**
     * How the collection differs from a rebuilt model: for each rebuilt referral whose document does not hold its
     * record as is (or holds an event key besides its events'), the event keys stored, which a swap removes where
     * the rebuild has none; the documents of referrals the rebuild lacks, those that hold no referral by id (a swap
     * removes them) and the others counted (a swap keeps them).
     */
    record Comparison(Map<String, Set<String>> differing, List<String> emptyDocuments, long kept) {

        /** Referrals whose document differs from the rebuilt record, or exists on one side only. */
        long differences() {
            return differing.size() + emptyDocuments.size() + kept;
        }
    }

    /**
     * Compares the collection with a rebuilt model, reading the rebuilt referrals' documents {@value #BATCH} at a time
     * by {@code _id}. Never one read of whole documents of the whole collection: the embedded server builds a find's
     * whole answer in its own heap, the command side's, which a million events' documents exhaust
     * (docs/benchmark.md, "Rebuild"). The documents of referrals the rebuild lacks are looked for only when the
     * collection holds other documents than the rebuilt referrals found, and then by their {@code _id} and one field.
     */
    Comparison compareWith(Map<String, ReferralRecord> rebuilt) {
        Map<String, Set<String>> differing = new HashMap<>();
        long found = 0;
        List<String> ids = new ArrayList<>(rebuilt.keySet());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(from + BATCH, ids.size()));
            Set<String> missing = new HashSet<>(batch);
            for (Document d : collection.find(Filters.in("_id", batch))) {
                String id = String.valueOf(d.get("_id"));
                missing.remove(id);
                found++;
                Set<String> storedKeys = d.get("events") instanceof Document events ? Set.copyOf(events.keySet())
                        : Set.of();
                ReferralRecord record = rebuilt.get(id);
                if (!ReferralRecordDocument.holdsAReferral(d) || !record.equals(ReferralRecordDocument.toRecord(d))
                        || !keysOf(record).equals(storedKeys)) {
                    differing.put(id, storedKeys);
                }
            }
            missing.forEach(id -> differing.put(id, Set.of()));
        }
        List<String> emptyDocuments = new ArrayList<>();
        long kept = 0;
        // the count kept with the collection: countDocuments aggregates, and on a million events the embedded
        // server's aggregation ran the command side out of heap too. Where a real server's count is inexact (after
        // an unclean shutdown), the scan below runs needlessly, or a leftover document waits for the next rebuild.
        if (collection.estimatedDocumentCount() != found) {
            for (Document d : collection.find().projection(ReferralRecordDocument.idAndWhetherAReferral())) {
                String id = String.valueOf(d.get("_id"));
                if (!rebuilt.containsKey(id)) {
                    if (ReferralRecordDocument.holdsAReferral(d)) {
                        kept++;
                    } else {
                        emptyDocuments.add(id);
                    }
                }
            }
        }
        return new Comparison(differing, emptyDocuments, kept);
    }

    private static Set<String> keysOf(ReferralRecord record) {
        return record.events().stream().map(event -> String.valueOf(event.sequence())).collect(Collectors.toSet());
    }

    void deleteAll() {
        collection.deleteMany(new Document());
    }
}
