package org.nrmtracker.command.referral;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.nrmtracker.command.referral.ReferralTestData.*;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS;

class ReferralReasonableGroundsTest {

    private static final LocalDate DECIDED_ON = day(3, 6);
    private static final LocalDate RECONSIDERATION_ON = day(3, 20);

    private final FixtureConfiguration<Referral> fixture = fixture();

    @Test
    void aFirstDecisionIsRecorded() {
        given(fixture, referralMade())
                .when(recordReasonableGrounds(DECIDED_ON, POSITIVE))
                .expectEvents(reasonableGroundsDecided(DECIDED_ON, POSITIVE))
                .expectResultMessagePayload(recordedAs(1));
    }

    @Test
    void aDecisionOnTheDayOfTheReferralIsAccepted() {
        given(fixture, referralMade())
                .when(recordReasonableGrounds(REFERRED_ON, NEGATIVE))
                .expectEvents(reasonableGroundsDecided(REFERRED_ON, NEGATIVE));
    }

    @Test
    void aDecisionDatedTheDayBeforeTheReferralIsRefused() {
        given(fixture, referralMade())
                .when(recordReasonableGrounds(REFERRED_ON.minusDays(1), POSITIVE))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aDecisionDatedTodayIsAccepted() {
        given(fixture, referralMade())
                .when(recordReasonableGrounds(TODAY, POSITIVE))
                .expectEvents(reasonableGroundsDecided(TODAY, POSITIVE));
    }

    @Test
    void aDecisionDatedTomorrowIsRefused() {
        given(fixture, referralMade())
                .when(recordReasonableGrounds(TOMORROW, POSITIVE))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aSecondDecisionAfterAPositiveOneIsRefused() {
        given(fixture, referralMade(), reasonableGroundsDecided(DECIDED_ON, POSITIVE))
                .when(recordReasonableGrounds(DECIDED_ON.plusDays(1), NEGATIVE))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aSecondDecisionAfterANegativeOneWithoutReconsiderationIsRefused() {
        given(fixture, referralMade(), reasonableGroundsDecided(DECIDED_ON, NEGATIVE))
                .when(recordReasonableGrounds(DECIDED_ON.plusDays(1), POSITIVE))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aStateConflictIsReportedBeforeAnImpossibleDate() {
        given(fixture, referralMade(), reasonableGroundsDecided(DECIDED_ON, POSITIVE))
                .when(recordReasonableGrounds(TOMORROW, POSITIVE))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aNewDecisionAfterAReconsideredNegativeOneIsRecorded() {
        given(fixture, referralMade(), reasonableGroundsDecided(DECIDED_ON, NEGATIVE),
                reconsiderationRequested(REASONABLE_GROUNDS, RECONSIDERATION_ON))
                .when(recordReasonableGrounds(RECONSIDERATION_ON.plusDays(10), POSITIVE))
                .expectEvents(reasonableGroundsDecided(RECONSIDERATION_ON.plusDays(10), POSITIVE))
                .expectResultMessagePayload(recordedAs(3));
    }

    @Test
    void aNewDecisionOnTheDayOfTheReconsiderationRequestIsAccepted() {
        given(fixture, referralMade(), reasonableGroundsDecided(DECIDED_ON, NEGATIVE),
                reconsiderationRequested(REASONABLE_GROUNDS, RECONSIDERATION_ON))
                .when(recordReasonableGrounds(RECONSIDERATION_ON, POSITIVE))
                .expectEvents(reasonableGroundsDecided(RECONSIDERATION_ON, POSITIVE));
    }

    @Test
    void aNewDecisionDatedTheDayBeforeTheReconsiderationRequestIsRefused() {
        given(fixture, referralMade(), reasonableGroundsDecided(DECIDED_ON, NEGATIVE),
                reconsiderationRequested(REASONABLE_GROUNDS, RECONSIDERATION_ON))
                .when(recordReasonableGrounds(RECONSIDERATION_ON.minusDays(1), POSITIVE))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aReconsideredDecisionThatIsNegativeAgainNeedsAnotherRequestBeforeAThirdDecision() {
        given(fixture, referralMade(), reasonableGroundsDecided(DECIDED_ON, NEGATIVE),
                reconsiderationRequested(REASONABLE_GROUNDS, RECONSIDERATION_ON),
                reasonableGroundsDecided(RECONSIDERATION_ON.plusDays(5), NEGATIVE))
                .when(recordReasonableGrounds(RECONSIDERATION_ON.plusDays(6), POSITIVE))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aNewDecisionMayFollowTheEarliestOfTwoRequestsForTheSameDecision() {
        given(fixture, referralMade(), reasonableGroundsDecided(DECIDED_ON, NEGATIVE),
                reconsiderationRequested(REASONABLE_GROUNDS, RECONSIDERATION_ON),
                reconsiderationRequested(REASONABLE_GROUNDS, RECONSIDERATION_ON.plusDays(7)))
                .when(recordReasonableGrounds(RECONSIDERATION_ON.plusDays(3), POSITIVE))
                .expectEvents(reasonableGroundsDecided(RECONSIDERATION_ON.plusDays(3), POSITIVE));
    }
}
