package org.nrmtracker.kernel.personaldata;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.eventstore.EmbeddedMongo;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.Survivor;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sealing, opening, erasing and rotating the keys of docs/personal-data.md, on the embedded server. */
class PersonalDataTest {

    private static final String SUBJECT_REF = "case-zq-7731-personal";
    private static final Survivor IN_CLEAR = new Survivor(SUBJECT_REF, AgeAtExploitation.ADULT, Gender.FEMALE,
            List.of("ALB"));
    private static final String OLD = MasterKeys.newEntry("2025-a");
    private static final String NEW = MasterKeys.newEntry("2026-b");

    private final EmbeddedMongo mongo = EmbeddedMongo.inMemory();

    @AfterEach
    void close() {
        mongo.close();
    }

    private PersonalData with(String masterKeys) {
        return new PersonalData(new DataKeys(mongo.database(), MasterKeys.parse(masterKeys), Clock.systemUTC()));
    }

    @Test
    void aSealedReferenceOpensForItsReferralAndIsTheSameTokenWhenSealedAgain() {
        PersonalData personalData = with(OLD);
        ReferralId id = ReferralId.random();

        Survivor sealed = personalData.sealedForNewReferral(id, IN_CLEAR);

        assertThat(sealed.subjectRef()).isNull();
        assertThat(sealed.sealedSubjectRef().token()).doesNotContain(SUBJECT_REF).startsWith("sealed:v1:");
        assertThat(personalData.subjectRef(id, sealed.sealedSubjectRef())).contains(SUBJECT_REF);
        assertThat(personalData.sealedForExistingReferral(id, IN_CLEAR)).contains(sealed);
        assertThat(personalData.sealedForNewReferral(ReferralId.random(), IN_CLEAR)).isNotEqualTo(sealed);
    }

    @Test
    void aReferralSealedAsNewAgainKeepsItsFirstKey() {
        PersonalData personalData = with(OLD);
        ReferralId id = ReferralId.random();
        Survivor first = personalData.sealedForNewReferral(id, IN_CLEAR);

        // a second request making the same referral: its key is the stored one, never a second
        assertThat(personalData.sealedForNewReferral(id, IN_CLEAR)).isEqualTo(first);
        assertThat(mongo.database().getCollection(DataKeys.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void aTokenCopiedToAnotherReferralDoesNotOpen() {
        PersonalData personalData = with(OLD);
        ReferralId id = ReferralId.random();
        ReferralId other = ReferralId.random();
        Survivor sealed = personalData.sealedForNewReferral(id, IN_CLEAR);
        personalData.sealedForNewReferral(other, IN_CLEAR);

        assertThatThrownBy(() -> personalData.subjectRef(other, sealed.sealedSubjectRef()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anErasedReferralsReferenceNeverOpensAgainNorIsItsKeyRemade() {
        PersonalData personalData = with(OLD);
        ReferralId id = ReferralId.random();
        Survivor sealed = personalData.sealedForNewReferral(id, IN_CLEAR);

        assertThat(personalData.erase(id)).isTrue();

        assertThat(personalData.subjectRef(id, sealed.sealedSubjectRef())).isEmpty();
        assertThat(personalData.sealedForExistingReferral(id, IN_CLEAR)).isEmpty();
        assertThat(personalData.erase(id)).isFalse();
        assertThat(mongo.database().getCollection(DataKeys.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void aRotatedMasterKeyCanBeRemovedOnceEveryKeyIsRewrapped() {
        ReferralId id = ReferralId.random();
        Survivor sealed = with(OLD).sealedForNewReferral(id, IN_CLEAR);

        PersonalData withNewFirst = with(NEW + "," + OLD);
        assertThat(withNewFirst.subjectRef(id, sealed.sealedSubjectRef())).contains(SUBJECT_REF);
        assertThatThrownBy(() -> with(NEW).subjectRef(id, sealed.sealedSubjectRef()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2025-a");

        assertThat(withNewFirst.keys().rewrap()).isEqualTo(new DataKeys.Rewrapped(1, true));
        assertThat(withNewFirst.keys().rewrap()).isEqualTo(new DataKeys.Rewrapped(0, true));

        assertThat(with(NEW).subjectRef(id, sealed.sealedSubjectRef())).contains(SUBJECT_REF);
        assertThatThrownBy(() -> with(OLD).subjectRef(id, sealed.sealedSubjectRef()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void moreKeysThanOnePageAreAllRewrappedAndOpenWithTheNewMasterKeyAlone() {
        PersonalData old = with(OLD);
        Map<ReferralId, Survivor> sealed = new LinkedHashMap<>();
        for (int n = 0; n < DataKeys.REWRAP_BATCH * 2 + 500; n++) {
            ReferralId id = ReferralId.random();
            sealed.put(id, old.sealedForNewReferral(id, IN_CLEAR));
        }
        ReferralId erased = sealed.keySet().iterator().next();
        old.erase(erased);

        assertThat(with(NEW + "," + OLD).keys().rewrap()).isEqualTo(new DataKeys.Rewrapped(sealed.size() - 1, true));

        PersonalData rotated = with(NEW);
        sealed.forEach((id, survivor) -> assertThat(rotated.subjectRef(id, survivor.sealedSubjectRef()))
                .isEqualTo(id.equals(erased) ? Optional.empty() : Optional.of(SUBJECT_REF)));
        assertThat(mongo.database().getCollection(DataKeys.COLLECTION).countDocuments()).isEqualTo(sealed.size() - 1);
    }

    @Test
    void masterKeysNeedAnIdAndThirtyTwoBytesAndAreNeverShown() {
        assertThatThrownBy(() -> MasterKeys.parse("")).hasMessageContaining("No master key");
        assertThatThrownBy(() -> MasterKeys.parse("AAAA")).hasMessageContaining("needs an id");
        assertThatThrownBy(() -> MasterKeys.parse("k:AAAA")).hasMessageContaining("32 bytes");
        MasterKeys keys = MasterKeys.parse("# rotated 2026\n" + NEW + "\n" + OLD);
        assertThat(keys.currentId()).isEqualTo("2026-b");
        assertThat(keys.toString()).doesNotContain(NEW.substring(7));
    }
}
