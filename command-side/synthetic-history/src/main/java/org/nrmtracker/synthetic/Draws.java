package org.nrmtracker.synthetic;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The random draws of the generator, all from {@link SplittableRandom}s derived from the seed, and all computed
 * with {@link StrictMath}: the same seed gives the same bytes on every JVM and platform. Each part of the model
 * draws from its own source (a referral, a quarter's decision capacity...), so that a draw added to one part
 * never shifts the others.
 */
final class Draws {

    private Draws() {
    }

    /** A source for one part of the model, e.g. {@code source(seed, 'C', quarterIndex, age)}. */
    static SplittableRandom source(long seed, long... parts) {
        long h = mix(seed ^ 0x4E524D5472616B72L); // "NRMTrakr"
        for (long part : parts) {
            h = mix(h ^ mix(part + 0x9E3779B97F4A7C15L));
        }
        return new SplittableRandom(h);
    }

    /** SplitMix64's finaliser: a bijection that spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A random (version 4) UUID taken from the source, so ids are reproducible too. */
    static UUID uuid(SplittableRandom random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** Standard normal, by Box-Muller. */
    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble(); // (0, 1]
        double v = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** Whole days from a lognormal with the given median and log-scale spread: a long right tail. */
    static int lognormalDays(SplittableRandom random, double median, double sigma) {
        double days = median * StrictMath.exp(sigma * gaussian(random));
        return (int) StrictMath.min(StrictMath.round(days), 20_000L);
    }

    /** Poisson: exact for small means, the normal approximation (continuity-corrected) for large ones. */
    static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 40) {
            double limit = StrictMath.exp(-mean);
            double product = random.nextDouble();
            int count = 0;
            while (product > limit) {
                product *= random.nextDouble();
                count++;
            }
            return count;
        }
        return (int) StrictMath.max(0, StrictMath.floor(mean + StrictMath.sqrt(mean) * gaussian(random) + 0.5));
    }

    /** An index drawn with the given (not necessarily normalised) weights. */
    static int weighted(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
