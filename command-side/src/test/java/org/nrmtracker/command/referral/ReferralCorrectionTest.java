package org.nrmtracker.command.referral;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;

import java.time.LocalDate;

import static org.hamcrest.Matchers.containsString;
import static org.nrmtracker.command.referral.CorrectionTestData.*;
import static org.nrmtracker.command.referral.ReferralTestData.*;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;

/** Corrections and retractions themselves: what they may amend, and how later events see them. */
class ReferralCorrectionTest {

    private static final LocalDate RG_ON = day(3, 6);
    private static final ReasonableGroundsDecisionRecorded POSITIVE_RG = reasonableGroundsDecided(RG_ON, POSITIVE);

    private final FixtureConfiguration<Referral> fixture = fixture();

    @Test
    void aDecisionDateTypedWrongIsCorrected() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(correct(1, decision(day(3, 7), POSITIVE)))
                .expectEvents(corrected(1, reasonableGroundsDecided(day(3, 7), POSITIVE)))
                .expectResultMessagePayload(recordedAs(2));
    }

    @Test
    void theReferralItselfIsCorrected() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(correct(0, referral(day(2, 28))))
                .expectEvents(corrected(0, referralMade(day(2, 28))));
    }

    @Test
    void theSameCorrectionSentAgainIsAcknowledgedNotRecordedTwice() {
        given(fixture, referralMade(), POSITIVE_RG, corrected(1, reasonableGroundsDecided(day(3, 7), POSITIVE)))
                .when(correct(1, decision(day(3, 7), POSITIVE)))
                .expectNoEvents()
                .expectResultMessagePayload(duplicateOf(2));
    }

    @Test
    void aLaterCorrectionSupersedesAnEarlierOne() {
        given(fixture, referralMade(), POSITIVE_RG, corrected(1, reasonableGroundsDecided(day(3, 20), POSITIVE)))
                .when(correct(1, decision(day(3, 8), POSITIVE)))
                .expectEvents(corrected(1, reasonableGroundsDecided(day(3, 8), POSITIVE)));
    }

    @Test
    void laterEventsAreCheckedAgainstTheCorrectedHistory() {
        given(fixture, referralMade(), POSITIVE_RG, corrected(1, reasonableGroundsDecided(day(3, 20), POSITIVE)))
                .when(recordConclusiveGrounds(day(3, 10), POSITIVE))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aRetractedDecisionLeavesItsStageOpenToANewOne() {
        given(fixture, referralMade(), POSITIVE_RG, retracted(1))
                .when(recordReasonableGrounds(day(3, 9), NEGATIVE))
                .expectEvents(reasonableGroundsDecided(day(3, 9), NEGATIVE));
    }

    @Test
    void aReplacementWithTheFieldsOfAnotherTypeIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(correct(1, supportStart(day(3, 7))))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class)
                .expectExceptionMessage(containsString("missing decidedOn, outcome"));
    }

    @Test
    void aReplacementIdenticalToTheEventAsItStandsIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(correct(1, decision(RG_ON, POSITIVE)))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void anEventNotRecordedCannotBeCorrected() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(correct(2, decision(RG_ON, NEGATIVE)))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aCorrectionCannotBeCorrected() {
        given(fixture, referralMade(), POSITIVE_RG, corrected(1, reasonableGroundsDecided(day(3, 7), POSITIVE)))
                .when(correct(2, decision(day(3, 8), POSITIVE)))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class)
                .expectExceptionMessage(containsString("itself a correction or retraction"));
    }

    @Test
    void aRetractionCannotBeRetracted() {
        given(fixture, referralMade(), POSITIVE_RG, retracted(1))
                .when(retract(2))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class)
                .expectExceptionMessage(containsString("itself a correction or retraction"));
    }

    @Test
    void aRetractedEventCannotBeCorrected() {
        given(fixture, referralMade(), POSITIVE_RG, retracted(1))
                .when(correct(1, decision(day(3, 7), POSITIVE)))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void retractingTheReferralItselfRetractsTheWholeReferral() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(retract(0))
                .expectEvents(retracted(0));
    }

    @Test
    void nothingMoreIsRecordedOnARetractedReferral() {
        given(fixture, referralMade(), POSITIVE_RG, retracted(0))
                .when(recordConclusiveGrounds(day(4, 1), POSITIVE))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class)
                .expectExceptionMessage(containsString("retracted"));
    }

    @Test
    void aRetractedReferralIsNotCorrectedEither() {
        given(fixture, referralMade(), POSITIVE_RG, retracted(0))
                .when(correct(1, decision(day(3, 7), POSITIVE)))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aWithdrawalDateIsCorrectedAfterTheWithdrawal() {
        given(fixture, referralMade(), withdrawn(day(4, 2)))
                .when(correct(1, withdrawal(day(4, 1))))
                .expectEvents(corrected(1, withdrawn(day(4, 1))));
    }

    @Test
    void aRetractedWithdrawalLetsTheReferralGoOn() {
        given(fixture, referralMade(), withdrawn(day(4, 2)), retracted(1))
                .when(recordReasonableGrounds(day(4, 5), POSITIVE))
                .expectEvents(reasonableGroundsDecided(day(4, 5), POSITIVE));
    }
}
