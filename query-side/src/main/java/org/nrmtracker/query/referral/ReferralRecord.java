package org.nrmtracker.query.referral;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.CorrectedHistory;
import org.nrmtracker.kernel.referral.EventRetracted;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.PersonalDataErased;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.SealedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the read side knows about one referral: its attributes and every event recorded on
 * it, oldest first. Timelines and statistics are computed from this, for any {@code asOf}, in its
 * {@link #corrected()} form: as recorded, the attributes are those of its original {@code REFERRED} event and
 * the events include corrections and retractions (docs/api.md §2).
 *
 * @param organisation the organisation that made the referral: the {@code organisation} metadata of its
 *                     {@code REFERRED} event; null for referrals recorded before tokens carried one
 * @param subjectRef   the survivor's reference as stored: sealed with the referral's key ({@link SealedText}'s token),
 *                     never in clear; opened only for the referral's own provider (docs/personal-data.md)
 * @param amended      whether its events hold a correction or retraction, so that it is not as in effect; derived
 *                     from {@code events}
 */
public record ReferralRecord(String referralId, String organisation, LocalDate referredOn, Jurisdiction jurisdiction,
                             FirstResponderType firstResponderType, String subjectRef,
                             AgeAtExploitation ageAtExploitation, Gender gender, List<String> nationalities,
                             Set<ExploitationType> exploitationTypes, ExploitationLocation exploitationLocation,
                             boolean countyLines, List<ReferralRecordEvent> events, boolean amended) {

    /** @param amended ignored: always whether {@code events} hold a correction or retraction */
    public ReferralRecord {
        nationalities = List.copyOf(nationalities);
        exploitationTypes = Set.copyOf(exploitationTypes);
        events = List.copyOf(events);
        // known once, when the record is folded, so that reading every referral as in effect costs no second
        // pass over their events (docs/api.md §5: statistics read them all on every request)
        amended = CorrectedHistory.anyAmendment(events);
    }

    public ReferralRecord(String referralId, String organisation, LocalDate referredOn, Jurisdiction jurisdiction,
                          FirstResponderType firstResponderType, String subjectRef,
                          AgeAtExploitation ageAtExploitation, Gender gender, List<String> nationalities,
                          Set<ExploitationType> exploitationTypes, ExploitationLocation exploitationLocation,
                          boolean countyLines, List<ReferralRecordEvent> events) {
        this(referralId, organisation, referredOn, jurisdiction, firstResponderType, subjectRef, ageAtExploitation,
                gender, nationalities, exploitationTypes, exploitationLocation, countyLines, events, false);
    }

    /**
     * The referral as in effect: the latest correction of each event applied (of {@code REFERRED}, to the
     * attributes too), retracted events and the amendments themselves left out; no events at all when the
     * referral is {@link #retracted()}. Without amendments, this record itself.
     */
    public ReferralRecord corrected() {
        return ReferralRecordFolding.corrected(this);
    }

    /** Whether the referral itself, sequence 0, was retracted: it leaves every list, statistic and gauge. */
    public boolean retracted() {
        if (!amended) {
            return false;
        }
        for (ReferralRecordEvent recorded : events) {
            if (recorded.event() instanceof EventRetracted retraction && retraction.retracts() == 0) {
                return true;
            }
        }
        return false;
    }

    /** The survivor's reference as stored, or null when there is none. */
    public SealedText sealedSubjectRef() {
        return SealedText.isToken(subjectRef) ? new SealedText(subjectRef) : null;
    }

    /** The first responder's organisation its {@code REFERRED} event gives (as corrected on {@link #corrected()}). */
    public String firstResponderOrganisation() {
        for (ReferralRecordEvent recorded : events) {
            if (recorded.event() instanceof ReferralMade made) {
                return made.firstResponder().organisation();
            }
        }
        return null;
    }

    /** Whether the referral's personal data was erased (docs/personal-data.md). */
    public boolean personalDataErased() {
        return events.stream().anyMatch(recorded -> recorded.event() instanceof PersonalDataErased);
    }
}
