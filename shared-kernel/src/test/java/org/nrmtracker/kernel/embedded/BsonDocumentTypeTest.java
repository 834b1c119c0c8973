package org.nrmtracker.kernel.embedded;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents read back exactly as written, one after another in a page, whether stored as BSON or by the library. */
class BsonDocumentTypeTest {

    @Test
    void everyKindOfValueTheServerStoresReadsBackEqualAndInOrder() {
        Document written = everyKindOfValue();

        Document read = readBack(BsonDocumentType.INSTANCE, List.of(written)).get(0);

        assertThat(read).isEqualTo(written);
        assertThat(new ArrayList<>(read.keySet())).isEqualTo(new ArrayList<>(written.keySet()));
        assertThat(read.get("nested")).isInstanceOf(Document.class);
        assertThat(read.get("position")).isInstanceOf(Long.class);
        assertThat(read.get("count")).isInstanceOf(Integer.class);
    }

    @Test
    void documentsFollowingOneAnotherInABufferReadSeparately() {
        List<Document> written = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            written.add(new Document("_id", (long) i).append("text", "x".repeat(i * 7)));
        }

        assertThat(readBack(BsonDocumentType.INSTANCE, written)).isEqualTo(written);
    }

    @Test
    void documentsTheLibraryJavaSerialisedStillRead() {
        List<Document> written = List.of(everyKindOfValue(), new Document("_id", "r-1").append("n", 2L));

        @SuppressWarnings({"unchecked", "rawtypes"})
        DataType<Document> library = (DataType) new ObjectDataType();
        ByteBuffer bytes = write(library, written);

        assertThat(read(BsonDocumentType.INSTANCE, bytes, written.size())).isEqualTo(written);
    }

    @Test
    void bsonIsSmallerThanTheLibrarysJavaSerialisation() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        DataType<Document> library = (DataType) new ObjectDataType();
        List<Document> written = List.of(everyKindOfValue());

        assertThat(write(BsonDocumentType.INSTANCE, written).remaining())
                .isLessThan(write(library, written).remaining() / 2);
    }

    private static Document everyKindOfValue() {
        return new Document("_id", "r-42#3")
                .append("position", 1_234_567_890_123L)
                .append("count", 7)
                .append("ratio", 0.25)
                .append("flag", true)
                .append("nothing", null)
                .append("at", Instant.parse("2023-07-01T10:15:30.123Z"))
                .append("object", new ObjectId())
                .append("uuid", UUID.fromString("8d8ac610-566d-4ef0-9c22-186b2a5ed793"))
                .append("bytes", new BinData(new byte[] {1, 2, 3, -1}))
                .append("text", "Ünïcödé – £45")
                .append("list", List.of(1L, "two", new Document("three", 3)))
                .append("nested", new Document("events", List.of(new Document("type", "ReferralMade")
                        .append("payload", "{\"a\":1}"))));
    }

    private static List<Document> readBack(DataType<Document> type, List<Document> documents) {
        return read(type, write(type, documents), documents.size());
    }

    private static ByteBuffer write(DataType<Document> type, List<Document> documents) {
        WriteBuffer buffer = new WriteBuffer();
        for (Document document : documents) {
            type.write(buffer, document);
        }
        return buffer.getBuffer().flip();
    }

    private static List<Document> read(DataType<Document> type, ByteBuffer bytes, int count) {
        List<Document> read = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            read.add(type.read(bytes));
        }
        assertThat(bytes.remaining()).isZero();
        return read;
    }
}
