package org.nrmtracker.query.referral;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.CorrectionReason;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.EventCorrected;
import org.nrmtracker.kernel.referral.EventRetracted;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportKind;
import org.nrmtracker.kernel.referral.SupportStarted;
import org.nrmtracker.kernel.referral.SealedText;
import org.nrmtracker.kernel.referral.Survivor;
import org.nrmtracker.kernel.referral.PersonalDataErased;
import org.nrmtracker.kernel.referral.ErasureReason;
import org.nrmtracker.query.SealedSubjectRefs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record's document is written by one mapping, whoever writes it: a referral with every kind of event reads back
 * as the record its typed events fold into, whether written event by event (the projection, in any order and
 * twice over), whole (the start-up build) or into a rebuilt collection.
 */
class ReferralRecordDocumentTest {

    private static final ReferralId ID = ReferralId.of("3b1e4f7a-2c9d-4e8f-a6b5-1d2c3e4f5a6b");
    private static final LocalDate REFERRED_ON = LocalDate.of(2024, 3, 1);
    private static final Instant RECORDED = Instant.parse("2024-03-01T10:15:30.123Z");
    private static final List<ReferralEvent> EVENTS = List.of(
            new ReferralMade(ID, REFERRED_ON, Jurisdiction.NORTHERN_IRELAND,
                    new FirstResponder(FirstResponderType.NGO, "Example Trust"),
                    new Survivor("case-9", AgeAtExploitation.CHILD, Gender.MALE, List.of("VNM", "GBR"))
                            .sealedAs(new SealedText(SealedSubjectRefs.token(ID.toString(), "case-9"))),
                    new Exploitation(Set.of(ExploitationType.CRIMINAL, ExploitationType.LABOUR), ExploitationLocation.UK,
                            true)),
            new ReasonableGroundsDecisionRecorded(ID, REFERRED_ON.plusDays(3), DecisionOutcome.NEGATIVE),
            new ReconsiderationRequested(ID, DecisionStage.REASONABLE_GROUNDS, REFERRED_ON.plusDays(4)),
            new ReasonableGroundsDecisionRecorded(ID, REFERRED_ON.plusDays(9), DecisionOutcome.POSITIVE),
            new SupportStarted(ID, REFERRED_ON.plusDays(10), SupportKind.OUTREACH),
            new SupportEnded(ID, REFERRED_ON.plusDays(40), SupportEndReason.MOVED_ON),
            new ConclusiveGroundsDecisionRecorded(ID, REFERRED_ON.plusDays(60), DecisionOutcome.POSITIVE),
            new ReferralWithdrawn(ID, REFERRED_ON.plusDays(70)),
            new PersonalDataErased(ID, REFERRED_ON.plusDays(80), ErasureReason.RETENTION_PERIOD),
            // corrections after the erasure: it stays in effect whatever follows it
            new EventCorrected(ID, 0, new ReferralMade(ID, REFERRED_ON.minusDays(1), Jurisdiction.SCOTLAND,
                    new FirstResponder(FirstResponderType.POLICE, null),
                    new Survivor("case-10", AgeAtExploitation.ADULT, Gender.FEMALE, List.of())
                            .sealedAs(new SealedText(SealedSubjectRefs.token(ID.toString(), "case-10"))),
                    new Exploitation(Set.of(ExploitationType.SEXUAL), ExploitationLocation.OVERSEAS, false)),
                    CorrectionReason.LATE_INFORMATION),
            new EventCorrected(ID, 3, new ReasonableGroundsDecisionRecorded(ID, REFERRED_ON.plusDays(8),
                    DecisionOutcome.POSITIVE), CorrectionReason.DATA_ENTRY_ERROR),
            new EventRetracted(ID, 4, CorrectionReason.DUPLICATE));

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final ReferralRecordDocuments documents = new ReferralRecordDocuments(client.getDatabase("nrm"));

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static ReferralRecord folded() {
        ReferralRecord record = null;
        for (int sequence = 0; sequence < EVENTS.size(); sequence++) {
            record = ReferralRecordFolding.apply(record, EVENTS.get(sequence), sequence,
                    RECORDED.plusSeconds(sequence), "example-trust");
        }
        return record;
    }

    @Test
    void aWholeRecordReadsBackAsItsTypedEventsFold() {
        documents.mergeAll(List.of(folded()));

        assertThat(documents.find(ID.toString())).contains(folded());
        assertThat(documents.find(ID.toString()).orElseThrow().events()).extracting(ReferralRecordEvent::event)
                .containsExactlyElementsOf(EVENTS);
    }

    @Test
    void theProjectionsWritesEventByEventInAnyOrderAndTwiceOverGiveTheSameDocument() {
        ReferralRecordProjection projection = new ReferralRecordProjection(documents);
        for (int round = 0; round < 2; round++) {
            for (int sequence = EVENTS.size() - 1; sequence >= 0; sequence--) {
                projection.on(EVENTS.get(sequence), (long) sequence, RECORDED.plusSeconds(sequence), "example-trust");
            }
        }

        assertThat(documents.find(ID.toString())).contains(folded());
        assertThat(documents.readAll()).isEqualTo(Map.of(ID.toString(), folded()));
    }

    @Test
    void aRebuiltCollectionHoldsTheSameRecord() {
        Map<String, ReferralRecord> rebuilt = Map.of(ID.toString(), folded());
        documents.replaceWith(rebuilt, documents.compareWith(rebuilt));

        assertThat(documents.readAll()).isEqualTo(Map.of(ID.toString(), folded()));
    }

    @Test
    void aWholeDocumentIsTheDocumentTheUpsertsLeave() {
        documents.mergeAll(List.of(folded()));

        assertThat(ReferralRecordDocument.document(folded()))
                .isEqualTo(client.getDatabase("nrm").getCollection("referral_records").find().first());
        assertThat(ReferralRecordDocument.toRecord(ReferralRecordDocument.document(folded()))).isEqualTo(folded());
    }

    @Test
    void aRecordReadBackIsCorrectedAsTheRecordItWasWrittenFrom() {
        documents.mergeAll(List.of(folded()));

        ReferralRecord corrected = documents.find(ID.toString()).orElseThrow().corrected();
        assertThat(corrected).isEqualTo(folded().corrected());
        assertThat(corrected.jurisdiction()).isEqualTo(Jurisdiction.SCOTLAND);
        assertThat(corrected.subjectRef()).isEqualTo(SealedSubjectRefs.token(ID.toString(), "case-10"));
        assertThat(corrected.personalDataErased()).isTrue();
        assertThat(corrected.events()).extracting(ReferralRecordEvent::sequence).containsExactly(0L, 1L, 2L, 3L, 5L,
                6L, 7L, 8L);
        assertThat(corrected.events().get(3).date()).isEqualTo(REFERRED_ON.plusDays(8));
    }

    @Test
    void eventsWithoutTheirReferralAreNotARecord() {
        new ReferralRecordProjection(documents).on(EVENTS.get(1), 1L, RECORDED, null);

        assertThat(documents.find(ID.toString())).isEmpty();
        assertThat(documents.readAll()).containsEntry(ID.toString(), null);
    }
}
