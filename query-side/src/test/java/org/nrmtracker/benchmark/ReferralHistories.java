package org.nrmtracker.benchmark;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.ConclusiveGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.DecisionStage;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReconsiderationRequested;
import org.nrmtracker.kernel.referral.ReferralEvent;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.ReferralWithdrawn;
import org.nrmtracker.kernel.referral.SupportEndReason;
import org.nrmtracker.kernel.referral.SupportEnded;
import org.nrmtracker.kernel.referral.SupportKind;
import org.nrmtracker.kernel.referral.SupportStarted;
import org.nrmtracker.kernel.referral.SealedText;
import org.nrmtracker.kernel.referral.Survivor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Referral histories as an import would bring them: a referral, its reasonable-grounds decision,
 * often support and a conclusive-grounds decision, sometimes a reconsideration or a withdrawal
 * (about 3.5 events a referral). Generated from a fixed seed, so both engines store the same facts.
 */
final class ReferralHistories {

    /** One referral's events, in stream order, and the organisation that recorded them. */
    record History(ReferralId id, String organisation, List<ReferralEvent> events) {
    }

    private static final LocalDate FIRST_REFERRAL = LocalDate.of(2019, 1, 1);
    private static final List<String> NATIONALITIES = List.of("GBR", "ALB", "VNM", "ERI", "SDN", "ROU", "IND");

    /** Histories with exactly {@code events} events in all; the last one may be cut short. */
    static List<History> totalling(int events, long seed) {
        Random random = new Random(seed);
        List<History> histories = new ArrayList<>();
        int remaining = events;
        while (remaining > 0) {
            History history = next(random);
            if (history.events().size() > remaining) {
                // a prefix of a history is still a valid history
                history = new History(history.id(), history.organisation(), history.events().subList(0, remaining));
            }
            histories.add(history);
            remaining -= history.events().size();
        }
        return histories;
    }

    private static History next(Random random) {
        ReferralId id = new ReferralId(new UUID(random.nextLong(), random.nextLong()));
        LocalDate referredOn = FIRST_REFERRAL.plusDays(random.nextInt(5 * 365));
        List<ReferralEvent> events = new ArrayList<>();
        events.add(new ReferralMade(id, referredOn, pick(random, Jurisdiction.values()),
                new FirstResponder(pick(random, FirstResponderType.values()), null),
                // the reference as stored: sealed (docs/personal-data.md), a token of the usual length
                new Survivor(null, pick(random, AgeAtExploitation.values()), pick(random, Gender.values()),
                        List.of(NATIONALITIES.get(random.nextInt(NATIONALITIES.size()))),
                        new SealedText(SealedText.PREFIX + "c2VhbGVkLXN1YmplY3Q" + random.nextInt(1_000_000))),
                new Exploitation(Set.of(pick(random, ExploitationType.values())),
                        pick(random, ExploitationLocation.values()), random.nextInt(10) == 0)));
        LocalDate day = referredOn.plusDays(2 + random.nextInt(40));
        boolean positive = random.nextInt(100) < 85;
        events.add(new ReasonableGroundsDecisionRecorded(id, day, outcome(positive)));
        if (!positive) {
            if (random.nextInt(100) < 40) {
                events.add(new ReconsiderationRequested(id, DecisionStage.REASONABLE_GROUNDS, day.plusDays(20)));
            }
            return new History(id, organisation(random), events);
        }
        boolean supported = random.nextInt(100) < 70;
        if (supported) {
            events.add(new SupportStarted(id, day.plusDays(random.nextInt(5)),
                    random.nextBoolean() ? SupportKind.ACCOMMODATION : SupportKind.OUTREACH));
        }
        if (random.nextInt(100) < 8) {
            events.add(new ReferralWithdrawn(id, day.plusDays(30 + random.nextInt(200))));
            return new History(id, organisation(random), events);
        }
        day = day.plusDays(60 + random.nextInt(500));
        if (random.nextInt(100) < 75) {
            boolean conclusive = random.nextInt(100) < 80;
            events.add(new ConclusiveGroundsDecisionRecorded(id, day, outcome(conclusive)));
            if (supported && random.nextInt(100) < 60) {
                events.add(new SupportEnded(id, day.plusDays(45),
                        conclusive ? SupportEndReason.MOVED_ON : SupportEndReason.NEGATIVE_DECISION));
            }
        }
        return new History(id, organisation(random), events);
    }

    private static DecisionOutcome outcome(boolean positive) {
        return positive ? DecisionOutcome.POSITIVE : DecisionOutcome.NEGATIVE;
    }

    private static String organisation(Random random) {
        return "organisation-" + random.nextInt(12);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private ReferralHistories() {
    }
}
