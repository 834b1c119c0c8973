package org.nrmtracker.command.referral;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.nrmtracker.command.referral.ReferralTestData.*;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.kernel.referral.DecisionStage.CONCLUSIVE_GROUNDS;
import static org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS;

/** An event identical to one already recorded is acknowledged with its original sequence and time. */
class ReferralDuplicateEventsTest {

    private static final LocalDate SUPPORT_ON = day(3, 2);
    private static final LocalDate NEGATIVE_RG_ON = day(3, 6);
    private static final LocalDate RG_RECONSIDERED_ON = day(3, 8);
    private static final LocalDate POSITIVE_RG_ON = day(3, 20);
    private static final LocalDate SUPPORT_ENDED_ON = day(4, 1);
    private static final LocalDate NEGATIVE_CG_ON = day(5, 2);
    private static final LocalDate CG_RECONSIDERED_ON = day(5, 9);
    private static final LocalDate POSITIVE_CG_ON = day(6, 3);

    private final FixtureConfiguration<Referral> fixture = fixture();

    /** Every kind of event but the withdrawal, which a CG decision rules out; each at its sequence. */
    private static final Object[] FULL_HISTORY = {
            referralMade(),
            supportStarted(SUPPORT_ON),
            reasonableGroundsDecided(NEGATIVE_RG_ON, NEGATIVE),
            reconsiderationRequested(REASONABLE_GROUNDS, RG_RECONSIDERED_ON),
            reasonableGroundsDecided(POSITIVE_RG_ON, POSITIVE),
            supportEnded(SUPPORT_ENDED_ON),
            conclusiveGroundsDecided(NEGATIVE_CG_ON, NEGATIVE),
            reconsiderationRequested(CONCLUSIVE_GROUNDS, CG_RECONSIDERED_ON),
            conclusiveGroundsDecided(POSITIVE_CG_ON, POSITIVE)};

    static Stream<Arguments> theFullHistoryResent() {
        return Stream.of(
                arguments(makeReferral(), 0),
                arguments(startSupport(SUPPORT_ON), 1),
                arguments(recordReasonableGrounds(NEGATIVE_RG_ON, NEGATIVE), 2),
                arguments(requestReconsideration(REASONABLE_GROUNDS, RG_RECONSIDERED_ON), 3),
                arguments(recordReasonableGrounds(POSITIVE_RG_ON, POSITIVE), 4),
                arguments(endSupport(SUPPORT_ENDED_ON), 5),
                arguments(recordConclusiveGrounds(NEGATIVE_CG_ON, NEGATIVE), 6),
                arguments(requestReconsideration(CONCLUSIVE_GROUNDS, CG_RECONSIDERED_ON), 7),
                arguments(recordConclusiveGrounds(POSITIVE_CG_ON, POSITIVE), 8));
    }

    @ParameterizedTest(name = "{0} re-sent is acknowledged as sequence {1}")
    @MethodSource("theFullHistoryResent")
    void reSendingAWholeHistoryNeverFailsNorRecordsAnything(Object command, long originalSequence) {
        given(fixture, FULL_HISTORY)
                .when(command)
                .expectNoEvents()
                .expectResultMessagePayload(duplicateOf(originalSequence));
    }

    @Test
    void aWithdrawalSentAgainIsAcknowledgedAsADuplicate() {
        given(fixture, referralMade(), withdrawn(day(4, 2)))
                .when(withdraw(day(4, 2)))
                .expectNoEvents()
                .expectResultMessagePayload(duplicateOf(1));
    }

    @Test
    void anEventRecordedBeforeTheWithdrawalIsStillAcknowledgedAfterIt() {
        given(fixture, referralMade(), reasonableGroundsDecided(POSITIVE_RG_ON, POSITIVE), withdrawn(day(4, 2)))
                .when(recordReasonableGrounds(POSITIVE_RG_ON, POSITIVE))
                .expectNoEvents()
                .expectResultMessagePayload(duplicateOf(1));
    }

    @Test
    void theSameDecisionWithAnotherDateIsNotADuplicate() {
        given(fixture, referralMade(), reasonableGroundsDecided(POSITIVE_RG_ON, POSITIVE))
                .when(recordReasonableGrounds(POSITIVE_RG_ON.plusDays(1), POSITIVE))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void theSameDecisionWithAnotherOutcomeIsNotADuplicate() {
        given(fixture, referralMade(), reasonableGroundsDecided(POSITIVE_RG_ON, POSITIVE))
                .when(recordReasonableGrounds(POSITIVE_RG_ON, NEGATIVE))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void anEventRecordedInTheSameSessionIsAcknowledgedWithTheSequenceItWasGiven() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(makeReferral(), recordReasonableGrounds(POSITIVE_RG_ON, POSITIVE))
                .when(recordReasonableGrounds(POSITIVE_RG_ON, POSITIVE))
                .expectNoEvents()
                .expectResultMessagePayload(new RecordedEvent(ID, 1, NOW, true));
    }

    @Test
    void recordingTimesAreKeptToTheMillisecondAsTheEventStoreKeepsThem() {
        fixture.givenCurrentTime(Instant.parse("2024-06-28T11:00:00.123456789Z"))
                .when(makeReferral())
                .expectResultMessagePayload(new RecordedEvent(ID, 0, Instant.parse("2024-06-28T11:00:00.123Z"), false));
    }
}
