package org.nrmtracker.kernel.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * An H2 database whose unique indexes order their keys by value ({@link OrderedKeyType}). They live in maps of
 * their own names: a file written with the library's indexes gets them built anew from its documents when it is
 * first opened (the server builds an empty index from the collection), and the old maps are removed.
 */
final class OrderedIndexDatabase extends H2Database {

    // H2Database opens the existing indexes from its constructor, before a field of this class is set
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore store;

    private OrderedIndexDatabase(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
        this.store = store;
    }

    static OrderedIndexDatabase open(String name, MVStore store, CursorRegistry cursors) {
        OPENING.set(store);
        try {
            return new OrderedIndexDatabase(name, store, cursors);
        } finally {
            OPENING.remove();
        }
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        MVStore mvStore = store != null ? store : OPENING.get();
        mvStore.removeMap(libraryIndexMap(collectionName, indexName));
        MVMap<KeyValue, Object> map = mvStore.openMap(indexMap(collectionName, indexName),
                new MVMap.Builder<KeyValue, Object>().keyType(OrderedKeyType.INSTANCE));
        return new OrderedUniqueIndex(map, indexName, keys, sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        store.removeMap(indexMap(collection.getCollectionName(), indexName));
    }

    private String indexMap(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._ordered_index_" + indexName;
    }

    private String libraryIndexMap(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
    }
}
