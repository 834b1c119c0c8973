package org.nrmtracker.query.statistics;

import org.nrmtracker.query.timeline.DecisionWindow;
import org.nrmtracker.query.timeline.WindowState;

import java.util.ArrayList;
import java.util.List;

/**
 * How many referrals met, missed or are still inside each decision window. Windows not started (no positive RG)
 * or not applicable (withdrawn before CG) count in none of them.
 */
final class WindowCounts {

    private final List<DecisionWindow> windows;
    private final long[] met;
    private final long[] missed;
    private final long[] open;

    WindowCounts(List<DecisionWindow> windows) {
        this.windows = windows;
        this.met = new long[windows.size()];
        this.missed = new long[windows.size()];
        this.open = new long[windows.size()];
    }

    /** @param states a timeline's window states, read with these windows in the same order */
    void add(List<WindowState> states) {
        for (int i = 0; i < met.length; i++) {
            switch (states.get(i)) {
                case MET -> met[i]++;
                case MISSED -> missed[i]++;
                case OPEN -> open[i]++;
                default -> {
                    // NOT_STARTED, NOT_APPLICABLE
                }
            }
        }
    }

    void addAll(WindowCounts other) {
        for (int i = 0; i < met.length; i++) {
            met[i] += other.met[i];
            missed[i] += other.missed[i];
            open[i] += other.open[i];
        }
    }

    List<CohortGroup.Window> figures() {
        List<CohortGroup.Window> figures = new ArrayList<>();
        for (int i = 0; i < met.length; i++) {
            figures.add(new CohortGroup.Window(windows.get(i).days(), met[i], missed[i], open[i],
                    Rate.of(met[i], met[i] + missed[i])));
        }
        return figures;
    }
}
