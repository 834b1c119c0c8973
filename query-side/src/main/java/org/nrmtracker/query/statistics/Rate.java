package org.nrmtracker.query.statistics;

/** docs/api.md §5: rates are fractions in [0, 1], null when the denominator is 0. */
final class Rate {

    static Double of(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    private Rate() {
    }
}
