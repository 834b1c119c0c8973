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

class ReferralReconsiderationTest {

    private static final LocalDate RG_ON = day(3, 6);
    private static final LocalDate CG_ON = day(5, 10);
    private static final ReasonableGroundsDecisionRecorded POSITIVE_RG = reasonableGroundsDecided(RG_ON, POSITIVE);
    private static final ReasonableGroundsDecisionRecorded NEGATIVE_RG = reasonableGroundsDecided(RG_ON, NEGATIVE);

    private final FixtureConfiguration<Referral> fixture = fixture();

    @Test
    void aReconsiderationOfANegativeReasonableGroundsDecisionIsRecorded() {
        given(fixture, referralMade(), NEGATIVE_RG)
                .when(requestReconsideration(REASONABLE_GROUNDS, RG_ON.plusDays(3)))
                .expectEvents(reconsiderationRequested(REASONABLE_GROUNDS, RG_ON.plusDays(3)))
                .expectResultMessagePayload(recordedAs(2));
    }

    @Test
    void aReconsiderationWithoutAnyReasonableGroundsDecisionIsRefused() {
        given(fixture, referralMade())
                .when(requestReconsideration(REASONABLE_GROUNDS, RG_ON))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aReconsiderationOfAPositiveReasonableGroundsDecisionIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(requestReconsideration(REASONABLE_GROUNDS, RG_ON.plusDays(3)))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void onlyTheLatestDecisionCanBeReconsideredNotTheNegativeOneItSuperseded() {
        given(fixture, referralMade(), NEGATIVE_RG,
                reconsiderationRequested(REASONABLE_GROUNDS, RG_ON.plusDays(3)),
                reasonableGroundsDecided(RG_ON.plusDays(20), POSITIVE))
                .when(requestReconsideration(REASONABLE_GROUNDS, RG_ON.plusDays(25)))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aReconsiderationOnTheDayOfTheDecisionIsAccepted() {
        given(fixture, referralMade(), NEGATIVE_RG)
                .when(requestReconsideration(REASONABLE_GROUNDS, RG_ON))
                .expectEvents(reconsiderationRequested(REASONABLE_GROUNDS, RG_ON));
    }

    @Test
    void aReconsiderationDatedTheDayBeforeTheDecisionIsRefused() {
        given(fixture, referralMade(), NEGATIVE_RG)
                .when(requestReconsideration(REASONABLE_GROUNDS, RG_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aReconsiderationDatedTodayIsAccepted() {
        given(fixture, referralMade(), NEGATIVE_RG)
                .when(requestReconsideration(REASONABLE_GROUNDS, TODAY))
                .expectEvents(reconsiderationRequested(REASONABLE_GROUNDS, TODAY));
    }

    @Test
    void aReconsiderationDatedTomorrowIsRefused() {
        given(fixture, referralMade(), NEGATIVE_RG)
                .when(requestReconsideration(REASONABLE_GROUNDS, TOMORROW))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aSecondRequestForTheSameNegativeDecisionIsAccepted() {
        given(fixture, referralMade(), NEGATIVE_RG,
                reconsiderationRequested(REASONABLE_GROUNDS, RG_ON.plusDays(3)))
                .when(requestReconsideration(REASONABLE_GROUNDS, RG_ON.plusDays(9)))
                .expectEvents(reconsiderationRequested(REASONABLE_GROUNDS, RG_ON.plusDays(9)));
    }

    @Test
    void aReconsiderationOfANegativeConclusiveGroundsDecisionIsRecorded() {
        given(fixture, referralMade(), POSITIVE_RG, conclusiveGroundsDecided(CG_ON, NEGATIVE))
                .when(requestReconsideration(CONCLUSIVE_GROUNDS, CG_ON.plusDays(3)))
                .expectEvents(reconsiderationRequested(CONCLUSIVE_GROUNDS, CG_ON.plusDays(3)))
                .expectResultMessagePayload(recordedAs(3));
    }

    @Test
    void aReconsiderationWithoutAnyConclusiveGroundsDecisionIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(requestReconsideration(CONCLUSIVE_GROUNDS, CG_ON))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aReconsiderationOfAPositiveConclusiveGroundsDecisionIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG, conclusiveGroundsDecided(CG_ON, POSITIVE))
                .when(requestReconsideration(CONCLUSIVE_GROUNDS, CG_ON.plusDays(3)))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aConclusiveGroundsReconsiderationOnTheDayOfTheDecisionIsAccepted() {
        given(fixture, referralMade(), POSITIVE_RG, conclusiveGroundsDecided(CG_ON, NEGATIVE))
                .when(requestReconsideration(CONCLUSIVE_GROUNDS, CG_ON))
                .expectEvents(reconsiderationRequested(CONCLUSIVE_GROUNDS, CG_ON));
    }

    @Test
    void aConclusiveGroundsReconsiderationDatedTheDayBeforeTheDecisionIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG, conclusiveGroundsDecided(CG_ON, NEGATIVE))
                .when(requestReconsideration(CONCLUSIVE_GROUNDS, CG_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aConclusiveGroundsReconsiderationDatedTomorrowIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG, conclusiveGroundsDecided(CG_ON, NEGATIVE))
                .when(requestReconsideration(CONCLUSIVE_GROUNDS, TOMORROW))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aStateConflictIsReportedBeforeAnImpossibleDate() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(requestReconsideration(REASONABLE_GROUNDS, RG_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }
}
