package org.nrmtracker.command.referral;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.Jurisdiction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.nrmtracker.command.referral.ReferralTestData.*;

class ReferralMakingTest {

    private static final LocalDate NRM_STARTED_ON = LocalDate.of(2009, 4, 1);
    private static final MakeReferral THE_SAME_ID_IN_SCOTLAND =
            new MakeReferral(ID, REFERRED_ON, Jurisdiction.SCOTLAND, FIRST_RESPONDER, SURVIVOR, EXPLOITATION);

    private final FixtureConfiguration<Referral> fixture = fixture();

    @Test
    void aNewReferralIsRecordedAsTheFirstEventOfItsStream() {
        fixture.givenCurrentTime(NOW)
                .when(makeReferral())
                .expectSuccessfulHandlerExecution()
                .expectEvents(referralMade())
                .expectResultMessagePayload(recordedAs(0));
    }

    @Test
    void theSameReferralMadeAgainIsAcknowledgedAsADuplicate() {
        given(fixture, referralMade())
                .when(makeReferral())
                .expectNoEvents()
                .expectResultMessagePayload(duplicateOf(0));
    }

    @Test
    void aReferralWithTheSameIdButOtherDetailsIsRefused() {
        given(fixture, referralMade())
                .when(THE_SAME_ID_IN_SCOTLAND)
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aReferralWithTheSameIdButAnotherDateIsRefusedAsAConflictBeforeItsDateIsChecked() {
        given(fixture, referralMade())
                .when(makeReferral(TOMORROW))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class);
    }

    @Test
    void aRefusalNeverEchoesTheSubjectReference() {
        given(fixture, referralMade())
                .when(THE_SAME_ID_IN_SCOTLAND)
                .expectExceptionMessage(not(containsString(SUBJECT_REF)));
    }

    @Test
    void aReferralMadeOnTheDayTheNrmBeganIsAccepted() {
        fixture.givenCurrentTime(NOW)
                .when(makeReferral(NRM_STARTED_ON))
                .expectEvents(referralMade(NRM_STARTED_ON));
    }

    @Test
    void aReferralDatedBeforeTheNrmBeganIsRefused() {
        fixture.givenNoPriorActivity()
                .when(makeReferral(NRM_STARTED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void aReferralMadeTodayIsAccepted() {
        fixture.givenCurrentTime(NOW)
                .when(makeReferral(TODAY))
                .expectEvents(referralMade(TODAY));
    }

    @Test
    void aReferralDatedTomorrowIsRefused() {
        fixture.givenNoPriorActivity()
                .when(makeReferral(TOMORROW))
                .expectNoEvents()
                .expectException(ImpossibleReferralDates.class);
    }

    @Test
    void todayIsTheDateInLondonNotInUtc() {
        // 23:30 UTC on 27 June is already 00:30 on 28 June in London (BST)
        Clock justAfterMidnightInLondon = Clock.fixed(Instant.parse("2024-06-27T23:30:00Z"), LONDON);
        fixture(justAfterMidnightInLondon).givenNoPriorActivity()
                .when(makeReferral(TODAY))
                .expectEvents(referralMade(TODAY));
    }
}
