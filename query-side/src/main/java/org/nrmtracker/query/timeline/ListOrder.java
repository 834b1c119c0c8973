package org.nrmtracker.query.timeline;

import org.nrmtracker.platform.problem.InvalidRequest;
import org.nrmtracker.query.referral.ReferralRecord;

import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The list's {@code sort} parameter (docs/api.md §4.2): a field and a direction, as {@code field,direction}; the
 * direction defaults to {@code asc}. Anything else is refused, never ignored, so that a client never takes an order
 * it did not ask for as the one it asked for.
 */
enum ListOrder {
    /** The default: newest referral first, then by id. */
    NEWEST_FIRST("referredOn,desc"),
    OLDEST_FIRST("referredOn,asc", "referredOn"),
    /**
     * The caseload's order: the nearest {@link NextDeadline} first, then the oldest referral, then by id, as
     * {@code /caseload} lists them; referrals without a deadline not passed (not awaiting CG, or all passed) come
     * last, oldest first.
     */
    NEAREST_DEADLINE_FIRST("nextDeadline,asc", "nextDeadline");

    private static final String FIELD = "sort";
    private static final Comparator<ReferralRecord> REFERRAL_ORDER =
            Comparator.comparing(ReferralRecord::referredOn).thenComparing(ReferralRecord::referralId);

    private final List<String> values;

    ListOrder(String... values) {
        this.values = List.of(values);
    }

    /** @throws InvalidRequest naming {@code sort} for a value not listed */
    static ListOrder parse(String raw) {
        if (raw == null) {
            return NEWEST_FIRST;
        }
        return Arrays.stream(values()).filter(order -> order.values.contains(raw.strip())).findFirst()
                .orElseThrow(() -> new InvalidRequest(FIELD, "must be one of: " + Arrays.stream(values())
                        .map(order -> order.values.get(0)).collect(Collectors.joining(", "))));
    }

    /** @param nextDeadline a referral's next deadline, or null; asked only for the deadline order */
    List<ReferralRecord> sorted(List<ReferralRecord> records, Function<ReferralRecord, NextDeadline> nextDeadline) {
        Comparator<ReferralRecord> order = switch (this) {
            case NEWEST_FIRST -> Comparator.comparing(ReferralRecord::referredOn, Comparator.reverseOrder())
                    .thenComparing(ReferralRecord::referralId);
            case OLDEST_FIRST -> REFERRAL_ORDER;
            case NEAREST_DEADLINE_FIRST -> {
                // by identity: a record's own hash would go over all its events
                Map<ReferralRecord, Long> daysLeft = new IdentityHashMap<>();
                records.forEach(record -> {
                    NextDeadline next = nextDeadline.apply(record);
                    daysLeft.put(record, next == null ? null : next.daysLeft());
                });
                yield Comparator.comparing((ReferralRecord record) -> daysLeft.get(record),
                                Comparator.nullsLast(Comparator.<Long>naturalOrder()))
                        .thenComparing(REFERRAL_ORDER);
            }
        };
        return records.stream().sorted(order).toList();
    }
}
