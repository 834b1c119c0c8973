package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ReferralMade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The referrals of a quarter, as the Home Office table counts them: per age and location, Poisson(published ×
 * scale), on days drawn over the quarter (weekends a quarter of a weekday's weight), none after the as-of date.
 * Each becomes a {@link Case} with its profile, its support plan and, for an adult, when it would withdraw.
 */
final class Arrivals {

    /** Adults (and unknown ages) who withdraw if still waiting for a decision then; the median delay. */
    private static final double WITHDRAWAL = 0.25;
    private static final double WITHDRAWAL_AFTER = 300;

    private final PublishedTables tables;
    private final ReferralProfiles profiles;
    private final long seed;
    private final double scale;
    private final int asOf;

    Arrivals(PublishedTables tables, long seed, double scale, int asOf) {
        this.tables = tables;
        this.profiles = new ReferralProfiles(tables);
        this.seed = seed;
        this.scale = scale;
        this.asOf = asOf;
    }

    /** The quarter's referrals, in the order they arrive. */
    List<Case> of(Quarter quarter) {
        double[][] expected = tables.referrals(quarter);
        int first = (int) quarter.firstDay().toEpochDay();
        double[] dayWeights = new double[(int) quarter.lastDay().toEpochDay() - first + 1];
        for (int d = 0; d < dayWeights.length; d++) {
            dayWeights[d] = Quarter.isWeekend(first + d) ? 0.25 : 1.0;
        }
        List<Case> made = new ArrayList<>();
        for (AgeAtExploitation age : PublishedTables.AGES) {
            for (ExploitationLocation location : PublishedTables.LOCATIONS) {
                SplittableRandom random = Draws.source(seed, 'R', quarter.year(), quarter.number(), age.ordinal(),
                        location.ordinal());
                int count = Draws.poisson(random, expected[age.ordinal()][location.ordinal()] * scale);
                for (int i = 0; i < count; i++) {
                    int day = first + Draws.weighted(random, dayWeights);
                    if (day <= asOf) {
                        made.add(newCase(quarter, age, location, i, day));
                    }
                }
            }
        }
        made.sort(Comparator.comparingLong(c -> c.order));
        return made;
    }

    private Case newCase(Quarter quarter, AgeAtExploitation age, ExploitationLocation location, int number, int day) {
        SplittableRandom random = Draws.source(seed, 'K', quarter.year(), quarter.number(), age.ordinal(),
                location.ordinal(), number);
        ReferralMade referral = profiles.referral(random, LocalDate.ofEpochDay(day), age, location);
        boolean mayWithdraw = age != AgeAtExploitation.CHILD && Draws.chance(random, WITHDRAWAL);
        int withdrawAfter = 1 + Draws.lognormalDays(random, WITHDRAWAL_AFTER, 1.0);
        long order = ((long) day << 32) | ((long) age.ordinal() << 28) | ((long) location.ordinal() << 24) | number;
        return new Case(order, referral, random, SupportPlan.draw(random, age),
                mayWithdraw ? day + withdrawAfter : Case.NEVER);
    }
}
