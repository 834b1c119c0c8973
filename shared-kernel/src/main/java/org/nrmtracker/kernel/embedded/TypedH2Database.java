package org.nrmtracker.kernel.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * An H2 database whose maps have types of their own instead of H2's Java serialisation: documents are stored as
 * BSON ({@link BsonDocumentType}), and unique indexes order their keys by value ({@link OrderedKeyType}). The
 * indexes live in maps of their own names: a file written with the library's indexes gets them built anew from its
 * documents when it is first opened (the server builds an empty index from the collection), and the old maps are
 * removed. Documents keep their map, since their type reads the library's format too.
 */
final class TypedH2Database extends H2Database {

    // H2Database opens the existing collections and indexes from its constructor, before a field of this class is set
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore store;

    private TypedH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
        this.store = store;
    }

    static TypedH2Database open(String name, MVStore store, CursorRegistry cursors) {
        OPENING.set(store);
        try {
            return new TypedH2Database(name, store, cursors);
        } finally {
            OPENING.remove();
        }
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        MVStore mvStore = store();
        mvStore.removeMap(libraryIndexMap(collectionName, indexName));
        MVMap<KeyValue, Object> map = mvStore.openMap(indexMap(collectionName, indexName),
                new MVMap.Builder<KeyValue, Object>().keyType(OrderedKeyType.INSTANCE));
        return new OrderedUniqueIndex(map, indexName, keys, sparse);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        // the library's names, so that its own drop and rename of a collection find these maps
        MVMap<Object, Document> documents = store().openMap("databases." + namespace,
                new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
        MVMap<String, Object> meta = store().openMap("meta." + namespace);
        return new H2Collection(this, collectionName, options, documents, meta, cursorRegistry);
    }

    /**
     * The library's {@code H2Database.moveCollection} takes the collection's name after it has renamed it, so it renames
     * the new name's maps onto themselves: the documents, the collection's metadata and its indexes stayed in the maps
     * of the old name, found by nothing after a restart (a rebuild's swap left an empty collection behind). Here the
     * old name's maps are renamed, replacing the empty maps the library opened under the new name; the open
     * collection keeps working on the same maps, now under their new names.
     */
    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        String oldNamespace = collection.getFullName();
        List<String> oldMaps = mapsOf(oldNamespace);
        super.moveCollection(oldDatabase, collection, newCollectionName);
        String newNamespace = getFullCollectionNamespace(newCollectionName);
        for (String oldMap : oldMaps) {
            String newMap = oldMap.replace(oldNamespace, newNamespace);
            if (store.hasMap(newMap)) {
                store.removeMap(newMap);
            }
            store.renameMap(store.openMap(oldMap), newMap);
        }
    }

    /** The maps of one collection: its documents, its metadata and each of its ordered indexes. */
    private List<String> mapsOf(String namespace) {
        return store.getMapNames().stream()
                .filter(name -> name.equals("databases." + namespace) || name.equals("meta." + namespace)
                        || name.startsWith(namespace + "._ordered_index_"))
                .toList();
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        store.removeMap(indexMap(collection.getCollectionName(), indexName));
    }

    private MVStore store() {
        return store != null ? store : OPENING.get();
    }

    private String indexMap(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._ordered_index_" + indexName;
    }

    private String libraryIndexMap(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
    }
}
