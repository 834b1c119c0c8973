package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.AgeAtExploitation;
import org.nrmtracker.kernel.referral.Exploitation;
import org.nrmtracker.kernel.referral.ExploitationLocation;
import org.nrmtracker.kernel.referral.ExploitationType;
import org.nrmtracker.kernel.referral.FirstResponder;
import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Gender;
import org.nrmtracker.kernel.referral.Jurisdiction;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.kernel.referral.ReferralMade;
import org.nrmtracker.kernel.referral.Survivor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.nrmtracker.kernel.referral.ExploitationType.CRIMINAL;
import static org.nrmtracker.kernel.referral.ExploitationType.DOMESTIC_SERVITUDE;
import static org.nrmtracker.kernel.referral.ExploitationType.LABOUR;
import static org.nrmtracker.kernel.referral.ExploitationType.NOT_SPECIFIED;
import static org.nrmtracker.kernel.referral.ExploitationType.ORGAN_HARVESTING;
import static org.nrmtracker.kernel.referral.ExploitationType.SEXUAL;

/**
 * Who is referred, by whom, for what: everything on a REFERRED line except its date, age and location, which
 * come from the calibrated quarter cell. Shares and their sources are in the module's README.md.
 */
final class ReferralProfiles {

    /** The Home Office has recorded criminal exploitation, and the county-lines flag, separately since 2019. */
    private static final int CRIMINAL_RECORDED_FROM = 2019;
    private static final double UNKNOWN_NATIONALITY = 0.015;
    private static final double DUAL_NATIONALITY = 0.01;
    private static final double[] JURISDICTIONS = {0.935, 0.05, 0.015}; // E&W, Scotland, NI

    private record Combination(EnumSet<ExploitationType> types, double adult, double child) {
    }

    /** Exploitation-type sets with their weights for adults and for children (2019 on; see README). */
    private static final List<Combination> COMBINATIONS = List.of(
            combination(.40, .06, LABOUR),
            combination(.12, .08, SEXUAL),
            combination(.09, .48, CRIMINAL),
            combination(.04, .01, DOMESTIC_SERVITUDE),
            combination(.10, .13, NOT_SPECIFIED),
            combination(.10, .10, LABOUR, CRIMINAL),
            combination(.04, .01, LABOUR, SEXUAL),
            combination(.04, .005, LABOUR, DOMESTIC_SERVITUDE),
            combination(.02, .08, SEXUAL, CRIMINAL),
            combination(.02, .03, LABOUR, SEXUAL, CRIMINAL),
            combination(.015, .003, SEXUAL, DOMESTIC_SERVITUDE),
            combination(.005, .01, DOMESTIC_SERVITUDE, CRIMINAL),
            combination(.005, .002, LABOUR, SEXUAL, DOMESTIC_SERVITUDE, CRIMINAL),
            combination(.001, .0005, ORGAN_HARVESTING));

    private final PublishedTables tables;
    private final Map<Integer, NationalityShares> nationalities = new HashMap<>();

    ReferralProfiles(PublishedTables tables) {
        this.tables = tables;
    }

    ReferralMade referral(SplittableRandom random, LocalDate referredOn, AgeAtExploitation age,
                          ExploitationLocation location) {
        ReferralId id = new ReferralId(Draws.uuid(random));
        int year = referredOn.getYear();
        Jurisdiction jurisdiction = Jurisdiction.values()[Draws.weighted(random, JURISDICTIONS)];
        NationalityShares shares = nationalities.computeIfAbsent(year, this::sharesOf);
        List<String> codes = nationalities(random, shares, age, location);
        String main = codes.isEmpty() ? "" : codes.get(0);
        Gender gender = gender(random, shares, main, age);
        Exploitation exploitation = exploitation(random, year, age, gender, location, main);
        FirstResponder firstResponder = firstResponder(random, jurisdiction, age, main);
        String subjectRef = "syn-%010x".formatted(random.nextLong() & 0xFF_FFFF_FFFFL);
        return new ReferralMade(id, referredOn, jurisdiction, firstResponder,
                new Survivor(subjectRef, age, gender, codes), exploitation);
    }

    private NationalityShares sharesOf(int year) {
        double[][] cells = new double[PublishedTables.AGES.length][PublishedTables.LOCATIONS.length];
        for (int number = 1; number <= 4; number++) {
            Quarter quarter = new Quarter(year, number);
            if (quarter.compareTo(tables.firstQuarter()) < 0) {
                continue;
            }
            double[][] expected = tables.referrals(quarter);
            for (int a = 0; a < cells.length; a++) {
                for (int l = 0; l < cells[a].length; l++) {
                    cells[a][l] += expected[a][l];
                }
            }
        }
        return new NationalityShares(year, cells);
    }

    private static List<String> nationalities(SplittableRandom random, NationalityShares shares,
                                              AgeAtExploitation age, ExploitationLocation location) {
        double draw = random.nextDouble();
        if (draw < UNKNOWN_NATIONALITY) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(2);
        codes.add(shares.draw(random, age, location));
        if (draw > 1 - DUAL_NATIONALITY) {
            String second = shares.draw(random, age, location);
            if (!second.equals(codes.get(0))) {
                codes.add(second);
            }
        }
        return codes;
    }

    private static Gender gender(SplittableRandom random, NationalityShares shares, String nationality,
                                 AgeAtExploitation age) {
        double draw = random.nextDouble();
        if (draw < 0.002) {
            return Gender.OTHER;
        }
        if (draw < 0.006) {
            return Gender.NOT_SPECIFIED;
        }
        return Draws.chance(random, shares.femaleProbability(nationality, age)) ? Gender.FEMALE : Gender.MALE;
    }

    private static Exploitation exploitation(SplittableRandom random, int year, AgeAtExploitation age,
                                             Gender gender, ExploitationLocation location, String nationality) {
        boolean child = age == AgeAtExploitation.CHILD;
        boolean criminalRecorded = year >= CRIMINAL_RECORDED_FROM;
        double[] weights = new double[COMBINATIONS.size()];
        for (int i = 0; i < weights.length; i++) {
            Combination combination = COMBINATIONS.get(i);
            EnumSet<ExploitationType> types = combination.types();
            double weight = child ? combination.child() : combination.adult();
            if (types.contains(NOT_SPECIFIED) && !criminalRecorded) {
                weight *= child ? 2.0 : 0.7; // 27% of minors' referrals had no recorded type in 2016
            }
            if (types.contains(SEXUAL)) {
                weight *= gender == Gender.FEMALE ? 3.5 : 0.45;
            }
            if (types.contains(DOMESTIC_SERVITUDE)) {
                weight *= gender == Gender.FEMALE ? 3.0 : 0.6;
            }
            if (gender == Gender.FEMALE && types.equals(EnumSet.of(CRIMINAL))) {
                weight *= 0.35;
            }
            if (types.contains(CRIMINAL) && location == ExploitationLocation.OVERSEAS) {
                weight *= 0.3;
            }
            if (types.contains(NOT_SPECIFIED) && location == ExploitationLocation.NOT_SPECIFIED) {
                weight *= 2.0;
            }
            weights[i] = weight;
        }
        EnumSet<ExploitationType> types = EnumSet.copyOf(COMBINATIONS.get(Draws.weighted(random, weights)).types());
        if (!criminalRecorded && types.remove(CRIMINAL)) {
            types.add(LABOUR); // before 2019, criminal exploitation was counted as labour
        }
        boolean countyLines = criminalRecorded && types.contains(CRIMINAL)
                && (location == ExploitationLocation.UK || location == ExploitationLocation.UK_AND_OVERSEAS)
                && Draws.chance(random, countyLinesProbability(child, nationality));
        return new Exploitation(types, location, countyLines);
    }

    /** County lines: mostly UK children moving drugs; tuned to 2,281 flagged referrals (13%) in 2022. */
    private static double countyLinesProbability(boolean child, String nationality) {
        boolean british = nationality.equals("GBR");
        if (child) {
            return british ? 0.8 : 0.3;
        }
        return british ? 0.35 : 0.08;
    }

    private static FirstResponder firstResponder(SplittableRandom random, Jurisdiction jurisdiction,
                                                 AgeAtExploitation age, String nationality) {
        // POLICE, LOCAL_AUTHORITY, GOVERNMENT_AGENCY, NGO, OTHER: UK nationals are referred by the police and
        // children's services, foreign adults mostly by the Home Office's own agencies and NGOs
        boolean british = nationality.equals("GBR");
        double[] weights = switch (age) {
            case CHILD -> british ? new double[]{.44, .50, .01, .03, .02} : new double[]{.20, .38, .37, .04, .01};
            case ADULT -> british ? new double[]{.55, .22, .02, .17, .04} : new double[]{.15, .05, .58, .20, .02};
            case NOT_SPECIFIED -> new double[]{.20, .10, .60, .08, .02};
        };
        FirstResponderType type = FirstResponderType.values()[Draws.weighted(random, weights)];
        return new FirstResponder(type, Organisations.pick(random, type, jurisdiction));
    }

    private static Combination combination(double adult, double child, ExploitationType first,
                                           ExploitationType... rest) {
        return new Combination(EnumSet.of(first, rest), adult, child);
    }
}
