package org.nrmtracker.query.timeline;

import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.query.referral.ReferralRecordEvent;
import org.nrmtracker.query.referral.ReferralRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.kernel.referral.DecisionStage.CONCLUSIVE_GROUNDS;
import static org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS;
import static org.nrmtracker.query.timeline.ReferralHistory.referredOn;
import static org.nrmtracker.query.timeline.TimelineFixtures.TIMELINES;

/**
 * {@link Timelines#summaryOf} is what statistics build for every referral: it must be exactly the full timeline
 * without its events, whatever the history and whichever day it is asked on.
 */
class SummaryTimelinesTest {

    private static final List<List<DecisionWindow>> WINDOW_CHOICES = Arrays.asList(null, DecisionWindow.DEFAULT,
            DecisionWindow.listOf(90, 30, 45));

    private static final List<ReferralHistory> HISTORIES = List.of(
            referredOn("2024-03-01"),
            referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE),
            referredOn("2024-03-01").reasonableGrounds("2024-03-06", NEGATIVE),
            referredOn("2024-03-01").reasonableGrounds("2024-03-06", NEGATIVE)
                    .reconsiderationRequested(REASONABLE_GROUNDS, "2024-03-08")
                    .reasonableGrounds("2024-03-20", POSITIVE),
            referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE)
                    .supportEnded("2024-04-01", SupportEndReason.MOVED_ON)
                    .conclusiveGrounds("2024-05-01", POSITIVE),
            referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE)
                    .conclusiveGrounds("2024-03-20", NEGATIVE)
                    .reconsiderationRequested(CONCLUSIVE_GROUNDS, "2024-03-25")
                    .conclusiveGrounds("2024-04-10", POSITIVE)
                    .supportEnded("2024-04-20", SupportEndReason.MOVED_ON),
            referredOn("2024-03-01").supportStarted("2024-03-02").reasonableGrounds("2024-03-06", POSITIVE)
                    .supportEnded("2024-03-15", SupportEndReason.MOVED_ON).supportStarted("2024-03-20")
                    .withdrawn("2024-04-01"),
            // support recorded before the decision but dated after it
            referredOn("2024-03-01").supportStarted("2024-03-20").reasonableGrounds("2024-03-06", POSITIVE),
            referredOn("2024-03-01").withdrawn("2024-03-03"));

    @Test
    void isTheFullTimelineWithoutEventsOnEveryDay() {
        for (ReferralHistory history : HISTORIES) {
            ReferralRecord record = history.record();
            assertSummaryMatchesOnEveryDay(record);
        }
    }

    @Test
    void isTheFullTimelineWithoutEventsWhenTheEventsAreNotKeptInRecordingOrder() {
        ReferralRecord inOrder = HISTORIES.get(5).record();
        List<ReferralRecordEvent> reversed = new ArrayList<>(inOrder.events());
        Collections.reverse(reversed);
        ReferralRecord shuffled = new ReferralRecord(inOrder.referralId(), inOrder.organisation(), inOrder.referredOn(), inOrder.jurisdiction(),
                inOrder.firstResponderType(), inOrder.subjectRef(), inOrder.ageAtExploitation(), inOrder.gender(),
                inOrder.nationalities(), inOrder.exploitationTypes(), inOrder.exploitationLocation(),
                inOrder.countyLines(), reversed);

        assertSummaryMatchesOnEveryDay(shuffled);
        assertThat(TIMELINES.of(shuffled, LocalDate.parse("2024-06-01"), null))
                .isEqualTo(TIMELINES.of(inOrder, LocalDate.parse("2024-06-01"), null));
    }

    /** From the day before the referral to a few days after its last event, with each choice of windows. */
    private static void assertSummaryMatchesOnEveryDay(ReferralRecord record) {
        LocalDate last = record.events().stream().map(ReferralRecordEvent::date).max(LocalDate::compareTo).orElseThrow();
        for (LocalDate asOf = record.referredOn().minusDays(1); !asOf.isAfter(last.plusDays(100)); asOf = asOf.plusDays(1)) {
            for (List<DecisionWindow> windows : WINDOW_CHOICES) {
                Timeline full = TIMELINES.of(record, asOf, windows);
                Timeline summary = TIMELINES.summaryOf(record, asOf, windows);
                assertThat(summary).as("as of %s, windows %s", asOf, windows).isEqualTo(full.withoutEvents());
                assertThat(summary.events()).isNull();
                assertThat(TIMELINES.statusOf(record, asOf)).isEqualTo(full.status());
            }
        }
    }
}
