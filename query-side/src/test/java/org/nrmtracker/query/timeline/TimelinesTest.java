package org.nrmtracker.query.timeline;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportKind;
import org.nrmtracker.query.calendar.OutsideCalendarRange;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.timeline.Timeline.ConclusiveGrounds;
import org.nrmtracker.query.timeline.Timeline.ReasonableGrounds;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nrmtracker.kernel.referral.DecisionOutcome.NEGATIVE;
import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;
import static org.nrmtracker.kernel.referral.DecisionStage.CONCLUSIVE_GROUNDS;
import static org.nrmtracker.kernel.referral.DecisionStage.REASONABLE_GROUNDS;
import static org.nrmtracker.kernel.referral.Jurisdiction.SCOTLAND;
import static org.nrmtracker.query.timeline.ReferralHistory.referred;
import static org.nrmtracker.query.timeline.ReferralHistory.referredOn;
import static org.nrmtracker.query.timeline.TimelineFixtures.TIMELINES;
import static org.nrmtracker.query.timeline.TimelineFixtures.date;

/** A referral's timeline as of a date (docs/api.md §4.1): status, decision times and outcomes, events. */
class TimelinesTest {

    private static final List<DecisionWindow> DEFAULT_WINDOWS = DecisionWindow.DEFAULT;

    private static Timeline asOf(ReferralHistory history, String asOf) {
        return TIMELINES.of(history.record(), date(asOf), DEFAULT_WINDOWS);
    }

    @Nested
    class ContractExample {

        private final ReferralHistory positiveReasonableGrounds =
                referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE);

        @Test
        void isReproducedFieldByField() {
            Timeline timeline = asOf(positiveReasonableGrounds, "2024-07-01");

            assertThat(timeline.status()).isEqualTo(ReferralStatus.AWAITING_CONCLUSIVE_GROUNDS);
            assertThat(timeline.exploitationTypes()).containsExactly(ExploitationType.CRIMINAL, ExploitationType.LABOUR);
            assertThat(timeline.reasonableGrounds()).isEqualTo(new ReasonableGrounds(date("2024-03-06"), POSITIVE, 5L, 3L));
            assertThat(timeline.conclusiveGrounds()).isEqualTo(new ConclusiveGrounds(null, null, null, null));
            assertThat(timeline.recoveryPeriod()).isEqualTo(
                    new Timeline.RecoveryPeriod(date("2024-03-06"), 30, date("2024-04-05"), null));
            assertThat(timeline.windows()).containsExactly(
                    new Timeline.Window(45, date("2024-04-20"), WindowState.MISSED),
                    new Timeline.Window(90, date("2024-06-04"), WindowState.MISSED));
            assertThat(timeline.support()).isEqualTo(new Timeline.Support(List.of(
                    new Timeline.SupportPeriod(date("2024-03-06"), null, null, null, true)), null, false));
        }

        @Test
        void serialisesToTheContractsJsonInItsOrder() {
            String contract = """
                    {
                      "referralId": "8d0f4d0e-6a3a-4c53-9a52-3f9a5b8f2f10", "referredOn": "2024-03-01", "jurisdiction": "ENGLAND_AND_WALES",
                      "firstResponderType": "POLICE", "ageAtExploitation": "ADULT", "gender": "FEMALE",
                      "nationalities": ["ALB"], "exploitationTypes": ["CRIMINAL", "LABOUR"],
                      "exploitationLocation": "UK", "countyLines": false,
                      "status": "AWAITING_CONCLUSIVE_GROUNDS",
                      "events": [ { "sequence": 0, "type": "REFERRED", "date": "2024-03-01", "recordedAt": "2024-03-01T10:15:30.123Z" },
                                  { "sequence": 1, "type": "REASONABLE_GROUNDS_DECISION", "date": "2024-03-06",
                                    "outcome": "POSITIVE", "recordedAt": "2024-03-01T10:16:30.123Z" } ],
                      "reasonableGrounds": { "firstDecidedOn": "2024-03-06", "outcome": "POSITIVE",
                                             "daysFromReferral": 5, "workingDaysFromReferral": 3 },
                      "conclusiveGrounds": { "firstDecidedOn": null, "outcome": null,
                                             "daysFromReasonableGrounds": null, "daysFromReferral": null },
                      "recoveryPeriod": { "startsOn": "2024-03-06", "minimumDays": 30, "endsOn": "2024-04-05",
                                          "conclusiveDecisionBeforeEnd": null },
                      "windows": [ { "days": 45, "endsOn": "2024-04-20", "state": "MISSED" },
                                   { "days": 90, "endsOn": "2024-06-04", "state": "MISSED" } ],
                      "support": { "periods": [ { "startedOn": "2024-03-06", "endedOn": null, "days": null,
                                                  "reason": null, "implicit": true } ],
                                   "totalDays": null, "endedBeforeConclusiveDecision": false }
                    }""";
            JsonMapper json = JsonMapper.builder().build();

            String actual = json.writeValueAsString(asOf(positiveReasonableGrounds, "2024-07-01"));

            // compared as text, so the fields also come in docs/api.md's order
            assertThat(actual).isEqualTo(json.writeValueAsString(json.readTree(contract)));
        }
    }

    @Nested
    class Status {

        @Test
        void aReferralWithoutDecisionsAwaitsReasonableGrounds() {
            assertThat(asOf(referredOn("2024-03-01"), "2024-03-02").status())
                    .isEqualTo(ReferralStatus.AWAITING_REASONABLE_GROUNDS);
        }

        @Test
        void aNegativeReasonableGroundsDecisionStaysTheStatusWhileItsReconsiderationIsPending() {
            ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", NEGATIVE)
                    .reconsiderationRequested(REASONABLE_GROUNDS, "2024-03-10");
            assertThat(asOf(history, "2024-04-01").status()).isEqualTo(ReferralStatus.NEGATIVE_REASONABLE_GROUNDS);
        }

        @Test
        void aPositiveReasonableGroundsDecisionAwaitsConclusiveGrounds() {
            ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE);
            assertThat(asOf(history, "2024-04-01").status()).isEqualTo(ReferralStatus.AWAITING_CONCLUSIVE_GROUNDS);
        }

        @Test
        void aPositiveConclusiveDecisionIsFinal() {
            ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE)
                    .conclusiveGrounds("2024-09-01", POSITIVE);
            assertThat(asOf(history, "2024-09-01").status()).isEqualTo(ReferralStatus.POSITIVE_CONCLUSIVE_GROUNDS);
        }

        @Test
        void aNegativeConclusiveDecisionShowsUntilItIsSuperseded() {
            ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE)
                    .conclusiveGrounds("2024-09-01", NEGATIVE)
                    .reconsiderationRequested(CONCLUSIVE_GROUNDS, "2024-09-10")
                    .conclusiveGrounds("2024-12-02", POSITIVE);
            assertThat(asOf(history, "2024-12-01").status()).isEqualTo(ReferralStatus.NEGATIVE_CONCLUSIVE_GROUNDS);
            assertThat(asOf(history, "2024-12-02").status()).isEqualTo(ReferralStatus.POSITIVE_CONCLUSIVE_GROUNDS);
        }

        @Test
        void aWithdrawalCountsFromItsOwnDate() {
            ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE)
                    .withdrawn("2024-04-10");
            assertThat(asOf(history, "2024-04-09").status()).isEqualTo(ReferralStatus.AWAITING_CONCLUSIVE_GROUNDS);
            assertThat(asOf(history, "2024-04-10").status()).isEqualTo(ReferralStatus.WITHDRAWN);
        }

        @Test
        void aReferralWithdrawnBeforeAnyDecisionIsWithdrawn() {
            assertThat(asOf(referredOn("2024-03-01").withdrawn("2024-03-02"), "2024-03-05").status())
                    .isEqualTo(ReferralStatus.WITHDRAWN);
        }

        @Test
        void theStatusAloneAgreesWithTheWholeTimeline() {
            ReferralHistory history = referredOn("2024-03-01").reasonableGrounds("2024-03-06", NEGATIVE)
                    .reconsiderationRequested(REASONABLE_GROUNDS, "2024-03-10")
                    .reasonableGrounds("2024-03-20", POSITIVE);
            for (String day : List.of("2024-03-01", "2024-03-06", "2024-03-19", "2024-03-20")) {
                assertThat(TIMELINES.statusOf(history.record(), date(day))).isEqualTo(asOf(history, day).status());
            }
        }
    }

    @Nested
    class SupersededDecisions {

        private final ReferralHistory reconsideredTwice = referredOn("2024-03-01")
                .reasonableGrounds("2024-03-06", NEGATIVE)
                .reconsiderationRequested(REASONABLE_GROUNDS, "2024-03-10")
                .reasonableGrounds("2024-03-20", POSITIVE)
                .conclusiveGrounds("2024-06-01", NEGATIVE)
                .reconsiderationRequested(CONCLUSIVE_GROUNDS, "2024-06-05")
                .conclusiveGrounds("2024-09-01", POSITIVE);

        @Test
        void reasonableGroundsTimeIsTheFirstDecisionButTheOutcomeIsTheLatest() {
            assertThat(asOf(reconsideredTwice, "2024-10-01").reasonableGrounds())
                    .isEqualTo(new ReasonableGrounds(date("2024-03-06"), POSITIVE, 5L, 3L));
        }

        @Test
        void conclusiveGroundsTimeIsTheFirstDecisionCountedFromThePositiveReasonableGrounds() {
            // from the positive RG of 20 March that opened the stage, not the superseded one of 6 March
            assertThat(asOf(reconsideredTwice, "2024-10-01").conclusiveGrounds())
                    .isEqualTo(new ConclusiveGrounds(date("2024-06-01"), POSITIVE, 73L, 92L));
        }

        @Test
        void windowsStartAtThePositiveDecisionAndEndWithTheFirstConclusiveOne() {
            assertThat(asOf(reconsideredTwice, "2024-10-01").windows()).containsExactly(
                    new Timeline.Window(45, date("2024-05-04"), WindowState.MISSED),
                    new Timeline.Window(90, date("2024-06-18"), WindowState.MET));
        }

        @Test
        void beforeTheReconsiderationIsDecidedTheEarlierOutcomeStands() {
            Timeline timeline = asOf(reconsideredTwice, "2024-03-19");
            assertThat(timeline.reasonableGrounds()).isEqualTo(new ReasonableGrounds(date("2024-03-06"), NEGATIVE, 5L, 3L));
            assertThat(timeline.windows()).extracting(Timeline.Window::state)
                    .containsExactly(WindowState.NOT_STARTED, WindowState.NOT_STARTED);
            assertThat(timeline.recoveryPeriod().startsOn()).isNull();
        }
    }

    @Nested
    class EffectiveDate {

        private final ReferralHistory decided = referredOn("2024-03-01").reasonableGrounds("2024-03-06", POSITIVE)
                .supportEnded("2024-04-01", SupportEndReason.MOVED_ON)
                .conclusiveGrounds("2024-05-01", POSITIVE);

        @Test
        void eventsDatedAfterAsOfAreLeftOut() {
            Timeline timeline = asOf(decided, "2024-03-31");
            assertThat(timeline.events()).extracting(TimelineEvent::type).containsExactly(
                    ReferralEventType.REFERRED, ReferralEventType.REASONABLE_GROUNDS_DECISION);
            assertThat(timeline.conclusiveGrounds().firstDecidedOn()).isNull();
            assertThat(timeline.support().periods()).singleElement()
                    .satisfies(period -> assertThat(period.endedOn()).isNull());
        }

        @Test
        void anEventDatedOnAsOfIsIncluded() {
            Timeline timeline = asOf(decided, "2024-05-01");
            assertThat(timeline.events()).hasSize(4);
            assertThat(timeline.status()).isEqualTo(ReferralStatus.POSITIVE_CONCLUSIVE_GROUNDS);
        }

        @Test
        void beforeTheReferralDateNothingHadHappened() {
            Timeline timeline = asOf(decided, "2024-02-29");
            assertThat(timeline.events()).isEmpty();
            assertThat(timeline.status()).isEqualTo(ReferralStatus.AWAITING_REASONABLE_GROUNDS);
            assertThat(timeline.support().periods()).isEmpty();
        }

        @Test
        void eventsKeepTheirFieldsAndTheirRecordingTimeToTheMillisecond() {
            ReferralHistory history = referredOn("2024-03-01").supportStarted("2024-03-02")
                    .reasonableGrounds("2024-03-06", NEGATIVE)
                    .reconsiderationRequested(REASONABLE_GROUNDS, "2024-03-08");
            assertThat(asOf(history, "2024-03-08").events()).containsExactly(
                    new TimelineEvent(0, ReferralEventType.REFERRED, date("2024-03-01"), null, null, null, null,
                            "2024-03-01T10:15:30.123Z"),
                    new TimelineEvent(1, ReferralEventType.SUPPORT_STARTED, date("2024-03-02"), null, null,
                            SupportKind.ACCOMMODATION, null, "2024-03-01T10:16:30.123Z"),
                    new TimelineEvent(2, ReferralEventType.REASONABLE_GROUNDS_DECISION, date("2024-03-06"), NEGATIVE,
                            null, null, null, "2024-03-01T10:17:30.123Z"),
                    new TimelineEvent(3, ReferralEventType.RECONSIDERATION_REQUESTED, date("2024-03-08"), null,
                            REASONABLE_GROUNDS, null, null, "2024-03-01T10:18:30.123Z"));
        }

        @Test
        void listSummariesLeaveOutEventsAndTheRestIsUnchanged() {
            Timeline timeline = asOf(decided, "2024-06-01");
            Timeline summary = timeline.withoutEvents();
            assertThat(summary.events()).isNull();
            assertThat(summary).usingRecursiveComparison().ignoringFields("events").isEqualTo(timeline);
        }
    }

    @Nested
    class WorkingDaysToReasonableGrounds {

        @Test
        void countTheBankHolidaysOfTheReferralsJurisdiction() {
            // Fri 31 Dec 2021 -> Wed 5 Jan 2022: Scotland has 3 and 4 January off, England and Wales only 3 January
            ReferralRecord scottish = referred(SCOTLAND, "2021-12-31").reasonableGrounds("2022-01-05", POSITIVE).record();
            ReferralRecord english = referredOn("2021-12-31").reasonableGrounds("2022-01-05", POSITIVE).record();
            assertThat(TIMELINES.of(scottish, date("2022-02-01"), DEFAULT_WINDOWS).reasonableGrounds()
                    .workingDaysFromReferral()).isEqualTo(1);
            assertThat(TIMELINES.of(english, date("2022-02-01"), DEFAULT_WINDOWS).reasonableGrounds()
                    .workingDaysFromReferral()).isEqualTo(2);
        }

        @Test
        void aDecisionOnTheDayOfReferralTookNoDays() {
            Timeline timeline = asOf(referredOn("2024-03-01").reasonableGrounds("2024-03-01", POSITIVE), "2024-03-01");
            assertThat(timeline.reasonableGrounds()).isEqualTo(new ReasonableGrounds(date("2024-03-01"), POSITIVE, 0L, 0L));
        }

        @Test
        void beyondTheBankHolidayDataTheTimelineIsRefused() {
            ReferralHistory history = referredOn("2027-12-30").reasonableGrounds("2028-01-04", POSITIVE);
            assertThatThrownBy(() -> asOf(history, "2028-02-01")).isInstanceOf(OutsideCalendarRange.class);
        }
    }
}
