package org.nrmtracker.query.statistics;

import org.nrmtracker.platform.problem.InvalidRequest;
import org.nrmtracker.query.referral.ReferralRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The {@code groupBy} parameter: the dimensions a group's key has, in the order asked. A key is the list of a
 * group's values in that order; with no dimensions there is one group, whose key is empty.
 */
record Grouping(List<Dimension> dimensions) {

    static final String FIELD = "groupBy";

    /** Keys compare value by value, so groups come sorted by their first dimension, then the next. */
    static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    Grouping {
        dimensions = List.copyOf(dimensions);
    }

    /**
     * @param raw             the parameter as received; null or blank means no grouping
     * @param decisionsGrouped whether {@code DECISION_YEAR} and {@code DECISION_QUARTER} may be asked for
     * @throws InvalidRequest naming {@code groupBy} for an unknown, repeated or unavailable dimension
     */
    static Grouping parse(String raw, boolean decisionsGrouped) {
        if (raw == null || raw.isBlank()) {
            return new Grouping(List.of());
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (String part : raw.split(",", -1)) {
            Dimension dimension = Arrays.stream(Dimension.values())
                    .filter(candidate -> candidate.name().equals(part.strip()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidRequest(FIELD, "must be a comma-separated list of: " + known()));
            if (dimension.needsDecision() && !decisionsGrouped) {
                throw new InvalidRequest(FIELD, "DECISION_YEAR and DECISION_QUARTER group only the decisions statistics");
            }
            if (dimensions.contains(dimension)) {
                throw new InvalidRequest(FIELD, "each dimension may be given only once");
            }
            dimensions.add(dimension);
        }
        return new Grouping(dimensions);
    }

    /**
     * Hands each key the referral (or, with {@code decidedOn}, its decision) counts under to {@code action}: one,
     * unless a multi-valued dimension gives it several.
     */
    void forEachKey(ReferralRecord referral, LocalDate decidedOn, Consumer<List<String>> action) {
        String[] key = new String[dimensions.size()];
        fill(key, 0, referral, decidedOn, action);
    }

    /** A key as the response shows it: {@code {"REFERRAL_QUARTER": "2024-Q1", ...}}, in the order asked. */
    Map<String, String> keyObject(List<String> key) {
        Map<String, String> object = new LinkedHashMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            object.put(dimensions.get(i).name(), key.get(i));
        }
        return object;
    }

    /** A key with an empty value for each dimension: the shape of every key, for a CSV header. */
    Map<String, String> blankKey() {
        return keyObject(dimensions.stream().map(dimension -> "").toList());
    }

    private void fill(String[] key, int index, ReferralRecord referral, LocalDate decidedOn,
                      Consumer<List<String>> action) {
        if (index == key.length) {
            action.accept(List.of(key));
            return;
        }
        Dimension dimension = dimensions.get(index);
        if (dimension.multiValued()) {
            for (String value : dimension.valuesOf(referral)) {
                key[index] = value;
                fill(key, index + 1, referral, decidedOn, action);
            }
        } else {
            key[index] = dimension.valueOf(referral, decidedOn);
            fill(key, index + 1, referral, decidedOn, action);
        }
    }

    private static String known() {
        return Arrays.stream(Dimension.values()).map(Dimension::name).collect(Collectors.joining(", "));
    }
}
