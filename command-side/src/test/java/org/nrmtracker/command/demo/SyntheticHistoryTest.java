package org.nrmtracker.command.demo;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.nrmtracker.command.referral.EndSupport;
import org.nrmtracker.command.referral.MakeReferral;
import org.nrmtracker.command.referral.RecordConclusiveGroundsDecision;
import org.nrmtracker.command.referral.RecordReasonableGroundsDecision;
import org.nrmtracker.command.referral.Referral;
import org.nrmtracker.command.referral.RequestReconsideration;
import org.nrmtracker.command.referral.StartSupport;
import org.nrmtracker.command.referral.WithdrawReferral;
import org.nrmtracker.kernel.policy.RecoveryPeriodPolicy;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralEventType;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportStarted;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator on its own: reproducible, and every history it writes passes the write rules. */
class SyntheticHistoryTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final Clock TODAY = Clock.fixed(AS_OF.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
        String[] options = {"--from", "2023", "--to", "2024", "--scale", "0.01", "--as-of", AS_OF.toString()};

        byte[] first = generate("--seed", "7", options);
        byte[] again = generate("--seed", "7", options);
        byte[] other = generate("--seed", "8", options);

        assertThat(first).hasSizeGreaterThan(100_000);
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aLaterAsOfDateOnlyAddsEvents() {
        String earlier = "2024-06-30";
        Set<String> before = lines(generate("--seed", "3", "--from", "2022", "--to", "2024-Q2", "--scale", "0.01",
                "--as-of", earlier));
        List<String> after = List.of(new String(generate("--seed", "3", "--from", "2022", "--to", "2024-Q2",
                "--scale", "0.01", "--as-of", AS_OF.toString()), StandardCharsets.UTF_8).split("\n"));

        // every line known on the earlier date is still there, and nothing dated by then was added
        assertThat(after).containsAll(before);
        Set<String> datedByThen = after.stream().filter(line -> !dateOf(line).isAfter(LocalDate.parse(earlier)))
                .collect(Collectors.toSet());
        assertThat(datedByThen).isEqualTo(before);
    }

    @Test
    void everyGeneratedHistoryPassesTheWriteRules() {
        SyntheticHistory generator = new SyntheticHistory(11, 0.004, AS_OF);
        List<List<ReferralEvent>> histories = generator.histories(new Quarter(2019, 1), Quarter.of(AS_OF));
        Set<ReferralEventType> seen = EnumSet.noneOf(ReferralEventType.class);
        for (List<ReferralEvent> history : histories) {
            FixtureConfiguration<Referral> fixture = new AggregateTestFixture<>(Referral.class);
            fixture.registerInjectableResource(TODAY);
            for (int i = 0; i < history.size(); i++) {
                ReferralEvent next = history.get(i);
                // each event, as a command on the referral holding the events before it, records exactly that event
                fixture.given(history.subList(0, i).toArray())
                        .when(commandFor(next))
                        .expectSuccessfulHandlerExecution()
                        .expectEvents(next);
                seen.add(ReferralEventType.of(next));
            }
            assertDatesKeepTheRecoveryPeriod(history);
        }
        assertThat(histories).hasSizeGreaterThan(400);
        assertThat(seen).containsExactlyInAnyOrder(ReferralEventType.values());
    }

    @Test
    void theGeneratedNationalitiesGenderAndExploitationLookLikeThePublishedYear() {
        List<ReferralMade> referrals = new SyntheticHistory(5, 0.3, AS_OF).histories(new Quarter(2023, 1),
                new Quarter(2023, 4)).stream().map(h -> (ReferralMade) h.get(0)).toList();

        // 2023 (nrm-stats.csv): UK nationals 25%, Albanian 24%, Vietnamese 6%; 24% female; 44% children
        assertThat(share(referrals, r -> r.survivor().nationalities().contains("GBR"))).isBetween(0.22, 0.28);
        assertThat(share(referrals, r -> r.survivor().nationalities().contains("ALB"))).isBetween(0.21, 0.27);
        assertThat(share(referrals, r -> r.survivor().nationalities().contains("VNM"))).isBetween(0.04, 0.08);
        assertThat(share(referrals, r -> r.survivor().gender().name().equals("FEMALE"))).isBetween(0.21, 0.27);
        assertThat(share(referrals, r -> r.survivor().ageAtExploitation().name().equals("CHILD"))).isBetween(0.40, 0.48);
        assertThat(share(referrals, r -> r.exploitation().countyLines())).isBetween(0.08, 0.18);
        assertThat(share(referrals, r -> r.jurisdiction().name().equals("SCOTLAND"))).isBetween(0.03, 0.07);
    }

    @Test
    void aBadOptionIsExplainedWithTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SyntheticHistory.run(new String[]{"--scale", "zero"}, TODAY, new ByteArrayOutputStream(),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--scale X");
    }

    private static void assertDatesKeepTheRecoveryPeriod(List<ReferralEvent> history) {
        ReferralMade referral = (ReferralMade) history.get(0);
        LocalDate firstPositiveRg = null;
        for (ReferralEvent event : history) {
            LocalDate date = EventDates.dateOf(event);
            assertThat(date).isBetween(referral.referredOn(), AS_OF);
            if (event instanceof ReasonableGroundsDecisionRecorded rg && rg.outcome() == DecisionOutcome.POSITIVE
                    && firstPositiveRg == null) {
                firstPositiveRg = rg.decidedOn();
            }
            if (event instanceof ConclusiveGroundsDecisionRecorded cg) {
                int minimum = RecoveryPeriodPolicy.standard().minimumDaysOn(referral.jurisdiction(), firstPositiveRg);
                assertThat(cg.decidedOn()).as("CG after the recovery period").isAfterOrEqualTo(
                        firstPositiveRg.plusDays(minimum));
            }
        }
    }

    private static Object commandFor(ReferralEvent event) {
        if (event instanceof ReferralMade made) {
            return new MakeReferral(made.referralId(), made.referredOn(), made.jurisdiction(), made.firstResponder(),
                    made.survivor(), made.exploitation());
        }
        if (event instanceof ReasonableGroundsDecisionRecorded rg) {
            return new RecordReasonableGroundsDecision(rg.referralId(), rg.decidedOn(), rg.outcome());
        }
        if (event instanceof ConclusiveGroundsDecisionRecorded cg) {
            return new RecordConclusiveGroundsDecision(cg.referralId(), cg.decidedOn(), cg.outcome());
        }
        if (event instanceof ReconsiderationRequested request) {
            return new RequestReconsideration(request.referralId(), request.stage(), request.requestedOn());
        }
        if (event instanceof SupportStarted started) {
            return new StartSupport(started.referralId(), started.startedOn(), started.kind());
        }
        if (event instanceof SupportEnded ended) {
            return new EndSupport(ended.referralId(), ended.endedOn(), ended.reason());
        }
        ReferralWithdrawn withdrawn = (ReferralWithdrawn) event;
        return new WithdrawReferral(withdrawn.referralId(), withdrawn.withdrawnOn());
    }

    private static double share(List<ReferralMade> referrals, java.util.function.Predicate<ReferralMade> which) {
        return (double) referrals.stream().filter(which).count() / referrals.size();
    }

    private static byte[] generate(String first, String second, String... rest) {
        String[] args = new String[rest.length + 2];
        args[0] = first;
        args[1] = second;
        System.arraycopy(rest, 0, args, 2, rest.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = SyntheticHistory.run(args, TODAY, out, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        assertThat(status).as("exit status of %s", Arrays.toString(args)).isZero();
        return out.toByteArray();
    }

    private static Set<String> lines(byte[] ndjson) {
        return new HashSet<>(List.of(new String(ndjson, StandardCharsets.UTF_8).split("\n")));
    }

    /** The business date of a line: the first date-valued field after the type. */
    private static LocalDate dateOf(String line) {
        int at = line.indexOf("On\":\"");
        return LocalDate.parse(line.substring(at + 5, at + 15));
    }
}
