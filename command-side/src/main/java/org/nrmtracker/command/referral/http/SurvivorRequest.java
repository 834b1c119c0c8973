package org.nrmtracker.command.referral.http;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Survivor;
import org.nrmtracker.platform.problem.FieldProblem;
import org.nrmtracker.platform.problem.InvalidRequest;

import java.util.List;

/** The referred person, by pseudonymous reference only: {@code subjectRef} must never be a name. */
record SurvivorRequest(@Size(max = 64) @PlainText String subjectRef,
                       @NotNull AgeAtExploitation ageAtExploitation,
                       @NotNull Gender gender,
                       @Size(max = 20) List<@NotNull String> nationalities) {

    Survivor toValue() {
        return toValue("survivor");
    }

    /** @param path where the survivor is in the body, for naming a refused field */
    Survivor toValue(String path) {
        List<String> codes = nationalities == null ? List.of() : nationalities;
        for (int i = 0; i < codes.size(); i++) {
            if (!Nationalities.isKnown(codes.get(i))) {
                throw new InvalidRequest(List.of(new FieldProblem(path + ".nationalities[" + i + "]",
                        "is not an ISO 3166-1 alpha-3 code")));
            }
        }
        return new Survivor(subjectRef, ageAtExploitation, gender, codes.stream().distinct().toList());
    }
}
