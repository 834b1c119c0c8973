package org.nrmtracker.query.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.query.Eventually;
import org.nrmtracker.query.RunningQuerySide;
import org.nrmtracker.query.admin.EventStoreWriter;
import org.nrmtracker.query.reads.ReadModel;
import org.nrmtracker.query.reads.ReadPositions;
import org.nrmtracker.query.referral.ReferralRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both read models stop before a stored event they cannot read and never skip it (issue 14 finding 9): the
 * {@code eventStream} health is DOWN with where and what, the gauge {@code nrm.events.unreadable} counts it; once the
 * document is mended they go on from there and all is well again.
 */
class ProjectionsStopAtUnreadableEventsTest {

    /** Three referrals of two events each; the second one's first event (position 3) edited as the test says. */
    private static List<ReferralId> threeReferrals(MongoDatabase database) {
        EventStoreWriter writer = new EventStoreWriter(database);
        return List.of(writer.referralWithDecision(1), writer.referralWithDecision(2), writer.referralWithDecision(4));
    }

    private static Document storedEvent(MongoDatabase database, ReferralId id) {
        return database.getCollection("events").find(Filters.eq("firstKey", id + ":0")).first()
                .getList("events", Document.class).get(0);
    }

    /** Its timestamp, a string, made a sub-document as a shell edit can. */
    static final class SecondReferralEdited implements RunningQuerySide.StoreBeforeStart {
        static List<ReferralId> written;
        static String timestamp;

        @Override
        public void write(MongoDatabase database) {
            written = threeReferrals(database);
            timestamp = storedEvent(database, written.get(1)).getString("timestamp");
            database.getCollection("events").updateOne(Filters.eq("firstKey", written.get(1) + ":0"),
                    Updates.set("events.0.timestamp", new Document("$date", timestamp)));
        }
    }

    @Nested
    @RunningQuerySide(storeHolds = SecondReferralEdited.class)
    class AFieldOfAnotherType {

        @Autowired
        ReferralRecords records;
        @Autowired
        UnreadableEventsHealth health;
        @Autowired
        MeterRegistry meters;
        @Autowired
        MongoDatabase database;
        @LocalServerPort
        int port;

        @Test
        void theModelsStopBeforeItUntilItIsMendedAndThenGoOn() throws Exception {
            List<ReferralId> written = SecondReferralEdited.written;
            assertThat(Eventually.holds(() -> health.health().getStatus().equals(Status.DOWN))).isTrue();
            assertThat(health.health().getDetails().get("unreadable")).asString()
                    .contains("position=3", "referralId=" + written.get(1), "sequence=0",
                            "Field 'timestamp' is a sub-document, not a string.");
            assertThat(meters.get("nrm.events.unreadable").gauge().value()).isEqualTo(1);
            assertThat(overallHealth()).isEqualTo(503);
            assertThat(Eventually.holds(() -> records.byId(written.get(0).toString()).isPresent())).isTrue();
            Thread.sleep(1_000); // the processors retry meanwhile: still nothing at or after the unreadable event
            assertThat(records.byId(written.get(1).toString())).isEmpty();
            assertThat(records.byId(written.get(2).toString())).isEmpty();

            database.getCollection("events").updateOne(Filters.eq("firstKey", written.get(1) + ":0"),
                    Updates.set("events.0.timestamp", SecondReferralEdited.timestamp));

            assertThat(Eventually.holds(() -> records.byId(written.get(2).toString())
                    .filter(r -> r.events().size() == 2).isPresent())).isTrue();
            assertThat(records.byId(written.get(1).toString())).isPresent();
            assertThat(Eventually.holds(() -> health.health().getStatus().equals(Status.UP))).isTrue();
            assertThat(meters.get("nrm.events.unreadable").gauge().value()).isZero();
        }

        private int overallHealth() throws Exception {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    /** Its stored fields keep their types, but the payload's JSON no longer fits the event's type. */
    static final class SecondPayloadEdited implements RunningQuerySide.StoreBeforeStart {
        static List<ReferralId> written;

        @Override
        public void write(MongoDatabase database) {
            written = threeReferrals(database);
            String payload = storedEvent(database, written.get(1)).getString("payload");
            MongoCollection<Document> commits = database.getCollection("events");
            commits.updateOne(Filters.eq("firstKey", written.get(1) + ":0"), Updates.set("events.0.payload",
                    payload.replaceFirst("\"referredOn\":(\"[^\"]*\")", "\"referredOn\":{\"was\":$1}")));
        }
    }

    @Nested
    @RunningQuerySide(storeHolds = SecondPayloadEdited.class)
    class APayloadThatNoLongerFitsItsType {

        @Autowired
        ReferralRecords records;
        @Autowired
        UnreadableEventsHealth health;
        @Autowired
        ReadPositions positions;

        @Test
        void theModelsStopBeforeIt() throws Exception {
            List<ReferralId> written = SecondPayloadEdited.written;
            assertThat(Eventually.holds(() -> health.health().getStatus().equals(Status.DOWN))).isTrue();
            assertThat(health.health().getDetails().get("unreadable")).asString()
                    .contains("position=3", "Its payload no longer fits its event type");
            assertThat(Eventually.holds(() -> records.byId(written.get(0).toString()).isPresent())).isTrue();
            Thread.sleep(1_000);
            assertThat(records.byId(written.get(1).toString())).isEmpty();
            // a referral in the other segment may go on (each referral's events stay in order), but no model
            // says it holds the stream beyond the event it stopped at
            assertThat(positions.of(ReadModel.ALL_REFERRALS)).isLessThan(3);
            assertThat(positions.of(ReadModel.ONE_REFERRAL)).isLessThan(3);
        }
    }
}
