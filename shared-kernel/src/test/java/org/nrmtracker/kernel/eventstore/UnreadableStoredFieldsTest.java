package org.nrmtracker.kernel.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nrmtracker.kernel.eventstore.Engines.event;

/**
 * A hand edit that changes a stored field's type (a date made a sub-document, a number a string, as a shell edit
 * can): audit reads get the event back marked unreadable, saying which field, never its value; trackers and
 * aggregate loading stop at it with {@link UnreadableStoredEvent} and never pass over it.
 */
class UnreadableStoredFieldsTest {

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();
    private final SequencedMongoEventStorageEngine engine = Engines.engine(mongo.database());
    private final StoredEvents stored = new StoredEvents(mongo.database());
    private final MongoCollection<Document> commits = mongo.database().getCollection("events");

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void threeStreamsOfTwoEvents() {
        for (String stream : List.of("a", "b", "c")) {
            engine.appendEvents(event(stream, 0));
        }
        for (String stream : List.of("a", "b", "c")) {
            engine.appendEvents(event(stream, 1));
        }
    }

    @Test
    void aReservedAtMadeASubDocumentMarksItsEventsUnreadableInTheGlobalStream() {
        threeStreamsOfTwoEvents();
        commits.updateOne(Filters.eq("firstKey", "b:0"), Updates.set("reservedAt", new Document("$date", "x")));

        List<StoredEvent> all = stored.after(0, 100);

        assertThat(all).extracting(StoredEvent::globalIndex).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        StoredEvent edited = all.get(1);
        assertThat(edited.readable()).isFalse();
        assertThat(edited.aggregateId()).isEqualTo("b");
        assertThat(edited.sequence()).isZero();
        assertThat(edited.unreadable()).isEqualTo("The commit's field 'reservedAt' is a sub-document, not a date.");
        assertThat(all).filteredOn(StoredEvent::readable).hasSize(5);
    }

    @Test
    void aNumberMadeAStringIsReportedWithThePositionAndSequenceTheCommitGivesIt() {
        threeStreamsOfTwoEvents();
        commits.updateOne(Filters.eq("firstKey", "c:1"), Updates.combine(
                Updates.set("events.0.sequence", "1"), Updates.set("events.0.timestamp", new Document("when", 1))));

        List<StoredEvent> stream = stored.streamOf("c");

        assertThat(stream).extracting(StoredEvent::sequence).containsExactly(0L, 1L);
        assertThat(stream.get(1).globalIndex()).isEqualTo(6);
        assertThat(stream.get(1).recordedAt()).isNull();
        assertThat(stream.get(1).unreadable()).isEqualTo("Field 'sequence' is a string, not a whole number;"
                + " field 'timestamp' is a sub-document, not a string.");
    }

    @Test
    void eventsThatAreNotAnArrayAreOneUnreadableEventAtTheCommitsPosition() {
        threeStreamsOfTwoEvents();
        commits.updateOne(Filters.eq("firstKey", "a:1"), Updates.set("events", "gone"));

        List<StoredEvent> all = stored.after(0, 100);

        assertThat(all).hasSize(6);
        assertThat(all.get(3).globalIndex()).isEqualTo(4);
        assertThat(all.get(3).aggregateId()).isEqualTo("a");
        assertThat(all.get(3).sequence()).isEqualTo(1);
        assertThat(all.get(3).unreadable())
                .isEqualTo("The commit's field 'events' is a string, not an array of events.");
    }

    @Test
    void aTrackerDeliversTheEventsBeforeAnUnreadableOneAndStopsThere() {
        threeStreamsOfTwoEvents();
        commits.updateOne(Filters.eq("firstKey", "a:1"), Updates.set("events.0.payload", new Document("x", 1)));

        List<Long> delivered = new ArrayList<>();
        TrackingToken[] last = {null};
        assertThatThrownBy(() -> {
            try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
                events.forEachOrdered(e -> {
                    delivered.add(e.trackingToken().position().orElseThrow());
                    last[0] = e.trackingToken();
                });
            }
        }).isInstanceOfSatisfying(UnreadableStoredEvent.class, e -> {
            assertThat(e.position()).isEqualTo(4);
            assertThat(e.referralId()).isEqualTo("a");
            assertThat(e.sequence()).isEqualTo(1);
            assertThat(e.getMessage()).isEqualTo("The event stored at position 4 (referral a, sequence 1) cannot be"
                    + " read: Field 'payload' is a sub-document, not a string.");
        });
        assertThat(delivered).containsExactly(1L, 2L, 3L);
        // going on from the last event delivered fails again at the same event: it is never passed over
        assertThatThrownBy(() -> {
            try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(last[0], false)) {
                events.forEach(e -> delivered.add(e.trackingToken().position().orElseThrow()));
            }
        }).isInstanceOf(UnreadableStoredEvent.class);
        assertThat(delivered).containsExactly(1L, 2L, 3L);
    }

    @Test
    void loadingAnAggregateWithAnUnreadableEventFailsWithWhatIsWrong() {
        threeStreamsOfTwoEvents();
        commits.updateOne(Filters.eq("firstKey", "b:1"), Updates.set("events.0.index", new Document("n", 5)));

        assertThatThrownBy(() -> engine.readEvents("b").asStream().count())
                .isInstanceOf(UnreadableStoredEvent.class)
                .hasMessageContaining("Field 'index' is a sub-document, not a whole number");
    }
}
