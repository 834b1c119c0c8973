package org.nrmtracker.query.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.SupportEndReason;

import java.time.LocalDate;
import java.util.List;

/**
 * A referral's timeline exactly as docs/api.md §4.1 shows it. {@code subjectRef} and
 * {@code firstResponderOrganisation} are only shown to the referral's own provider, the reference opened from its
 * sealed form for it alone; {@code events} is null in list summaries
 * (§4.2); {@code personalDataErased} is true once the referral's personal data was erased, else left out
 * (docs/personal-data.md).
 */
@JsonPropertyOrder({"referralId", "referredOn", "jurisdiction", "firstResponderType",
        "firstResponderOrganisation", "subjectRef",
        "ageAtExploitation", "gender", "nationalities", "exploitationTypes", "exploitationLocation", "countyLines",
        "personalDataErased", "status", "events", "reasonableGrounds", "conclusiveGrounds", "recoveryPeriod", "windows",
        "support"})
public record Timeline(String referralId, LocalDate referredOn, Jurisdiction jurisdiction,
                       FirstResponderType firstResponderType,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String firstResponderOrganisation,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String subjectRef,
                       AgeAtExploitation ageAtExploitation, Gender gender, List<String> nationalities,
                       List<ExploitationType> exploitationTypes, ExploitationLocation exploitationLocation,
                       boolean countyLines, ReferralStatus status,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<TimelineEvent> events,
                       ReasonableGrounds reasonableGrounds, ConclusiveGrounds conclusiveGrounds,
                       RecoveryPeriod recoveryPeriod, List<Window> windows, Support support,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean personalDataErased) {

    public Timeline withoutEvents() {
        return new Timeline(referralId, referredOn, jurisdiction, firstResponderType, firstResponderOrganisation,
                subjectRef, ageAtExploitation, gender, nationalities, exploitationTypes, exploitationLocation, countyLines,
                status, null,
                reasonableGrounds, conclusiveGrounds, recoveryPeriod, windows, support, personalDataErased);
    }

    /**
     * The timeline with what only the referral's own provider sees: the reference in clear, and the first responder's
     * organisation, so that a correction of the whole referral can give it again (docs/api.md §2.1).
     */
    public Timeline forItsProvider(String subjectRefInClear, String organisation) {
        return new Timeline(referralId, referredOn, jurisdiction, firstResponderType, organisation, subjectRefInClear,
                ageAtExploitation, gender, nationalities, exploitationTypes, exploitationLocation, countyLines, status,
                events,
                reasonableGrounds, conclusiveGrounds, recoveryPeriod, windows, support, personalDataErased);
    }

    public Timeline forOthers() {
        return forItsProvider(null, null);
    }

    /** First decision time, latest outcome (docs/api.md §4.1). */
    public record ReasonableGrounds(LocalDate firstDecidedOn, DecisionOutcome outcome, Long daysFromReferral,
                                    Long workingDaysFromReferral) {
    }

    /** {@code daysFromReasonableGrounds} counts from the first positive RG decision, the one that opened this stage. */
    public record ConclusiveGrounds(LocalDate firstDecidedOn, DecisionOutcome outcome, Long daysFromReasonableGrounds,
                                    Long daysFromReferral) {
    }

    public record RecoveryPeriod(LocalDate startsOn, Integer minimumDays, LocalDate endsOn,
                                 Boolean conclusiveDecisionBeforeEnd) {
    }

    public record Window(int days, LocalDate endsOn, WindowState state) {
    }

    public record Support(List<SupportPeriod> periods, Long totalDays, boolean endedBeforeConclusiveDecision) {
    }

    public record SupportPeriod(LocalDate startedOn, LocalDate endedOn, Long days, SupportEndReason reason, boolean implicit) {
    }
}
