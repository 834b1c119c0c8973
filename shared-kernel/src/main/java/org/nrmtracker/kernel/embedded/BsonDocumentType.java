package org.nrmtracker.kernel.embedded;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collection;
import java.util.Map;

/**
 * The embedded server's documents, stored as BSON. The H2 backend stores them with H2's generic
 * {@link ObjectDataType}, which Java-serialises each one, class descriptors and all: most of the time of every
 * write, read and replay went there, and the file grew to six times the documents' BSON size. The server's own
 * wire codec reads back exactly what it wrote, so documents keep their types and field order.
 * <p>
 * Each value starts with a byte H2's own types never begin with (their tags end at 119), so documents a file holds
 * from before, Java-serialised, still read; they are stored as BSON when next written.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private static final byte BSON = (byte) 0xB5;

    private final ObjectDataType javaSerialised = new ObjectDataType();

    @Override
    public int getMemory(Document document) {
        return memoryOf(document);
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = Unpooled.buffer(512);
        BsonEncoder.encodeDocument(document, bson);
        buffer.put(BSON).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return (Document) javaSerialised.read(buffer);
        }
        int start = buffer.position() + 1;
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(start);
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(buffer.slice(start, length)));
        buffer.position(start + length);
        return document;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    // what the document takes on the heap, roughly: the store's cache counts it to decide what to evict
    private static int memoryOf(Object value) {
        if (value instanceof Map<?, ?> map) {
            int memory = 64;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                memory += 40 + memoryOf(entry.getKey()) + memoryOf(entry.getValue());
            }
            return memory;
        }
        if (value instanceof Collection<?> values) {
            int memory = 40;
            for (Object element : values) {
                memory += 8 + memoryOf(element);
            }
            return memory;
        }
        if (value instanceof String text) {
            return 48 + text.length();
        }
        if (value instanceof BinData data) {
            return 32 + data.getData().length;
        }
        return 24;
    }
}
