package org.nrmtracker.query.statistics;

import org.junit.jupiter.api.Test;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.timeline.DecisionWindow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.query.statistics.AReferral.referredOn;
import static org.nrmtracker.query.statistics.Fixtures.NO_SUPPRESSION;
import static org.nrmtracker.query.statistics.Fixtures.TIMELINES;
import static org.nrmtracker.query.statistics.Fixtures.referrals;

class BacklogStatisticsTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-06-30");
    private static final List<DecisionWindow> WINDOWS = DecisionWindow.DEFAULT;

    @Test
    void theBacklogHoldsTheReferralsStillOpenAtTheEndOfAsOf() {
        ReferralRecords store = referrals(
                referredOn("2024-06-01"),                                                 // awaiting RG
                referredOn("2024-06-01").withdrawn("2024-06-10"),                         // withdrawn: closed
                referredOn("2024-06-01").reasonableGrounds("2024-06-05", NEGATIVE),       // negative RG: closed
                referredOn("2024-05-01").reasonableGrounds("2024-05-16", POSITIVE),       // waiting 45 days
                referredOn("2024-03-01").reasonableGrounds("2024-04-01", POSITIVE),       // waiting 90 days
                referredOn("2024-01-01").reasonableGrounds("2024-03-31", POSITIVE),       // waiting 91 days
                referredOn("2024-01-01").reasonableGrounds("2024-02-01", POSITIVE)
                        .conclusiveGrounds("2024-06-30", POSITIVE),                       // decided on asOf: closed
                referredOn("2024-01-01").reasonableGrounds("2024-02-01", POSITIVE)
                        .conclusiveGrounds("2024-07-01", POSITIVE),                       // decided after asOf: open
                referredOn("2024-07-01"));                                                // not yet referred

        BacklogReport.Group all = answer(store, "").groups().get(0);

        assertThat(all.awaitingReasonableGrounds()).isEqualTo(1);
        assertThat(all.awaitingConclusiveGrounds()).isEqualTo(4);
        assertThat(all.daysWaitingSinceReasonableGrounds()).isEqualTo(SummaryStatistics.of(45, 90, 91, 150));
        // beyond a window means waiting more than its days: 45 exactly is still inside the 45-day window
        assertThat(all.beyondWindow()).containsExactly(new BacklogReport.BeyondWindow(45, 3L),
                new BacklogReport.BeyondWindow(90, 2L));
    }

    @Test
    void backlogGroupsCountOpenReferralsAgainstTheMinimum() {
        ReferralRecords store = referrals(referredOn("2024-06-01"), referredOn("2024-06-01").male(),
                referredOn("2024-05-01").male().reasonableGrounds("2024-05-16", POSITIVE));

        List<BacklogReport.Group> groups = new BacklogStatistics(store, TIMELINES, new MinimumCellSize(2))
                .answer(new GetBacklog(AS_OF, Grouping.parse("GENDER", false), WINDOWS)).groups();

        assertThat(groups).containsExactly(
                BacklogReport.Group.suppressed(Map.of("GENDER", "FEMALE"), WINDOWS),
                new BacklogReport.Group(Map.of("GENDER", "MALE"), false, 1L, 1L, SummaryStatistics.of(45),
                        List.of(new BacklogReport.BeyondWindow(45, 0L), new BacklogReport.BeyondWindow(90, 0L))));
    }

    private static BacklogReport answer(ReferralRecords store, String groupBy) {
        return new BacklogStatistics(store, TIMELINES, NO_SUPPRESSION)
                .answer(new GetBacklog(AS_OF, Grouping.parse(groupBy, false), WINDOWS));
    }
}
