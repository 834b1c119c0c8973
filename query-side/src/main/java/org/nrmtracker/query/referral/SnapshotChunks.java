package org.nrmtracker.query.referral;

import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Records packed into chunks for a snapshot: each chunk holds whole records, as {@link ReferralRecordDocument}
 * documents, one BSON document after another, gzipped. One binary field per chunk is what either backend stores
 * and serves cheaply (a document per referral would make the embedded server build every one of them whole in its
 * heap, measured: docs/benchmark.md, "Restart"), and a chunk stays far below MongoDB's 16 MiB document limit.
 */
final class SnapshotChunks {

    /** Uncompressed bytes after which a chunk is closed; about 1 MiB gzipped. */
    static final int CHUNK_BYTES = 8 << 20;
    private static final DocumentCodec CODEC = new DocumentCodec();

    /** Packs the records, handing each chunk to {@code chunks} once it holds {@code chunkBytes} or more. */
    static void pack(Collection<ReferralRecord> records, int chunkBytes, Consumer<byte[]> chunks) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        for (ReferralRecord record : records) {
            try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
                CODEC.encode(writer, ReferralRecordDocument.document(record), EncoderContext.builder().build());
            }
            if (buffer.getPosition() >= chunkBytes) {
                chunks.accept(gzip(buffer.toByteArray()));
                buffer = new BasicOutputBuffer();
            }
        }
        if (buffer.getPosition() > 0) {
            chunks.accept(gzip(buffer.toByteArray()));
        }
    }

    /** The records of one chunk. */
    static List<ReferralRecord> unpack(byte[] chunk) {
        byte[] bytes = gunzip(chunk);
        ByteBuffer lengths = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<ReferralRecord> records = new ArrayList<>();
        for (int offset = 0; offset < bytes.length; ) {
            int length = lengths.getInt(offset); // a BSON document starts with its own length
            Document document = new RawBsonDocument(bytes, offset, length).decode(CODEC);
            records.add(ReferralRecordDocument.toRecord(document));
            offset += length;
        }
        return records;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16) {
            { def.setLevel(Deflater.BEST_SPEED); } // written in the background, but read at every start
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16)) {
            return gzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SnapshotChunks() {
    }
}
