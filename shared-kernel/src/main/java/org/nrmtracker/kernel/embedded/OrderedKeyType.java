package org.nrmtracker.kernel.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The keys of the embedded server's unique indexes, ordered by their values. The H2 backend stores them with H2's
 * generic {@link ObjectDataType}, which orders objects it does not know by their Java-serialised bytes, so each
 * comparison in an index lookup serialised both keys: most of the time of every {@code _id} or {@code $in} lookup.
 * Here keys compare by MongoDB's own value order, and only two keys that order as equal without being equal (which
 * a unique index must still tell apart) fall back to their bytes. Stored the same way as before.
 */
final class OrderedKeyType extends BasicDataType<KeyValue> {

    static final OrderedKeyType INSTANCE = new OrderedKeyType();

    private final ObjectDataType objects = new ObjectDataType();

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int sizes = Integer.compare(a.size(), b.size());
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = ValueComparator.asc().compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        if (sizes != 0 || a.equals(b)) {
            return sizes;
        }
        return Arrays.compare(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
    }

    @Override
    public int getMemory(KeyValue key) {
        return objects.getMemory(key);
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        objects.write(buffer, key);
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        return (KeyValue) objects.read(buffer);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
