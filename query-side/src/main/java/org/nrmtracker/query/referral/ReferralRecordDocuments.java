package org.nrmtracker.query.referral;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.RenameCollectionOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
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

    /** Writes a rebuilt model beside the live one, then puts it in the live one's place at once. */
    void replaceWith(Map<String, ReferralRecord> rebuilt, String buildId) {
        MongoCollection<Document> target = database.getCollection(COLLECTION + "_rebuild_" + buildId);
        target.drop();
        mergeInto(target, rebuilt.values());
        target.renameCollection(new MongoNamespace(database.getName(), COLLECTION),
                new RenameCollectionOptions().dropTarget(true));
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
        Map<String, ReferralRecord> all = new HashMap<>();
        for (Document d : collection.find()) {
            // events without their referral: a broken document, kept as null so that it counts as a difference
            all.put(d.getString("_id"), ReferralRecordDocument.holdsAReferral(d) ? ReferralRecordDocument.toRecord(d) : null);
        }
        return all;
    }

    void deleteAll() {
        collection.deleteMany(new Document());
    }
}
