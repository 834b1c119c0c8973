package org.nrmtracker.kernel.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The keys of the embedded server's unique indexes, ordered by their values. The H2 backend stores them with H2's
 * generic {@link ObjectDataType}, which orders objects it does not know by their Java-serialised bytes, so each
 * comparison in an index lookup serialised both keys: most of the time of every {@code _id} or {@code $in} lookup.
 * Here keys compare by MongoDB's own value order, and only two keys that order as equal without being equal (which
 * a unique index must still tell apart) fall back to their bytes.
 * <p>
 * Stored value by value with H2's own compact encodings of strings and numbers: the generic type Java-serialised
 * each key whole, and since a commit rewrites every index page it changed, that serialisation was most of the time
 * of every commit. Keys written the old way (a file from before) still read: they start with H2's tag for a
 * serialised object, these with a byte of their own.
 */
final class OrderedKeyType extends BasicDataType<KeyValue> {

    static final OrderedKeyType INSTANCE = new OrderedKeyType();

    private static final byte VALUE_BY_VALUE = (byte) 0xB6;

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
        int memory = 40;
        for (Object value : key) {
            memory += objects.getMemory(value);
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.put(VALUE_BY_VALUE).putVarInt(key.size());
        for (Object value : key) {
            objects.write(buffer, value); // strings and numbers natively; any other value Java-serialised alone
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != VALUE_BY_VALUE) {
            return (KeyValue) objects.read(buffer);
        }
        buffer.get();
        int size = DataUtils.readVarInt(buffer);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(objects.read(buffer));
        }
        return new KeyValue(values);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
