package org.nrmtracker.command.referral;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;

import java.time.LocalDate;
import java.util.stream.Stream;

import static org.nrmtracker.command.referral.ReferralTestData.*;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS;

class ReferralWithdrawalTest {

    private static final LocalDate RG_ON = day(3, 6);
    private static final LocalDate WITHDRAWN_ON = day(4, 2);
    private static final ReasonableGroundsDecisionRecorded POSITIVE_RG = reasonableGroundsDecided(RG_ON, POSITIVE);
    private static final ReasonableGroundsDecisionRecorded NEGATIVE_RG = reasonableGroundsDecided(RG_ON, NEGATIVE);

    private final FixtureConfiguration<Referral> fixture = fixture();

    @Test
    void aReferralAwaitingItsReasonableGroundsDecisionIsWithdrawn() {
        given(fixture, referralMade())
                .when(withdraw(WITHDRAWN_ON))
                .expectEvents(withdrawn(WITHDRAWN_ON))
                .expectResultMessagePayload(recordedAs(1));
    }

    @Test
    void aReferralAwaitingItsConclusiveGroundsDecisionIsWithdrawn() {
        given(fixture, referralMade(), POSITIVE_RG)
                .when(withdraw(WITHDRAWN_ON))
                .expectEvents(withdrawn(WITHDRAWN_ON));
    }

    @Test
    void aReferralWithANegativeReasonableGroundsDecisionIsWithdrawn() {
        given(fixture, referralMade(), NEGATIVE_RG)
                .when(withdraw(WITHDRAWN_ON))
                .expectEvents(withdrawn(WITHDRAWN_ON));
    }

    @Test
    void aWithdrawalAfterAConclusiveGroundsDecisionIsRefused() {
        given(fixture, referralMade(), POSITIVE_RG, conclusiveGroundsDecided(day(3, 20), NEGATIVE))
                .when(withdraw(WITHDRAWN_ON))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aSecondWithdrawalIsRefused() {
        given(fixture, referralMade(), withdrawn(WITHDRAWN_ON))
                .when(withdraw(WITHDRAWN_ON.plusDays(1)))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aWithdrawalOnTheDayOfTheReferralIsAccepted() {
        given(fixture, referralMade())
                .when(withdraw(REFERRED_ON))
                .expectEvents(withdrawn(REFERRED_ON));
    }

    @Test
    void aWithdrawalDatedTheDayBeforeTheReferralIsRefused() {
        given(fixture, referralMade())
                .when(withdraw(REFERRED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aWithdrawalDatedTodayIsAccepted() {
        given(fixture, referralMade())
                .when(withdraw(TODAY))
                .expectEvents(withdrawn(TODAY));
    }

    @Test
    void aWithdrawalDatedTomorrowIsRefused() {
        given(fixture, referralMade())
                .when(withdraw(TOMORROW))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    static Stream<Object> everyOtherEvent() {
        return Stream.of(
                recordReasonableGrounds(WITHDRAWN_ON, POSITIVE),
                recordConclusiveGrounds(WITHDRAWN_ON, POSITIVE),
                requestReconsideration(REASONABLE_GROUNDS, WITHDRAWN_ON),
                startSupport(WITHDRAWN_ON),
                endSupport(WITHDRAWN_ON),
                // a conflict, not an impossible date, even when dated in the future
                recordReasonableGrounds(TOMORROW, POSITIVE));
    }

    @ParameterizedTest(name = "{0} is refused after withdrawal")
    @MethodSource("everyOtherEvent")
    void afterWithdrawalEveryEventIsRefused(Object command) {
        // RG negative and support open, so that only the withdrawal stands in the way
        given(fixture, referralMade(), NEGATIVE_RG, supportStarted(RG_ON),
                reconsiderationRequested(REASONABLE_GROUNDS, RG_ON.plusDays(1)), withdrawn(WITHDRAWN_ON))
                .when(command)
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }
}
