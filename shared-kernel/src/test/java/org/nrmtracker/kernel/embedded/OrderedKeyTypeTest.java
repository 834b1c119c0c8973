package org.nrmtracker.kernel.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The index keys' order: total, consistent with equality, and MongoDB's value order. */
class OrderedKeyTypeTest {

    private final Random random = new Random(7);

    @Test
    void keysCompareEqualExactlyWhenTheyAreEqualAndTheOrderIsAntisymmetric() {
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            keys.add(randomKey());
        }
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int ab = OrderedKeyType.INSTANCE.compare(a, b);
                assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(ab)).isEqualTo(-Integer.signum(OrderedKeyType.INSTANCE.compare(b, a)));
            }
        }
    }

    @Test
    void singleValuesSortInMongoDbsOrder() {
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            keys.add(new KeyValue(randomValue()).normalized());
        }
        keys.sort(OrderedKeyType.INSTANCE);
        for (int i = 1; i < keys.size(); i++) {
            assertThat(ValueComparator.asc().compare(keys.get(i - 1).get(0), keys.get(i).get(0))).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void keysReadBackAsWrittenOneAfterAnotherWithTheirValuesTypes() {
        List<KeyValue> keys = List.of(
                new KeyValue("8d0f4d0e-6a3a-4c53-9a52-3f9a5b8f2f10#3", 42L),
                new KeyValue(7), new KeyValue(7L), new KeyValue(7.5), new KeyValue(true),
                new KeyValue((Object) null), new KeyValue(Instant.parse("2023-07-01T00:00:00Z")),
                new KeyValue(new ObjectId(), "Ünïcödé £"), new KeyValue(new Document("nested", 1)));
        WriteBuffer buffer = new WriteBuffer();
        keys.forEach(key -> OrderedKeyType.INSTANCE.write(buffer, key));

        ByteBuffer bytes = buffer.getBuffer().flip();
        for (KeyValue key : keys) {
            KeyValue read = OrderedKeyType.INSTANCE.read(bytes);
            assertThat(read).isEqualTo(key);
            for (int i = 0; i < key.size(); i++) {
                assertThat(read.get(i) == null ? null : read.get(i).getClass())
                        .isEqualTo(key.get(i) == null ? null : key.get(i).getClass());
            }
        }
        assertThat(bytes.remaining()).isZero();
    }

    @Test
    void keysWrittenWholeByTheLibrarysTypeStillRead() {
        List<KeyValue> keys = List.of(new KeyValue("r-1#0"), new KeyValue(12L), new KeyValue("r-2#4", 3));
        WriteBuffer buffer = new WriteBuffer();
        ObjectDataType library = new ObjectDataType();
        keys.forEach(key -> library.write(buffer, key));

        ByteBuffer bytes = buffer.getBuffer().flip();
        for (KeyValue key : keys) {
            assertThat(OrderedKeyType.INSTANCE.read(bytes)).isEqualTo(key);
        }
    }

    @Test
    void aKeyTakesFarFewerBytesThanWhenJavaSerialisedWhole() {
        KeyValue key = new KeyValue("8d0f4d0e-6a3a-4c53-9a52-3f9a5b8f2f10#3");
        WriteBuffer ours = new WriteBuffer();
        OrderedKeyType.INSTANCE.write(ours, key);
        WriteBuffer library = new WriteBuffer();
        new ObjectDataType().write(library, key);

        assertThat(ours.position()).isLessThan(library.position() / 3);
    }

    private KeyValue randomKey() {
        return random.nextInt(4) == 0 ? new KeyValue(randomValue(), randomValue()).normalized()
                : new KeyValue(randomValue()).normalized();
    }

    private Object randomValue() {
        return switch (random.nextInt(5)) {
            case 0 -> (long) random.nextInt(20);
            case 1 -> random.nextInt(20);
            case 2 -> random.nextInt(20) / 2.0;
            case 3 -> "k" + random.nextInt(20);
            default -> "referral-" + random.nextInt(5) + "#" + random.nextInt(3);
        };
    }
}
