package org.nrmtracker.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, as the Home Office tables count referrals and decisions ("2023-Q3"). */
record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-?Q([1-4]))?");

    Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number + ".");
        }
    }

    static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** "2019" or "2019-Q2"; a bare year means its first quarter, or its last when {@code endOfYear}. */
    static Quarter parse(String text, boolean endOfYear) {
        Matcher matcher = TEXT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Expected a year (2019) or a quarter (2019-Q2), not '" + text + "'.");
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) != null) {
            return new Quarter(year, Integer.parseInt(matcher.group(2)));
        }
        return new Quarter(year, endOfYear ? 4 : 1);
    }

    LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    /** For each day of the quarter, its number among the quarter's weekdays, or -1 at a weekend. */
    int[] weekdayNumbers() {
        int first = (int) firstDay().toEpochDay();
        int[] numbers = new int[(int) lastDay().toEpochDay() - first + 1];
        int next = 0;
        for (int d = 0; d < numbers.length; d++) {
            numbers[d] = isWeekend(first + d) ? -1 : next++;
        }
        return numbers;
    }

    static boolean isWeekend(int epochDay) {
        DayOfWeek weekday = LocalDate.ofEpochDay(epochDay).getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }

    boolean isAfter(Quarter other) {
        return compareTo(other) > 0;
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
