package org.nrmtracker.query;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what the processors do on their own threads: whether a condition comes to hold, polled. */
public final class Eventually {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    /** True as soon as the condition holds; false when it still does not after 20 seconds. */
    public static boolean holds(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private Eventually() {
    }
}
