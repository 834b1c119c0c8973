package org.nrmtracker.command.referral;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.nrmtracker.command.referral.ReferralTestData.*;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS;

/**
 * Where no SUPPORT_STARTED was recorded before it, the positive reasonable-grounds decision opens a support
 * period implicitly (the recovery period): SUPPORT_ENDED can close it, SUPPORT_STARTED must wait until it has.
 */
class ReferralRecoveryPeriodTest {

    private static final LocalDate RG_ON = day(3, 6);
    private static final LocalDate ENDED_ON = day(4, 20);

    private final FixtureConfiguration<Referral> fixture = fixture();

    @Test
    void aPositiveReasonableGroundsDecisionOpensAPeriodThatAnEndCloses() {
        given(fixture, referralMade(), reasonableGroundsDecided(RG_ON, POSITIVE))
                .when(endSupport(ENDED_ON))
                .expectEvents(supportEnded(ENDED_ON))
                .expectResultMessagePayload(recordedAs(2));
    }

    @Test
    void aStartWhileTheRecoveryPeriodIsOpenIsRefused() {
        given(fixture, referralMade(), reasonableGroundsDecided(RG_ON, POSITIVE))
                .when(startSupport(RG_ON.plusDays(1)))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void theRecoveryPeriodEndingOnTheDayOfTheDecisionIsAccepted() {
        given(fixture, referralMade(), reasonableGroundsDecided(RG_ON, POSITIVE))
                .when(endSupport(RG_ON))
                .expectEvents(supportEnded(RG_ON));
    }

    @Test
    void theRecoveryPeriodEndingTheDayBeforeTheDecisionIsRefused() {
        given(fixture, referralMade(), reasonableGroundsDecided(RG_ON, POSITIVE))
                .when(endSupport(RG_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aNewPeriodStartsAfterTheRecoveryPeriodEnded() {
        given(fixture, referralMade(), reasonableGroundsDecided(RG_ON, POSITIVE), supportEnded(ENDED_ON))
                .when(startSupport(ENDED_ON.plusDays(1)))
                .expectEvents(supportStarted(ENDED_ON.plusDays(1)));
    }

    @Test
    void aNegativeReasonableGroundsDecisionOpensNoPeriod() {
        given(fixture, referralMade(), reasonableGroundsDecided(RG_ON, NEGATIVE))
                .when(endSupport(ENDED_ON))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aPositiveDecisionAfterAReconsideredNegativeOneOpensTheRecoveryPeriodOnItsOwnDate() {
        LocalDate positiveOn = day(4, 1);
        given(fixture, referralMade(), reasonableGroundsDecided(RG_ON, NEGATIVE),
                reconsiderationRequested(REASONABLE_GROUNDS, RG_ON.plusDays(3)),
                reasonableGroundsDecided(positiveOn, POSITIVE))
                .when(endSupport(positiveOn.minusDays(1)))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aPositiveDecisionOpensNoPeriodWhenSupportWasStartedBefore() {
        given(fixture, referralMade(), supportStarted(REFERRED_ON), supportEnded(RG_ON.minusDays(1)),
                reasonableGroundsDecided(RG_ON, POSITIVE))
                .when(endSupport(ENDED_ON))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aPositiveDecisionLeavesAnAlreadyOpenPeriodAsItIs() {
        // the open period still began on the referral day, so it may end before the decision
        given(fixture, referralMade(), supportStarted(REFERRED_ON), reasonableGroundsDecided(RG_ON, POSITIVE))
                .when(endSupport(RG_ON.minusDays(1)))
                .expectEvents(supportEnded(RG_ON.minusDays(1)));
    }
}
