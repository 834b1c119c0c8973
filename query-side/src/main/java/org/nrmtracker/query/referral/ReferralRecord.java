package org.nrmtracker.query.referral;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.PersonalDataErased;
import org.nrmtracker.kernel.referral.SealedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the read side knows about one referral: its attributes and every event recorded on
 * it, oldest first. Timelines and statistics are computed from this, for any {@code asOf}.
 *
 * @param organisation the organisation that made the referral: the {@code organisation} metadata of its
 *                     {@code REFERRED} event; null for referrals recorded before tokens carried one
 * @param subjectRef   the survivor's reference as stored: sealed with the referral's key ({@link SealedText}'s token),
 *                     never in clear; opened only for the referral's own provider (docs/personal-data.md)
 */
public record ReferralRecord(String referralId, String organisation, LocalDate referredOn, Jurisdiction jurisdiction,
                             FirstResponderType firstResponderType, String subjectRef,
                             AgeAtExploitation ageAtExploitation, Gender gender, List<String> nationalities,
                             Set<ExploitationType> exploitationTypes, ExploitationLocation exploitationLocation,
                             boolean countyLines, List<ReferralRecordEvent> events) {

    public ReferralRecord {
        nationalities = List.copyOf(nationalities);
        exploitationTypes = Set.copyOf(exploitationTypes);
        events = List.copyOf(events);
    }

    /** The survivor's reference as stored, or null when there is none. */
    public SealedText sealedSubjectRef() {
        return SealedText.isToken(subjectRef) ? new SealedText(subjectRef) : null;
    }

    /** Whether the referral's personal data was erased (docs/personal-data.md). */
    public boolean personalDataErased() {
        return events.stream().anyMatch(recorded -> recorded.event() instanceof PersonalDataErased);
    }
}
