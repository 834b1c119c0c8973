package org.nrmtracker.command.erasure;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.RecordedStreams;
import org.nrmtracker.command.RunningCommandSide;
import org.nrmtracker.command.WriteApi;
import org.nrmtracker.kernel.eventstore.StoredEvent;
import org.nrmtracker.kernel.personaldata.DataKeys;
import org.nrmtracker.kernel.personaldata.PersonalData;
import org.nrmtracker.kernel.referral.PersonalDataErased;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily sweep (docs/personal-data.md): a referral whose last event was recorded longer ago than the retention
 * period is erased, by the application's clock (here a fixed one); a key that came back after its referral's erasure
 * (a restored backup) is destroyed again.
 */
@RunningCommandSide
class ErasureSweepTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    EventStorageEngine events;
    @Autowired
    PersonalData personalData;
    @Autowired
    Erasures erasures;

    private MongoCollection<Document> keys() {
        return database.getCollection(DataKeys.COLLECTION);
    }

    private boolean hasKey(UUID referralId) {
        return keys().countDocuments(eq("_id", referralId.toString())) == 1;
    }

    /** A referral whose events were all recorded at {@code recordedAt}: Axon stamps events with its clock. */
    private UUID referralRecordedAt(Instant recordedAt) {
        Clock stamps = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.fixed(recordedAt, LONDON);
        try {
            return new WriteApi(port).newReferral();
        } finally {
            GenericEventMessage.clock = stamps;
        }
    }

    private ErasureSweep sweepWith(String retention, Instant now) {
        return new ErasureSweep(events, personalData, erasures, retention, Clock.fixed(now, LONDON));
    }

    @Test
    void aReferralQuietForLongerThanTheRetentionPeriodIsErasedAndOneRecordedSinceIsKept() {
        Instant now = Instant.now();
        UUID quiet = referralRecordedAt(now.minus(Duration.ofDays(3 * 366)));
        UUID recent = referralRecordedAt(now.minus(Duration.ofDays(300)));

        ErasureSweep.Result result = sweepWith("P2Y", now).sweep();

        assertThat(result.erasedForRetention()).isGreaterThanOrEqualTo(1); // other tests' quiet referrals too
        assertThat(hasKey(quiet)).isFalse();
        assertThat(hasKey(recent)).isTrue();
        List<StoredEvent> stream = new RecordedStreams(database).of(quiet);
        assertThat(stream).hasSize(2);
        assertThat(stream.get(1).payloadType()).isEqualTo(PersonalDataErased.class.getName());
        assertThat(stream.get(1).payload()).contains("\"reason\":\"RETENTION_PERIOD\"");
        assertThat(stream.get(1).recordedBy()).isEqualTo(ErasureSweep.RETENTION);
        assertThat(new RecordedStreams(database).lengthOf(recent)).isEqualTo(1);

        assertThat(sweepWith("P2Y", now).sweep().erasedForRetention()).as("nothing left to erase").isZero();
        assertThat(sweepWith("P2Y", now.plus(Duration.ofDays(500))).sweep().erasedForRetention())
                .as("a year and a half later, by the clock").isGreaterThanOrEqualTo(1);
        assertThat(hasKey(recent)).isFalse();
    }

    @Test
    void withoutARetentionPeriodNothingIsErased() {
        Instant now = Instant.now();
        UUID quiet = referralRecordedAt(now.minus(Duration.ofDays(20 * 366)));

        assertThat(sweepWith("", now).sweep().erasedForRetention()).isZero();
        assertThat(hasKey(quiet)).isTrue();
    }

    @Test
    void aKeyRestoredAfterItsReferralsErasureIsDestroyedAgain() {
        WriteApi provider = new WriteApi(port);
        UUID referralId = provider.newReferral();
        Document key = keys().find(eq("_id", referralId.toString())).first();
        assertThat(provider.post("/api/v1/referrals/" + referralId + "/erasure", "{\"reason\":\"DATA_SUBJECT_REQUEST\"}")
                .status()).isEqualTo(200);
        keys().insertOne(key); // as a backup taken before the erasure would bring it back

        assertThat(hasKey(referralId)).isTrue();

        ErasureSweep.Result result = sweepWith("", Instant.now()).sweep();

        assertThat(hasKey(referralId)).isFalse();
        // the application's own daily sweep may have been quicker still
        assertThat(result.keysDestroyedAgain()).isBetween(0L, 1L);
        assertThat(new RecordedStreams(database).lengthOf(referralId)).isEqualTo(2);
    }
}
