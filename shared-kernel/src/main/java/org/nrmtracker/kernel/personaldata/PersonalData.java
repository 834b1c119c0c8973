package org.nrmtracker.kernel.personaldata;

import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.SealedText;
import org.nrmtracker.kernel.referral.Survivor;

import java.util.Optional;

/**
 * The one home of sealing and opening a referral's personal fields (docs/personal-data.md): today
 * {@code survivor.subjectRef}. The command side seals what it records; only the query side opens, and only for
 * the referral's own provider.
 */
public final class PersonalData {

    /** The field name bound into a sealed {@code subjectRef}. */
    static final String SUBJECT_REF = "survivor.subjectRef";

    private final DataKeys keys;

    public PersonalData(DataKeys keys) {
        this.keys = keys;
    }

    /** The survivor as it may be recorded for a new referral: its reference sealed with a key made for it. */
    public Survivor sealedForNewReferral(ReferralId referralId, Survivor survivor) {
        if (!survivor.holdsPersonalDataInClear()) {
            return survivor;
        }
        return survivor.sealedAs(keys.findOrCreate(referralId).seal(SUBJECT_REF, survivor.subjectRef()));
    }

    /**
     * The survivor sealed with the referral's existing key, to compare with what is recorded; empty when the
     * referral has no key any more (erased), so personal fields can no longer be compared.
     */
    public Optional<Survivor> sealedForExistingReferral(ReferralId referralId, Survivor survivor) {
        if (!survivor.holdsPersonalDataInClear()) {
            return Optional.of(survivor);
        }
        return keys.find(referralId).map(key -> survivor.sealedAs(key.seal(SUBJECT_REF, survivor.subjectRef())));
    }

    /** The reference in clear; empty when there is none or the referral's key was destroyed. */
    public Optional<String> subjectRef(ReferralId referralId, SealedText sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        return keys.find(referralId).map(key -> key.open(SUBJECT_REF, sealed));
    }

    /** Erases the referral's personal data: its key is destroyed. Idempotent. */
    public boolean erase(ReferralId referralId) {
        return keys.destroy(referralId);
    }

    public DataKeys keys() {
        return keys;
    }
}
