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
import static org.nrmtracker.kernel.referral.DecisionStage.CONCLUSIVE_GROUNDS;
import static org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS;

/**
 * Every rule of docs/api.md §2 holds for the corrected history as if it had been posted that way: a correction or
 * retraction that would break one is refused, naming the event and the rule, and nothing is recorded.
 */
class CorrectedHistoryRulesTest {

    private static final LocalDate RG_ON = day(3, 6);
    private static final LocalDate CG_ON = day(5, 10);
    private static final ReasonableGroundsDecisionRecorded POSITIVE_RG = reasonableGroundsDecided(RG_ON, POSITIVE);
    private static final ReasonableGroundsDecisionRecorded NEGATIVE_RG = reasonableGroundsDecided(RG_ON, NEGATIVE);

    private final FixtureConfiguration<Referral> fixture = fixture();

    // no date after today or before the referral

    @Test
    void aDateCorrectedIntoTheFutureIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(correct(1, decision(TOMORROW, POSITIVE)))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class)
                .expectExceptionMessage(containsString("sequence 1 (REASONABLE_GROUNDS_DECISION) would break a rule"));
    }

    @Test
    void aDateCorrectedToBeforeTheReferralIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(correct(1, decision(REFERRED_ON.minusDays(1), POSITIVE)))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aReferralDateCorrectedToAfterItsEventsIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(correct(0, referral(RG_ON.plusDays(1))))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class)
                .expectExceptionMessage(containsString("sequence 1"));
    }

    @Test
    void aReferralDateCorrectedToBeforeTheNrmBeganIsRefused() {
        given(fixture, referralMade())
                .when(correct(0, referral(ReferralDates.NRM_STARTED_ON.minusDays(1))))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    // one decision a stage unless reconsidered; its date not before the request

    @Test
    void retractingTheReconsiderationASecondDecisionNeededIsRefused() {
        given(fixture, referralMade(), NEGATIVE_RG, reconsiderationRequested(REASONABLE_GROUNDS, day(3, 20)),
                reasonableGroundsDecided(day(4, 1), POSITIVE))
                .when(retract(2))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class)
                .expectExceptionMessage(containsString("sequence 3 (REASONABLE_GROUNDS_DECISION)"));
    }

    @Test
    void aReconsiderationCorrectedToAfterTheDecisionItLedToIsRefused() {
        given(fixture, referralMade(), NEGATIVE_RG, reconsiderationRequested(REASONABLE_GROUNDS, day(3, 20)),
                reasonableGroundsDecided(day(4, 1), POSITIVE))
                .when(correct(2, reconsideration(REASONABLE_GROUNDS, day(4, 2))))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aReconsideredDecisionCorrectedToPositiveIsRefusedAsOnlyANegativeOneIsReconsidered() {
        given(fixture, referralMade(), NEGATIVE_RG, reconsiderationRequested(REASONABLE_GROUNDS, day(3, 20)),
                reasonableGroundsDecided(day(4, 1), POSITIVE))
                .when(correct(1, decision(RG_ON, POSITIVE)))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aReconsiderationCorrectedToBeforeTheDecisionItChallengesIsRefused() {
        given(fixture, referralMade(), NEGATIVE_RG, reconsiderationRequested(REASONABLE_GROUNDS, day(3, 20)))
                .when(correct(2, reconsideration(REASONABLE_GROUNDS, day(3, 5))))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aReconsiderationCorrectedToAStageWithoutADecisionIsRefused() {
        given(fixture, referralMade(), NEGATIVE_RG, reconsiderationRequested(REASONABLE_GROUNDS, day(3, 20)))
                .when(correct(2, reconsideration(CONCLUSIVE_GROUNDS, day(3, 20))))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    // a conclusive decision needs a positive reasonable-grounds one, and is not dated before it

    @Test
    void theReasonableGroundsDecisionOfAConclusiveOneCorrectedToNegativeIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG, conclusiveGroundsDecided(CG_ON, POSITIVE))
                .when(correct(1, decision(RG_ON, NEGATIVE)))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class)
                .expectExceptionMessage(containsString("sequence 2 (CONCLUSIVE_GROUNDS_DECISION)"));
    }

    @Test
    void theReasonableGroundsDecisionOfAConclusiveOneRetractedIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG, conclusiveGroundsDecided(CG_ON, POSITIVE))
                .when(retract(1))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aReasonableGroundsDateCorrectedToAfterTheConclusiveDecisionIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG, conclusiveGroundsDecided(CG_ON, POSITIVE))
                .when(correct(1, decision(CG_ON.plusDays(1), POSITIVE)))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aConclusiveDateCorrectedWithinTheRulesIsAccepted() {
        given(fixture, referralMade(), POSITIVE_RG, conclusiveGroundsDecided(CG_ON, POSITIVE))
                .when(correct(2, decision(RG_ON, NEGATIVE)))
                .expectEvents(corrected(2, conclusiveGroundsDecided(RG_ON, NEGATIVE)));
    }

    // support: one open period at a time, in order

    @Test
    void retractingTheEndOfAPeriodBeforeTheNextStartIsRefused() {
        given(fixture, referralMade(), supportStarted(day(3, 2)), supportEnded(day(3, 10)),
                supportStarted(day(3, 20)))
                .when(retract(2))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class)
                .expectExceptionMessage(containsString("sequence 3 (SUPPORT_STARTED)"));
    }

    @Test
    void aPeriodEndCorrectedToAfterTheNextStartIsRefused() {
        given(fixture, referralMade(), supportStarted(day(3, 2)), supportEnded(day(3, 10)),
                supportStarted(day(3, 20)))
                .when(correct(2, supportEnd(day(3, 21))))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aPeriodEndCorrectedToBeforeItsStartIsRefused() {
        given(fixture, referralMade(), supportStarted(day(3, 5)), supportEnded(day(3, 10)))
                .when(correct(2, supportEnd(day(3, 4))))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void retractingTheOnlyStartOfAnEndedPeriodIsRefused() {
        given(fixture, referralMade(), supportStarted(day(3, 2)), supportEnded(day(3, 10)))
                .when(retract(1))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void retractingTheEndOfTheRecoveryPeriodBeforeAStartIsRefused() {
        // the positive decision opened support implicitly; the start was accepted only because that period ended
        given(fixture, referralMade(), POSITIVE_RG, supportEnded(day(3, 10)), supportStarted(day(3, 20)))
                .when(retract(2))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    // withdrawal: not after a conclusive decision

    @Test
    void aWithdrawalDateCorrectedToBeforeTheDecisionIsAccepted() {
        given(fixture, referralMade(), POSITIVE_RG, withdrawn(day(4, 2)))
                .when(correct(2, withdrawal(RG_ON.minusDays(2))))
                .expectEvents(corrected(2, withdrawn(RG_ON.minusDays(2))));
    }

    @Test
    void aWithdrawalCorrectedToBeforeTheReferralIsRefused() {
        given(fixture, referralMade(), withdrawn(day(4, 2)))
                .when(correct(1, withdrawal(REFERRED_ON.minusDays(1))))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }
}
