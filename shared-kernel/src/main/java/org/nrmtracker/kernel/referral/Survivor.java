package org.nrmtracker.kernel.referral;

import java.util.List;

/**
 * What the statistics need to know about the referred person, and nothing that identifies them:
 * {@code subjectRef} is a provider's pseudonymous reference, never a name.
 */
public record Survivor(String subjectRef, AgeAtExploitation ageAtExploitation, Gender gender,
                       List<String> nationalities) {

    public Survivor {
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
    }
}
