package org.nrmtracker.query.statistics;

import java.math.BigDecimal;

/** Medians of whole days are whole or half days: kept exact, and written {@code 35} or {@code 35.5}. */
final class Halves {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    static BigDecimal midpoint(long a, long b) {
        return BigDecimal.valueOf(a + b).divide(TWO);
    }

    private Halves() {
    }
}
