package org.nrmtracker.command.referral;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.RecordingMetaData;
import org.nrmtracker.kernel.referral.ReferralNotFound;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.command.referral.ReferralTestData.ID;
import static org.nrmtracker.command.referral.ReferralTestData.day;
import static org.nrmtracker.command.referral.ReferralTestData.fixture;
import static org.nrmtracker.command.referral.ReferralTestData.given;
import static org.nrmtracker.command.referral.ReferralTestData.makeReferral;
import static org.nrmtracker.command.referral.ReferralTestData.recordReasonableGrounds;
import static org.nrmtracker.command.referral.ReferralTestData.recordedAs;
import static org.nrmtracker.command.referral.ReferralTestData.reasonableGroundsDecided;
import static org.nrmtracker.command.referral.ReferralTestData.referralMade;
import static org.nrmtracker.command.referral.ReferralTestData.withdraw;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;

/** A referral belongs to the organisation that made it (docs/api.md §8); to any other it does not exist. */
class ReferralOrganisationTest {

    private static final String OWNER = "provider-a-org";
    private static final String OTHER = "provider-b-org";
    private static final LocalDate RG_ON = day(3, 6);

    private final FixtureConfiguration<Referral> fixture = fixture();

    @Test
    void theOrganisationThatMadeAReferralIsStoredWithItsReferredEvent() {
        fixture.givenNoPriorActivity()
                .when(makeReferral(), as(OWNER))
                .expectEvents(referralMade())
                .expectState(referral -> assertThat(referral).extracting("organisation").isEqualTo(OWNER));
    }

    @Test
    void theOwnerRecordsEvents() {
        given(fixture, madeBy(OWNER))
                .when(recordReasonableGrounds(RG_ON, POSITIVE), as(OWNER))
                .expectEvents(reasonableGroundsDecided(RG_ON, POSITIVE))
                .expectResultMessagePayload(recordedAs(1));
    }

    @Test
    void anotherOrganisationFindsNoSuchReferral() {
        fixture.given(madeBy(OWNER))
                .when(withdraw(day(4, 2)), as(OTHER))
                .expectNoEvents()
                .expectException(ReferralNotFound.class);
    }

    @Test
    void anotherOrganisationIsNotEvenToldOfADuplicate() {
        fixture.given(madeBy(OWNER), reasonableGroundsDecided(RG_ON, POSITIVE))
                .when(recordReasonableGrounds(RG_ON, POSITIVE), as(OTHER))
                .expectNoEvents()
                .expectException(ReferralNotFound.class);
    }

    @Test
    void anotherOrganisationCannotMakeAReferralUnderATakenId() {
        fixture.given(madeBy(OWNER))
                .when(makeReferral(), as(OTHER))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class)
                .expectExceptionMessage("A referral with this id already exists.");
    }

    @Test
    void aReferralMadeBeforeOrganisationsWereRecordedBelongsToNoProvider() {
        fixture.given(referralMade())
                .when(withdraw(day(4, 2)), as(OWNER))
                .expectNoEvents()
                .expectException(ReferralNotFound.class);
    }

    private static Map<String, ?> as(String organisation) {
        return Map.of(RecordingMetaData.ORGANISATION, organisation);
    }

    private static GenericDomainEventMessage<?> madeBy(String organisation) {
        return new GenericDomainEventMessage<>("Referral", ID.toString(), 0, referralMade(),
                MetaData.with(RecordingMetaData.ORGANISATION, organisation));
    }
}
