package org.nrmtracker.query.referral;

import org.bson.Document;
import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.CorrectionReason;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.ErasureReason;
import org.nrmtracker.kernel.referral.EventCorrected;
import org.nrmtracker.kernel.referral.EventRetracted;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.PersonalDataErased;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SealedText;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportKind;
import org.nrmtracker.kernel.referral.SupportStarted;
import org.nrmtracker.kernel.referral.Survivor;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One event in a {@code referral_records} document: {@code sequence}, {@code type} (its public name),
 * {@code date} (its business date), {@code recordedAt}, and the detail of its type ({@code outcome}, {@code stage},
 * {@code kind}, {@code reason} or {@code erasureReason}). A {@code REFERRED} event's detail is the document's
 * attributes, which are not repeated here, but for the first responder's organisation, which the record does not
 * otherwise keep. A correction keeps {@code corrects}, {@code reason} and its {@code replacement} (an event in the
 * same form, a {@code REFERRED} one with every attribute, its {@code subjectRef} sealed as the document's is); a
 * retraction {@code retracts} and {@code reason}, and no date.
 */
final class EventDocuments {

    static Document toDocument(ReferralRecordEvent recorded) {
        Document document = new Document("sequence", recorded.sequence());
        return withEvent(document, recorded.event()).append("recordedAt", Date.from(recorded.recordedAt()));
    }

    private static Document withEvent(Document document, ReferralEvent event) {
        document.append("type", ReferralEventType.of(event).name());
        LocalDate date = ReferralRecordEvent.dateOf(event);
        if (date != null) {
            document.append("date", date.toString());
        }
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
        } else if (event instanceof EventCorrected correction) {
            document.append("corrects", correction.corrects()).append("reason", name(correction.reason()))
                    .append("replacement", replacementDocument(correction.replacement()));
        } else if (event instanceof EventRetracted retraction) {
            document.append("retracts", retraction.retracts()).append("reason", name(retraction.reason()));
        }
        return document;
    }

    /** A replacement {@code REFERRED} carries what the document's attributes hold for the original. */
    private static Document replacementDocument(ReferralEvent replacement) {
        Document document = withEvent(new Document(), replacement);
        if (replacement instanceof ReferralMade made) {
            document.append("jurisdiction", name(made.jurisdiction()))
                    .append("firstResponderType", name(made.firstResponder().type()))
                    .append("subjectRef", sealedSubjectRef(made))
                    .append("ageAtExploitation", name(made.survivor().ageAtExploitation()))
                    .append("gender", name(made.survivor().gender()))
                    .append("nationalities", made.survivor().nationalities())
                    .append("exploitationTypes", made.exploitation().types().stream().map(Enum::name).sorted().toList())
                    .append("exploitationLocation", name(made.exploitation().location()))
                    .append("countyLines", made.exploitation().countyLines());
        }
        return document;
    }

    /** @param attributes the referral's attributes, read from the same document */
    static ReferralRecordEvent toEvent(Document e, ReferralRecord attributes) {
        ReferralId id = ReferralId.of(attributes.referralId());
        long sequence = e.get("sequence", Number.class).longValue();
        return new ReferralRecordEvent(sequence, e.getDate("recordedAt").toInstant(), event(e, id, attributes));
    }

    private static ReferralEvent event(Document e, ReferralId id, ReferralRecord attributes) {
        ReferralEventType type = ReferralEventType.valueOf(e.getString("type"));
        LocalDate date = e.getString("date") == null ? null : LocalDate.parse(e.getString("date"));
        return switch (type) {
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
            case EVENT_CORRECTED -> new EventCorrected(id, e.get("corrects", Number.class).longValue(),
                    replacement(e.get("replacement", Document.class), id, attributes),
                    parse(e, "reason", CorrectionReason::valueOf));
            case EVENT_RETRACTED -> new EventRetracted(id, e.get("retracts", Number.class).longValue(),
                    parse(e, "reason", CorrectionReason::valueOf));
        };
    }

    private static ReferralEvent replacement(Document r, ReferralId id, ReferralRecord original) {
        if (!ReferralEventType.REFERRED.name().equals(r.getString("type"))) {
            return event(r, id, original);
        }
        ReferralRecord corrected = new ReferralRecord(original.referralId(), original.organisation(),
                LocalDate.parse(r.getString("date")), parse(r, "jurisdiction", Jurisdiction::valueOf),
                parse(r, "firstResponderType", FirstResponderType::valueOf), r.getString("subjectRef"),
                parse(r, "ageAtExploitation", AgeAtExploitation::valueOf), parse(r, "gender", Gender::valueOf),
                r.getList("nationalities", String.class),
                r.getList("exploitationTypes", String.class).stream().map(ExploitationType::valueOf)
                        .collect(Collectors.toSet()),
                parse(r, "exploitationLocation", ExploitationLocation::valueOf), r.getBoolean("countyLines"),
                List.of());
        return event(r, id, corrected);
    }

    /** Only the sealed form is kept, as in the document's attributes (docs/personal-data.md). */
    private static String sealedSubjectRef(ReferralMade made) {
        SealedText sealed = made.survivor().sealedSubjectRef();
        return sealed == null ? null : sealed.token();
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
