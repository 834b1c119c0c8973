package org.nrmtracker.query.timeline;

import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.query.referral.RecordedFact;
import org.nrmtracker.query.referral.ReferralRecord;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The events of a referral in effect on {@code asOf}: those dated on or before it, in recording order. Within a
 * stage, recording order is also date order (a new decision is not dated before the reconsideration request,
 * nor that before the decision it challenges), so the first decision recorded is the earliest.
 */
record HistoryAsOf(List<RecordedFact> events) {

    static HistoryAsOf of(ReferralRecord record, LocalDate asOf) {
        return new HistoryAsOf(record.events().stream()
                .filter(event -> !event.date().isAfter(asOf))
                .sorted(Comparator.comparingLong(RecordedFact::sequence))
                .toList());
    }

    Optional<RecordedFact> first(ReferralEventType type) {
        return events.stream().filter(event -> event.type() == type).findFirst();
    }

    Optional<RecordedFact> latest(ReferralEventType type) {
        return events.stream().filter(event -> event.type() == type).reduce((earlier, later) -> later);
    }

    /** The first positive decision of a stage: for reasonable grounds, the date {@code S} every clock starts on. */
    Optional<LocalDate> firstPositive(ReferralEventType type) {
        return events.stream()
                .filter(event -> event.type() == type && event.outcome() == DecisionOutcome.POSITIVE)
                .map(RecordedFact::date)
                .findFirst();
    }

    Optional<LocalDate> withdrawnOn() {
        return first(ReferralEventType.WITHDRAWN).map(RecordedFact::date);
    }
}
