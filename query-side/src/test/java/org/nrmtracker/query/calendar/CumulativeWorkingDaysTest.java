package org.nrmtracker.query.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nrmtracker.kernel.referral.Jurisdiction;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The counts made once must agree with counting the days one by one, wherever in the covered range they fall. */
class CumulativeWorkingDaysTest {

    private static final BankHolidays BANK_HOLIDAYS = BankHolidays.shipped();
    private static final int PAIRS = 2_000;

    @ParameterizedTest
    @EnumSource(Jurisdiction.class)
    void agreesWithCountingDayByDayBetweenRandomDatesOfTheShippedRange(Jurisdiction jurisdiction) {
        CumulativeWorkingDays cumulative = CumulativeWorkingDays.of(BANK_HOLIDAYS, jurisdiction);
        LocalDate dayBeforeFirst = BANK_HOLIDAYS.firstCoveredDay(jurisdiction).minusDays(1);
        int span = (int) (BANK_HOLIDAYS.lastCoveredDay(jurisdiction).toEpochDay() - dayBeforeFirst.toEpochDay());
        Random random = new Random(jurisdiction.ordinal());
        for (int i = 0; i < PAIRS; i++) {
            LocalDate from = dayBeforeFirst.plusDays(random.nextInt(span));
            LocalDate to = from.plusDays(1 + random.nextInt((int) (span - (from.toEpochDay() - dayBeforeFirst.toEpochDay()))));
            assertThat(cumulative.between(from.toEpochDay(), to.toEpochDay()))
                    .as("%s to %s", from, to)
                    .isEqualTo(countedDayByDay(BANK_HOLIDAYS, jurisdiction, from, to));
        }
    }

    @ParameterizedTest
    @EnumSource(Jurisdiction.class)
    void countsTheWholeRangeFromTheDayBeforeItToItsLastDay(Jurisdiction jurisdiction) {
        CumulativeWorkingDays cumulative = CumulativeWorkingDays.of(BANK_HOLIDAYS, jurisdiction);
        LocalDate from = BANK_HOLIDAYS.firstCoveredDay(jurisdiction).minusDays(1);
        LocalDate to = BANK_HOLIDAYS.lastCoveredDay(jurisdiction);
        assertThat(cumulative.between(from.toEpochDay(), to.toEpochDay()))
                .isEqualTo(countedDayByDay(BANK_HOLIDAYS, jurisdiction, from, to));
    }

    @ParameterizedTest
    @EnumSource(Jurisdiction.class)
    void leavesOutTheHolidaysOfDataOtherThanTheShipped(Jurisdiction jurisdiction) {
        BankHolidays oneYear = BankHolidays.read(new StringReader("""
                division,date,title
                england-and-wales,2030-01-01,New Year’s Day
                england-and-wales,2030-12-25,Christmas Day
                scotland,2030-01-02,2nd January
                northern-ireland,2030-03-18,St Patrick’s Day
                """), "test data");
        CumulativeWorkingDays cumulative = CumulativeWorkingDays.of(oneYear, jurisdiction);
        LocalDate from = LocalDate.of(2029, 12, 31);
        LocalDate to = LocalDate.of(2030, 12, 31);
        // 2030 has 261 weekdays, and each jurisdiction here has one or two holidays on them
        assertThat(cumulative.between(from.toEpochDay(), to.toEpochDay()))
                .isEqualTo(countedDayByDay(oneYear, jurisdiction, from, to))
                .isEqualTo(jurisdiction == Jurisdiction.ENGLAND_AND_WALES ? 259 : 260);
    }

    private static long countedDayByDay(BankHolidays bankHolidays, Jurisdiction jurisdiction, LocalDate from,
                                        LocalDate to) {
        long counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !bankHolidays.isBankHoliday(jurisdiction, day)) {
                counted++;
            }
        }
        return counted;
    }
}
