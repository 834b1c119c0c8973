package org.nrmtracker.command.referral;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;

import java.time.LocalDate;

import static org.nrmtracker.command.referral.ReferralTestData.*;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.kernel.referral.DecisionStage.CONCLUSIVE_GROUNDS;
import static org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS;

class ReferralConclusiveGroundsTest {

    private static final LocalDate RG_ON = day(3, 6);
    private static final LocalDate CG_ON = day(5, 10);
    private static final LocalDate RECONSIDERATION_ON = day(5, 20);
    private static final ReasonableGroundsDecisionRecorded POSITIVE_RG = reasonableGroundsDecided(RG_ON, POSITIVE);
    private static final ReasonableGroundsDecisionRecorded NEGATIVE_RG = reasonableGroundsDecided(RG_ON, NEGATIVE);

    private final FixtureConfiguration<Referral> fixture = fixture();

    @Test
    void aDecisionAfterAPositiveReasonableGroundsDecisionIsRecorded() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(recordConclusiveGrounds(CG_ON, POSITIVE))
                .expectEvents(conclusiveGroundsDecided(CG_ON, POSITIVE))
                .expectResultMessagePayload(recordedAs(2));
    }

    @Test
    void aDecisionWithoutAnyReasonableGroundsDecisionIsRefused() {
        given(fixture, referralMade())
                .when(recordConclusiveGrounds(CG_ON, POSITIVE))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aDecisionAfterANegativeReasonableGroundsDecisionIsRefused() {
        given(fixture, referralMade(), NEGATIVE_RG)
                .when(recordConclusiveGrounds(CG_ON, POSITIVE))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aDecisionOnTheDayOfTheReasonableGroundsDecisionIsAccepted() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(recordConclusiveGrounds(RG_ON, NEGATIVE))
                .expectEvents(conclusiveGroundsDecided(RG_ON, NEGATIVE));
    }

    @Test
    void aDecisionDatedTheDayBeforeTheReasonableGroundsDecisionIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(recordConclusiveGrounds(RG_ON.minusDays(1), POSITIVE))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aDecisionDatedBeforeTheReasonableGroundsDecisionThatSupersededANegativeOneIsRefused() {
        LocalDate rgReconsideredOn = day(3, 20);
        LocalDate positiveRgOn = day(4, 1);
        given(fixture, referralMade(), NEGATIVE_RG,
                reconsiderationRequested(REASONABLE_GROUNDS, rgReconsideredOn),
                reasonableGroundsDecided(positiveRgOn, POSITIVE))
                .when(recordConclusiveGrounds(positiveRgOn.minusDays(1), POSITIVE))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aDecisionDatedTodayIsAccepted() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(recordConclusiveGrounds(TODAY, POSITIVE))
                .expectEvents(conclusiveGroundsDecided(TODAY, POSITIVE));
    }

    @Test
    void aDecisionDatedTomorrowIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(recordConclusiveGrounds(TOMORROW, POSITIVE))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aSecondDecisionAfterAPositiveOneIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG, conclusiveGroundsDecided(CG_ON, POSITIVE))
                .when(recordConclusiveGrounds(CG_ON.plusDays(1), NEGATIVE))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aSecondDecisionAfterANegativeOneWithoutReconsiderationIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG, conclusiveGroundsDecided(CG_ON, NEGATIVE))
                .when(recordConclusiveGrounds(CG_ON.plusDays(1), POSITIVE))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aNewDecisionAfterAReconsideredNegativeOneIsRecorded() {
        given(fixture, referralMade(), POSITIVE_RG, conclusiveGroundsDecided(CG_ON, NEGATIVE),
                reconsiderationRequested(CONCLUSIVE_GROUNDS, RECONSIDERATION_ON))
                .when(recordConclusiveGrounds(RECONSIDERATION_ON.plusDays(10), POSITIVE))
                .expectEvents(conclusiveGroundsDecided(RECONSIDERATION_ON.plusDays(10), POSITIVE))
                .expectResultMessagePayload(recordedAs(4));
    }

    @Test
    void aNewDecisionOnTheDayOfTheReconsiderationRequestIsAccepted() {
        given(fixture, referralMade(), POSITIVE_RG, conclusiveGroundsDecided(CG_ON, NEGATIVE),
                reconsiderationRequested(CONCLUSIVE_GROUNDS, RECONSIDERATION_ON))
                .when(recordConclusiveGrounds(RECONSIDERATION_ON, POSITIVE))
                .expectEvents(conclusiveGroundsDecided(RECONSIDERATION_ON, POSITIVE));
    }

    @Test
    void aNewDecisionDatedTheDayBeforeTheReconsiderationRequestIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG, conclusiveGroundsDecided(CG_ON, NEGATIVE),
                reconsiderationRequested(CONCLUSIVE_GROUNDS, RECONSIDERATION_ON))
                .when(recordConclusiveGrounds(RECONSIDERATION_ON.minusDays(1), POSITIVE))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aStateConflictIsReportedBeforeAnImpossibleDate() {
        given(fixture, referralMade(), NEGATIVE_RG)
                .when(recordConclusiveGrounds(RG_ON.minusDays(1), POSITIVE))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }
}
