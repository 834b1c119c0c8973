package org.nrmtracker.kernel.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.util.stream.Stream;

/**
 * The latest snapshot of each aggregate, one document keyed by its id (an exact-key read).
 * <p>
 * Axon asks for a snapshot before every aggregate load, and none is stored unless a snapshotter is configured; so
 * while the collection held none when the engine started and the engine has stored none since, the read is not
 * sent. Snapshots another node stores meanwhile are only missed as a shortcut: the aggregate is loaded from its
 * events, to the same state.
 */
final class SnapshotDocuments {

    private final MongoCollection<Document> snapshots;
    private volatile boolean anyStored;

    SnapshotDocuments(MongoCollection<Document> snapshots) {
        this.snapshots = snapshots;
        this.anyStored = snapshots.find().limit(1).first() != null;
    }

    void store(DomainEventMessage<?> snapshot, Serializer serializer) {
        SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = snapshot.serializeMetaData(serializer, String.class);
        Document document = new Document(CommitFields.ID, snapshot.getAggregateIdentifier())
                .append(CommitFields.AGGREGATE_TYPE, snapshot.getType())
                .append(CommitFields.SEQUENCE, snapshot.getSequenceNumber())
                .append(CommitFields.EVENT_ID, snapshot.getIdentifier())
                .append(CommitFields.TIMESTAMP, snapshot.getTimestamp().toString())
                .append(CommitFields.PAYLOAD_TYPE, payload.getType().getName())
                .append(CommitFields.PAYLOAD_REVISION, payload.getType().getRevision())
                .append(CommitFields.PAYLOAD, payload.getData())
                .append(CommitFields.META_DATA, metaData.getData());
        anyStored = true; // before the write: a load racing with it may read the snapshot, never skip one stored
        snapshots.replaceOne(Filters.eq(CommitFields.ID, snapshot.getAggregateIdentifier()), document,
                new ReplaceOptions().upsert(true));
    }

    Stream<? extends DomainEventData<?>> read(String aggregateIdentifier) {
        if (!anyStored) {
            return Stream.empty();
        }
        Document s = snapshots.find(Filters.eq(CommitFields.ID, aggregateIdentifier)).first();
        return s == null ? Stream.empty() : Stream.of(new GenericDomainEventEntry<>(
                s.getString(CommitFields.AGGREGATE_TYPE), aggregateIdentifier,
                s.get(CommitFields.SEQUENCE, Number.class).longValue(), s.getString(CommitFields.EVENT_ID),
                s.getString(CommitFields.TIMESTAMP), s.getString(CommitFields.PAYLOAD_TYPE),
                s.getString(CommitFields.PAYLOAD_REVISION), s.getString(CommitFields.PAYLOAD),
                s.getString(CommitFields.META_DATA)));
    }
}
