package org.nrmtracker.synthetic;

import org.junit.jupiter.api.Test;
import org.nrmtracker.kernel.referral.ReferralMade;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator on its own: reproducible, and like the published year. That the command side accepts every
 * history it writes is the command side's test ({@code GeneratedHistoriesPassTheWriteRulesTest} there).
 */
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
    void theGeneratedNationalitiesGenderAndExploitationLookLikeThePublishedYear() {
        List<ReferralMade> referrals = new SyntheticHistory(5, 0.3, AS_OF).histories(new Quarter(2023, 1),
                new Quarter(2023, 4)).stream().map(h -> (ReferralMade) h.get(0)).toList();

        // 2023 (the published bulletin figures, docs/domain.md §2): UK nationals 25%, Albanian 24%, Vietnamese 6%;
        // 24% female; 44% children
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
