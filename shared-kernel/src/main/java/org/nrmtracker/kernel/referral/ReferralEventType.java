package org.nrmtracker.kernel.referral;

import java.util.Arrays;
import java.util.Optional;

/** The public names of the event types (API {@code type} field, import lines, audit records). */
public enum ReferralEventType {
    REFERRED(ReferralMade.class),
    REASONABLE_GROUNDS_DECISION(ReasonableGroundsDecisionRecorded.class),
    CONCLUSIVE_GROUNDS_DECISION(ConclusiveGroundsDecisionRecorded.class),
    RECONSIDERATION_REQUESTED(ReconsiderationRequested.class),
    SUPPORT_STARTED(SupportStarted.class),
    SUPPORT_ENDED(SupportEnded.class),
    WITHDRAWN(ReferralWithdrawn.class),
    PERSONAL_DATA_ERASED(PersonalDataErased.class),
    EVENT_CORRECTED(EventCorrected.class),
    EVENT_RETRACTED(EventRetracted.class);

    private final Class<? extends ReferralEvent> eventClass;

    ReferralEventType(Class<? extends ReferralEvent> eventClass) {
        this.eventClass = eventClass;
    }

    public Class<? extends ReferralEvent> eventClass() {
        return eventClass;
    }

    public static ReferralEventType of(ReferralEvent event) {
        return ofEventClass(event.getClass().getName()).orElseThrow();
    }

    /** The public name for a stored payload type (a class name), if it is a referral event. */
    public static Optional<ReferralEventType> ofEventClass(String className) {
        return Arrays.stream(values()).filter(t -> t.eventClass.getName().equals(className)).findFirst();
    }
}
