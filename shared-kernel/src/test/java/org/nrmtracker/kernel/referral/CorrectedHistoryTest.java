package org.nrmtracker.kernel.referral;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.eventstore.EventSerializer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fold of a referral's recorded events into the history in effect (docs/api.md §2.1). */
class CorrectedHistoryTest {

    private static final ReferralId ID = ReferralId.of("8d0f4d0e-6a3a-4c53-9a52-3f9a5b8f2f10");
    private static final LocalDate REFERRED_ON = LocalDate.of(2024, 3, 1);
    private static final ReferralMade REFERRAL = new ReferralMade(ID, REFERRED_ON, Jurisdiction.ENGLAND_AND_WALES,
            new FirstResponder(FirstResponderType.POLICE, "Example Constabulary"),
            new Survivor("case-0042", AgeAtExploitation.ADULT, Gender.FEMALE, List.of("ALB"))
                    .sealedAs(new SealedText(SealedText.PREFIX + "c2VhbGVkLWNhc2UtMDA0Mg")),
            new Exploitation(Set.of(ExploitationType.LABOUR), ExploitationLocation.UK, false));

    private record At(long sequence, ReferralEvent event) implements SequencedEvent {
    }

    private static ReasonableGroundsDecisionRecorded decision(int dayOfMarch) {
        return new ReasonableGroundsDecisionRecorded(ID, LocalDate.of(2024, 3, dayOfMarch), DecisionOutcome.POSITIVE);
    }

    private static EventCorrected correction(long corrects, ReferralEvent replacement) {
        return new EventCorrected(ID, corrects, replacement, CorrectionReason.DATA_ENTRY_ERROR);
    }

    private static CorrectedHistory<At> fold(ReferralEvent... stream) {
        List<At> recorded = new ArrayList<>();
        for (int i = stream.length - 1; i >= 0; i--) { // in any order
            recorded.add(new At(i, stream[i]));
        }
        return CorrectedHistory.of(recorded);
    }

    @Test
    void withoutAmendmentsTheHistoryIsAsRecorded() {
        CorrectedHistory<At> history = fold(REFERRAL, decision(6));

        assertThat(history.effectiveEvents()).containsExactly(REFERRAL, decision(6));
        assertThat(CorrectedHistory.anyAmendment(List.of(new At(0, REFERRAL)))).isFalse();
    }

    @Test
    void theLatestCorrectionOfAnEventIsInEffectInItsPlace() {
        CorrectedHistory<At> history = fold(REFERRAL, decision(6), correction(1, decision(9)),
                correction(1, decision(7)));

        assertThat(history.effectiveEvents()).containsExactly(REFERRAL, decision(7));
        assertThat(history.entries().get(1).correctedBy().sequence()).isEqualTo(3);
        assertThat(history.entries().get(1).recorded().event()).isEqualTo(decision(6));
    }

    @Test
    void aRetractedEventIsLeftOutButStillAnEntry() {
        CorrectedHistory<At> history = fold(REFERRAL, decision(6),
                new EventRetracted(ID, 1, CorrectionReason.WRONG_REFERRAL));

        assertThat(history.effectiveEvents()).containsExactly(REFERRAL);
        assertThat(history.entries()).hasSize(2);
        assertThat(history.entries().get(1).retracted()).isTrue();
        assertThat(history.referralRetracted()).isFalse();
    }

    @Test
    void retractingSequenceZeroLeavesNothingInEffect() {
        CorrectedHistory<At> history = fold(REFERRAL, decision(6),
                new EventRetracted(ID, 0, CorrectionReason.DUPLICATE));

        assertThat(history.referralRetracted()).isTrue();
        assertThat(history.effective()).isEmpty();
    }

    @Test
    void amendmentsTheWriteSideRefusesChangeNothing() {
        CorrectedHistory<At> history = fold(REFERRAL, decision(6),
                correction(1, new SupportStarted(ID, REFERRED_ON, SupportKind.OUTREACH)), // another type
                correction(2, decision(8)),                                                // of an amendment
                correction(9, decision(8)),                                                // of no event
                new EventRetracted(ID, 2, CorrectionReason.OTHER));                        // of an amendment

        assertThat(history.effectiveEvents()).containsExactly(REFERRAL, decision(6));
    }

    @Test
    void anErasureStaysInEffectWhateverAmendsItOrFollowsIt() {
        PersonalDataErased erased = new PersonalDataErased(ID, LocalDate.of(2024, 3, 10),
                ErasureReason.RETENTION_PERIOD);
        CorrectedHistory<At> history = fold(REFERRAL, decision(6), erased,
                correction(2, new PersonalDataErased(ID, LocalDate.of(2024, 3, 11),
                        ErasureReason.RECORDED_IN_ERROR)),
                new EventRetracted(ID, 2, CorrectionReason.DATA_ENTRY_ERROR),
                correction(1, decision(7)));

        assertThat(history.effectiveEvents()).containsExactly(REFERRAL, decision(7), erased);
        assertThat(history.original(2).orElseThrow().correctedBy()).isNull();
        assertThat(history.original(2).orElseThrow().retracted()).isFalse();
    }

    @Test
    void aReplacementsSubjectRefInClearIsNeverStored() {
        EventCorrected inClear = correction(0, new ReferralMade(ID, REFERRED_ON, Jurisdiction.SCOTLAND,
                REFERRAL.firstResponder(), new Survivor("case-0043", AgeAtExploitation.ADULT, Gender.FEMALE, List.of()),
                REFERRAL.exploitation()));

        assertThatThrownBy(() -> EventSerializer.create().serialize(inClear, String.class))
                .hasStackTraceContaining("stored only sealed");
    }

    @Test
    void aCorrectedReferralIsStoredWithItsTypeAndReadBackWhole() {
        Serializer serializer = EventSerializer.create();
        EventCorrected corrected = correction(0, new ReferralMade(ID, REFERRED_ON.minusDays(1), Jurisdiction.SCOTLAND,
                REFERRAL.firstResponder(), REFERRAL.survivor(), REFERRAL.exploitation()));

        SerializedObject<String> stored = serializer.serialize(corrected, String.class);

        assertThat(stored.getData()).contains("\"replacement\":{\"type\":\"REFERRED\"")
                .contains(REFERRAL.survivor().sealedSubjectRef().token()).doesNotContain("case-0042");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(corrected);
    }
}
