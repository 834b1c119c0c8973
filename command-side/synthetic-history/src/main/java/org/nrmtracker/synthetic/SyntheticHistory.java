package org.nrmtracker.synthetic;

import org.nrmtracker.kernel.referral.ReferralEvent;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Synthetic, realistic NRM referral histories, calibrated to the published statistics, as NDJSON for the import
 * endpoint (docs/api.md §3.3): one event a line, each referral's lines together and in date order. The model and
 * the source of every parameter are in this module's README.md; the tables it reads are in {@code /tables/}.
 * <p>
 * Reproducible: the output depends only on the seed, the scale, the as-of date and the referral range. The
 * simulation always runs from the NRM's start (2009) to the as-of date, so the queues are as full as they were;
 * {@code --from}/{@code --to} only choose which referrals are written. A later as-of date only adds events.
 * <pre>
 * java -jar command-side/synthetic-history/target/synthetic-history.jar \
 *      --seed 42 --from 2019 --to 2026 --scale 0.1 --out data/demo.ndjson
 * </pre>
 */
public final class SyntheticHistory {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String USAGE = """
            Writes synthetic NRM referral histories as NDJSON (docs/api.md §3.3), calibrated to the Home Office tables.
              --seed N              random seed (default 42); the same options give the same bytes
              --from YEAR|YEAR-Qn   first referral quarter written (default 2019)
              --to YEAR|YEAR-Qn     last referral quarter written (default: that of --as-of)
              --scale X             fraction of the published volumes, e.g. 0.05 (default 0.1)
              --as-of YYYY-MM-DD    the simulated today: no event is dated after it (default: today in London)
              --out FILE            where to write (default: standard output)
              --report              print decisions per quarter against the published counts to standard error
            """;

    private final long seed;
    private final double scale;
    private final LocalDate asOf;
    private final PublishedTables tables = PublishedTables.load();
    private List<Case> cases;
    private Casework casework;

    public SyntheticHistory(long seed, double scale, LocalDate asOf) {
        if (!(scale > 0 && scale <= 10)) {
            throw new IllegalArgumentException("The scale is a fraction of the published volumes, above 0 and at most 10.");
        }
        if (asOf.isBefore(tables.firstQuarter().firstDay())) {
            throw new IllegalArgumentException("The as-of date is before the NRM began on 2009-04-01.");
        }
        this.seed = seed;
        this.scale = scale;
        this.asOf = asOf;
    }

    /** Each referral's events, for referrals made from the first day of {@code from} to the last of {@code to}. */
    List<List<ReferralEvent>> histories(Quarter from, Quarter to) {
        List<List<ReferralEvent>> histories = new ArrayList<>();
        for (Case subject : cases()) {
            Quarter referred = Quarter.of(subject.referral.referredOn());
            if (!referred.isAfter(to) && referred.compareTo(from) >= 0) {
                histories.add(SupportJourney.history(subject, asOf));
            }
        }
        return histories;
    }

    /** Writes the NDJSON; returns the number of lines. */
    long write(Quarter from, Quarter to, Writer out) throws IOException {
        long lines = 0;
        for (List<ReferralEvent> history : histories(from, to)) {
            for (ReferralEvent event : history) {
                out.write(NdjsonLines.line(event));
                out.write('\n');
                lines++;
            }
        }
        out.flush();
        return lines;
    }

    /** Decisions the published counts allowed but no ready case could take, per quarter and stage. */
    TreeMap<Quarter, int[]> unusedCapacity() {
        cases();
        return casework.unusedCapacity();
    }

    PublishedTables tables() {
        return tables;
    }

    LocalDate asOf() {
        return asOf;
    }

    double scale() {
        return scale;
    }

    private List<Case> cases() {
        if (cases == null) {
            casework = new Casework(tables, seed, scale, asOf);
            cases = casework.run();
            cases.sort(Comparator.comparingLong(c -> c.order));
        }
        return cases;
    }

    public static void main(String[] args) {
        System.exit(run(args, Clock.system(LONDON), System.out, System.err));
    }

    /** The command line; returns the exit status. */
    static int run(String[] args, Clock clock, OutputStream standardOut, PrintStream err) {
        long seed = 42;
        String from = "2019";
        String to = null;
        double scale = 0.1;
        LocalDate asOf = LocalDate.now(clock);
        Path out = null;
        boolean report = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--seed" -> seed = Long.parseLong(value(args, ++i));
                    case "--from" -> from = value(args, ++i);
                    case "--to" -> to = value(args, ++i);
                    case "--scale" -> scale = Double.parseDouble(value(args, ++i));
                    case "--as-of" -> asOf = LocalDate.parse(value(args, ++i));
                    case "--out" -> out = Path.of(value(args, ++i));
                    case "--report" -> report = true;
                    case "--help", "-h" -> {
                        err.print(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("Unknown option " + args[i] + ".");
                }
            }
            Quarter first = Quarter.parse(from, false);
            Quarter last = to == null ? Quarter.of(asOf) : Quarter.parse(to, true);
            if (first.isAfter(last)) {
                throw new IllegalArgumentException("--from " + first + " is after --to " + last + ".");
            }
            long started = System.nanoTime();
            SyntheticHistory history = new SyntheticHistory(seed, scale, asOf);
            long lines;
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(
                    out == null ? nonClosing(standardOut) : Files.newOutputStream(out), StandardCharsets.UTF_8),
                    1 << 16)) {
                lines = history.write(first, last, writer);
            }
            err.printf("Wrote %,d lines (%s to %s, seed %d, scale %s, as of %s) in %.1f s%s%n", lines, first, last,
                    seed, scale, asOf, (System.nanoTime() - started) / 1e9, out == null ? "" : " to " + out);
            if (report) {
                err.print(CalibrationReport.of(history, first, last));
            }
            return 0;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("Option " + args[i - 1] + " needs a value.");
        }
        return args[i];
    }

    private static OutputStream nonClosing(OutputStream stream) {
        return new FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
