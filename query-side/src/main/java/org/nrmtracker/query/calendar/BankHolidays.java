package org.nrmtracker.query.calendar;

import org.nrmtracker.kernel.referral.Jurisdiction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The bank holidays of each UK jurisdiction as GOV.UK publishes them per division, shipped as
 * {@code bank-holidays/bank-holidays.csv} ({@code division,date,title}; see the README beside it). A jurisdiction's
 * data covers whole calendar years, from 1 January of its first year to 31 December of its last; a date outside
 * them is unknown, not holiday-free, so asking about it throws {@link OutsideCalendarRange}. The application's
 * comes from {@link #shipped()} (see {@link CalendarConfiguration}).
 */
public final class BankHolidays {

    private static final String RESOURCE = "/bank-holidays/bank-holidays.csv";
    private static final String HEADER = "division,date,title";

    private final Map<Jurisdiction, Division> divisions;

    private BankHolidays(Map<Jurisdiction, Division> divisions) {
        this.divisions = divisions;
    }

    /** The data shipped with the application, {@code bank-holidays/bank-holidays.csv}: its calendar. */
    public static BankHolidays shipped() {
        InputStream in = BankHolidays.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The bank-holiday data " + RESOURCE + " is missing from the classpath.");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bank-holiday data " + RESOURCE, e);
        }
    }

    /** Reads data in the shipped format; fails on anything it cannot vouch for, so bad data never starts the app. */
    public static BankHolidays read(Reader csv, String name) {
        return new BankHolidays(parse(csv, name));
    }

    public boolean isBankHoliday(Jurisdiction jurisdiction, LocalDate date) {
        ensureCovers(jurisdiction, date, date);
        return division(jurisdiction).dates().contains(date);
    }

    public LocalDate firstCoveredDay(Jurisdiction jurisdiction) {
        return division(jurisdiction).firstDay();
    }

    public LocalDate lastCoveredDay(Jurisdiction jurisdiction) {
        return division(jurisdiction).lastDay();
    }

    /** @throws OutsideCalendarRange unless every date from {@code first} to {@code last} is covered */
    public void ensureCovers(Jurisdiction jurisdiction, LocalDate first, LocalDate last) {
        Division division = division(jurisdiction);
        if (first.isBefore(division.firstDay()) || last.isAfter(division.lastDay())) {
            throw new OutsideCalendarRange(jurisdiction, division.firstDay(), division.lastDay());
        }
    }

    private Division division(Jurisdiction jurisdiction) {
        return divisions.get(jurisdiction);
    }

    private static Map<Jurisdiction, Division> parse(Reader csv, String name) {
        Map<Jurisdiction, NavigableSet<LocalDate>> dates = new EnumMap<>(Jurisdiction.class);
        Map<String, Jurisdiction> bySlug = Arrays.stream(Jurisdiction.values())
                .collect(Collectors.toMap(BankHolidays::divisionName, j -> j));
        try (BufferedReader lines = new BufferedReader(csv)) {
            String header = lines.readLine();
            if (!HEADER.equals(header == null ? null : header.strip())) {
                throw new IllegalStateException(name + " must start with the header " + HEADER);
            }
            int lineNumber = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", 3);
                Jurisdiction jurisdiction = bySlug.get(fields[0].strip());
                if (fields.length < 3 || jurisdiction == null) {
                    throw new IllegalStateException("%s line %d: expected division,date,title with division one of %s"
                            .formatted(name, lineNumber, bySlug.keySet()));
                }
                LocalDate date = parseDate(fields[1].strip(), name, lineNumber);
                dates.computeIfAbsent(jurisdiction, j -> new TreeSet<>()).add(date);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bank-holiday data " + name, e);
        }
        Map<Jurisdiction, Division> divisions = new EnumMap<>(Jurisdiction.class);
        for (Jurisdiction jurisdiction : Jurisdiction.values()) {
            divisions.put(jurisdiction, Division.of(jurisdiction, dates.get(jurisdiction), name));
        }
        return divisions;
    }

    private static LocalDate parseDate(String text, String name, int lineNumber) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("%s line %d: the date is not YYYY-MM-DD".formatted(name, lineNumber));
        }
        // the feed lists the observed (substitute) day; a weekend date would be counted off working days twice
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new IllegalStateException("%s line %d: %s is a weekend; list the observed weekday instead"
                    .formatted(name, lineNumber, date));
        }
        return date;
    }

    /** GOV.UK's division names: {@code england-and-wales}, {@code scotland}, {@code northern-ireland}. */
    static String divisionName(Jurisdiction jurisdiction) {
        return jurisdiction.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
