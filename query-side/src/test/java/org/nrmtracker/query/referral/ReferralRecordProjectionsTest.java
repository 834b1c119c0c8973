package org.nrmtracker.query.referral;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
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
import org.nrmtracker.kernel.referral.SealedText;
import org.nrmtracker.kernel.referral.Survivor;
import org.nrmtracker.query.SealedSubjectRefs;
import org.nrmtracker.query.Eventually;
import org.nrmtracker.query.RunningQuerySide;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/** Events written by the command side's engine reach both read models, once each. */
@RunningQuerySide
class ReferralRecordProjectionsTest {

    private static final LocalDate REFERRED_ON = LocalDate.of(2024, 3, 1);

    @Value("${nrm.mongodb.uri}")
    String mongoUri;
    @Autowired
    ReferralRecords records;
    @Autowired
    ReferralRecordDocuments documents;
    @Autowired
    InMemoryCatchUp catchUp;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aReferralAndItsDecisionAppearInTheDurableAndTheInMemoryModel() throws Exception {
        ReferralId id = ReferralId.random();
        try (MongoClient client = MongoClients.create(mongoUri)) {
            Serializer serializer = EventSerializer.create();
            SequencedMongoEventStorageEngine commandSide = SequencedMongoEventStorageEngine.builder()
                    .database(client.getDatabase("nrm")).clock(Clock.systemUTC())
                    .eventSerializer(serializer).snapshotSerializer(serializer).build();
            commandSide.appendEvents(List.of(
                    new GenericDomainEventMessage<>("Referral", id.toString(), 0, referral(id),
                            MetaData.with("organisation", "example-trust").and("recordedBy", "example-client")),
                    new GenericDomainEventMessage<>("Referral", id.toString(), 1,
                            new ReasonableGroundsDecisionRecorded(id, REFERRED_ON.plusDays(5), DecisionOutcome.POSITIVE),
                            // only the REFERRED event's organisation counts
                            MetaData.with("organisation", "another-organisation"))));
        }

        assertThat(Eventually.holds(() -> documents.find(id.toString()).map(r -> r.events().size() == 2).orElse(false)))
                .isTrue();
        assertThat(Eventually.holds(() -> records.all().stream().anyMatch(r -> r.referralId().equals(id.toString())
                && r.events().size() == 2))).isTrue();

        ReferralRecord durable = documents.find(id.toString()).orElseThrow();
        assertThat(durable.referredOn()).isEqualTo(REFERRED_ON);
        assertThat(durable.organisation()).isEqualTo("example-trust");
        assertThat(durable.jurisdiction()).isEqualTo(Jurisdiction.SCOTLAND);
        assertThat(durable.exploitationTypes()).containsExactlyInAnyOrder(ExploitationType.LABOUR, ExploitationType.SEXUAL);
        assertThat(durable.events()).extracting(ReferralRecordEvent::event).containsExactly(referral(id),
                new ReasonableGroundsDecisionRecorded(id, REFERRED_ON.plusDays(5), DecisionOutcome.POSITIVE));
        assertThat(records.all().stream().filter(r -> r.referralId().equals(id.toString())).findFirst().orElseThrow())
                .isEqualTo(durable);
        // caught up with the store, the in-memory model answers single referrals too, with the same record
        assertThat(Eventually.holds(catchUp::caughtUp)).isTrue();
        assertThat(records.byId(id.toString())).contains(durable);

        // a stopped in-memory processor (a rebuild stops it) sends single reads back to referral_records
        StreamingEventProcessor memory = processing.eventProcessor(ReferralReadModels.IN_MEMORY_GROUP,
                StreamingEventProcessor.class).orElseThrow();
        memory.shutDown();
        try {
            assertThat(catchUp.caughtUp()).isFalse();
        } finally {
            memory.start();
        }
        assertThat(Eventually.holds(catchUp::caughtUp)).isTrue();
    }

    private static ReferralMade referral(ReferralId id) {
        return new ReferralMade(id, REFERRED_ON, Jurisdiction.SCOTLAND,
                new FirstResponder(FirstResponderType.NGO, "Example Trust"),
                new Survivor("case-7", AgeAtExploitation.ADULT, Gender.FEMALE, List.of("VNM"))
                        .sealedAs(new SealedText(SealedSubjectRefs.token(id.toString(), "case-7"))),
                new Exploitation(Set.of(ExploitationType.LABOUR, ExploitationType.SEXUAL), ExploitationLocation.UK, false));
    }
}
