package org.nrmtracker.kernel.policy;

import org.nrmtracker.kernel.referral.Jurisdiction;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.nrmtracker.kernel.referral.Jurisdiction.ENGLAND_AND_WALES;
import static org.nrmtracker.kernel.referral.Jurisdiction.NORTHERN_IRELAND;
import static org.nrmtracker.kernel.referral.Jurisdiction.SCOTLAND;

/**
 * The one effective-dated table of minimum recovery periods (docs/architecture.md, "Time"; docs/api.md §4.1).
 * Look it up on the date of the first positive reasonable-grounds decision, which starts the clock:
 * a later change of law does not shorten or lengthen a period already running.
 */
public final class RecoveryPeriodPolicy {

    /** The National Referral Mechanism started on 1 April 2009; before that no minimum applied. */
    public static final LocalDate NRM_START = LocalDate.of(2009, 4, 1);

    // Sources are those of docs/domain.md §1.1, §1.5 and §1.10. The 2009 rows rest on the UK-wide
    // competent-authority guidance; Northern Ireland's statute (2015, s18) kept the same 45 days.
    private static final RecoveryPeriodPolicy STANDARD = new RecoveryPeriodPolicy(List.of(
            new RecoveryPeriodRule(ENGLAND_AND_WALES, NRM_START, 45,
                    "https://seftonlscb.safeguardingpolicies.org.uk/may-2017/sec-7-cross-border-collaboration-with-moving-children-families/actions-for-home-office-and-ukhtc-if-the-reasonable-grounds-decision-is-positive"),
            new RecoveryPeriodRule(ENGLAND_AND_WALES, LocalDate.of(2022, 12, 13), 30,
                    "https://hansard.parliament.uk/commons/2022-12-13/debates/22121366000008/ModernSlaveryStatutoryGuidance"),
            new RecoveryPeriodRule(SCOTLAND, NRM_START, 45,
                    "https://seftonlscb.safeguardingpolicies.org.uk/may-2017/sec-7-cross-border-collaboration-with-moving-children-families/actions-for-home-office-and-ukhtc-if-the-reasonable-grounds-decision-is-positive"),
            new RecoveryPeriodRule(SCOTLAND, LocalDate.of(2018, 4, 1), 90,
                    "https://www.gov.scot/publications/human-trafficking-and-exploitation-scotland-act-2015-march-2018-circular/"),
            new RecoveryPeriodRule(NORTHERN_IRELAND, NRM_START, 45,
                    "https://www.legislation.gov.uk/nia/2015/2/section/18?view=plain")));

    private final List<RecoveryPeriodRule> rules;

    private RecoveryPeriodPolicy(List<RecoveryPeriodRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The table in force in the UK, with a source for every row. */
    public static RecoveryPeriodPolicy standard() {
        return STANDARD;
    }

    /** @return the minimum recovery period, in calendar days, for a clock started on {@code startsOn} */
    public int minimumDaysOn(Jurisdiction jurisdiction, LocalDate startsOn) {
        return ruleOn(jurisdiction, startsOn).minimumDays();
    }

    /** @return the row in force on {@code startsOn}, with its source */
    public RecoveryPeriodRule ruleOn(Jurisdiction jurisdiction, LocalDate startsOn) {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(startsOn, "startsOn");
        if (startsOn.isBefore(NRM_START)) {
            throw new IllegalArgumentException("No recovery period applies on %s: the National Referral Mechanism started on %s."
                    .formatted(startsOn, NRM_START));
        }
        // a plain loop, not a stream: timelines look this up for every referral a statistic covers
        RecoveryPeriodRule latest = null;
        for (RecoveryPeriodRule rule : rules) {
            if (rule.appliesTo(jurisdiction, startsOn)
                    && (latest == null || rule.effectiveFrom().isAfter(latest.effectiveFrom()))) {
                latest = rule;
            }
        }
        if (latest == null) {
            throw new IllegalStateException("The recovery-period table has no rule for " + jurisdiction + ".");
        }
        return latest;
    }

    /** Every row, oldest first within each jurisdiction, for showing where the figures come from. */
    public List<RecoveryPeriodRule> rules() {
        return rules;
    }
}
