package org.nrmtracker.query.statistics;

import org.nrmtracker.query.referral.ReferralRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * What statistics can be grouped by (docs/api.md §5). A referral has one value of each dimension except
 * {@link #NATIONALITY} and {@link #EXPLOITATION_TYPE}, where it counts in the group of each of its values.
 * A missing value is {@value #UNKNOWN}.
 */
enum Dimension {
    REFERRAL_YEAR, REFERRAL_QUARTER, REFERRAL_MONTH, DECISION_YEAR, DECISION_QUARTER, JURISDICTION,
    AGE_AT_EXPLOITATION, GENDER, NATIONALITY, EXPLOITATION_TYPE, EXPLOITATION_LOCATION, FIRST_RESPONDER_TYPE;

    static final String UNKNOWN = "UNKNOWN";

    /** Date labels are made once, not once per referral: grouping 200,000 referrals would otherwise build 200,000. */
    private static final int FIRST_LABELLED_YEAR = 1990;
    private static final int LABELLED_YEARS = 150;
    private static final String[] YEARS = new String[LABELLED_YEARS];
    private static final String[] QUARTERS = new String[LABELLED_YEARS * 4];
    private static final String[] MONTHS = new String[LABELLED_YEARS * 12];

    static {
        for (int i = 0; i < LABELLED_YEARS; i++) {
            int year = FIRST_LABELLED_YEAR + i;
            YEARS[i] = Integer.toString(year);
            for (int quarter = 1; quarter <= 4; quarter++) {
                QUARTERS[i * 4 + quarter - 1] = year + "-Q" + quarter;
            }
            for (int month = 1; month <= 12; month++) {
                MONTHS[i * 12 + month - 1] = year + (month < 10 ? "-0" : "-") + month;
            }
        }
    }

    /** Only decisions have a decision date to group by. */
    boolean needsDecision() {
        return this == DECISION_YEAR || this == DECISION_QUARTER;
    }

    boolean multiValued() {
        return this == NATIONALITY || this == EXPLOITATION_TYPE;
    }

    /** The single value of a single-valued dimension; {@code decidedOn} is null outside the decisions endpoint. */
    String valueOf(ReferralRecord referral, LocalDate decidedOn) {
        return switch (this) {
            case REFERRAL_YEAR -> year(referral.referredOn());
            case REFERRAL_QUARTER -> quarter(referral.referredOn());
            case REFERRAL_MONTH -> month(referral.referredOn());
            case DECISION_YEAR -> year(decidedOn);
            case DECISION_QUARTER -> quarter(decidedOn);
            case JURISDICTION -> name(referral.jurisdiction());
            case AGE_AT_EXPLOITATION -> name(referral.ageAtExploitation());
            case GENDER -> name(referral.gender());
            case EXPLOITATION_LOCATION -> name(referral.exploitationLocation());
            case FIRST_RESPONDER_TYPE -> name(referral.firstResponderType());
            case NATIONALITY, EXPLOITATION_TYPE -> throw new IllegalStateException(this + " has several values");
        };
    }

    /** The distinct values of a multi-valued dimension, {@value #UNKNOWN} when there are none. */
    List<String> valuesOf(ReferralRecord referral) {
        Collection<?> values = this == NATIONALITY ? referral.nationalities() : referral.exploitationTypes();
        if (values.isEmpty()) {
            return List.of(UNKNOWN);
        }
        if (values.size() == 1) {
            return List.of(name(values.iterator().next()));
        }
        // a loop, not a stream: asked of every referral, and a referral has only a few values
        List<String> names = new ArrayList<>(values.size());
        for (Object value : values) {
            String name = name(value);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return Collections.unmodifiableList(names);
    }

    private static String year(LocalDate date) {
        int index = date.getYear() - FIRST_LABELLED_YEAR;
        return index >= 0 && index < LABELLED_YEARS ? YEARS[index] : Integer.toString(date.getYear());
    }

    private static String quarter(LocalDate date) {
        int quarter = (date.getMonthValue() + 2) / 3;
        int index = date.getYear() - FIRST_LABELLED_YEAR;
        return index >= 0 && index < LABELLED_YEARS ? QUARTERS[index * 4 + quarter - 1] : date.getYear() + "-Q" + quarter;
    }

    private static String month(LocalDate date) {
        int index = date.getYear() - FIRST_LABELLED_YEAR;
        return index >= 0 && index < LABELLED_YEARS ? MONTHS[index * 12 + date.getMonthValue() - 1]
                : date.getYear() + (date.getMonthValue() < 10 ? "-0" : "-") + date.getMonthValue();
    }

    private static String name(Object value) {
        String name = value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString().strip();
        return name.isEmpty() ? UNKNOWN : name;
    }
}
