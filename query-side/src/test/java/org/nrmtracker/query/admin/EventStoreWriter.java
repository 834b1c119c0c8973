package org.nrmtracker.query.admin;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.nrmtracker.kernel.eventstore.EventSerializer;
import org.nrmtracker.kernel.eventstore.SequencedMongoEventStorageEngine;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.Survivor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Writes referral histories the way the command side does: through the same event store engine. */
public final class EventStoreWriter {

    private static final LocalDate REFERRED_ON = LocalDate.of(2024, 3, 1);

    private final SequencedMongoEventStorageEngine engine;

    public EventStoreWriter(MongoDatabase database) {
        Serializer serializer = EventSerializer.create();
        this.engine = SequencedMongoEventStorageEngine.builder().database(database).clock(Clock.systemUTC())
                .eventSerializer(serializer).snapshotSerializer(serializer).build();
    }

    /**
     * A referral and its positive reasonable-grounds decision: two events. Every third referral is recorded as
     * before tokens carried an organisation; the others by one of two organisations.
     */
    public ReferralId referralWithDecision(int n) {
        ReferralId id = ReferralId.random();
        ReferralMade made = new ReferralMade(id, REFERRED_ON.plusDays(n % 300),
                Jurisdiction.values()[n % 3], new FirstResponder(FirstResponderType.POLICE, null),
                new Survivor(null, AgeAtExploitation.ADULT, Gender.MALE, List.of("GBR")),
                new Exploitation(Set.of(ExploitationType.LABOUR), ExploitationLocation.UK, false));
        MetaData metaData = organisationOf(n) == null ? MetaData.with("recordedBy", "test")
                : MetaData.with("recordedBy", "test").and("organisation", organisationOf(n));
        engine.appendEvents(List.of(
                new GenericDomainEventMessage<>("Referral", id.toString(), 0, made, metaData),
                new GenericDomainEventMessage<>("Referral", id.toString(), 1,
                        new ReasonableGroundsDecisionRecorded(id, made.referredOn().plusDays(10), DecisionOutcome.POSITIVE),
                        metaData)));
        return id;
    }

    /** The organisation that made the {@code n}th referral written, or null. */
    static String organisationOf(int n) {
        return n % 3 == 0 ? null : "organisation-" + n % 2;
    }
}
