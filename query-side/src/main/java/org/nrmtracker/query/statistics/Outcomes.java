package org.nrmtracker.query.statistics;

/** How many referrals had a decision of one stage, and how many of those latest outcomes were each way. */
record Outcomes(long decided, long positive, long negative) {

    Double positiveRate() {
        return Rate.of(positive, decided);
    }
}
