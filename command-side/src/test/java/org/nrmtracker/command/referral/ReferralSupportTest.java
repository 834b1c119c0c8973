package org.nrmtracker.command.referral;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.nrmtracker.command.referral.ReferralTestData.*;

/** Explicit support periods; the recovery period a positive RG decision opens is in ReferralRecoveryPeriodTest. */
class ReferralSupportTest {

    private static final LocalDate STARTED_ON = day(3, 4);
    private static final LocalDate ENDED_ON = day(4, 15);

    private final FixtureConfiguration<Referral> fixture = fixture();

    @Test
    void aSupportPeriodStarts() {
        given(fixture, referralMade())
                .when(startSupport(STARTED_ON))
                .expectEvents(supportStarted(STARTED_ON))
                .expectResultMessagePayload(recordedAs(1));
    }

    @Test
    void aSupportPeriodStartingOnTheDayOfTheReferralIsAccepted() {
        given(fixture, referralMade())
                .when(startSupport(REFERRED_ON))
                .expectEvents(supportStarted(REFERRED_ON));
    }

    @Test
    void aSupportPeriodStartingTheDayBeforeTheReferralIsRefused() {
        given(fixture, referralMade())
                .when(startSupport(REFERRED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aSupportPeriodStartingTodayIsAccepted() {
        given(fixture, referralMade())
                .when(startSupport(TODAY))
                .expectEvents(supportStarted(TODAY));
    }

    @Test
    void aSupportPeriodStartingTomorrowIsRefused() {
        given(fixture, referralMade())
                .when(startSupport(TOMORROW))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aSecondStartWhileAPeriodIsOpenIsRefused() {
        given(fixture, referralMade(), supportStarted(STARTED_ON))
                .when(startSupport(STARTED_ON.plusDays(1)))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void anOpenPeriodEnds() {
        given(fixture, referralMade(), supportStarted(STARTED_ON))
                .when(endSupport(ENDED_ON))
                .expectEvents(supportEnded(ENDED_ON))
                .expectResultMessagePayload(recordedAs(2));
    }

    @Test
    void anEndWithoutAnOpenPeriodIsRefused() {
        given(fixture, referralMade())
                .when(endSupport(ENDED_ON))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void anEndAfterThePeriodEndedIsRefused() {
        given(fixture, referralMade(), supportStarted(STARTED_ON), supportEnded(ENDED_ON))
                .when(endSupport(ENDED_ON.plusDays(1)))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void anEndOnTheDayThePeriodStartedIsAccepted() {
        given(fixture, referralMade(), supportStarted(STARTED_ON))
                .when(endSupport(STARTED_ON))
                .expectEvents(supportEnded(STARTED_ON));
    }

    @Test
    void anEndDatedTheDayBeforeThePeriodStartedIsRefused() {
        given(fixture, referralMade(), supportStarted(STARTED_ON))
                .when(endSupport(STARTED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void anEndDatedTodayIsAccepted() {
        given(fixture, referralMade(), supportStarted(STARTED_ON))
                .when(endSupport(TODAY))
                .expectEvents(supportEnded(TODAY));
    }

    @Test
    void anEndDatedTomorrowIsRefused() {
        given(fixture, referralMade(), supportStarted(STARTED_ON))
                .when(endSupport(TOMORROW))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aNewPeriodStartsAfterTheLastOneEnded() {
        given(fixture, referralMade(), supportStarted(STARTED_ON), supportEnded(ENDED_ON))
                .when(startSupport(ENDED_ON.plusDays(10)))
                .expectEvents(supportStarted(ENDED_ON.plusDays(10)))
                .expectResultMessagePayload(recordedAs(3));
    }

    @Test
    void aNewPeriodStartingOnTheDayTheLastOneEndedIsAccepted() {
        given(fixture, referralMade(), supportStarted(STARTED_ON), supportEnded(ENDED_ON))
                .when(startSupport(ENDED_ON))
                .expectEvents(supportStarted(ENDED_ON));
    }

    @Test
    void aNewPeriodStartingTheDayBeforeTheLastOneEndedIsRefused() {
        given(fixture, referralMade(), supportStarted(STARTED_ON), supportEnded(ENDED_ON))
                .when(startSupport(ENDED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aStateConflictIsReportedBeforeAnImpossibleDate() {
        given(fixture, referralMade(), supportStarted(STARTED_ON))
                .when(startSupport(TOMORROW))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }
}
