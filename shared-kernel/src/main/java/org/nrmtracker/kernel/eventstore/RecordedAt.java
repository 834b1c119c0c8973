package org.nrmtracker.kernel.eventstore;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How the moment an event was recorded is written everywhere (API answers, audit records, the hash
 * chain): UTC with exactly three fraction digits, e.g. {@code 2026-03-01T10:15:30.120Z}. The hash
 * covers this text, so it must never vary with the instant's precision.
 */
public final class RecordedAt {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    private RecordedAt() {
    }
}
