package org.nrmtracker.kernel.referral;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.eventstore.EventSerializer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A survivor is stored only with its subjectRef sealed (docs/personal-data.md). */
class SurvivorSerializationTest {

    private static final Serializer SERIALIZER = EventSerializer.create();
    private static final ReferralId ID = ReferralId.random();
    private static final SealedText SEALED = new SealedText(SealedText.PREFIX + "c2VhbGVkLWJ5dGVz");

    private static ReferralMade made(Survivor survivor) {
        return new ReferralMade(ID, LocalDate.of(2024, 3, 1), Jurisdiction.SCOTLAND,
                new FirstResponder(FirstResponderType.POLICE, "Example Constabulary"), survivor,
                new Exploitation(Set.of(ExploitationType.LABOUR), ExploitationLocation.UK, false));
    }

    @Test
    void aSealedSurvivorIsStoredUnderSubjectRefAndReadBackEqual() {
        Survivor sealed = new Survivor("case-0042", AgeAtExploitation.ADULT, Gender.MALE, List.of("ALB"))
                .sealedAs(SEALED);
        SerializedObject<byte[]> stored = SERIALIZER.serialize(made(sealed), byte[].class);

        String json = new String(stored.getData(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"subjectRef\":\"" + SEALED.token() + "\"").doesNotContain("case-0042")
                .doesNotContain("sealedSubjectRef");
        ReferralMade read = SERIALIZER.deserialize(stored);
        assertThat(read).isEqualTo(made(sealed));
    }

    @Test
    void aSurvivorWithoutReferenceIsStoredWithNone() {
        Survivor none = new Survivor(null, AgeAtExploitation.CHILD, Gender.FEMALE, List.of());
        SerializedObject<byte[]> stored = SERIALIZER.serialize(made(none), byte[].class);

        ReferralMade read = SERIALIZER.deserialize(stored);
        assertThat(read).isEqualTo(made(none));
    }

    @Test
    void aReferenceInClearIsNeverSerialized() {
        Survivor inClear = new Survivor("case-0042", AgeAtExploitation.ADULT, Gender.MALE, List.of());

        assertThatThrownBy(() -> SERIALIZER.serialize(made(inClear), byte[].class))
                .hasStackTraceContaining("stored only sealed")
                .satisfies(e -> assertThat(e.toString()).doesNotContain("case-0042"));
        assertThat(inClear.toString()).doesNotContain("case-0042");
    }

    @Test
    void aReferenceStoredInClearBeforeSealingIsNotReadBack() {
        String legacy = "{\"subjectRef\":\"case-0042\",\"ageAtExploitation\":\"ADULT\",\"gender\":\"MALE\","
                + "\"nationalities\":[]}";
        Survivor read = SERIALIZER.deserialize(new SimpleSerializedObject<>(
                legacy.getBytes(StandardCharsets.UTF_8), byte[].class, Survivor.class.getName(), null));

        assertThat(read.subjectRef()).isNull();
        assertThat(read.sealedSubjectRef()).isNull();
    }
}
