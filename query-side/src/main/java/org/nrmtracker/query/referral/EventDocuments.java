package org.nrmtracker.query.referral;

import org.bson.Document;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ErasureReason;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.PersonalDataErased;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportKind;
import org.nrmtracker.kernel.referral.SupportStarted;
import org.nrmtracker.kernel.referral.Survivor;

import java.time.LocalDate;
import java.util.Date;
import java.util.function.Function;

/**
 * One event in a {@code referral_records} document: {@code sequence}, {@code type} (its public name),
 * {@code date} (its business date), {@code recordedAt}, and the detail of its type ({@code outcome}, {@code stage},
 * {@code kind}, {@code reason} or {@code erasureReason}). A {@code REFERRED} event's detail is the document's attributes, which are not
 * repeated here, but for the first responder's organisation, which the record does not otherwise keep.
 */
final class EventDocuments {

    static Document toDocument(ReferralRecordEvent recorded) {
        ReferralEvent event = recorded.event();
        Document document = new Document("sequence", recorded.sequence())
                .append("type", ReferralEventType.of(event).name())
                .append("date", recorded.date().toString())
                .append("recordedAt", Date.from(recorded.recordedAt()));
        if (event instanceof ReferralMade made) {
            document.append("firstResponderOrganisation", made.firstResponder().organisation());
        } else if (event instanceof ReasonableGroundsDecisionRecorded decision) {
            document.append("outcome", name(decision.outcome()));
        } else if (event instanceof ConclusiveGroundsDecisionRecorded decision) {
            document.append("outcome", name(decision.outcome()));
        } else if (event instanceof ReconsiderationRequested request) {
            document.append("stage", name(request.stage()));
        } else if (event instanceof SupportStarted started) {
            document.append("kind", name(started.kind()));
        } else if (event instanceof SupportEnded ended) {
            document.append("reason", name(ended.reason()));
        } else if (event instanceof PersonalDataErased erased) {
            document.append("erasureReason", name(erased.reason()));
        }
        return document;
    }

    /** @param attributes the referral's attributes, read from the same document */
    static ReferralRecordEvent toEvent(Document e, ReferralRecord attributes) {
        ReferralId id = ReferralId.of(attributes.referralId());
        LocalDate date = LocalDate.parse(e.getString("date"));
        ReferralEvent event = switch (ReferralEventType.valueOf(e.getString("type"))) {
            case REFERRED -> new ReferralMade(id, date, attributes.jurisdiction(),
                    new FirstResponder(attributes.firstResponderType(), e.getString("firstResponderOrganisation")),
                    new Survivor(null, attributes.ageAtExploitation(), attributes.gender(),
                            attributes.nationalities(), attributes.sealedSubjectRef()),
                    new Exploitation(attributes.exploitationTypes(), attributes.exploitationLocation(),
                            attributes.countyLines()));
            case REASONABLE_GROUNDS_DECISION ->
                    new ReasonableGroundsDecisionRecorded(id, date, parse(e, "outcome", DecisionOutcome::valueOf));
            case CONCLUSIVE_GROUNDS_DECISION ->
                    new ConclusiveGroundsDecisionRecorded(id, date, parse(e, "outcome", DecisionOutcome::valueOf));
            case RECONSIDERATION_REQUESTED ->
                    new ReconsiderationRequested(id, parse(e, "stage", DecisionStage::valueOf), date);
            case SUPPORT_STARTED -> new SupportStarted(id, date, parse(e, "kind", SupportKind::valueOf));
            case SUPPORT_ENDED -> new SupportEnded(id, date, parse(e, "reason", SupportEndReason::valueOf));
            case WITHDRAWN -> new ReferralWithdrawn(id, date);
            case PERSONAL_DATA_ERASED ->
                    new PersonalDataErased(id, date, parse(e, "erasureReason", ErasureReason::valueOf));
        };
        long sequence = e.get("sequence", Number.class).longValue();
        return new ReferralRecordEvent(sequence, e.getDate("recordedAt").toInstant(), event);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E> E parse(Document e, String field, Function<String, E> parser) {
        String value = e.getString(field);
        return value == null ? null : parser.apply(value);
    }

    private EventDocuments() {
    }
}
