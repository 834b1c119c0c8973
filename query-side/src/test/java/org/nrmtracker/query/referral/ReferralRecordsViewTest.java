package org.nrmtracker.query.referral;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.CorrectionReason;
import org.nrmtracker.kernel.referral.DecisionOutcome;
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
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.Survivor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A single referral comes from the shared collection until the in-memory model has caught up, then from memory. */
class ReferralRecordsViewTest {

    private static final String ID = "5f0c2a9e-7a4e-4bb4-9d7e-0c8c2f1d6a11";

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final ReferralRecordDocuments documents = new ReferralRecordDocuments(client.getDatabase("nrm"));
    private final ReferralRecordsInMemory inMemory = new ReferralRecordsInMemory();
    /** The in-memory model's processor, stopped until {@link #catchUp} (as a rebuild or a start leaves it). */
    private final StreamingEventProcessor memoryProcessor = mock(StreamingEventProcessor.class);
    private final ReferralRecordsView view = new ReferralRecordsView(documents, inMemory,
            new InMemoryCatchUp(processingWith(memoryProcessor)));

    private static EventProcessingConfiguration processingWith(StreamingEventProcessor memoryProcessor) {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessor(ReferralRecordsInMemory.PROCESSING_GROUP, StreamingEventProcessor.class))
                .thenReturn(Optional.of(memoryProcessor));
        return processing;
    }

    /** The processor runs and has read the whole stream on its one segment. */
    private void catchUp() {
        when(memoryProcessor.isRunning()).thenReturn(true);
        when(memoryProcessor.processingStatus()).thenReturn(Map.of(0,
                new TrackerStatus(Segment.ROOT_SEGMENT, true, new GlobalSequenceTrackingToken(7), null)));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void beforeCatchingUpTheCollectionAnswersAfterwardsTheMemory() {
        Map<String, ReferralRecord> rebuilt = Map.of(ID, record("in-collection"));
        documents.replaceWith(rebuilt, documents.compareWith(rebuilt));
        inMemory.replaceWith(Map.of(ID, record("in-memory")));

        assertThat(view.byId(ID)).map(ReferralRecord::subjectRef).contains("in-collection");
        catchUp();
        assertThat(view.byId(ID)).map(ReferralRecord::subjectRef).contains("in-memory");
    }

    @Test
    void aReferralTheCaughtUpModelLacksIsLookedForInTheCollection() {
        Map<String, ReferralRecord> rebuilt = Map.of(ID, record("in-collection"));
        documents.replaceWith(rebuilt, documents.compareWith(rebuilt));
        catchUp();

        assertThat(view.byId(ID)).map(ReferralRecord::subjectRef).contains("in-collection");
        assertThat(view.byId("0b7c5a34-1d6e-4d55-9c0e-2f8a9b6c7d10")).isEmpty();
    }

    @Test
    void everyReferralIsListedAsInEffectWithoutTheRetractedOnesWhileOneIsReadAsRecorded() {
        String retractedId = "0b7c5a34-1d6e-4d55-9c0e-2f8a9b6c7d10";
        applyAll(ID, new ReasonableGroundsDecisionRecorded(ReferralId.of(ID), LocalDate.of(2024, 3, 6),
                        DecisionOutcome.POSITIVE),
                new EventCorrected(ReferralId.of(ID), 1, new ReasonableGroundsDecisionRecorded(ReferralId.of(ID),
                        LocalDate.of(2024, 3, 7), DecisionOutcome.POSITIVE), CorrectionReason.DATA_ENTRY_ERROR));
        applyAll(retractedId, new EventRetracted(ReferralId.of(retractedId), 0, CorrectionReason.WRONG_REFERRAL));
        catchUp();

        assertThat(view.all()).singleElement().satisfies(record -> {
            assertThat(record.referralId()).isEqualTo(ID);
            assertThat(record.events()).extracting(ReferralRecordEvent::date)
                    .containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 7));
        });
        assertThat(view.byId(ID).orElseThrow().events()).hasSize(3);
        assertThat(view.byId(retractedId).orElseThrow().retracted()).isTrue();
    }

    private void applyAll(String id, ReferralEvent... later) {
        ReferralRecord made = record(null);
        inMemory.apply(new ReferralMade(ReferralId.of(id), made.referredOn(), made.jurisdiction(),
                new FirstResponder(made.firstResponderType(), null),
                new Survivor(null, made.ageAtExploitation(), made.gender(), made.nationalities()),
                new Exploitation(made.exploitationTypes(), made.exploitationLocation(), false)), 0,
                Instant.parse("2024-03-01T10:00:00Z"), "example-trust");
        for (int i = 0; i < later.length; i++) {
            inMemory.apply(later[i], i + 1, Instant.parse("2024-03-01T10:00:00Z").plusSeconds(i + 1), null);
        }
    }

    private static ReferralRecord record(String subjectRef) {
        return new ReferralRecord(ID, "example-trust", LocalDate.of(2024, 3, 1), Jurisdiction.ENGLAND_AND_WALES,
                FirstResponderType.NGO, subjectRef, AgeAtExploitation.ADULT, Gender.FEMALE, List.of("GBR"),
                Set.of(ExploitationType.LABOUR), ExploitationLocation.UK, false, List.of());
    }
}
