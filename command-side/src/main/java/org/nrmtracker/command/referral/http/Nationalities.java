package org.nrmtracker.command.referral.http;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-3 country codes, as the JDK knows them, plus the codes travel documents use. */
final class Nationalities {

    private static final Set<String> KNOWN = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    static {
        // Not in ISO 3166-1 but in use for nationality (ICAO Doc 9303; the Home Office uses XKX):
        // Kosovo, stateless person, refugee (1951 Convention), other refugee
        KNOWN.addAll(Set.of("XKX", "XXA", "XXB", "XXC"));
    }

    static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }

    private Nationalities() {
    }
}
