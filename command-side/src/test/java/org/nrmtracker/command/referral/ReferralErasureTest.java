package org.nrmtracker.command.referral;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.ErasureReason;
import org.nrmtracker.kernel.referral.PersonalDataErased;
import org.nrmtracker.kernel.referral.RecordingMetaData;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralNotFound;

import java.util.Map;

import static org.nrmtracker.command.referral.ReferralTestData.EARLIER;
import static org.nrmtracker.command.referral.ReferralTestData.EXPLOITATION;
import static org.nrmtracker.command.referral.ReferralTestData.FIRST_RESPONDER;
import static org.nrmtracker.command.referral.ReferralTestData.ID;
import static org.nrmtracker.command.referral.ReferralTestData.JURISDICTION;
import static org.nrmtracker.command.referral.ReferralTestData.PERSONAL_DATA;
import static org.nrmtracker.command.referral.ReferralTestData.REFERRED_ON;
import static org.nrmtracker.command.referral.ReferralTestData.SURVIVOR;
import static org.nrmtracker.command.referral.ReferralTestData.TODAY;
import static org.nrmtracker.command.referral.ReferralTestData.fixture;
import static org.nrmtracker.command.referral.ReferralTestData.given;
import static org.nrmtracker.command.referral.ReferralTestData.recordedAs;
import static org.nrmtracker.command.referral.ReferralTestData.referralMade;

/** A referral's personal data is erased once, by its own provider or an administrator (docs/personal-data.md). */
class ReferralErasureTest {

    private static final String OWNER = "provider-a-org";
    private static final String OTHER = "provider-b-org";
    private static final ErasureReason REASON = ErasureReason.DATA_SUBJECT_REQUEST;

    private final FixtureConfiguration<Referral> fixture = fixture();

    @Test
    void theOwnerErasesAndTheErasureIsRecordedWithItsReasonAndDate() {
        given(fixture, madeBy(OWNER, referralMade()))
                .when(new ErasePersonalData(ID, REASON, false), as(OWNER))
                .expectEvents(new PersonalDataErased(ID, TODAY, REASON))
                .expectResultMessagePayload(recordedAs(1));
    }

    @Test
    void aSecondErasureRecordsNothingAndAnswersWithTheFirst() {
        given(fixture, madeBy(OWNER, referralMade()), new PersonalDataErased(ID, REFERRED_ON, REASON))
                .when(new ErasePersonalData(ID, ErasureReason.RECORDED_IN_ERROR, false), as(OWNER))
                .expectNoEvents()
                .expectResultMessagePayload(new RecordedEvent(ID, 1, EARLIER, true));
    }

    @Test
    void anotherOrganisationFindsNoSuchReferral() {
        fixture.given(madeBy(OWNER, referralMade()))
                .when(new ErasePersonalData(ID, REASON, false), as(OTHER))
                .expectNoEvents()
                .expectException(ReferralNotFound.class);
    }

    @Test
    void anAdministratorErasesAnyOrganisationsReferral() {
        fixture.given(madeBy(OWNER, referralMade()))
                .when(new ErasePersonalData(ID, REASON, true), Map.of(RecordingMetaData.RECORDED_BY, "admin"))
                .expectEvents(new PersonalDataErased(ID, TODAY, REASON));
    }

    @Test
    void theSameReferralSentAgainAfterItsKeyIsDestroyedIsStillADuplicate() {
        ReferralId erased = ReferralId.random();
        ReferralMade made = new ReferralMade(erased, REFERRED_ON, JURISDICTION, FIRST_RESPONDER,
                PERSONAL_DATA.sealedForNewReferral(erased, SURVIVOR), EXPLOITATION);
        PERSONAL_DATA.erase(erased);

        fixture.givenCurrentTime(EARLIER)
                .andGiven(new GenericDomainEventMessage<>("Referral", erased.toString(), 0, made,
                        MetaData.with(RecordingMetaData.ORGANISATION, OWNER)),
                        new GenericDomainEventMessage<>("Referral", erased.toString(), 1,
                                new PersonalDataErased(erased, REFERRED_ON, REASON)))
                .when(new MakeReferral(erased, REFERRED_ON, JURISDICTION, FIRST_RESPONDER, SURVIVOR, EXPLOITATION),
                        as(OWNER))
                .expectNoEvents()
                .expectResultMessagePayload(new RecordedEvent(erased, 0, EARLIER, true));
    }

    private static Map<String, ?> as(String organisation) {
        return Map.of(RecordingMetaData.ORGANISATION, organisation);
    }

    private static GenericDomainEventMessage<?> madeBy(String organisation, ReferralMade made) {
        return new GenericDomainEventMessage<>("Referral", ID.toString(), 0, made,
                MetaData.with(RecordingMetaData.ORGANISATION, organisation));
    }
}
