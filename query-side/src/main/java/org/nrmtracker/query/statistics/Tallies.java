package org.nrmtracker.query.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * One tally per group key, filled in a single pass over the referrals and then read out sorted by key. Each
 * thread of a parallel pass fills its own; {@link #addAll} joins them.
 */
final class Tallies<T> {

    private final Map<List<String>, T> byKey = new HashMap<>();
    private final Supplier<T> newTally;
    private final BiConsumer<T, T> join;

    /** @param join adds the second tally of a group into the first */
    Tallies(Supplier<T> newTally, BiConsumer<T, T> join) {
        this.newTally = newTally;
        this.join = join;
    }

    T of(List<String> key) {
        T tally = byKey.get(key);
        if (tally == null) {
            tally = newTally.get();
            byKey.put(key, tally);
        }
        return tally;
    }

    void addAll(Tallies<T> other) {
        other.byKey.forEach((key, tally) -> join.accept(of(key), tally));
    }

    <G> List<G> sorted(BiFunction<List<String>, T, G> toGroup) {
        return byKey.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Grouping.KEY_ORDER))
                .map(entry -> toGroup.apply(entry.getKey(), entry.getValue()))
                .toList();
    }
}
