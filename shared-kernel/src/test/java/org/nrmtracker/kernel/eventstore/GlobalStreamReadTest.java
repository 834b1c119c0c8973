package org.nrmtracker.kernel.eventstore;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nrmtracker.kernel.eventstore.Engines.event;

/**
 * The global stream and its positions: {@link StoredEvents#after} reads it in recording order, by exact keys, past
 * holes; {@link StoredEvents#positionOf} gives a writer's client the position of the event it recorded, and
 * {@link SequencedMongoEventStorageEngine#completePosition} how far the store itself is complete.
 */
class GlobalStreamReadTest {

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final StoredEvents stored = new StoredEvents(mongo.database());
    private volatile boolean failNextCommit;

    private final SequencedMongoEventStorageEngine engine = Engines.builder(
            InterposedMongo.beforeInserts(mongo.database(), "events", commits -> {
                if (failNextCommit) {
                    failNextCommit = false;
                    throw new IllegalStateException("writer died after reserving "
                            + InterposedMongo.indexesOf(commits)[0]);
                }
            }), clock).build();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void theWholeStoreIsReadInRecordingOrderAcrossBlocksAndMultiEventCommits() {
        for (int i = 0; i < 400; i++) {
            engine.appendEvents(event("a", i));
            engine.appendEvents(List.of(event("b", 2L * i), event("b", 2L * i + 1))); // one commit of two
        }

        List<StoredEvent> all = stored.after(0, 10_000);

        assertThat(all).extracting(StoredEvent::globalIndex)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 1_200).boxed().toList());
        assertThat(all.get(1).aggregateId()).isEqualTo("b");
        assertThat(all.get(2).sequence()).isEqualTo(1);
        assertThat(stored.lastPosition()).isEqualTo(1_200);
    }

    @Test
    void pagesContinueFromTheLastPositionEvenInsideACommit() {
        engine.appendEvents(event("a", 0));
        engine.appendEvents(List.of(event("b", 0), event("b", 1), event("b", 2)));
        engine.appendEvents(event("a", 1));

        List<Long> paged = new ArrayList<>();
        long position = 0;
        for (List<StoredEvent> page = stored.after(position, 2); !page.isEmpty(); page = stored.after(position, 2)) {
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            page.forEach(e -> paged.add(e.globalIndex()));
            position = page.get(page.size() - 1).globalIndex();
        }

        assertThat(paged).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(stored.after(5, 10)).isEmpty();
    }

    @Test
    void holesLeftByFailedWritersAreSkippedEvenWhenLongerThanABlock() {
        engine.appendEvents(event("a", 0));
        failNextCommit = true;
        assertThatThrownBy(() -> engine.appendEvents(event("b", 0))).isInstanceOf(EventStoreException.class);
        // 1,500 indexes reserved by writers that never stored anything
        mongo.database().getCollection("sequences")
                .updateOne(Filters.eq("_id", "events"), Updates.inc("lastReserved", 1_500L));
        engine.appendEvents(event("a", 1));

        assertThat(stored.after(0, 100)).extracting(StoredEvent::globalIndex).containsExactly(1L, 1_503L);
        assertThat(stored.after(1, 100)).extracting(StoredEvent::globalIndex).containsExactly(1_503L);
    }

    @Test
    void aReaderThatAsksForSettledEventsStopsBeforeAHoleACommitInFlightCouldStillFill() {
        engine.appendEvents(event("a", 0));
        failNextCommit = true;
        assertThatThrownBy(() -> engine.appendEvents(event("b", 0))).isInstanceOf(EventStoreException.class);
        engine.appendEvents(event("a", 1));

        Instant settledBefore = clock.instant().minus(Duration.ofSeconds(60));
        assertThat(stored.after(0, 100, settledBefore)).extracting(StoredEvent::globalIndex).containsExactly(1L);

        clock.advance(Duration.ofSeconds(61));
        assertThat(stored.after(0, 100, clock.instant().minus(Duration.ofSeconds(60))))
                .extracting(StoredEvent::globalIndex).containsExactly(1L, 3L);
    }

    @Test
    void anEmptyStoreHasNoEventsAndPositionZero() {
        assertThat(stored.lastPosition()).isZero();
        assertThat(stored.after(0, 10)).isEmpty();
    }

    @Test
    void everyEventsPositionIsTheOneTheGlobalStreamGivesIt() {
        for (int i = 0; i < 20; i++) {
            engine.appendEvents(event("a", i));
            engine.appendEvents(List.of(event("b", 2L * i), event("b", 2L * i + 1))); // one commit of two
        }
        engine.appendEvents(LongStream.range(0, 40).mapToObj(seq -> event("c", seq)).toList()); // one long commit

        for (StoredEvent event : stored.after(0, 1_000)) {
            assertThat(stored.positionOf(event.aggregateId(), event.sequence())).hasValue(event.globalIndex());
        }
    }

    @Test
    void anEventNeverStoredHasNoPosition() {
        engine.appendEvents(event("a", 0));

        assertThat(stored.positionOf("a", 1)).isEmpty();
        assertThat(stored.positionOf("z", 0)).isEmpty();
    }

    @Test
    void theStoreIsCompleteToItsHeadAndStopsBelowAHoleUntilItCanNoLongerBeFilled() {
        assertThat(engine.completePosition()).isZero();
        engine.appendEvents(event("a", 0));
        assertThat(engine.completePosition()).isEqualTo(1);

        failNextCommit = true;
        assertThatThrownBy(() -> engine.appendEvents(event("b", 0))).isInstanceOf(EventStoreException.class);
        engine.appendEvents(event("a", 1));
        assertThat(engine.completePosition()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(61));
        assertThat(engine.completePosition()).isEqualTo(3);
    }
}
