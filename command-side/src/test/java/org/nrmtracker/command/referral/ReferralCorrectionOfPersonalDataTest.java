package org.nrmtracker.command.referral;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.ErasureReason;
import org.nrmtracker.kernel.referral.EventCorrected;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.PersonalDataErased;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.Survivor;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.nrmtracker.command.referral.CorrectionTestData.*;
import static org.nrmtracker.command.referral.ReferralTestData.*;

/**
 * Corrections meet personal data (docs/api.md §2.1, docs/personal-data.md): a corrected reference is recorded only
 * sealed with the referral's key, an erasure is neither corrected nor retracted, and once it is recorded no
 * correction brings a reference back.
 */
class ReferralCorrectionOfPersonalDataTest {

    private static final Survivor CORRECTED = new Survivor("case-0043", AgeAtExploitation.CHILD, Gender.MALE,
            List.of("VNM"));
    private static final PersonalDataErased ERASED = new PersonalDataErased(ID, day(4, 1),
            ErasureReason.DATA_SUBJECT_REQUEST);

    private final FixtureConfiguration<Referral> fixture = fixture();

    private static Replacement referralWith(Survivor survivor) {
        return new Replacement(REFERRED_ON, JURISDICTION, FIRST_RESPONDER, survivor, EXPLOITATION, null, null, null,
                null, null, null, null, null, null);
    }

    @Test
    void aCorrectedSubjectRefIsRecordedSealedWithTheReferralsKey() {
        ReferralMade sealed = new ReferralMade(ID, REFERRED_ON, JURISDICTION, FIRST_RESPONDER,
                PERSONAL_DATA.sealedForNewReferral(ID, CORRECTED), EXPLOITATION);

        given(fixture, referralMade())
                .when(correct(0, referralWith(CORRECTED)))
                .expectEvents(corrected(0, sealed))
                .expectResultMessagePayload(recordedAs(1));
    }

    @Test
    void theSameCorrectedSubjectRefSentAgainIsADuplicate() {
        given(fixture, referralMade(), corrected(0, new ReferralMade(ID, REFERRED_ON, JURISDICTION, FIRST_RESPONDER,
                PERSONAL_DATA.sealedForNewReferral(ID, CORRECTED), EXPLOITATION)))
                .when(correct(0, referralWith(CORRECTED)))
                .expectNoEvents()
                .expectResultMessagePayload(duplicateOf(1));
    }

    @Test
    void anErasureCannotBeRetracted() {
        given(fixture, referralMade(), ERASED)
                .when(retract(1))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class)
                .expectExceptionMessage(containsString("erasure of the referral's personal data"));
    }

    @Test
    void anErasureCannotBeCorrected() {
        given(fixture, referralMade(), ERASED)
                .when(correct(1, withdrawal(day(4, 2))))
                .expectNoEvents()
                .expectException(ReferralStateConflict.class)
                .expectExceptionMessage(containsString("erasure of the referral's personal data"));
    }

    @Test
    void anErasureAfterAWithdrawalBreaksNoRuleOfTheCorrectedHistory() {
        given(fixture, referralMade(), withdrawn(day(3, 20)), ERASED)
                .when(correct(1, withdrawal(day(3, 21))))
                .expectEvents(corrected(1, withdrawn(day(3, 21))));
    }

    /** Even with the key back (a restored backup), nothing is sealed again once the erasure is recorded. */
    @Test
    void afterTheErasureACorrectionKeepsTheErasedReferenceWhateverItGives() {
        ReferralId id = ReferralId.random();
        Survivor recorded = PERSONAL_DATA.sealedForNewReferral(id, SURVIVOR);
        ReferralMade made = new ReferralMade(id, REFERRED_ON, JURISDICTION, FIRST_RESPONDER, recorded, EXPLOITATION);

        fixture.givenCurrentTime(EARLIER)
                .andGiven(new GenericDomainEventMessage<>("Referral", id.toString(), 0, made),
                        new GenericDomainEventMessage<>("Referral", id.toString(), 1,
                                new PersonalDataErased(id, day(4, 1), ErasureReason.DATA_SUBJECT_REQUEST)))
                .andGivenCurrentTime(NOW)
                .when(new CorrectEvent(id, 0, referralWith(CORRECTED), REASON))
                .expectEvents(new EventCorrected(id, 0, new ReferralMade(id, REFERRED_ON, JURISDICTION,
                        FIRST_RESPONDER, CORRECTED.sealedAs(recorded.sealedSubjectRef()), EXPLOITATION), REASON));
    }
}
