package org.nrmtracker.query.timeline;

import org.nrmtracker.platform.problem.InvalidRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code windows} parameter (docs/api.md §4.1, §5): comma-separated whole numbers of days, each 1–3650, each
 * given once. Answers list them in ascending order whatever order they were asked in, so equal questions give
 * identical answers.
 */
public final class WindowDays {

    private static final String FIELD = "windows";
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /**
     * @param raw the parameter as received, or null when it is absent
     * @return the windows in ascending order; {@link DecisionWindow#DEFAULT} for null
     * @throws InvalidRequest naming {@code windows} when it is empty, not a list of numbers, out of range or repeats one
     */
    public static List<DecisionWindow> parse(String raw) {
        if (raw == null) {
            return DecisionWindow.DEFAULT;
        }
        if (raw.isBlank()) {
            throw new InvalidRequest(FIELD, "must list at least one number of days, e.g. 45,90");
        }
        List<Integer> days = new ArrayList<>();
        for (String part : raw.split(",", -1)) {
            String number = part.strip();
            if (!NUMBER.matcher(number).matches()) {
                throw new InvalidRequest(FIELD, "must be whole numbers of days separated by commas, e.g. 45,90");
            }
            // more than four digits (after leading zeros) is out of range whatever they are, and may not fit an int
            String digits = number.replaceFirst("^0+(?=.)", "");
            int value = digits.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(digits);
            if (value < DecisionWindow.MIN_DAYS || value > DecisionWindow.MAX_DAYS) {
                throw new InvalidRequest(FIELD, "each window must be from %d to %d days"
                        .formatted(DecisionWindow.MIN_DAYS, DecisionWindow.MAX_DAYS));
            }
            if (days.contains(value)) {
                throw new InvalidRequest(FIELD, "each window may be given only once");
            }
            days.add(value);
        }
        return days.stream().sorted().map(DecisionWindow::new).toList();
    }

    private WindowDays() {
    }
}
