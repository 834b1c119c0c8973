package org.nrmtracker.kernel.policy;

import org.nrmtracker.kernel.referral.Jurisdiction;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the recovery-period table: from {@code effectiveFrom} until the next row for the same
 * jurisdiction, a positive reasonable-grounds decision gives at least {@code minimumDays} of
 * recovery and reflection.
 *
 * @param source where the rule is published, so a figure in a report can be traced to its law or policy
 */
public record RecoveryPeriodRule(Jurisdiction jurisdiction, LocalDate effectiveFrom, int minimumDays, String source) {

    public RecoveryPeriodRule {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (minimumDays <= 0) {
            throw new IllegalArgumentException("A recovery period lasts at least one day, not " + minimumDays + ".");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Every recovery-period rule needs a published source.");
        }
    }

    boolean appliesTo(Jurisdiction candidate, LocalDate date) {
        return jurisdiction == candidate && !effectiveFrom.isAfter(date);
    }
}
