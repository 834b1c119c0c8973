package org.nrmtracker.benchmark;

/**
 * The comparison's result: both engines seeded with the same {@code events} (of {@code referrals}
 * referrals) and replayed from the tail. {@code ratio} is axon-mongo's replay time over ours; when
 * axon-mongo was stopped at the cap its time is the cap, so the ratio is a lower bound.
 */
public record Figures(int events, int referrals, Engine sequenced, Engine axonMongo, double ratio) {

    /**
     * One engine's figures. {@code delivered} is the distinct events its replay handed to the
     * handler; {@code seconds} runs from the processor's start to the last of them (or to the cap).
     */
    public record Engine(double seedingSeconds, double seedingEventsPerSecond, int delivered, double seconds,
                         double eventsPerSecond, boolean capped, boolean everyEventOnce) {

        static Engine of(Seeding.Rate seeding, TimedReplay.Result replay) {
            return new Engine(seeding.seconds(), seeding.eventsPerSecond(), replay.delivered(), replay.seconds(),
                    replay.eventsPerSecond(), replay.capped(), replay.everyEventOnce());
        }
    }

    /** True when the ratio is only a lower bound, because axon-mongo's replay hit the cap. */
    public boolean capped() {
        return axonMongo.capped();
    }

    /** A short table for a terminal or a report. */
    public String table() {
        return String.format("""
                        Replay of %,d events (%,d referrals), H2 file backend, same server and process
                        engine       seeding ev/s   replayed   replay s   replay ev/s   every event once
                        sequenced    %12.0f   %8d   %8.1f   %11.0f   %s
                        axon-mongo   %12.0f   %8d   %8.1f%s  %11.0f   %s
                        ratio (axon-mongo time / ours): %s%.1fx
                        """, events, referrals,
                sequenced.seedingEventsPerSecond(), sequenced.delivered(), sequenced.seconds(),
                sequenced.eventsPerSecond(), sequenced.everyEventOnce(),
                axonMongo.seedingEventsPerSecond(), axonMongo.delivered(), axonMongo.seconds(),
                axonMongo.capped() ? "*" : " ", axonMongo.eventsPerSecond(), axonMongo.everyEventOnce(),
                capped() ? ">= " : "", ratio)
                + (capped() ? "* stopped at the cap\n" : "");
    }
}
