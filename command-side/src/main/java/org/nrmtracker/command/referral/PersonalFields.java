package org.nrmtracker.command.referral;

import org.nrmtracker.kernel.personaldata.PersonalData;
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

    private static ReferralMade made(MakeReferral command, Survivor sealed) {
        return new ReferralMade(command.referralId(), command.referredOn(), command.jurisdiction(),
                command.firstResponder(), sealed, command.exploitation());
    }

    private PersonalFields() {
    }
}
