package org.nrmtracker.command.referral;

import org.nrmtracker.kernel.personaldata.PersonalData;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.Survivor;

/**
 * The {@link ReferralMade} a {@link MakeReferral} stands for, its personal fields sealed with the referral's own key
 * (docs/personal-data.md): the event as it is recorded, and as it is compared with the recorded one to acknowledge
 * a referral sent again.
 */
final class PersonalFields {

    /** A new referral's event: its key is made here, once the rules have passed. */
    static ReferralMade ofNewReferral(MakeReferral command, PersonalData personalData) {
        return made(command, personalData.sealedForNewReferral(command.referralId(), command.survivor()));
    }

    /**
     * The event to compare with {@code recorded}. Once the referral's key is destroyed its personal fields can no
     * longer be compared, so they are taken as recorded: the rest must still match.
     */
    static ReferralMade ofRecordedReferral(MakeReferral command, ReferralMade recorded, PersonalData personalData) {
        Survivor survivor = personalData.sealedForExistingReferral(command.referralId(), command.survivor())
                .orElseGet(() -> command.survivor().sealedAs(recorded.survivor().sealedSubjectRef()));
        return made(command, survivor);
    }

    /**
     * A correction's replacement as it is recorded: a {@code REFERRED}'s survivor sealed with the referral's key, as
     * the referral itself is. Once the erasure is recorded nothing is sealed again for the referral (its key may even
     * have come back with a restored backup): the reference stays as it stands, sealed with the destroyed key, so the
     * erasure stays in effect whatever the correction gives.
     */
    static ReferralEvent ofReplacement(ReferralEvent replacement, ReferralEvent asItStands, boolean erased,
                                       PersonalData personalData) {
        if (!(replacement instanceof ReferralMade corrected) || !corrected.survivor().holdsPersonalDataInClear()) {
            return replacement;
        }
        Survivor given = corrected.survivor();
        Survivor sealed = erased
                ? given.sealedAs(((ReferralMade) asItStands).survivor().sealedSubjectRef())
                // the referral's key; a referral made before references were sealed gets its key now
                : personalData.sealedForNewReferral(corrected.referralId(), given);
        return new ReferralMade(corrected.referralId(), corrected.referredOn(), corrected.jurisdiction(),
                corrected.firstResponder(), sealed, corrected.exploitation());
    }

    private static ReferralMade made(MakeReferral command, Survivor sealed) {
        return new ReferralMade(command.referralId(), command.referredOn(), command.jurisdiction(),
                command.firstResponder(), sealed, command.exploitation());
    }

    private PersonalFields() {
    }
}
