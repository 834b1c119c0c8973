package org.nrmtracker.kernel.referral;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * What the statistics need to know about the referred person, and nothing that identifies them in clear:
 * {@code subjectRef} is a provider's pseudonymous reference, never a name, and personal data
 * (docs/personal-data.md). It is stored only sealed with its referral's key: a request's {@code subjectRef} is
 * replaced by {@code sealedSubjectRef} before the event is applied, and serializing a survivor that still holds
 * it in clear fails, so no event carrying a survivor can write it to disk. In stored JSON the sealed value keeps
 * the field's name, {@code subjectRef}.
 *
 * @param subjectRef       the reference in clear, as a request gave it; null once sealed and in every stored event
 * @param sealedSubjectRef the reference as stored, or null when there is none (or it is not sealed yet)
 */
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
public record Survivor(String subjectRef, AgeAtExploitation ageAtExploitation, Gender gender,
                       List<String> nationalities, SealedText sealedSubjectRef) {

    public Survivor {
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
    }

    /** A survivor as a request describes it, {@code subjectRef} in clear (to be sealed before it is recorded). */
    public Survivor(String subjectRef, AgeAtExploitation ageAtExploitation, Gender gender, List<String> nationalities) {
        this(subjectRef, ageAtExploitation, gender, nationalities, null);
    }

    /** The same survivor with its reference sealed: the clear one is dropped. */
    public Survivor sealedAs(SealedText sealed) {
        return new Survivor(null, ageAtExploitation, gender, nationalities, sealed);
    }

    /** Whether a reference is held in clear, so must be sealed before this survivor is recorded. */
    public boolean holdsPersonalDataInClear() {
        return subjectRef != null;
    }

    @JsonGetter("ageAtExploitation")
    AgeAtExploitation storedAgeAtExploitation() {
        return ageAtExploitation;
    }

    @JsonGetter("gender")
    Gender storedGender() {
        return gender;
    }

    @JsonGetter("nationalities")
    List<String> storedNationalities() {
        return nationalities;
    }

    @JsonGetter("subjectRef")
    SealedText storedSubjectRef() {
        if (holdsPersonalDataInClear()) {
            throw new IllegalStateException("A subjectRef is stored only sealed with its referral's key");
        }
        return sealedSubjectRef;
    }

    /**
     * A survivor as stored. A reference stored in clear before references were sealed is not read back: it is
     * never copied into read models nor shown again.
     */
    @JsonCreator
    static Survivor stored(@JsonProperty("subjectRef") String subjectRef,
                           @JsonProperty("ageAtExploitation") AgeAtExploitation ageAtExploitation,
                           @JsonProperty("gender") Gender gender,
                           @JsonProperty("nationalities") List<String> nationalities) {
        return new Survivor(null, ageAtExploitation, gender, nationalities,
                SealedText.isToken(subjectRef) ? new SealedText(subjectRef) : null);
    }

    @Override
    public String toString() { // never the reference in clear, not even in an exception's message
        return "Survivor[ageAtExploitation=%s, gender=%s, nationalities=%s, subjectRef %s]".formatted(
                ageAtExploitation, gender, nationalities,
                subjectRef != null ? "in clear" : sealedSubjectRef != null ? "sealed" : "none");
    }
}
