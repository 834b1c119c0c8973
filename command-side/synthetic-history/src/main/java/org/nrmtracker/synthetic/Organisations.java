package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.FirstResponderType;
import org.nrmtracker.kernel.referral.Jurisdiction;

import java.util.List;
import java.util.SplittableRandom;

/**
 * First responder organisations by type and jurisdiction (docs/domain.md §1.2 and §1.11: the designated first
 * responders), the first of each list the most frequent (weights 1/rank). OTHER carries no organisation.
 */
final class Organisations {

    private static final List<String> POLICE = List.of("Metropolitan Police Service", "West Midlands Police",
            "Greater Manchester Police", "West Yorkshire Police", "Thames Valley Police", "Kent Police",
            "Merseyside Police", "Essex Police", "South Wales Police", "Avon and Somerset Constabulary");
    private static final List<String> LOCAL_AUTHORITIES = List.of("Birmingham City Council",
            "London Borough of Croydon", "Kent County Council", "Manchester City Council", "Leeds City Council",
            "London Borough of Hillingdon", "Hampshire County Council", "Cardiff Council");
    private static final List<String> GOVERNMENT_AGENCIES = List.of("UK Visas and Immigration",
            "Immigration Enforcement", "Border Force", "National Crime Agency",
            "Gangmasters and Labour Abuse Authority");
    private static final List<String> NGOS = List.of("The Salvation Army", "Migrant Help", "Barnardo's",
            "Medaille Trust", "Kalayaan", "Unseen", "BAWSO", "NSPCC");

    private Organisations() {
    }

    static String pick(SplittableRandom random, FirstResponderType type, Jurisdiction jurisdiction) {
        List<String> names = switch (type) {
            case POLICE -> switch (jurisdiction) {
                case ENGLAND_AND_WALES -> POLICE;
                case SCOTLAND -> List.of("Police Scotland");
                case NORTHERN_IRELAND -> List.of("Police Service of Northern Ireland");
            };
            case LOCAL_AUTHORITY -> switch (jurisdiction) {
                case ENGLAND_AND_WALES -> LOCAL_AUTHORITIES;
                case SCOTLAND -> List.of("Glasgow City Council", "City of Edinburgh Council");
                case NORTHERN_IRELAND -> List.of("Belfast Health and Social Care Trust",
                        "Northern Health and Social Care Trust");
            };
            case GOVERNMENT_AGENCY -> GOVERNMENT_AGENCIES;
            case NGO -> switch (jurisdiction) {
                case ENGLAND_AND_WALES -> NGOS;
                case SCOTLAND -> List.of("TARA", "Migrant Help");
                case NORTHERN_IRELAND -> List.of("Migrant Help", "Barnardo's");
            };
            case OTHER -> List.of();
        };
        if (names.isEmpty()) {
            return null;
        }
        double[] weights = new double[names.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1.0 / (i + 1);
        }
        return names.get(Draws.weighted(random, weights));
    }
}
