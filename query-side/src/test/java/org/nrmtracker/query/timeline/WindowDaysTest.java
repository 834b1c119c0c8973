package org.nrmtracker.query.timeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nrmtracker.platform.problem.FieldProblem;
import org.nrmtracker.platform.problem.InvalidRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The windows parameter: comma-separated days, each 1–3650 and given once; 45 and 90 when absent. */
class WindowDaysTest {

    @Test
    void withoutTheParameterTheWindowsAre45And90Days() {
        assertThat(Timelines.parseWindows(null)).extracting(DecisionWindow::days).containsExactly(45, 90);
    }

    @Test
    void windowsAreAnsweredInAscendingOrder() {
        assertThat(WindowDays.parse("90,30,45")).extracting(DecisionWindow::days).containsExactly(30, 45, 90);
    }

    @Test
    void spacesAroundNumbersAreAllowed() {
        assertThat(WindowDays.parse(" 30, 45 ")).extracting(DecisionWindow::days).containsExactly(30, 45);
    }

    @Test
    void theLimitsAreOneDayAndTenYears() {
        assertThat(WindowDays.parse("1,3650")).extracting(DecisionWindow::days).containsExactly(1, 3650);
    }

    @Test
    void leadingZerosAreJustZeros() {
        assertThat(WindowDays.parse("045,00090")).extracting(DecisionWindow::days).containsExactly(45, 90);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "0", "3651", "-5", "45,", ",45", "45;90", "forty", "4.5", "+45", "45,45",
            "99999999999999", "000"})
    void anythingElseIsAnInvalidWindowsParameter(String raw) {
        assertThatThrownBy(() -> WindowDays.parse(raw)).isInstanceOfSatisfying(InvalidRequest.class,
                e -> assertThat(e.errors()).extracting(FieldProblem::field).containsExactly("windows"));
    }

    @Test
    void aTooLargeNumberIsReportedAsOutOfRange() {
        assertThatThrownBy(() -> WindowDays.parse("45,99999999999999")).isInstanceOfSatisfying(InvalidRequest.class,
                e -> assertThat(e.errors()).extracting(FieldProblem::message)
                        .containsExactly("each window must be from 1 to 3650 days"));
    }
}
