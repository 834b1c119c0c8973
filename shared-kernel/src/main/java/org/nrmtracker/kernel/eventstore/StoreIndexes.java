package org.nrmtracker.kernel.eventstore;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/**
 * The indexes of the {@code events} collection: the two unique stream positions every load and every conflict
 * check uses. An index on {@code recordedAt}, which earlier versions built, served no query (every read is by
 * {@code _id} or a stream key) and is dropped where it exists, so that no write keeps it up to date.
 */
final class StoreIndexes {

    static final String UNUSED_RECORDED_AT = "recordedAt_1";
    private static final int INDEX_NOT_FOUND = 27;

    static void ensure(MongoCollection<Document> commits) {
        commits.createIndex(Indexes.ascending(CommitFields.FIRST_KEY), new IndexOptions().unique(true));
        commits.createIndex(Indexes.ascending(CommitFields.LAST_KEY), new IndexOptions().unique(true));
        boolean unusedIndexExists = commits.listIndexes().into(new java.util.ArrayList<>()).stream()
                .anyMatch(index -> UNUSED_RECORDED_AT.equals(index.getString("name")));
        if (unusedIndexExists) {
            try {
                commits.dropIndex(UNUSED_RECORDED_AT);
            } catch (MongoCommandException e) {
                if (e.getErrorCode() != INDEX_NOT_FOUND) { // another node dropped it first
                    throw e;
                }
            }
        }
    }

    private StoreIndexes() {
    }
}
